//! The demo installation: a fictional samenwerkingsverband with two schools and one
//! account for every role, so a newcomer can look around within a minute.

use samenspoor_domain::TrajectId;
use samenspoor_domain::document::content::{Author, next_content};
use samenspoor_domain::document::record::{
    EvaluationInput, parse_agreement, parse_consultation, parse_evaluation, parse_pupil_view,
};
use samenspoor_domain::document::{Content, DocumentKind, Draft, GoalDraft, RecordBody, SectionKey};
use samenspoor_domain::traject::{ChildDetails, ConsentKind, NoteVisibility, ParticipantRole, Step};
use samenspoor_domain::{DocumentId, GesprekId};
use samenspoor_domain::{Email, OrganisationId, OrganisationKind, OrganisationName, PersonName, Role, UserId};
use samenspoor_store::{
    AuditContext, DocumentHead, NewConsent, NewDocument, NewGesprek, NewInvitation, NewNote, NewOrganisation,
    NewTraject, NewUser, Store, StoreError, StoreResult, User,
};

/// (name, e-mail, role, works at the school)
const PEOPLE: [(&str, &str, Role, bool); 11] = [
    ("Sanne de Vries", "sanne.devries@demo.invalid", Role::Parent, false),
    ("Mark Jansen", "mark.jansen@demo.invalid", Role::Teacher, true),
    ("Fatima el Amrani", "fatima.elamrani@demo.invalid", Role::Coordinator, true),
    ("Peter Bakker", "peter.bakker@demo.invalid", Role::Director, true),
    ("Ingrid Smit", "ingrid.smit@demo.invalid", Role::SwvConsultant, false),
    ("Youssef Haddou", "youssef.haddou@demo.invalid", Role::EducationConsultant, false),
    ("Els Visser", "els.visser@demo.invalid", Role::Companion, false),
    ("Ruben de Groot", "ruben.degroot@demo.invalid", Role::Editor, false),
    ("Anouk Meijer", "anouk.meijer@demo.invalid", Role::Admin, false),
    ("Henk Mulder", "henk.mulder@demo.invalid", Role::CouncilMember, false),
    ("Petra Kok", "petra.kok@demo.invalid", Role::Parent, false),
];

/// A demo value that did not parse: a defect of the demo data, reported as a store error.
fn invalid(what: &str) -> impl Fn(samenspoor_domain::InvalidInput) -> StoreError + '_ {
    move |e| StoreError::Other(format!("demo {what}: {e}"))
}

fn org(kind: OrganisationKind, name: &str, swv_id: Option<OrganisationId>) -> StoreResult<NewOrganisation> {
    Ok(NewOrganisation {
        id: OrganisationId::new(),
        kind,
        name: OrganisationName::parse(name).map_err(invalid(name))?,
        swv_id,
    })
}

/// Adds the demo data unless it is there already; returns the demo accounts.
pub async fn seed(store: &dyn Store) -> StoreResult<Vec<User>> {
    let existing = store.demo_users().await?;
    if !existing.is_empty() {
        return Ok(existing);
    }
    let ctx = AuditContext::system();
    let swv = store
        .create_organisation(
            org(OrganisationKind::Swv, "Samenwerkingsverband Rivierenland-Noord (demo)", None)?,
            ctx.clone(),
        )
        .await?;
    let school = store
        .create_organisation(org(OrganisationKind::School, "Basisschool De Vlinder (demo)", Some(swv.id))?, ctx.clone())
        .await?;
    store
        .create_organisation(org(OrganisationKind::School, "Kindcentrum Het Baken (demo)", Some(swv.id))?, ctx.clone())
        .await?;
    let mut users = vec![];
    for (name, email, role, at_school) in PEOPLE {
        let organisation_id = match role {
            Role::SwvConsultant | Role::CouncilMember => Some(swv.id),
            _ if at_school => Some(school.id),
            _ => None,
        };
        let new = NewUser {
            id: UserId::new(),
            email: Email::parse(email).map_err(invalid(email))?,
            name: PersonName::parse(name).map_err(invalid(name))?,
            role,
            organisation_id,
            is_demo: true,
        };
        users.push(store.create_user(new, ctx.clone()).await?);
    }
    demo_file(store, &users, school.id).await?;
    demo_more_families(store, &users, school.id).await?;
    Ok(users)
}

