//! The demo installation: a fictional samenwerkingsverband with two schools and one
//! account for every role, so a newcomer can look around within a minute.

use samenspoor_domain::traject::{ChildDetails, ConsentKind, NoteVisibility, ParticipantRole, Step};
use samenspoor_domain::{Email, OrganisationId, OrganisationKind, OrganisationName, PersonName, Role, UserId};
use samenspoor_store::{
    AuditContext, NewConsent, NewInvitation, NewNote, NewOrganisation, NewTraject, NewUser, Store, StoreError,
    StoreResult, User,
};

/// (name, e-mail, role, works at the school)
const PEOPLE: [(&str, &str, Role, bool); 10] = [
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
    let t = store.tr_create(new, by(sanne)).await?;
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
    store.tr_give_consent(consent, by(sanne)).await?;
    invite_and_accept(store, t.id, ingrid, ParticipantRole::SwvConsultant, by(fatima)).await?;
    for (from, to, why, person) in [
        (
            Step::Talk,
            Step::InformOrient,
            "We hebben gepraat over lezen en concentratie. Daan vindt de ochtend zwaar.",
            sanne,
        ),
        (
            Step::InformOrient,
            Step::Investigate,
            "De school kan een leesprogramma bieden. We willen eerst weten wat Daan nodig heeft.",
            fatima,
        ),
        (Step::Investigate, Step::Plan, "Het onderzoek is klaar. We maken samen een plan voor dit schooljaar.", fatima),
    ] {
        store.tr_move(t.id, from, to, why, by(person)).await?;
    }
    for item in ["plan-goals", "plan-who-what-when"] {
        store.tr_set_tick(t.id, Step::Plan, item, true, by(fatima)).await?;
    }
    for (person, visibility, body) in [
        (fatima, NoteVisibility::Shared, "Daan werkt in de ochtend met een koptelefoon. Dat gaat goed."),
        (sanne, NoteVisibility::Shared, "Thuis lezen we elke avond 10 minuten samen. Hij vindt strips het leukst."),
        (sanne, NoteVisibility::Private, "Vragen voor het volgende gesprek: hoe vaak krijgt hij extra leestijd?"),
    ] {
        store.tr_add_note(NewNote { traject_id: t.id, visibility, body: body.into() }, by(person)).await?;
    }
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
