# Samenspoor: English. Plain and warm, "you". See CONTENT.md.

## Header and footer
nav-skip = Skip to the content
nav-label = Main menu
nav-home = My start
nav-admin = Administration
nav-sign-in = Sign in
nav-sign-out = Sign out
nav-other-language = Nederlands
demo-banner = This is a demo. All names and details are made up.
footer-privacy = Samenspoor keeps your data on this server only. Nobody else looks along.

## Front page
front-title = Together on one track for your child
front-lead = Does your child need extra support at school? Here you find your way. You prepare your talks with school and follow your child's route together with the school.
front-part-file-title = One file for you and the school
front-part-file-text = You and the school see the same agreements, steps and documents. You also see who looked at the file.
front-part-talk-title = Well prepared for every talk
front-part-talk-text = You put your own points on the agenda. After the talk, the agreements are written down.
front-part-help-title = Knowing where to go
front-part-help-text = Stuck? Then you see what help there is, and in which order.
front-sign-in = Sign in
front-privacy = You sign in with a link in your e-mail. There is no password to remember.

## Forms
form-error-summary = Something is not right yet
field-email = E-mail address
field-email-hint = For example name@example.org
field-password = Password
field-totp = Code from your app
field-totp-hint = The 6 digits from your sign-in code app.
field-name = Name
field-role = Role
field-organisation = Organisation
field-kind = Kind
field-swv = Samenwerkingsverband (school partnership)

## Roles
role-parent = Parent or carer
role-teacher = Teacher or mentor
role-coordinator = Intern begeleider or support coordinator
role-director = Head of school
role-swv-consultant = Consultant of the samenwerkingsverband
role-education-consultant = Onderwijsconsulent (independent education consultant)
role-companion = Companion
role-editor = Editor
role-admin = Administrator
role-council-member = Member of the support plan council (OPR)

organisation-kind-swv = Samenwerkingsverband
organisation-kind-school = School
organisation-kind-support-organisation = Parent support organisation

## Audit log
audit-login-link-requested = Sign-in link requested
audit-signed-in-with-link = Signed in with a link
audit-signed-in-with-password = Signed in with password and code
audit-signed-in-as-demo = Signed in to the demo
audit-sign-in-refused = Sign-in refused: password or code was wrong
audit-signed-out = Signed out
audit-security-set = Password and code app set
audit-user-created = Account created
audit-organisation-created = Organisation added

## Input errors
error-email-empty = Enter your e-mail address.
error-email-invalid = This e-mail address is not right. Check that it has an @ and a dot, like name@example.org.
error-email-taken = There is already an account with this e-mail address.
error-name-empty = Enter a name.
error-name-too-long = This name is too long. Use 100 characters at most.
error-name-invalid = This name has characters that are not allowed.
error-role-invalid = Choose a role from the list.
error-organisation-kind-invalid = Choose a kind of organisation from the list.
error-organisation-name-empty = Enter the name of the organisation.
error-organisation-name-invalid = This name is too long or has characters that are not allowed.
error-organisation-unknown = This organisation does not exist (any more). Choose one from the list.
error-password-too-short = The password is too short. Use at least 12 characters.
error-password-too-long = The password is too long. Use 128 characters at most.
error-password-mismatch = The two passwords are not the same.
error-totp-wrong = The code is not right. Check that the time on your phone is right, and enter the newest code.

## Error pages
error-code = Error code { $status }
error-back-home = To the front page
error-400-title = This request is not right
error-400-text = We could not read what was sent. Go back and try again.
error-401-title = Please sign in first
error-401-text = You need to be signed in to see this.
error-403-title = You may not see this
error-403-text = Your account has no access to this page. Think this is wrong? Ask the administrator.
error-404-title = This page does not exist
error-404-text = Maybe the link is old or was not copied in full.
error-409-title = This is not possible (any more)
error-409-text = Something changed in the meantime. Reload the page and see whether it is still needed.
error-file-closed = This file is closed. You can still read it, but nothing can be added or changed.
error-405-title = This does not work this way
error-405-text = This page cannot handle this request. Go back and use the buttons on the page.
error-413-title = This is too large
error-413-text = What you sent is too large. Make it smaller and try again.
error-422-title = Something is not right
error-422-text = One of the fields is not right. Check it and try again.
error-429-title = Please wait a moment
error-429-text = There were too many sign-in attempts. Wait 15 minutes, then try again.
error-500-title = Something went wrong on our side
error-500-text = This is not your fault. Nothing was saved. Please try again later.
error-503-title = Samenspoor cannot be reached right now
error-503-text = We cannot reach the data at the moment. Nothing was saved. Please try again in a few minutes.
error-csrf-title = This form has expired
error-csrf-text = For your safety a form only works for a while. Go back, reload the page and try again.

## Navigation (continued)
nav-kennisbank = Knowledge base
nav-hulpwijzer = Where can I go?
nav-redactie = Editors
breadcrumb-label = Breadcrumb
front-hulpwijzer = Stuck? See where you can go for help.
front-questions = Questions parents often ask:
front-together = Together with the school, in one file
nav-menu = Menu
form-counter-left = # characters left
form-counter-over = # characters too many