/// The file of Daan de Vries (fictional), in step 4, with consent, notes and a timeline,
/// shared by his mother Sanne and the school.
async fn demo_file(store: &dyn Store, users: &[User], school: OrganisationId) -> StoreResult<()> {
    let who =
        |role: Role| users.iter().find(|u| u.role == role).ok_or_else(|| StoreError::Other(format!("no demo {role}")));
    let (sanne, fatima, mark, ingrid) =
        (who(Role::Parent)?, who(Role::Coordinator)?, who(Role::Teacher)?, who(Role::SwvConsultant)?);
    let by = |u: &User| AuditContext { actor: Some(u.id), ip: Some("127.0.0.1".into()) };
    let today = chrono::Utc::now().date_naive();
    let child = ChildDetails::parse("Daan", "de Vries", "2017-03-14", "groep 6", today)
        .map_err(|e| StoreError::Other(format!("demo child: {e:?}")))?;
    let new = NewTraject {
        id: samenspoor_domain::TrajectId::new(),
        child,
        school_id: Some(school),
        creator: sanne.id,
        creator_role: ParticipantRole::Parent,
    };
    // Each stretch of writes is dated back (see `tr_retime`), so the file reads as four
    // months of work: started in August, a plan by mid-October.
    let mut marks = vec![(between().await, days_ago(122, 20, 5))];
    let t = store.tr_create(new, by(sanne)).await?;
    marks.push((between().await, days_ago(120, 9, 40)));
    for (person, role) in [(fatima, ParticipantRole::Coordinator), (mark, ParticipantRole::Teacher)] {
        invite_and_accept(store, t.id, person, role, by(sanne)).await?;
    }
    let consent = NewConsent {
        traject_id: t.id,
        kind: ConsentKind::InvolveSwv,
        subject: String::new(),
        purpose: "Meedenken over extra steun bij lezen en concentratie.".into(),
        valid_until: None,
    };
    marks.push((between().await, days_ago(98, 21, 12)));
    store.tr_give_consent(consent, by(sanne)).await?;
    invite_and_accept(store, t.id, ingrid, ParticipantRole::SwvConsultant, by(fatima)).await?;
    for (from, to, why, person, ago) in [
        (
            Step::Talk,
            Step::InformOrient,
            "We hebben gepraat over lezen en concentratie. Daan vindt de ochtend zwaar.",
            sanne,
            105,
        ),
        (
            Step::InformOrient,
            Step::Investigate,
            "De school kan een leesprogramma bieden. We willen eerst weten wat Daan nodig heeft.",
            fatima,
            84,
        ),
        (
            Step::Investigate,
            Step::Plan,
            "Het onderzoek is klaar. We maken samen een plan voor dit schooljaar.",
            fatima,
            45,
        ),
    ] {
        marks.push((between().await, days_ago(ago, 15, 30)));
        store.tr_move(t.id, from, to, why, by(person)).await?;
    }
    marks.push((between().await, days_ago(38, 11, 5)));
    for item in ["plan-goals", "plan-who-what-when"] {
        store.tr_set_tick(t.id, Step::Plan, item, true, by(fatima)).await?;
    }
    for (person, visibility, body, ago) in [
        (fatima, NoteVisibility::Shared, "Daan werkt in de ochtend met een koptelefoon. Dat gaat goed.", 30),
        (sanne, NoteVisibility::Shared, "Thuis lezen we elke avond 10 minuten samen. Hij vindt strips het leukst.", 16),
        (sanne, NoteVisibility::Private, "Vragen voor het volgende gesprek: hoe vaak krijgt hij extra leestijd?", 6),
    ] {
        marks.push((between().await, days_ago(ago, 20, 45)));
        store.tr_add_note(NewNote { traject_id: t.id, visibility, body: body.into() }, by(person)).await?;
    }
    store.tr_retime(t.id, &marks, between().await).await?;
    demo_documents(store, t.id, sanne, fatima, mark).await?;
    demo_gesprekken(store, t.id, users).await
}

