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
form-error-summary = Something went wrong
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

## Sign in
sign-in-title = Sign in
sign-in-link-heading = Sign in with a link
sign-in-link-intro = Enter your e-mail address. We send you an e-mail with a link. The link signs you in.
sign-in-link-button = Send me a link
sign-in-password-heading = Sign in with password and code
sign-in-password-intro = Do you work at a school or organisation, and did you set a password? Then you can also sign in this way.
sign-in-password-button = Sign in with password
sign-in-password-wrong = The e-mail address, the password or the code is not right. Please try again.
sign-in-demo-heading = Demo: sign in with one click
sign-in-demo-intro = This only works in the demo. Pick a made-up person and look around.
sign-in-demo-as = Sign in as { $name }
sign-in-sent-title = Check your e-mail
sign-in-sent-text = If { $email } has an account, we sent a link. The link works for 15 minutes, and only once.
sign-in-sent-hint = No e-mail? Look in your spam folder too. Or ask for a new link.
sign-in-sent-again = Ask for a new link
sign-in-confirm-title = Sign in to Samenspoor
sign-in-confirm-text = Press the button to sign in.
sign-in-confirm-button = Yes, sign me in
sign-in-link-problem-title = This link no longer works
sign-in-link-expired = This link has expired. A link works for 15 minutes. Ask for a new link.
sign-in-link-used = This link was used already. A link works only once. Ask for a new link.
sign-in-link-unknown = We do not know this link. Maybe it was not copied in full. Ask for a new link.
sign-in-link-new = Ask for a new link
mail-link-subject = Your link to sign in to { $site }
mail-link-body =
    Hello { $name },

    This link signs you in to { $site }:

    { $link }

    The link works for 15 minutes, and only once.
    Did you not ask for this link? Then you do not need to do anything.

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

## Knowledge base
kb-title = Knowledge base
kb-intro = Answers to questions about extra support at school. Choose a topic or search for a word.
kb-search-label = Search the knowledge base
kb-search-button = Search
kb-all-questions = All { $count } questions
kb-related = Read also
kb-share = Share this information
kb-share-link = Link to this article
kb-share-email = Send by e-mail
kb-share-whatsapp = Share on WhatsApp
kb-print = Print version
kb-feedback-heading = Good article?
kb-feedback-question = Was this article useful to you?
kb-feedback-yes = Yes
kb-feedback-no = No
kb-feedback-comment = Anything else to say? (you may leave this empty)
kb-feedback-hint = 1000 characters at most. Do not write names or other personal details. We do not keep who you are.
kb-feedback-send = Send
kb-feedback-thanks = Thank you. Your answer helps us make the texts better.
feedback-choose = Choose yes or no.
feedback-too-long = Your comment is too long. Use 1000 characters at most.
kb-search-title = Search
kb-search-none = Nothing found for "{ $query }"
kb-search-none-help = Try another word. Or see where you can go with your question:
kb-search-hulpwijzer = Where can I go?
kb-most-read = Often read
kb-search-count = { $count ->
    [one] 1 article found
   *[other] { $count } articles found
}
kb-glossary-title = Glossary
kb-glossary-intro = What do the words mean that schools and the samenwerkingsverband use?
kb-glossary-more = Read more
kb-b1-heading = Readability (for editors)
kb-b1-ok = This text reaches plain language level (B1).
kb-b1-not-ok = This text does not reach plain language level (B1) yet. Make sentences shorter and use common words.
kb-b1-score = Reading ease: { $score } (60 or higher)
kb-b1-average = Average sentence: { $average } words (15 or fewer)
kb-b1-longest = Longest sentence: { $longest } words (25 or fewer)
kb-b1-long-words = Long words (4 or more syllables): { $percent }%
kb-edit = Edit this article

