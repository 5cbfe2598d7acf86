## Documents: groeidocument, OPP, handelingsplan, arrangement

file-nav-documents = Documents
action-write-document = Write documents and record in them
audit-document-created = Document created
audit-document-saved = Document saved
audit-document-recorded = Something recorded on a document
audit-document-viewed = Document viewed
tl-document-created = New document: { $title }.
tl-document-saved = { $title }: version { $version } saved.
tl-document-consultation = { $title }: the talk with the parents about the perspective was recorded.
tl-document-agreement = { $title }: the parents answered on the action part.
tl-document-pupil_view = { $title }: the pupil's view was recorded.
tl-document-evaluation = { $title }: an evaluation was recorded.
tl-document-parents_asked = { $title }: school asks the parents to fill in their part.
tl-document-established = { $title }: the OPP was set.
tl-filter-documents = Documents

doc-kind-groeidocument = Groeidocument (growth document)
doc-kind-groeidocument-about = What your child is good at, what they need and what works. Parents write their own part, and your child says what they think.
doc-kind-opp = OPP (development perspective plan)
doc-kind-opp-about = The plan for a child who gets extra support. The OPP says which level your child will probably reach and what support they get. The support part needs the parents' agreement.
doc-kind-handelingsplan = Handelingsplan (action plan)
doc-kind-handelingsplan-about = A short plan: which goals, which approach, for how long, and when you look at how it goes.
doc-kind-arrangement = Arrangement (support package)
doc-kind-arrangement-about = Which extra support your child gets, from whom, for how long, and who pays for it.

doc-section-strengths = What is the child good at?
doc-hint-strengths = What goes well, what is the child proud of?
doc-section-needs = What does the child need?
doc-hint-needs = To learn and to feel good at school.
doc-section-works = What works?
doc-hint-works = Approaches that help, at home and at school.
doc-section-does-not-work = What does not work?
doc-hint-does-not-work = What makes things harder?
doc-section-history = What came before?
doc-hint-history = Earlier support, assessments and schools.
doc-section-parents-part = The parents' part
doc-hint-parents-part = How do you see your child at home? What works at home? And what support do you need yourselves?
doc-section-child-voice = What do you think?
doc-hint-child-voice = What does the child think? In their own words, or as you heard it.
doc-section-outflow-level = Expected level after this school
doc-hint-outflow-level = For example vmbo-t or havo, or a form of work or day activities.
doc-section-outflow-reasons = Why this level?
doc-hint-outflow-reasons = What makes the school expect this?
doc-section-evaluation-moments = When do we look at how it goes, together?
doc-hint-evaluation-moments = The moments when school and parents discuss the plan. At least once per school year.
doc-section-approach = Approach
doc-hint-approach = What does the school do differently or extra?
doc-section-period = For how long?
doc-hint-period = From when until when.
doc-section-support = Which support?
doc-hint-support = For example extra help in class or a place in a small group.
doc-section-provider = From whom?
doc-hint-provider = Who gives the support: the school, the samenwerkingsverband or another organisation.
doc-section-funding = Who pays for it?
doc-hint-funding = For example the samenwerkingsverband or the municipality.

doc-writer-school = The school writes this part.
doc-writer-parents = The parents write this part.
doc-writer-both = Parents or school write this part, in the child's words.