/// Two more families at De Vlinder, so the coordinator's start page is a caseload: Liam
/// Kok, whose mother started a file a month ago (now in step 2), and Noor Yilmaz, whose
/// file the coordinator started this week; her father has not accepted the invitation yet.
async fn demo_more_families(store: &dyn Store, users: &[User], school: OrganisationId) -> StoreResult<()> {
    let named = |name: &str| {
        users.iter().find(|u| u.name == name).ok_or_else(|| StoreError::Other(format!("no demo user {name}")))
    };
    let (petra, fatima) = (named("Petra Kok")?, named("Fatima el Amrani")?);
    let by = |u: &User| AuditContext { actor: Some(u.id), ip: Some("127.0.0.1".into()) };
    let today = chrono::Utc::now().date_naive();
    let child = |first: &str, last: &str, born: &str, class: &str| {
        ChildDetails::parse(first, last, born, class, today)
            .map_err(|e| StoreError::Other(format!("demo child: {e:?}")))
    };

    let mut marks = vec![(between().await, days_ago(33, 19, 50))];
    let new = NewTraject {
        id: TrajectId::new(),
        child: child("Liam", "Kok", "2015-09-02", "groep 8")?,
        school_id: Some(school),
        creator: petra.id,
        creator_role: ParticipantRole::Parent,
    };
    let liam = store.tr_create(new, by(petra)).await?;
    marks.push((between().await, days_ago(32, 8, 15)));
    invite_and_accept(store, liam.id, fatima, ParticipantRole::Coordinator, by(petra)).await?;
    marks.push((between().await, days_ago(20, 16, 0)));
    let why = "We hebben gepraat over rekenen en spanning voor toetsen. We zoeken uit wat de school kan bieden.";
    store.tr_move(liam.id, Step::Talk, Step::InformOrient, why, by(fatima)).await?;
    marks.push((between().await, days_ago(9, 21, 30)));
    let body = "Liam slaapt slecht voor een toets. Kan hij toetsen maken in een rustig lokaal?";
    let note = NewNote { traject_id: liam.id, visibility: NoteVisibility::Shared, body: body.into() };
    store.tr_add_note(note, by(petra)).await?;
    store.tr_set_tick(liam.id, Step::InformOrient, "inform-sop-read", true, by(petra)).await?;
    store.tr_retime(liam.id, &marks, between().await).await?;

    let mut marks = vec![(between().await, days_ago(3, 14, 10))];
    let new = NewTraject {
        id: TrajectId::new(),
        child: child("Noor", "Yilmaz", "2019-05-21", "groep 3")?,
        school_id: Some(school),
        creator: fatima.id,
        creator_role: ParticipantRole::Coordinator,
    };
    let noor = store.tr_create(new, by(fatima)).await?;
    let father = Email::parse("emre.yilmaz@demo.invalid").map_err(invalid("emre.yilmaz@demo.invalid"))?;
    let invitation = NewInvitation {
        traject_id: noor.id,
        email: father,
        role: ParticipantRole::Parent,
        token_hash: samenspoor_web::security::hash_token(&samenspoor_web::security::random_token()),
        expires_at: chrono::Utc::now() + chrono::Duration::days(11),
    };
    store.tr_invite(invitation, by(fatima)).await?;
    marks.push((between().await, days_ago(3, 14, 25)));
    let body = "Noor praat in de klas bijna niet. Ik wil graag met haar ouders bespreken wat zij thuis zien.";
    let note = NewNote { traject_id: noor.id, visibility: NoteVisibility::Shared, body: body.into() };
    store.tr_add_note(note, by(fatima)).await?;
    store.tr_retime(noor.id, &marks, between().await).await
}

/// An instant between two stretches of writes: clear of both by a few milliseconds, as
/// SQLite keeps times to the millisecond.
async fn between() -> chrono::DateTime<chrono::Utc> {
    tokio::time::sleep(std::time::Duration::from_millis(2)).await;
    let now = chrono::Utc::now();
    tokio::time::sleep(std::time::Duration::from_millis(2)).await;
    now
}