## Hulpwijzer
hw-title = Where can I go?
hw-intro = Here you see who can help you, in the order that usually works best. Start close by: at the school. Can you not work it out together? Then there is help from outside.
hw-level-1 = First: your child's school
hw-level-2 = Then: the samenwerkingsverband (school partnership)
hw-level-3 = Independent information and advice
hw-level-4 = Help from someone who mediates or thinks along
hw-level-5 = Formal steps
hw-no-direct-contact = You cannot contact this organisation yourself. Below you see who can refer you.
hw-what = What do they do?
hw-when = When do you go there?
hw-when-not = When not?
hw-cost = What does it cost?
hw-bring = What do you bring?
hw-how = How do you get in touch?
hw-website = Website
hw-phone = Phone
hw-area = For whom
hw-read-more = Read more in the knowledge base

## Editors
redactie-title = Editors
redactie-intro = All articles of the knowledge base, with the state of each language version, its readability and what readers think of it.
redactie-feedback-link = All reactions from readers
redactie-caption = Articles by topic
redactie-question = Question
redactie-tile = Topic
redactie-versions = Versions
redactie-feedback = Good article?
redactie-b1-low = below B1
redactie-yes-count = { $count } yes
redactie-no-count = { $count } no
redactie-feedback-title = Reactions from readers
redactie-feedback-intro = Readers answer "Good article?" anonymously. Newest first.
redactie-feedback-empty = There are no reactions yet.
redactie-feedback-caption = Reactions, newest first
redactie-answer = Answer
redactie-comment = Comment
redactie-edit-title = Edit
redactie-newest = Newest version: { $number }, status:
redactie-view-published = See the published version
redactie-to-review = Offer for review
redactie-publish = Publish
redactie-back-to-concept = Back to concept
redactie-comments = Review comments
redactie-no-comments = No comments yet.
redactie-resolved = resolved
redactie-resolve = Mark as resolved
redactie-quote = Which passage is it about?
redactie-quote-hint = Copy the sentence or phrase exactly from the text.
redactie-add-comment = Add comment
redactie-new-version = Write a new version
redactie-field-title = Question (title)
redactie-field-summary = Short answer
redactie-field-body = Text (Markdown)
redactie-body-hint = Links: [text](artikel:id), [word](begrip:id), [name](organisatie:id), [hulpwijzer](hulpwijzer:).
redactie-field-related = Read also (ids)
redactie-related-hint = Ids of other articles, separated by commas.
redactie-save = Save as concept
redactie-history = All versions
redactie-version = Version
redactie-status = Status
redactie-compare = Compare versions
redactie-compare-with = Compare with { $number }
redactie-compare-caption = Version { $old } (left) next to version { $new } (right)
redactie-version-n = Version { $number }
redactie-compare-legend = Changed, removed and new lines are marked.
redactie-publish-refused = This article cannot be published yet. These links or references do not resolve:
redactie-status-not-allowed = This step is not possible now. A concept goes to review first, and only then to publication.
redactie-comment-quote = Choose a passage that stands exactly like this in the text.
redactie-comment-body = Write a comment of 2000 characters at most.
status-concept = concept
status-in-review = in review
status-published = published
status-superseded = replaced
error-article-title = Give a title of 200 characters at most.
error-article-summary = Give a short answer of 500 characters at most.
error-article-body = The text is empty or too long.
error-article-related = "Read also" takes only ids: lower-case letters, digits and hyphens.
audit-content-imported = Knowledge base imported
audit-article-version-saved = New version of an article saved
audit-article-status-changed = Status of an article changed
audit-review-comment-added = Comment added
audit-review-comment-resolved = Comment resolved

