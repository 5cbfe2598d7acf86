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
check-inform-sop-read = We know what support the school can offer (the school guide).
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
child-date-of-birth-hint = For example 14 3 2017.
child-class = Group or class
child-school = School
file-title = File of
file-nav = Parts of the file
file-nav-overview = Overview
file-nav-participants = Participants
file-nav-consent = Consent
file-nav-access = Who looked at the file
file-nav-print = Print version
file-nav-export = Save everything as a file
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
confirm-cancel = No, back to the file
confirm-withdraw-title = Take someone out of the file?
confirm-withdraw-text = { $name } ({ $role }) will no longer see the file of { $child } or add to it. What { $name } wrote stays. Do you want this?
confirm-withdraw-button = Yes, take out of the file
confirm-revoke-title = Revoke consent?
confirm-revoke-text = You revoke this consent: { $kind }. From now on nobody looks along on the basis of this consent, and whoever was in the file of { $child } because of it no longer sees it. Do you want this?
confirm-revoke-button = Yes, revoke consent
confirm-close-title = Close the file?
confirm-close-text = You can still read a closed file, but nothing can be added or changed. It is deleted { $months } months after closing. Do you want to close the file?
confirm-close-button = Yes, close the file
consent-give-title = Give consent
consent-what = What do you give consent for?
consent-subject = Who or what
consent-subject-hint = For an expert: the e-mail address. For a document: which document and with whom.
consent-until-label = Valid until (you may leave this empty)
consent-until-hint = For example the end of the school year.
consent-give = Give consent
error-consent-kind = Choose what you give consent for.
error-consent-expert = Enter the expert's e-mail address.
error-consent-subject = Share a document from that document's page.
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
error-child-date-of-birth = Fill in the date of birth with day, month and year, for example 14 3 2017. The child is between 2 and 25 years old.
error-child-class = The group or class is too long (40 characters at most).
error-note = Write a note of 5000 characters at most, and choose who may read it.
error-step-illegal = This step is not possible from here. Choose one of the steps listed.
error-step-why = Write briefly why you move to this step (1000 characters at most).
error-step-stale = Someone else just moved the file. Look at the new step and try again.
audit-traject-created = File started
audit-traject-viewed = File viewed
audit-traject-listed = File shown in a list
audit-traject-summarised = File summarised on the start page
audit-close-proposed = Closing proposed
audit-close-declined = Closing declined
audit-audit-ips-forgotten = IP addresses removed from the log
audit-traject-access-refused = No access to a file
audit-traject-action-refused = Action in a file refused
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
close-title = Close the file
close-link = Close the file
close-what = You can still read a closed file. Nothing can be added or changed. { $months } months after closing, it is deleted. The parents get an e-mail.
close-early = The route is not finished yet. Has the worry been solved anyway? Then you can close the file now. A parent decides this.
close-early-staff = You propose closing. The parents get an e-mail and decide themselves: they close the file, or they say no. Until then everything stays as it is.
close-why = Why are you closing the file?
close-why-hint = Write briefly why, in at most 1000 characters. This goes on the timeline.
close-button = Close the file
close-propose-button = Propose closing to the parents
close-proposal = { $name } proposes to close the file. The reason: { $why }
close-proposal-waiting = A parent decides whether the file is closed.
close-proposal-answer = Do you want to close the file?
close-decline-button = No, keep it open
close-proposal-none = There is no proposal to close any more. Another parent may have chosen already.
tl-close-proposed = Proposes to close the file. Why: { $why }
tl-close-declined = A parent does not want to close the file yet.
error-close-why = Write briefly why you are closing the file (1000 characters at most).
error-close-needs-parent = Before the route is finished, a parent decides about closing. Propose closing with the "Close the file" button.
mail-close-subject = School proposes to close the file of { $child }
mail-close-body =
    Hello,

    { $name } proposes to close the file of { $child } in { $site }.

    The reason: { $why }

    You decide. Close the file, or say no: { $link }

    Until you choose, everything stays as it is.
file-route = The route in six steps
file-route-done = done
file-route-current = you are here now
date-day = Day
date-month = Month
date-year = Year
error-invite-email-empty = Fill in the e-mail address of the person you want to invite.
done-uitgenodigd = The invitation was sent.
done-notitie = Your note has been saved.
done-stap = The file has moved to the new step. The parents get an e-mail.
done-toestemming = Your consent has been saved.
done-ingetrokken = Your consent has been withdrawn.
done-uitgeschreven = This person no longer takes part in the file.
done-voorstel = Your proposal to close has been sent. The parents decide.
done-nee = The file stays open.
done-gesloten = The file has been closed.