/// `days` days before today at `hour`:`minute`, Amsterdam time.
fn days_ago(days: i64, hour: u32, minute: u32) -> chrono::DateTime<chrono::Utc> {
    let day = samenspoor_domain::time::amsterdam(chrono::Utc::now()).date_naive() - chrono::Duration::days(days);
    day.and_hms_opt(hour, minute, 0)
        .and_then(samenspoor_domain::time::from_local)
        .unwrap_or_else(|| chrono::Utc::now() - chrono::Duration::days(days))
}

/// Daan's gesprekken: one three weeks ago with its report, agreements and answers; one
/// next week with an agenda, Sanne's preparation (part shared) and Els, who comes along
/// to take notes.
async fn demo_gesprekken(store: &dyn Store, traject: TrajectId, users: &[User]) -> StoreResult<()> {
    use samenspoor_domain::gesprek::preparation::{Answer, Question};
    use samenspoor_domain::gesprek::{Commitment, Companion, CompanionRelation, CompanionRole, Plan, Report, Response};
    let who =
        |role: Role| users.iter().find(|u| u.role == role).ok_or_else(|| StoreError::Other(format!("no demo {role}")));
    let (sanne, fatima, mark, els) =
        (who(Role::Parent)?, who(Role::Coordinator)?, who(Role::Teacher)?, who(Role::Companion)?);
    let by = |u: &User| AuditContext { actor: Some(u.id), ip: Some("127.0.0.1".into()) };
    let people = store.tr_participants(traject).await?;
    let seat = |u: &User| {
        people
            .iter()
            .find(|p| p.user_id == Some(u.id))
            .map(|p| p.id)
            .ok_or_else(|| StoreError::Other("demo seat".into()))
    };
    let (s, f, m) = (seat(sanne)?, seat(fatima)?, seat(mark)?);
    let today = samenspoor_domain::time::amsterdam(chrono::Utc::now()).date_naive();
    let at = |days: i64, hour: u32, minute: u32| {
        let day = today + chrono::Duration::days(days);
        day.and_hms_opt(hour, minute, 0)
            .and_then(samenspoor_domain::time::from_local)
            .ok_or_else(|| StoreError::Other("demo time".into()))
    };
    let plan = |purpose: &str, starts_at, place: &str| Plan {
        purpose: purpose.into(),
        starts_at,
        minutes: 45,
        place: place.into(),
        link: String::new(),
        leader: f,
        attendees: vec![f, s, m],
    };

    let past =
        plan("Hoe gaat het met lezen en concentratie?", at(-21, 15, 0)?, "Basisschool De Vlinder, kamer van de IB'er");
    let held = store
        .gs_create(NewGesprek { id: GesprekId::new(), traject_id: traject, plan: past, follow_up_of: None }, by(fatima))
        .await?;
    store.gs_add_point(traject, held.id, "Hoe gaat lezen thuis en op school?", true, by(sanne)).await?;
    store.gs_add_point(traject, held.id, "Een leesplan voor de komende maanden", false, by(fatima)).await?;
    let due = |days| today + chrono::Duration::days(days);
    let report = Report {
        summary: "We hebben besproken hoe het lezen gaat. Op school leest Daan beter met een koptelefoon en korte teksten. \
                  Thuis lezen Sanne en Daan elke avond samen. We maken een leesplan en vragen steun aan bij het samenwerkingsverband."
            .into(),
        commitments: vec![
            Commitment { who: "Mark Jansen".into(), what: "Een leesplan met dagelijks tutorlezen maken".into(), due: due(-14) },
            Commitment { who: "Sanne de Vries".into(), what: "Elke avond 10 minuten samen lezen, met strips".into(), due: due(30) },
            Commitment { who: "Fatima el Amrani".into(), what: "Leesbegeleiding aanvragen bij het samenwerkingsverband".into(), due: due(7) },
        ],
    };
    store.gs_report(traject, held.id, &report, by(fatima)).await?;
    // Sanne has not yet seen the notice that Mark's agreement is past its date.
    let late = &report.commitments[0];
    let notice = samenspoor_store::NewNotification {
        user: sanne.id,
        traject,
        kind: "commitment".into(),
        state: "soon".into(),
        due: late.due,
        from: today - chrono::Duration::days(21),
        what: format!("{}: {}", late.who, late.what),
        send_at: chrono::Utc::now(),
    };
    store.nt_notify(notice).await?;
    store.gs_respond(traject, held.id, &Response::Confirm, by(sanne)).await?;
    let comment =
        Response::Comment { text: "Aanvulling: Daan leest ook graag over dieren. Dat kan in het leesplan.".into() };
    store.gs_respond(traject, held.id, &comment, by(mark)).await?;

    let next =
        plan("Evaluatie van het OPP en het rekenen", at(8, 15, 30)?, "Basisschool De Vlinder, kamer van de IB'er");
    let coming = store
        .gs_create(NewGesprek { id: GesprekId::new(), traject_id: traject, plan: next, follow_up_of: None }, by(fatima))
        .await?;
    store.gs_add_point(traject, coming.id, "Rekenen na schooltijd is te veel voor Daan", true, by(sanne)).await?;
    store.gs_add_point(traject, coming.id, "Evaluatie van de doelen in het OPP", false, by(fatima)).await?;
    let answers = [
        (Question::Expect, "Een andere aanpak voor rekenen, onder schooltijd.", true),
        (Question::Worries, "Daan is na school vaak op. Ik ben bang dat hij school niet meer leuk vindt.", false),
        (Question::MattersForChild, "Dat hij zich op school veilig voelt en tijd heeft om te tekenen.", true),
        (Question::PauseSignal, "Ik zeg: mag ik even 5 minuten? Dan loop ik even naar buiten.", false),
    ]
    .map(|(question, text, shared)| Answer { question, text: text.into(), shared });
    store.gs_save_answers(traject, coming.id, &answers, by(sanne)).await?;
    let companion = Companion {
        name: els.name.clone(),
        email: els.email.clone(),
        relation: CompanionRelation::Friend,
        role: CompanionRole::TakeNotes,
        why: "Els schrijft mee, zodat ik kan luisteren.".into(),
    };
    store.gs_add_companion(traject, coming.id, &companion, by(sanne)).await?;
    // The dates the clock counts from: Daan's enrolment, entered by his mother.
    let enrolled = samenspoor_domain::deadlines::KnownDate {
        kind: samenspoor_domain::deadlines::DateKind::Enrolment,
        day: chrono::NaiveDate::from_ymd_opt(2022, 8, 29).ok_or_else(|| StoreError::Other("demo date".into()))?,
    };
    store.dl_add_date(traject, enrolled, by(sanne)).await?;
    Ok(())
}

