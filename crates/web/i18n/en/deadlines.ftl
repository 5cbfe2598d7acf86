## The parents' clock: deadlines, dates, signals, letters

file-nav-clock = Clock
action-enter-date = Enter dates for the clock
audit-date-entered = Date entered
audit-letter-saved = Letter for parents changed
audit-date-removed = Date taken off
tl-date = A date was entered for the clock.

clock-title = The clock: what is due when?
clock-intro = Here you see which deadlines run for your child. They follow from the dates you enter, from the OPP and from the agreements made in meetings. Enter the dates you know yourself.
clock-empty = No deadlines are running yet. Enter a date below, for example the day you registered your child in writing.
clock-read = Read more
clock-letter = Write a letter
clock-signals = Needs attention now
clock-see-all = See the whole clock
clock-see-child = See { $child }'s clock
clock-state-overdue = Deadline passed
clock-state-soon = Soon
clock-state-later = Later
clock-state-done = Done

clock-dates = Dates you know
clock-dates-intro = The clock counts from these dates. Parents and school may enter them.
clock-dates-empty = No dates have been entered yet.
clock-date-kind = Which date?
clock-date-day = On which day?
clock-date-add = Add date
clock-date-remove = Take off
clock-date-registration = Written registration at a school
clock-date-extension = The school takes extra time to decide
clock-date-enrolment = Enrolment at the school
clock-date-tlv-decision = Decision on a TLV received
clock-date-admission-decision = Decision on admission received
clock-date-removal-decision = Decision on removal received
clock-date-opp-decision = Decision on the OPP received
clock-date-first-day-at-home = First day at home, without school
clock-date-back-at-school = Back at school or another place

clock-zorgplicht-decision = The school decides on the registration by { $due }.
clock-zorgplicht-decision-source = Zorgplicht (duty of care, Wet passend onderwijs): the school decides within { $weeks } weeks of the written registration of { $from }. It may extend this once by { $extra } weeks.
clock-zorgplicht-decision-now = No decision yet? Ask the school in writing when the decision comes.
clock-temporary-place = If there is still no decision on { $due }, your child has a right to a temporary place at the school.
clock-temporary-place-source = Zorgplicht (Wet passend onderwijs): after { $total } weeks without a decision, your child may attend the school for the time being.
clock-temporary-place-now = Ask the school for a temporary place, and ask the samenwerkingsverband for help.
clock-opp-due = The OPP must be ready by { $due }.
clock-opp-due-source = Primary education law: the school sets the OPP within { $opp } weeks of the enrolment of { $from }, after consulting the parents.
clock-opp-due-now = No OPP yet? Ask the school when you will discuss it together.
clock-opp-evaluation = The next evaluation of the OPP with you is due by { $due }.
clock-opp-evaluation-source = The school evaluates the OPP with the parents at least once per school year.
clock-opp-evaluation-now = No appointment yet? Ask the school for an evaluation meeting.
clock-tlv-objection = You can object to the TLV decision until { $due }.
clock-tlv-objection-source = You have { $objection } weeks after the decision of { $from } to object to the samenwerkingsverband.
clock-tlv-objection-now = Do you disagree? Write an objection, or ask for advice first.
clock-geschillencommissie = You can go to the Geschillencommissie passend onderwijs until { $due }.
clock-geschillencommissie-source = For a decision on admission, removal or the OPP you have { $objection } weeks after the decision of { $from } to ask the Geschillencommissie passend onderwijs (disputes committee) for a ruling.
clock-geschillencommissie-now = Do you disagree? Ask for advice, and write in time.
clock-thuiszitten = Your child has been at home since { $from }. On { $due } that is { $home } weeks.
clock-thuiszitten-source = A child at home without school for more than { $home } weeks is a thuiszitter. An onderwijsconsulent (education consultant) can help, free and independent.
clock-thuiszitten-now = Ask an onderwijsconsulent for help.
clock-commitment = Agreement from a meeting: { $what }. Done by { $due }.
clock-commitment-source = Agreed in the meeting of { $from }.
clock-commitment-now = Did it not work out? Discuss it in the next meeting.

letter-intro = This letter is filled in with the facts from the file. Change the text where you like. Then copy it into your own e-mail, or print it.
letter-text = The letter
letter-your-school = the school
letter-zorgplicht-title = Letter: asking for the decision on the registration
letter-zorgplicht-body = To { $school },

    On { $from } I registered my child { $child } (born { $born }) at your school in writing.

    The school decides on the registration within 6 weeks. That period ends on { $due }. I have not received a decision yet.

    Could you let me know when I will receive the decision? I would like to receive it on paper or by e-mail.

    Kind regards,
    { $parent }
    { $today }
letter-opp-evaluatie-title = Letter: asking for an evaluation of the OPP
letter-opp-evaluatie-body = To { $school },

    My child { $child } ({ $class }) has a development perspective plan (OPP). The school evaluates the OPP with us at least once per school year. According to our records the next evaluation is due by { $due }.

    I would like to make an appointment for this meeting. Could you suggest a few moments?

    Kind regards,
    { $parent }
    { $today }
letter-bezwaar-title = Letter: objecting to a decision
letter-bezwaar-body = To { $school },

    On { $from } I received your decision about my child { $child } (born { $born }).

    I do not agree with this decision. I write my reasons below.

    I ask you to look at the decision again. I send this letter within the period, which runs until { $due }.

    Kind regards,
    { $parent }
    { $today }
letter-onderwijsconsulent-title = Letter: asking an onderwijsconsulent for help
letter-onderwijsconsulent-body = Dear onderwijsconsulent,

    My child { $child } (born { $born }) has been at home without school since { $from }. We cannot find a solution together with { $school }.

    I ask you to think along and help, so that my child can go back to school.

    You can reach me at this e-mail address.

    Kind regards,
    { $parent }
    { $today }

error-clock-kind = Choose which date it is.
error-clock-day = Choose a day that has passed (from the year 2000).

## Notifications

inbox-title = Notifications
inbox-intro =
    { $count ->
        [0] You have seen everything.
        [one] There is 1 notification you have not seen yet.
       *[other] There are { $count } notifications you have not seen yet.
    }
inbox-empty = There are no notifications yet. When a deadline for your child comes close, you see it here.
inbox-seen = Seen
inbox-seen-on = Seen on { $date }
inbox-delivery = E-mail about notifications
inbox-delivery-question = When do you want an e-mail?
inbox-at-once = At once when there is news
inbox-daily = Once a day, at 7 in the morning
inbox-delivery-save = Save
home-inbox-text = Deadlines that come close or have passed. You get a reminder until you click Seen.
mail-news-subject = There is news for you in { $site }
mail-news-body = Hello,

    There is news for you in { $site }: { $count ->
        [one] 1 notification
       *[other] { $count } notifications
    }.

    Sign in to read it: { $link }

    Kind regards,
    { $site }

## Letters in the redactie

letters-edit-title = Letters for parents
letters-edit-intro = Parents use these letters to ask for something or to object. The file fills in the facts. Change the text when the rules or the words can be better.
letters-edit-placeholders = The file fills in these places: { $list }. Other places in braces are not possible.
letters-changed-by = Changed by { $name }.
letters-shipped = The shipped text.
letters-save = Save
letters-reset = Back to the shipped text
error-letter-length = A letter has 1 to 5000 characters.
error-letter-placeholder = Use only the places from the list, such as { "{" } $child { "}" }, and close every brace.
home-letters-text = The letters parents use to ask for something or to object.
