## Gesprekken: plan, prepare, agenda, companion, report

file-nav-gesprekken = Meetings
action-plan-gesprek = Plan, move or cancel a meeting
action-take-part = Take part in a meeting: agenda points, your own preparation, answering the report
audit-gesprek-planned = Meeting planned
audit-gesprek-changed = Meeting changed
audit-gesprek-viewed = Meeting viewed
audit-gesprek-prepared = Own preparation saved
tl-gesprek-planned = Meeting planned: { $purpose } ({ $when }).
tl-gesprek-changed = Meeting moved or changed: { $purpose } ({ $when }).
tl-gesprek-cancelled = Meeting cancelled: { $purpose }.
tl-gesprek-companion = { $name } comes along to a meeting.
tl-gesprek-report = The report of a meeting is ready.
tl-commitment = Agreement: { $who } – { $what }, by { $due }.
tl-filter-gesprekken = Meetings and agreements

gesprek-status-planned = Planned
gesprek-status-held = Held
gesprek-status-paused = Stopped early, a follow-up comes
gesprek-status-cancelled = Cancelled

gesprek-list-title = Meetings
gesprek-list-intro = Here you plan the meetings (gesprekken) with the school. You prepare your own part, put points on the agenda and read the report afterwards.
gesprek-list-read = How to prepare for a meeting.
gesprek-list-empty = No meetings have been planned yet.
gesprek-plan-title = Plan a meeting
gesprek-plan-submit = Plan the meeting and invite
gesprek-purpose = What is the meeting about?
gesprek-purpose-hint = For example: how reading is going.
gesprek-date = Date
gesprek-time = Time
gesprek-minutes = How long (minutes)
gesprek-place = Where
gesprek-link = Link for an online meeting
gesprek-link-hint = An address starting with https://. Fill in a place, a link, or both.
gesprek-leader = Who leads the meeting?
gesprek-attendees = Who attends?
gesprek-about-child = About { $child }
gesprek-when = When
gesprek-minutes-n = { $n } minutes
gesprek-prepare = My preparation
gesprek-ics = Add to my calendar (.ics)
gesprek-agenda = Agenda
gesprek-agenda-hint = Everyone may add points. Only a parent can take off a parents' point. The person leading the meeting sets the order.
gesprek-agenda-empty = There are no points on the agenda yet.
gesprek-point-of-parents = parents' point
gesprek-point-up = Up
gesprek-point-down = Down
gesprek-point-remove = Take off
gesprek-point-new = New point for the agenda
gesprek-point-add = Add point
gesprek-shared = What others share from their preparation
gesprek-my-notes = My own notes
gesprek-my-notes-label = Notes
gesprek-my-notes-hint = Only you see this. Useful during the meeting, or to hold next to the report.
gesprek-my-notes-save = Save notes
gesprek-change-title = Planning
gesprek-change = Move or change the meeting
gesprek-change-submit = Save the change and tell everyone
gesprek-follow-up = Stopped early? Plan a follow-up
gesprek-follow-up-intro = Sometimes it is better to stop, for example when emotions run high. Then plan a follow-up. The agenda and everyone's preparation carry over.
gesprek-follow-up-read = What to do when emotions run high?
gesprek-follow-up-submit = Plan the follow-up
gesprek-cancel-confirm = Yes, I cancel this meeting. Everyone will be told.
gesprek-cancel = Cancel the meeting
gesprek-mine-title = Meetings I go along to
gesprek-mine-intro = A parent asked you to come along. You see only these meetings, not the whole file.
gesprek-mine-empty = Nobody has asked you to come along to a meeting yet.
home-gesprekken-text = Meetings a parent asked you to come along to.
gesprek-your-role = your role

companion-title = Bring someone
companion-intro = You may bring someone to the meeting. That person sees only this meeting and what you share from your preparation. The person leading the meeting is told who comes and why.
companion-read = Whom can I bring?
companion-name = Name
companion-email = E-mail address
companion-relation = Who is it?
companion-relation-relative = Family
companion-relation-friend = A friend
companion-relation-network-parent = A parent from the network
companion-relation-advocate = An advocate
companion-role = What does this person do in the meeting?
companion-role-listen = Listen
companion-role-take-notes = Take notes
companion-role-speak-for-me = Speak for me
companion-role-stand-up-for-rights = Stand up for my rights
companion-why = Why do you bring this person?
companion-why-hint = The others read this. May be left empty.
companion-submit = Bring and invite

report-title = Report
report-none = There is no report yet. The person leading the meeting writes it afterwards.
report-write = Write the report
report-summary = What did you talk about?
report-commitments = Agreements
report-commitments-hint = Who does what, and by when? An empty row does not count.
report-who = Who
report-what = What
report-due = Done by
report-save = Save the report
report-responses = Responses
report-no-responses = Nobody has responded yet.
report-confirm = Correct, I confirm the report
report-confirmed = Confirms the report.
report-comment = Add or correct something
report-comment-submit = Post response