/// Saves `draft` by `who` (in `role`) on top of `prev` as the next version of `doc`.
async fn demo_save(
    store: &dyn Store,
    doc: &DocumentHead,
    prev: &Content,
    base: u32,
    who: (&User, ParticipantRole),
    draft: Draft,
) -> StoreResult<Content> {
    let author = Author { id: who.0.id, name: who.0.name.clone(), role: who.1 };
    let content = next_content(doc.kind, prev, &draft, &author, chrono::Utc::now())
        .map_err(|e| StoreError::Other(format!("demo document: {e:?}")))?;
    let by = AuditContext { actor: Some(who.0.id), ip: Some("127.0.0.1".into()) };
    store.doc_save(doc.traject_id, doc.id, base, &content, by).await?;
    Ok(content)
}

/// A demo record that did not parse: a defect of the demo data.
fn invalid_record(e: impl std::fmt::Debug) -> StoreError {
    StoreError::Other(format!("demo record: {e:?}"))
}

fn sections(parts: &[(SectionKey, &str)]) -> Draft {
    Draft { sections: parts.iter().map(|(k, t)| (*k, (*t).to_owned())).collect(), ..Draft::default() }
}

fn goal(goal: &str, support: &str, given_by: &str, how_often: &str, number: Option<u32>) -> GoalDraft {
    GoalDraft {
        number,
        goal: goal.into(),
        support: support.into(),
        given_by: given_by.into(),
        how_often: how_often.into(),
    }
}