doc-list-title = Documents
doc-list-intro = Here are the plans and reports about your child. Each time someone saves, a new version is added. Old versions are kept.
doc-list-empty = There are no documents yet.
doc-new-title = New document
doc-new-kind = What kind of document?
doc-new-title-label = Name of the document
doc-new-title-hint = For example: OPP school year 2026-2027.
doc-new-submit = Create document
doc-version = version { $n }
doc-written-by = Written by { $name } ({ $role }), { $when }
doc-section-empty = Not filled in yet.
doc-edit = Edit
doc-edit-base = you are changing version { $n }
doc-edit-intro = You can only change the parts that you write. Saving adds a new version. Nobody can change an old version.
doc-edit-nothing = You write no part of this document. Want to say something about the plan? Give your answer on the action part, or write a note.
doc-edit-save = Save as a new version
doc-print = Print version
doc-perspective-part = Perspective
doc-perspective-about = Which level your child will probably reach. The school discusses this with the parents before the OPP is set.
doc-action-part = Action part
doc-action-about = The goals and the support. This part needs the parents' agreement. Parents may agree with part of it.
doc-goals = Goals and support
doc-goals-none = There are no goals yet.
doc-goals-hint = An empty row does not count. Empty a row to drop a goal; it stays in the old version.
doc-goal = Goal
doc-goal-n = Goal { $n }
doc-goal-new = New goal
doc-goal-support = Support
doc-goal-given-by = Who gives the support
doc-goal-how-often = How often
doc-goal-agreed = The parents agree
doc-goal-not-agreed = The parents do not agree
doc-enrolled-on = Date of enrolment
doc-enrolled-on-hint = The OPP must be ready within 6 weeks after enrolment.

doc-opp-status = Where does the OPP stand?
doc-opp-set = This version has been set.
doc-opp-set-earlier = Version { $n } has been set. This new version not yet.
doc-opp-not-set = Not set yet.
doc-opp-due = The OPP must be ready on { $date }.
doc-opp-overdue = The OPP should have been ready on { $date }.
doc-opp-needs-consultation = The school has not yet discussed the perspective with the parents. Only after that can the OPP be set.
doc-opp-already-set = This version has already been set.
doc-consultation-done = The perspective was discussed with the parents on { $date }.
doc-agreement-pending = The parents have not answered on the action part yet. The support simply goes on.
doc-agreement-whole = The parents agree with the whole action part.
doc-agreement-partial = The parents agree with some of the goals.
doc-agreement-none = The parents do not agree with the action part. The support goes on while you keep talking.
doc-agreement-view = The parents' view
doc-pupil-none = The pupil has not been asked for their view yet.
doc-pupil-given = The pupil gave their view (version { $n }).
doc-evaluation-next = Next evaluation with the parents: { $date }.
doc-evaluation-overdue = The evaluation with the parents was due on { $date }.
doc-evaluation-when = Once it is set, school and parents evaluate the OPP at least once per school year.
doc-evaluation-last = Last evaluation
doc-set-submit = Set the OPP

doc-agreement-title = Your answer on the action part
doc-agreement-intro = Read the goals and the support. You may agree with all of it, with part of it, or with none of it. If you agree with part or none, say why. Your view is kept with this version.
doc-agreement-question = Do you agree with the action part?
doc-agreement-choice-whole = Yes, with all of it
doc-agreement-choice-partial = With some of the goals
doc-agreement-choice-none = No
doc-agreement-goals = Which goals do you agree with? (only for part)
doc-agreement-view-label = Your view
doc-agreement-view-hint = What do you think of it? Needed if you agree with part or none.
doc-agreement-submit = Record your answer

doc-consultation-title = Record the talk about the perspective
doc-consultation-intro = The school discusses the expected level with the parents and tries to reach agreement together. Record when, with whom and what was said.
doc-consultation-date = Date of the talk
doc-consultation-who = Who was there?
doc-consultation-said = What was said?
doc-record-submit = Record

doc-pupil-title = The pupil's view
doc-pupil-intro = A pupil may say what they think of their OPP. Write it down in the pupil's own words. Is the child young? Then write down how you heard it.
doc-pupil-how = How was the view given?
doc-pupil-own-words = In their own words
doc-pupil-heard = This is how we heard it (for a young child)
doc-pupil-text = What does the pupil think?

doc-evaluation-title = Record an evaluation
doc-evaluation-intro = Discuss per goal what worked. Record what changes and when you will look together again.
doc-evaluation-date = Date of the evaluation
doc-evaluation-commitments = Agreements from the meetings: discuss what came of them too.
doc-evaluation-note = Notes
doc-evaluation-changes = What changes?
doc-evaluation-next-date = Next evaluation
doc-evaluation-new-version = The plan must change (the file goes back to step 4, planning)
doc-evaluation-new-version-why = The evaluation shows that the plan must change.
doc-reached-yes = Reached
doc-reached-partly = Partly reached
doc-reached-no = Not reached

