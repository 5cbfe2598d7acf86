## Beheer
admin-title = Beheer
admin-users = Accounts
admin-new-user = Nieuw account
admin-create-user = Account aanmaken
admin-organisations = Scholen en organisaties
admin-new-organisation = Nieuwe school of organisatie
admin-create-organisation = Organisatie toevoegen
admin-no-organisation = Geen
admin-demo-account = demo
admin-swv-hint = Alleen voor een school: bij welk samenwerkingsverband hoort die?