/// Daan's documents: a groeidocument with his mother's part and his own voice; an OPP that
/// was talked over, heard Daan, was set and evaluated once, and whose new version his
/// mother agrees with in part, with her view; and a light arrangement.
async fn demo_documents(
    store: &dyn Store,
    traject: TrajectId,
    sanne: &User,
    fatima: &User,
    mark: &User,
) -> StoreResult<()> {
    use ParticipantRole::{Coordinator, Parent, Teacher};
    use SectionKey::*;
    let by = |u: &User| AuditContext { actor: Some(u.id), ip: Some("127.0.0.1".into()) };
    let day = |s: &str| s.parse::<chrono::NaiveDate>().map_err(|e| StoreError::Other(format!("demo date: {e}")));
    let start = |kind, title: &str, who: &User| {
        let new = NewDocument {
            id: DocumentId::new(),
            traject_id: traject,
            kind,
            title: title.into(),
            content: Content::default(),
        };
        (new, by(who))
    };

    // The groeidocument: the school's view, the request to Sanne, her part and Daan's voice.
    let (new, ctx) = start(DocumentKind::Groeidocument, "Groeidocument Daan", fatima);
    let g = store.doc_create(new, ctx).await?;
    let v2 = demo_save(
        store,
        &g,
        &Content::default(),
        1,
        (fatima, Coordinator),
        sections(&[
            (Strengths, "Daan vertelt graag en goed. Hij helpt andere kinderen en is sterk in tekenen en bouwen."),
            (Needs, "Korte opdrachten met een duidelijk begin en eind. Een rustige plek om te werken."),
            (Works, "Een koptelefoon tijdens het zelfstandig werken. Een dagplanning op zijn tafel."),
            (DoesNotWork, "Lange instructies voor de hele klas. Veel drukte in de ochtend bij binnenkomst."),
            (History, "In groep 4 en 5 extra leeshulp in een groepje. In groep 5 een onderzoek naar lezen."),
        ]),
    )
    .await?;
    let ask = RecordBody::ParentsAsked { message: "Wil je jullie deel invullen voor ons gesprek in december?".into() };
    store.doc_record(traject, g.id, 2, &ask, by(fatima)).await?;
    let v3 = demo_save(store, &g, &v2, 2, (mark, Teacher), sections(&[
        (Works, "Een koptelefoon tijdens het zelfstandig werken. Een dagplanning op zijn tafel. Even bewegen na 20 minuten."),
    ])).await?;
    demo_save(store, &g, &v3, 3, (sanne, Parent), sections(&[
        (ParentsPart, "Thuis is Daan vrolijk en druk. Na school is hij vaak erg moe en boos. Samen lezen gaat het best met strips.\n\nWij willen graag weten hoe we thuis kunnen helpen met lezen. Een vast moment met de juf per maand zou ons helpen."),
        (ChildVoice, "Daan: \"Lezen is saai als het te lang is. Met mijn koptelefoon kan ik beter nadenken.\""),
    ])).await?;

    // The OPP: written, talked over, Daan heard, set, evaluated, then a new version.
    let (new, ctx) = start(DocumentKind::Opp, "OPP Daan 2026-2027", fatima);
    let o = store.doc_create(new, ctx).await?;
    let mut first = sections(&[
        (OutflowLevel, "vmbo-t, met de kans op havo"),
        (
            OutflowReasons,
            "Daan begrijpt de lesstof goed als hij uitleg in kleine stappen krijgt. Lezen gaat langzamer dan bij leeftijdgenoten.",
        ),
        (EvaluationMoments, "In november en in juni, met Sanne, Daan, de leerkracht en de IB'er."),
    ]);
    first.enrolled_on = Some("2022-08-29".into());
    first.goals = Some(vec![
        goal(
            "Daan leest een tekst op AVI-E5 niveau",
            "Elke dag 20 minuten tutorlezen",
            "Juf Mark en een tutor uit groep 8",
            "Elke schooldag",
            None,
        ),
        goal("Daan start rustig in de ochtend", "Een eigen plek en een dagplanning", "Juf Mark", "Elke ochtend", None),
        goal(
            "Daan maakt zijn rekentaak af",
            "Taken in kleine stukken met een timer",
            "Juf Mark",
            "3 keer per week",
            None,
        ),
    ]);
    let o2 = demo_save(store, &o, &Content::default(), 1, (fatima, Coordinator), first).await?;
    let talk = parse_consultation(
        "2026-09-22",
        "Sanne de Vries, Fatima el Amrani (IB), Mark Jansen",
        "We verwachten vmbo-t. Sanne vindt dat havo open moet blijven. Dat zetten we erbij.",
        day("2026-11-30")?,
    )
    .map_err(invalid_record)?;
    store.doc_record(traject, o.id, 2, &RecordBody::Consultation(talk), by(fatima)).await?;
    let view = parse_pupil_view(
        "own_words",
        "Ik wil wel beter lezen, maar niet de hele dag. Tekenen mag ook een beloning zijn.",
    )
    .map_err(invalid_record)?;
    store.doc_record(traject, o.id, 2, &RecordBody::PupilView(view), by(mark)).await?;
    store.doc_record(traject, o.id, 2, &RecordBody::Established, by(fatima)).await?;
    let evaluation = parse_evaluation(
        &EvaluationInput {
            date: "2026-11-10",
            who: "Sanne de Vries, Fatima el Amrani, Mark Jansen",
            goals: vec![
                (1, "partly", "Van AVI-E4 naar M5."),
                (2, "yes", "De dagplanning helpt echt."),
                (3, "no", "Te veel na het lezen."),
            ],
            changes: "Rekenen krijgt een andere aanpak. Lezen gaat door.",
            next_date: "2027-03-09",
            new_version: false,
        },
        &o2,
        day("2026-11-30")?,
    )
    .map_err(invalid_record)?;
    store.doc_record(traject, o.id, 2, &RecordBody::Evaluation(evaluation), by(fatima)).await?;
    let next = Draft {
        goals: Some(vec![
            goal(
                "Daan leest een tekst op AVI-E5 niveau",
                "Elke dag 20 minuten tutorlezen",
                "Juf Mark en een tutor uit groep 8",
                "Elke schooldag",
                Some(1),
            ),
            goal(
                "Daan start rustig in de ochtend",
                "Een eigen plek en een dagplanning",
                "Juf Mark",
                "Elke ochtend",
                Some(2),
            ),
            goal(
                "Daan maakt elke dag een rekentaak in de verlengde schooltijd",
                "Begeleiding in een klein groepje na school",
                "Remedial teacher",
                "4 keer per week",
                Some(3),
            ),
        ]),
        ..Draft::default()
    };
    let o3 = demo_save(store, &o, &o2, 2, (fatima, Coordinator), next).await?;
    let agreement = parse_agreement(
        "partial",
        &[1, 2],
        "Met lezen en de ochtend zijn we het eens. Rekenen na school is te veel: Daan is dan op. Wij willen liever rekenen onder schooltijd.",
        &o3,
    )
    .map_err(invalid_record)?;
    store.doc_record(traject, o.id, 3, &RecordBody::Agreement(agreement), by(sanne)).await?;

    // A light arrangement.
    let (new, ctx) = start(DocumentKind::Arrangement, "Arrangement leesbegeleiding", fatima);
    let a = store.doc_create(new, ctx).await?;
    demo_save(
        store,
        &a,
        &Content::default(),
        1,
        (fatima, Coordinator),
        sections(&[
            (Support, "Leesbegeleiding in een groepje van 3 kinderen"),
            (Provider, "Ambulant begeleider van het samenwerkingsverband"),
            (Period, "Van 1 oktober 2026 tot de zomervakantie"),
            (Funding, "Samenwerkingsverband Rivierenland-Noord"),
        ]),
    )
    .await?;
    Ok(())
}

async fn invite_and_accept(
    store: &dyn Store,
    traject: samenspoor_domain::TrajectId,
    person: &User,
    role: ParticipantRole,
    by: AuditContext,
) -> StoreResult<()> {
    let token = samenspoor_web::security::random_token();
    let hash = samenspoor_web::security::hash_token(&token);
    let email = Email::parse(&person.email).map_err(invalid(&person.email))?;
    let expires_at = chrono::Utc::now() + chrono::Duration::days(14);
    store
        .tr_invite(NewInvitation { traject_id: traject, email, role, token_hash: hash.clone(), expires_at }, by)
        .await?;
    store
        .tr_accept(&hash, person.id, chrono::Utc::now(), Some("127.0.0.1".into()))
        .await?
        .map_err(|p| samenspoor_store::StoreError::Other(format!("demo invitation: {p:?}")))?;
    Ok(())
}