prep-title = My preparation
prep-intro-parent = Write down in your own words what you want to say and what you need. Each question has an article that explains it.
prep-intro-other = Write down what you want to achieve and discuss.
prep-private = Only you see your answers. Tick a box if you want to share an answer with the people at the table.
prep-read-more = Read more
prep-share = Share with the people at the meeting
prep-save = Save
prep-print = Print version (1 page)
prep-shared-badge = shared
prep-expect = What do you expect from this meeting?
prep-expect-hint = What do you want to have agreed afterwards?
prep-school-must-know = What must the school know?
prep-school-must-know-hint = About your child and about home.
prep-worries = What worries you?
prep-worries-hint = Write it down, even if it is hard.
prep-matters-for-child = What matters for your child?
prep-matters-for-child-hint = What would your child want to say?
prep-who-attends = Who attends, and how do they know your child?
prep-who-attends-hint = Does everyone know your child? Feel free to ask.
prep-at-ease = What do you need to feel at ease?
prep-at-ease-hint = For example: a coffee, a break, or the questions in advance.
prep-companion = Whom do you bring, and what does that person do?
prep-companion-hint = Listen, take notes, or speak for you.
prep-pause-signal = How will you show that you need a break?
prep-pause-signal-hint = Agree how you say it, and what you need then.
prep-aim = What do you want to achieve?
prep-aim-hint = What must be clear after the meeting?
prep-points = What do you want to discuss?
prep-points-hint = Put what matters to everyone on the agenda too.
prep-notes = Notes
prep-notes-hint = Only for you.

ics-summary = Meeting about { $child }: { $purpose }
mail-gesprek-planned-subject = Invitation: meeting about { $child }
mail-gesprek-planned-body = Hello,

    You are invited to a meeting about { $child }.

    About: { $purpose }
    When: { $when }
    Where: { $place }

    The invitation for your calendar comes with this e-mail. Prepare and put points on the agenda: { $link }

    Kind regards,
    { $site }
mail-gesprek-changed-subject = Changed: meeting about { $child }
mail-gesprek-changed-body = Hello,

    The meeting about { $child } has changed.

    About: { $purpose }
    When: { $when }
    Where: { $place }

    The new time is in the attachment for your calendar. See the meeting: { $link }

    Kind regards,
    { $site }
mail-gesprek-cancelled-subject = Cancelled: meeting about { $child }
mail-gesprek-cancelled-body = Hello,

    The meeting about { $child } on { $when } will not take place.

    About: { $purpose }

    The attachment removes it from your calendar. See the file: { $link }

    Kind regards,
    { $site }
mail-companion-subject = { $parent } asks you to come along to a meeting at school
mail-companion-body = Hello { $name },

    { $parent } asks you to come along to a meeting at school about { $child }, on { $when }.
    Your role: { $role }.

    Sign in with this e-mail address and open the meeting: { $link }
    You see only this meeting, and what { $parent } shares with you.

    Kind regards,
    { $site }
mail-companion-leader-subject = Someone comes along to the meeting about { $child }
mail-companion-leader-body = Hello,

    { $parent } brings { $name } to the meeting about { $child } on { $when }.
    Who: { $relation }. Role in the meeting: { $role }.
    Why: { $why }

    See the meeting: { $link }

    Kind regards,
    { $site }

error-gesprek-purpose = Say in at most 500 characters what the meeting is about.
error-gesprek-when = Choose a date and time that are still to come.
error-gesprek-minutes = A meeting lasts 15 to 240 minutes.
error-gesprek-where = Fill in a place, or a link that starts with https://.
error-gesprek-leader = Choose who leads the meeting.
error-gesprek-attendees = Choose only people who take part in the file.
error-gesprek-not-planned = This meeting is no longer planned. Nothing about it can change.
error-gesprek-confirm-cancel = Tick the box if you really want to cancel the meeting.
error-companion-name = Fill in the name.
error-companion-email = Fill in a valid e-mail address.
error-companion-role = Choose who it is and what this person does in the meeting.
error-companion-why = Say in at most 300 characters why this person comes along.
error-agenda-point = An agenda point has 1 to 500 characters.
error-prep-too-long = An answer may have at most 3000 characters.
error-prep-empty = No answer was sent.
error-prep-question = This question does not exist.
error-report-summary = Write what you talked about (at most 10,000 characters).
error-report-commitment = Fill in who, what and when for every agreement. The date is on or after the day of the meeting.
error-report-response = Write something in your response (at most 2000 characters).
error-report-none = There is no report to respond to yet.