## Hulpwijzer: questions and answers
hw-q-stappen = Who have you talked with already?
hw-q-stappen-hint = Choose all that apply. Nobody yet? Then choose nothing.
hw-a-stappen-leerkracht = With the teacher or mentor
hw-a-stappen-school = With the intern begeleider, the support coordinator or the head of school
hw-a-stappen-swv = With the samenwerkingsverband
hw-q-conflict = Is there a disagreement or conflict?
hw-q-conflict-hint = A disagreement is when you cannot work it out together any more.
hw-a-conflict-nee = No
hw-a-conflict-school = Yes, with the school
hw-a-conflict-swv = Yes, with the samenwerkingsverband
hw-q-oneens = Do you disagree with an advice or decision?
hw-q-oneens-hint = Choose what it is about.
hw-a-oneens-nee = No
hw-a-oneens-toelating = Yes, about admission to or removal from school
hw-a-oneens-opp = Yes, about the OPP (development plan)
hw-a-oneens-tlv = Yes, about a TLV (admission decision for special education)
hw-a-oneens-ondersteuning = Yes, about the support my child gets
hw-q-thuis = Is your child at home, or about to be?
hw-q-thuis-hint = At home: your child is enrolled at a school but does not go.
hw-a-thuis-nee = No, my child goes to school
hw-a-thuis-dreigt = It may happen soon
hw-a-thuis-korter = Yes, for less than 4 weeks
hw-a-thuis-langer = Yes, for more than 4 weeks
hw-q-ziekte = Does your child have a long-term illness?
hw-q-ziekte-hint = For example a chronic illness that makes your child miss school often.
hw-a-ziekte-ja = Yes
hw-a-ziekte-nee = No
hw-q-beperking = Does your child have a severe disability or disorder?
hw-q-beperking-hint = For example a severe physical or intellectual disability.
hw-a-beperking-ja = Yes
hw-a-beperking-nee = No
hw-q-betalen = Is it unclear who pays for care at school?
hw-q-betalen-hint = For example help with personal care or a support worker in class.
hw-a-betalen-ja = Yes
hw-a-betalen-nee = No
hw-q-rechten = Is your question about rights and duties?
hw-q-rechten-hint = Yours, your child's or the school's.
hw-a-rechten-ja = Yes
hw-a-rechten-nee = No
hw-q-bejegening = Is your question about how you or your child were treated?
hw-q-bejegening-hint = For example when you do not feel taken seriously.
hw-a-bejegening-ja = Yes
hw-a-bejegening-nee = No
hw-q-kinderrechten = Is your question about children's rights?
hw-q-kinderrechten-hint = Such as every child's right to education that fits them.
hw-a-kinderrechten-ja = Yes
hw-a-kinderrechten-nee = No
hw-q-informatie = Do you mainly want independent information?
hw-q-informatie-hint = Information from people who are not part of the school or the samenwerkingsverband.
hw-a-informatie-ja = Yes
hw-a-informatie-nee = No
hw-start = Answer the questions
hw-start-hint = 11 short questions. We do not keep your answers; they are only in the link.
hw-back = Back
hw-progress = Question { $step } of { $total }
hw-next = Next question
hw-show-advice = Show where I can go
hw-privacy = We do not keep your answers. They are only in the link of this page.
hw-advice-title = This is where you can go
hw-advice-intro = This order usually works best. Start at the top. Each place says why it fits your answers.
hw-your-answers = Your answers
hw-no-answer = Nothing chosen
hw-change = Change
hw-share = Keep or share this advice
hw-share-link = Link to this advice
hw-again = Start again
hw-verified-on = These details were checked on { $date }.
hw-not-verified = These details have not been checked here yet. To be sure, also look at their own website.
hw-not-verified-short = not yet
hw-rules-title = Rules of the hulpwijzer
hw-rules-intro = Which help the hulpwijzer recommends for which answers. Every version is kept.
hw-rules-check = Check of all answers
hw-rules-combinations = There are { $count } possible combinations of answers.
hw-rules-table-link = See the whole table
hw-rules-none-empty = Every combination of answers gets at least one advice.
hw-rules-empty = Note: { $count } combinations get no advice at all. The first are listed below.
hw-rules-counts = How often each organisation is recommended
hw-rules-count = Number of combinations
hw-rules-edit = Change the rules
hw-rules-file = Rules (TOML)
hw-rules-hint = Each [[rule]] names an organisation, the answers it fits (when) and the reason in Dutch and English.
hw-rules-save = Save a new version
hw-rules-table-title = All answers and their advice
hw-rules-table-caption = For each combination of answers: what the hulpwijzer recommends
hw-rules-recommends = Recommended
hw-rules-nothing = NO ADVICE
hw-rules-page = Page { $page }
hw-rules-pages = Pages
hw-rules-previous = Previous page
hw-rules-next = Next page
admin-directory-title = Directory of help
admin-directory-intro = The organisations the hulpwijzer shows. Check the details now and then, and add your own samenwerkingsverband and schools with an import.
admin-directory-imported = { $count } organisations imported.
admin-directory-export = Download as HSDS JSON
admin-directory-caption = Organisations in escalation order
admin-directory-level = Level
admin-directory-verified = Checked on
admin-directory-action = Action
admin-directory-mark = Checked today
admin-directory-import = Import (Open Referral HSDS JSON)
admin-directory-refused = The file was refused. Nothing has changed.
admin-directory-json = Paste the JSON here
admin-directory-json-hint = A list of organisations. An organisation whose id exists already is replaced.
admin-directory-import-button = Import
audit-directory-imported = Directory imported
audit-directory-entry-verified = Organisation checked
audit-rules-saved = Hulpwijzer rules saved

