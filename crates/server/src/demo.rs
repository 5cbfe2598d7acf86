//! The demo installation: a fictional samenwerkingsverband with two schools and one
//! account for every role, so a newcomer can look around within a minute.

use samenspoor_domain::{Email, OrganisationId, OrganisationKind, OrganisationName, PersonName, Role, UserId};
use samenspoor_store::{AuditContext, NewOrganisation, NewUser, Store, StoreResult, User};

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

fn org(kind: OrganisationKind, name: &str, swv_id: Option<OrganisationId>) -> NewOrganisation {
    NewOrganisation {
        id: OrganisationId::new(),
        kind,
        name: OrganisationName::parse(name).expect("demo organisation names are valid"),
        swv_id,
    }
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
            org(OrganisationKind::Swv, "Samenwerkingsverband Rivierenland-Noord (demo)", None),
            ctx.clone(),
        )
        .await?;
    let school = store
        .create_organisation(org(OrganisationKind::School, "Basisschool De Vlinder (demo)", Some(swv.id)), ctx.clone())
        .await?;
    store
        .create_organisation(org(OrganisationKind::School, "Kindcentrum Het Baken (demo)", Some(swv.id)), ctx.clone())
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
            email: Email::parse(email).expect("demo addresses are valid"),
            name: PersonName::parse(name).expect("demo names are valid"),
            role,
            organisation_id,
            is_demo: true,
        };
        users.push(store.create_user(new, ctx.clone()).await?);
    }
    Ok(users)
}
