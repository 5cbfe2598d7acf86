## Start page
home-title = My start
home-welcome = Welcome, { $name }
home-your-role = Your role
home-your-organisation = Your organisation
home-account-heading = Your account
home-activity-text = See when your account was used to sign in, and from which address.
home-security-text = Set a password and a code app. Then you can also sign in without e-mail.
home-security-set = You have set a password and a code app. You can replace them here.
home-admin-text = Create accounts for parents and staff, and record schools and samenwerkingsverbanden.
home-intro-parent = Here you follow your child's support route together with the school. You see what the school sees.
home-intro-teacher = Here you prepare talks with parents and write down what you agreed.
home-intro-coordinator = Here you guide the support routes at your school, together with parents.
home-intro-director = Here you see your school's support routes and the decisions on zorgplicht (the duty of care).
home-intro-swv-consultant = Here you give advice in routes where the parents have given consent.
home-intro-education-consultant = Here you help as an onderwijsconsulent when school, partnership and parents are stuck.
home-intro-companion = A parent asked you to come along to a talk. Here you prepare together.
home-intro-editor = Here you write and review the texts for parents.
home-intro-admin = Here you manage the accounts, schools and settings of this installation.
home-intro-council-member = Here you see figures without names on how the promises to parents are kept.

## Activity
activity-title = What happened with your account
activity-intro = Here you see everything that was done with your account. Something you do not recognise? Contact the administrator.
activity-empty = Nothing has happened with your account yet.
activity-caption = The last 100 events, newest first
activity-when = When
activity-what = What
activity-where = From address

## Security
security-title = Password and code app
security-intro = Set a password, together with an app that makes sign-in codes. Then you can also sign in without e-mail.
security-saved = Saved. You can now sign in with your password and a code.
security-new-password = New password
security-password-hint = At least 12 characters. A sentence of a few words is strong and easy to remember.
security-repeat-password = Repeat the password
security-totp-heading = Link a code app
security-totp-step1 = Open an app for sign-in codes on your phone.
security-totp-step2 = Add an account and type in this key:
security-totp-step3 = Enter the code the app shows now.
security-totp-link = Is the app on this device?
security-totp-open = Open the app with this link.
security-save = Save
security-current-heading = First: is it you?
security-current-intro = You have a password already. Fill in your current password and a code from your current app. After saving, you are signed out everywhere else.
security-current-password = Current password
security-current-code = Code from your current app
security-new-heading = Your new password and app
error-current-credentials = Your current password or the code from your current app is not right.
error-totp-used = This code has been used already. Wait for the next code in your app.
start-tasks = For you to do
start-nothing-open = Nothing is waiting for you now.
start-task-close = School proposes to close the file. You decide.
start-task-check = Tick when it is true: { $item }
start-next-gesprek = Next meeting:
start-changes-since = New since your last visit ({ $when })
start-changes-latest = The latest news in the file
start-no-changes = Nothing new since your last visit.
start-unread =
    { $n ->
        [one] You have 1 new notification.
       *[other] You have { $n } new notifications.
    }
start-search = Find a pupil by name
start-search-button = Search
start-search-clear = Show all pupils
start-search-found =
    { $n ->
        [0] No pupil found.
        [one] 1 pupil found.
       *[other] { $n } pupils found.
    }
start-all-files = See all { $n } files
