## Administration
admin-title = Administration
admin-users = Accounts
admin-new-user = New account
admin-create-user = Create account
admin-organisations = Schools and organisations
admin-new-organisation = New school or organisation
admin-create-organisation = Add organisation
admin-no-organisation = None
admin-demo-account = demo
admin-swv-hint = Only for a school: which samenwerkingsverband does it belong to?