## Files (traject)
step-talk-name = Step 1: Talking
step-talk-means = You and the school talk about what you see in your child. You share worries and ideas.
step-talk-next = Together you find out what support there already is, at school and outside it.
step-inform-orient-name = Step 2: Finding out
step-inform-orient-means = You find out what the school can offer and what other help there is.
step-inform-orient-next = You look into where the worries come from.
step-investigate-name = Step 3: Looking for the cause
step-investigate-means = You look at what your child needs. Sometimes someone from outside the school helps, but only with your consent.
step-investigate-next = Together you make a plan.
step-plan-name = Step 4: Making a plan
step-plan-means = The plan says what you want to reach, who does what, and when you talk about it again.
step-plan-next = After an agreed time you look together at how it is going.
step-evaluate-name = Step 5: Looking back
step-evaluate-means = You look at whether the plan works. Then you choose: change the plan, stop because things go well, or look for another school.
step-evaluate-next = Back to step 4 to change the plan, close the file, or step 6.
step-other-school-name = Step 6: Another school
step-other-school-means = Together you look for a school that fits better. The support goes on without a break.
step-other-school-next = When your child has started at the new school, you close this file.
step-closed-name = Closed
step-closed-means = This file is closed. You can still read and download everything.
step-closed-next = There are no more steps. After the retention period the file is deleted.
check-talk-concern-shared = We talked about the worries about the child.
check-talk-child-heard = We know what the child thinks about it.
check-talk-agreements-written = The agreements are written down.
check-inform-sop-read = We know what support the school can offer (the SOP).
check-inform-support-known = We know what extra support there is already.
check-inform-help-outside = We know where to go outside the school.
check-investigate-needs = We know what the child needs.
check-investigate-parents-view = The parents' view is included.
check-investigate-consent-outside = For help from outside the school, the parents' consent is in place.
check-plan-goals = The goals are clear.
check-plan-who-what-when = We know who does what, and when.
check-plan-parents-agree = The parents agree with the plan.
check-plan-evaluation-date = The date of the evaluation is set.
check-evaluate-goals-reached = We looked at which goals were reached.
check-evaluate-parents-heard = The parents gave their view.
check-evaluate-next-step = We chose the next step together.
check-other-school-options = We know which schools may fit.
check-other-school-handover = The new school knows what the child needs (with the parents' consent).
check-other-school-no-gap = There is no gap between the old and the new school.
prole-parent = Parent or carer
prole-teacher = Teacher or mentor
prole-coordinator = Intern begeleider or support coordinator
prole-director = Head of school
prole-swv-consultant = Consultant of the samenwerkingsverband
prole-education-consultant = Onderwijsconsulent (independent consultant)
prole-outside-expert = Expert from outside the school
action-view = Read the file
action-add-note = Write a note
action-tick-checklist = Tick the checklist
action-move-step = Move to a next step
action-invite = Invite someone or withdraw an invitation
action-give-consent = Give and revoke consent
action-view-access-log = See who looked at the file
action-export = Download or print the whole file
action-close = Close the file
consent-involve-swv = The samenwerkingsverband may join
consent-involve-education-consultant = An onderwijsconsulent may join
consent-involve-expert = An expert from outside the school may join
consent-share-document = A document may be shared
tl-created = File started.
tl-invited = { $email } was invited as { $role }.
tl-joined = Accepted the invitation.
tl-withdrawn = An invitation was withdrawn.
tl-step = From { $from } to { $to }. Why: { $why }
tl-ticked = Ticked: { $item }
tl-unticked = No longer ticked: { $item }
tl-consent-given = Consent given: { $kind }. Purpose: { $purpose }
tl-consent-revoked = Consent revoked: { $kind }
tl-note = New shared note.
tl-filter-step = Steps
tl-filter-note = Notes
tl-filter-consent = Consent
tl-filter-participant = Participants
tl-filter-checklist = Checklist
nav-files = Files
files-title = Files
files-intro = Here you find the files you take part in. Only people who were invited can see a file.
files-empty = You do not take part in a file yet.
files-your-role = Your role
files-new = Start a new file
files-new-intro = Fill in only what is needed: the child's name, date of birth and class.
files-start = Start the file
child-first-name = Child's first name
child-last-name = Child's last name
child-date-of-birth = Date of birth
child-date-of-birth-hint = For example 2017-03-14 (year-month-day).
child-class = Group or class
child-school = School
file-title = File of
file-nav = Parts of the file
file-nav-overview = Overview
file-nav-participants = Participants
file-nav-consent = Consent
file-nav-access = Who looked at the file
file-nav-print = Print version
file-nav-export = Download (JSON)
file-next = What comes next?
file-checklist = Checklist for this step
file-move = Which step are you moving to?
file-move-why = Why?
file-move-why-hint = Write briefly why, in at most 1000 characters. This goes on the timeline.
file-note-hint = At most 5000 characters. If your text is longer, it stays here so you can shorten it.
file-move-button = Move to this step
file-notes = Notes
file-note-new = New note
file-note-who = Who may read this note?
file-note-shared = Everyone in this file
file-note-private = Only me
file-note-private-badge = only for you
file-note-add = Save note
file-timeline = Timeline
file-timeline-filter = Show
file-timeline-all = Everything
file-timeline-show = Show
participants-caption = Who takes part
participant-active = takes part
participant-pending = invited
participant-expired = invitation expired
participant-withdrawn = withdrawn
participant-withdraw = Withdraw
invite-title = Invite someone
invite-intro = The person gets an e-mail with a link. Someone from outside the school can only join once the parents have given consent.
invite-button = Send invitation
invite-sent = The invitation was sent.
error-invite-no-consent = For this role the parents' consent is needed first. A parent can give it under Consent.
error-invite-twice = This address has been invited already or takes part already.
error-invite-parent-by-parent = A second parent can only be invited by a parent who takes part already.
error-invite-not-parent-account = This address belongs to an account of someone from school or from outside. Choose another role or another address.
error-invite-not-staff = This role is only for people with an account of this file's school. The administrator or the head of school makes such an account.
error-invite-no-account = This person has no account for this role yet. Ask the administrator to make one, then invite them again.
invitation-title = Invitation to a file
invitation-text = You are invited to take part in the file of { $child }.
invitation-authority = I am a parent with parental authority over { $child }, or I care for { $child } as their carer.
invitation-privacy = The file is about a child. Read and share it with care.
invitation-accept = Accept the invitation
invitation-invalid = This invitation no longer works. It may have been used, expired or withdrawn. Ask for a new one.
mail-step-subject = The file of { $child } has moved a step
mail-step-body =
    Hello,

    In the file of { $child } in { $site } the step has changed:
    from "{ $from }" to "{ $to }".

    The reason: { $why }

    See the file: { $link }

    Is this not right? Tell school, or write it in a note in the file.
check-parents-only = a parent ticks this
file-parents-items-open = Not everything of the parents has been ticked yet. You can still move a step, but the parents' view is not in the file yet.
print-back = Back to the file
print-button = Print
print-hint = Or print from your browser (Ctrl+P, or Share and then Print on your phone).
print-printed-on = Printed on { $date }
print-private-note = Only for you: do not hand this out
mail-invite-subject = Invitation to a file in { $site }
mail-invite-body =
    Hello,

    { $name } invites you to take part in the file of { $child } in { $site }.

    Accept the invitation with this link:

    { $link }

    The link works for 14 days, and only once.
consent-intro = Without your consent nobody from outside the school takes part, and nothing is shared with them. You can always revoke consent; access stops from that moment.
consent-none = No consent has been given yet.
consent-purpose = What for
consent-given-by = Given by { $name }
consent-until = valid until { $date }
consent-revoked-on = Revoked on { $date }
consent-revoked = revoked
consent-revoke = Revoke consent
consent-give-title = Give consent
consent-what = What do you give consent for?
consent-subject = Who or what
consent-subject-hint = For an expert: the e-mail address. For a document: which document and with whom.
consent-until-label = Valid until (you may leave this empty)
consent-until-hint = For example the end of the school year.
consent-give = Give consent
error-consent-kind = Choose what you give consent for.
error-consent-expert = Enter the expert's e-mail address.
error-consent-subject = Write which document and with whom.
error-consent-purpose = Write briefly what for (500 characters at most).
error-consent-until = Choose a date from today on, or leave the field empty.
access-title = Who looked at the file
access-intro = Every time someone reads this file or changes something, it is listed here. See something you do not expect? Ask the school or the administrator.
access-caption = Reads and changes, newest first
access-who = Who
access-others = Others
access-none = Nobody else has looked at this file yet.
access-repeated = { $last } ({ $count } times since { $since })
access-pages = More lines
access-newer = Newer lines
access-older = Older lines
access-mine = You
access-mine-summary = You have read or changed the file { $count } times. The last time: { $last }.
rights-title = Who may do what in a file?
rights-intro = Only people who were invited see a file. What they may do depends on their role.
rights-caption = What each role may do
rights-action = What
rights-yes = Yes
rights-no = No
rights-consent = Someone from the samenwerkingsverband, an onderwijsconsulent or another expert only takes part if the parents gave consent. If the parents revoke it, their access stops.
home-files-text = The files you take part in, with the steps, agreements and notes.
error-child-first-name = Enter the child's first name (80 characters at most).
error-child-last-name = Enter the child's last name (80 characters at most).
error-child-date-of-birth = Enter a date of birth like 2017-03-14. The child is between 2 and 25 years old.
error-child-class = The group or class is too long (40 characters at most).
error-note = Write a note of 5000 characters at most, and choose who may read it.
error-step-illegal = This step is not possible from here. Choose one of the steps listed.
error-step-why = Write briefly why you move to this step (1000 characters at most).
error-step-stale = Someone else just moved the file. Look at the new step and try again.
audit-traject-created = File started
audit-traject-viewed = File viewed
audit-traject-listed = File shown in a list
audit-audit-ips-forgotten = IP addresses removed from the log
audit-traject-access-refused = No access to a file
audit-participant-invited = Someone invited
audit-invitation-accepted = Invitation accepted
audit-invitation-withdrawn = Invitation withdrawn
audit-step-changed = Step changed
audit-checklist-changed = Checklist updated
audit-consent-given = Consent given
audit-consent-revoked = Consent revoked
audit-note-added = Note written
audit-traject-exported = File downloaded or printed
audit-traject-deleted = File deleted after the retention period