doc-ask-title = Ask the parents to fill in their part
doc-ask-intro = The parents get an e-mail with a link to this document.
doc-ask-message = Message to the parents (may be empty)
doc-ask-submit = Send the request
doc-asked = The school asked the parents for their part on { $date }.
doc-answered = The parents filled in their part on { $date }.
doc-ask-waiting = The parents have not filled in their part yet.

doc-share-title = Sharing outside the school
doc-shared = This document is shared with the people from outside the school in this file. You can take this back under Consent.
doc-not-shared = People from outside the school in this file (such as the samenwerkingsverband's consultant) do not see this document. Only the parents can share it.
doc-share-purpose = Why do you share this document?
doc-share-hint = For example: so that the consultant can think along about the support.
doc-share-submit = Share with the people from outside the school
doc-share-revoke = Stop sharing
consent-document-link = Go to the document
consent-document-hint = You share a document from that document's page, under Documents.

doc-records-title = Recorded
doc-records-none = Nothing has been recorded yet.
doc-record-consultation = Talk about the perspective (version { $version }):
doc-record-agreement = The parents' answer (version { $version }).
doc-record-pupil-view = The pupil's view (version { $version }):
doc-record-evaluation = Evaluation (version { $version }):
doc-record-parents-asked = The school asked the parents for their part.
doc-record-established = OPP set (version { $version }).

doc-versions-title = Compare versions
doc-versions-intro = Every version is kept. Choose 2 to see what changed.
doc-version-col = Version
doc-saved-col = Saved
doc-by-col = By
doc-compare-old = Older version
doc-compare-new = Newer version
doc-compare-submit = Compare
doc-compare-legend = Struck through was taken out, underlined was added.
doc-compare-unchanged = unchanged

doc-conflict-title = Someone else saved in the meantime
doc-conflict-intro = { $name } saved version { $n } at { $when } while you were writing. Nothing is lost. Below you see their text and your text for each part. Adjust your text and save again.
doc-conflict-theirs = Their text (newest version):
doc-conflict-yours = Your text:

mail-doc-asked-subject = Fill in your part of { $child }'s groeidocument
mail-doc-asked-body = Hello,

    { $who } asks you to fill in your part of { $child }'s groeidocument. Write how you see your child at home, what works at home and what support you need yourselves.

    { $message }

    Open the document: { $link }

    Kind regards,
    { $site }

error-doc-kind = Choose what kind of document it is.
error-doc-title = Give the document a name of at most 120 characters.
error-doc-not-your-part = You tried to change a part that someone else writes. That is not possible.
error-doc-section-too-long = A part may have at most 5000 characters.
error-doc-nothing-changed = You did not change anything. No new version was made.
error-doc-enrolled-on = Fill in the date of enrolment, or leave the field empty.
error-doc-too-many-goals = A plan may have at most 20 goals.
error-doc-goal = Every goal needs a description of at most 1000 characters.
error-doc-record-text = Fill in every field. A text may have at most 5000 characters.
error-doc-record-date = Fill in a date that is not in the future.
error-doc-record-kind = This cannot be recorded here.
error-doc-agreement-choice = Choose whether you agree with all, part or none of it.
error-doc-agreement-no-goals = The plan has no goals yet. You can only answer once there are goals.
error-doc-agreement-view = Add your view if you agree with part or none of it.
error-doc-agreement-goals = For part, choose at least 1 goal, but not all goals.
error-doc-pupil-how = Choose how the pupil gave their view.
error-doc-next-date = The next evaluation must be after this evaluation.
error-doc-evaluation-goals = Choose for every goal whether it was reached.
error-doc-conflict = Someone else saved a new version in the meantime. Your text is still below.
error-doc-share-purpose = Say in at most 500 characters why you share the document.
