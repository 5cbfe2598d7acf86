//! The shared file over HTTP: every route for every role on their own file and someone
//! else's, the consent gate, and a parent and a coordinator following a file together.

use crate::support::{Actor, TestApp, location, spawn_app, spawn_demo_app};
use samenspoor_domain::traject::{ConsentKind, ParticipantRole, Step};
use samenspoor_domain::{AuditAction, Email, Role, TrajectId};
use samenspoor_store::{AuditContext, NewConsent, NewInvitation, NewTraject};
use serde_json::json;
use uuid::Uuid;

/// One file with a participant in every role (outside people with the parents' consent).
async fn file_with_everyone(app: &TestApp) -> (TrajectId, Vec<(ParticipantRole, Actor)>) {
    let parent = app.actor("ouder@voorbeeld.nl", Role::Parent).await;
    let today = chrono::Utc::now().date_naive();
    let child =
        samenspoor_domain::traject::ChildDetails::parse("Mila", "Jansen", "2016-05-02", "groep 7", today).unwrap();
    let id = TrajectId::new();
    let by_parent = AuditContext { actor: Some(parent.user.id), ip: None };
    let new = NewTraject { id, child, school_id: None, creator: parent.user.id, creator_role: ParticipantRole::Parent };
    app.store.tr_create(new, by_parent.clone()).await.unwrap();
    for kind in [ConsentKind::InvolveSwv, ConsentKind::InvolveEducationConsultant] {
        let c = NewConsent {
            traject_id: id,
            kind,
            subject: String::new(),
            purpose: "Meedenken.".into(),
            valid_until: None,
        };
        app.store.tr_give_consent(c, by_parent.clone()).await.unwrap();
    }
    let expert = NewConsent {
        traject_id: id,
        kind: ConsentKind::InvolveExpert,
        subject: "outside_expert@voorbeeld.nl".into(),
        purpose: "Onderzoek.".into(),
        valid_until: None,
    };
    app.store.tr_give_consent(expert, by_parent.clone()).await.unwrap();
    let mut actors = vec![(ParticipantRole::Parent, parent)];
    for role in ParticipantRole::ALL.into_iter().skip(1) {
        let email = format!("{}@voorbeeld.nl", role.as_str());
        let actor = app.actor(&email, role.account_role()).await;
        let hash = format!("invite-{}", role.as_str());
        let invitation = NewInvitation {
            traject_id: id,
            email: Email::parse(&email).unwrap(),
            role,
            token_hash: hash.clone(),
            expires_at: chrono::Utc::now() + chrono::Duration::days(1),
        };
        app.store.tr_invite(invitation, by_parent.clone()).await.unwrap();
        app.store.tr_accept(&hash, actor.user.id, chrono::Utc::now(), None).await.unwrap().unwrap();
        actors.push((role, actor));
    }
    (id, actors)
}

/// Every route of a file: method, path, and the status each role gets on its own file.
/// Allowed POSTs carry deliberately bad input, so they answer 422 after the permission
/// check and change nothing; refused ones answer 403. A POST that needs no input acts on a
/// record made for that one call (see [`Fresh`]), so it answers its success code when
/// allowed. Someone who is not in the file gets 404 everywhere.
fn table() -> Vec<(&'static str, &'static str, [u16; 7])> {
    //                                          parent teacher coord director swv  oc   expert
    vec![
        ("GET", "/trajecten/{id}", [200, 200, 200, 200, 200, 200, 200]),
        ("POST", "/trajecten/{id}/stap", [422, 403, 422, 422, 403, 403, 403]),
        ("GET", "/trajecten/{id}/afsluiten", [200, 403, 200, 200, 403, 403, 403]),
        ("POST", "/trajecten/{id}/afsluiten", [422, 403, 422, 422, 403, 403, 403]),
        ("POST", "/trajecten/{id}/afsluiten/nee", [422, 403, 403, 403, 403, 403, 403]),
        ("POST", "/trajecten/{id}/checklist", [422, 422, 422, 422, 403, 403, 403]),
        ("POST", "/trajecten/{id}/notities", [422, 422, 422, 422, 422, 422, 422]),
        ("GET", "/trajecten/{id}/deelnemers", [200, 200, 200, 200, 200, 200, 200]),
        ("POST", "/trajecten/{id}/deelnemers", [422, 403, 422, 422, 403, 403, 403]),
        ("GET", "/trajecten/{id}/deelnemers/{pid}/intrekken", [200, 403, 200, 200, 403, 403, 403]),
        ("POST", "/trajecten/{id}/deelnemers/{pid}/intrekken", [303, 403, 303, 303, 403, 403, 403]),
        ("GET", "/trajecten/{id}/toestemming", [200, 200, 200, 200, 200, 200, 200]),
        ("POST", "/trajecten/{id}/toestemming", [422, 403, 403, 403, 403, 403, 403]),
        ("GET", "/trajecten/{id}/toestemming/{cid}/intrekken", [200, 403, 403, 403, 403, 403, 403]),
        ("POST", "/trajecten/{id}/toestemming/{cid}/intrekken", [303, 403, 403, 403, 403, 403, 403]),
        ("GET", "/trajecten/{id}/inzage", [200, 403, 200, 403, 403, 403, 403]),
        ("GET", "/trajecten/{id}/export.json", [200, 403, 200, 403, 403, 403, 403]),
        ("GET", "/trajecten/{id}/afdruk", [200, 403, 200, 403, 403, 403, 403]),
        ("GET", "/api/v1/trajecten/{id}", [200, 200, 200, 200, 200, 200, 200]),
        ("POST", "/api/v1/trajecten/{id}/notes", [422, 422, 422, 422, 422, 422, 422]),
        ("POST", "/api/v1/trajecten/{id}/transitions", [422, 403, 422, 422, 403, 403, 403]),
        ("POST", "/api/v1/trajecten/{id}/checklist", [422, 422, 422, 422, 403, 403, 403]),
        ("POST", "/api/v1/trajecten/{id}/invitations", [422, 403, 422, 422, 403, 403, 403]),
        ("POST", "/api/v1/trajecten/{id}/participants/{pid}/withdraw", [204, 403, 204, 204, 403, 403, 403]),
        ("POST", "/api/v1/trajecten/{id}/consents", [422, 403, 403, 403, 403, 403, 403]),
        ("POST", "/api/v1/trajecten/{id}/consents/{cid}/revoke", [204, 403, 403, 403, 403, 403, 403]),
        // Documents: {doc} is an OPP in the file that the parents did not share, so people
        // from outside the school get a 404 for it (audited), as for another family's file.
        ("GET", "/trajecten/{id}/documenten", [200, 200, 200, 200, 200, 200, 200]),
        ("POST", "/trajecten/{id}/documenten", [422, 422, 422, 422, 403, 403, 403]),
        ("GET", "/trajecten/{id}/documenten/{doc}", [200, 200, 200, 200, 404, 404, 404]),
        ("POST", "/trajecten/{id}/documenten/{doc}", [400, 400, 400, 400, 403, 403, 403]),
        ("GET", "/trajecten/{id}/documenten/{doc}/bewerken", [200, 200, 200, 200, 403, 403, 403]),
        ("POST", "/trajecten/{id}/documenten/{doc}/vastleggen", [422, 422, 422, 422, 403, 403, 403]),
        ("POST", "/trajecten/{id}/documenten/{doc}/delen", [422, 403, 403, 403, 403, 403, 403]),
        ("GET", "/trajecten/{id}/documenten/{doc}/versies", [200, 200, 200, 200, 404, 404, 404]),
        ("GET", "/trajecten/{id}/documenten/{doc}/afdruk", [200, 200, 200, 200, 404, 404, 404]),
        ("GET", "/api/v1/trajecten/{id}/documents", [200, 200, 200, 200, 200, 200, 200]),
        ("POST", "/api/v1/trajecten/{id}/documents", [422, 422, 422, 422, 403, 403, 403]),
        ("GET", "/api/v1/trajecten/{id}/documents/{doc}", [200, 200, 200, 200, 404, 404, 404]),
        ("POST", "/api/v1/trajecten/{id}/documents/{doc}/versions", [409, 409, 409, 409, 403, 403, 403]),
        ("GET", "/api/v1/trajecten/{id}/documents/{doc}/versions/{n}", [200, 200, 200, 200, 404, 404, 404]),
        ("POST", "/api/v1/trajecten/{id}/documents/{doc}/records", [422, 422, 422, 422, 403, 403, 403]),
        // Gesprekken: {gid} is planned, led by the coordinator, with the parent attending;
        // {pid} is a new agenda point of the teacher's. Preparation is everyone's own.
        ("GET", "/trajecten/{id}/gesprekken", [200, 200, 200, 200, 200, 200, 200]),
        ("POST", "/trajecten/{id}/gesprekken", [422, 422, 422, 422, 403, 403, 403]),
        ("GET", "/trajecten/{id}/gesprekken/{gid}", [200, 200, 200, 200, 200, 200, 200]),
        ("POST", "/trajecten/{id}/gesprekken/{gid}", [422, 422, 422, 422, 403, 403, 403]),
        ("POST", "/trajecten/{id}/gesprekken/{gid}/afzeggen", [422, 422, 422, 422, 403, 403, 403]),
        ("POST", "/trajecten/{id}/gesprekken/{gid}/vervolg", [422, 422, 422, 422, 403, 403, 403]),
        ("POST", "/trajecten/{id}/gesprekken/{gid}/agenda", [422, 422, 422, 422, 422, 422, 422]),
        ("POST", "/trajecten/{id}/gesprekken/{gid}/agenda/{pid}/weg", [403, 303, 303, 403, 403, 403, 403]),
        ("POST", "/trajecten/{id}/gesprekken/{gid}/agenda/{pid}/verplaatsen", [403, 403, 303, 403, 403, 403, 403]),
        ("POST", "/trajecten/{id}/gesprekken/{gid}/begeleider", [422, 403, 403, 403, 403, 403, 403]),
        ("POST", "/trajecten/{id}/gesprekken/{gid}/verslag", [403, 403, 422, 403, 403, 403, 403]),
        ("POST", "/trajecten/{id}/gesprekken/{gid}/reactie", [422, 422, 422, 422, 422, 422, 422]),
        ("GET", "/trajecten/{id}/gesprekken/{gid}/voorbereiding", [200, 200, 200, 200, 200, 200, 200]),
        ("POST", "/trajecten/{id}/gesprekken/{gid}/voorbereiding", [422, 422, 422, 422, 422, 422, 422]),
        ("GET", "/trajecten/{id}/gesprekken/{gid}/voorbereiding/afdruk", [200, 200, 200, 200, 200, 200, 200]),
        ("GET", "/trajecten/{id}/gesprekken/{gid}/agenda.ics", [200, 200, 200, 200, 200, 200, 200]),
        ("GET", "/api/v1/trajecten/{id}/gesprekken", [200, 200, 200, 200, 200, 200, 200]),
        ("POST", "/api/v1/trajecten/{id}/gesprekken", [422, 422, 422, 422, 403, 403, 403]),
        ("GET", "/api/v1/trajecten/{id}/gesprekken/{gid}", [200, 200, 200, 200, 200, 200, 200]),
        ("POST", "/api/v1/trajecten/{id}/gesprekken/{gid}/cancel", [422, 422, 422, 422, 403, 403, 403]),
        ("POST", "/api/v1/trajecten/{id}/gesprekken/{gid}/agenda", [422, 422, 422, 422, 422, 422, 422]),
        ("POST", "/api/v1/trajecten/{id}/gesprekken/{gid}/agenda/{pid}/remove", [403, 204, 204, 403, 403, 403, 403]),
        ("POST", "/api/v1/trajecten/{id}/gesprekken/{gid}/companions", [422, 403, 403, 403, 403, 403, 403]),
        ("GET", "/api/v1/trajecten/{id}/gesprekken/{gid}/preparation", [200, 200, 200, 200, 200, 200, 200]),
        ("POST", "/api/v1/trajecten/{id}/gesprekken/{gid}/preparation", [422, 422, 422, 422, 422, 422, 422]),
        ("POST", "/api/v1/trajecten/{id}/gesprekken/{gid}/report", [403, 403, 422, 403, 403, 403, 403]),
        ("POST", "/api/v1/trajecten/{id}/gesprekken/{gid}/responses", [422, 422, 422, 422, 422, 422, 422]),
        // The parents' clock: {did} is a new date the parent entered; letters are the parents'.
        ("GET", "/trajecten/{id}/klok", [200, 200, 200, 200, 200, 200, 200]),
        ("POST", "/trajecten/{id}/klok", [422, 422, 422, 422, 403, 403, 403]),
        ("POST", "/trajecten/{id}/klok/{did}/weg", [303, 303, 303, 303, 403, 403, 403]),
        ("GET", "/trajecten/{id}/klok/brief/{letter}", [200, 403, 403, 403, 403, 403, 403]),
        ("GET", "/api/v1/trajecten/{id}/clock", [200, 200, 200, 200, 200, 200, 200]),
        ("POST", "/api/v1/trajecten/{id}/clock/dates", [422, 422, 422, 422, 403, 403, 403]),
        ("POST", "/api/v1/trajecten/{id}/clock/dates/{did}/remove", [204, 204, 204, 204, 403, 403, 403]),
    ]
}

/// Routes that are not about one file, with the status for a signed-in person of each
/// account role that can start files (parent, coordinator, director) and one that cannot.
const OTHER_ROUTES: [&str; 7] = [
    "/gesprekken",
    "/trajecten",
    "/trajecten/nieuw",
    "/trajecten/rechten",
    "/uitnodiging/{token}",
    "/api/v1/trajecten",
    "/api/v1/trajecten/{id}/notes",
];

/// The objects of the first file that the routes act on.
#[derive(Clone)]
struct Objects {
    doc: String,
    gid: String,
    parent: AuditContext,
    teacher: AuditContext,
}

/// `path` for file `id`, with `{doc}` a document and `{gid}` a gesprek of the first file
/// and `sub` in the place of the record a route acts on ({pid}, {cid}, {did}).
fn fill(path: &str, id: TrajectId, o: &Objects, sub: &str) -> String {
    path.replace("{id}", &id.to_string())
        .replace("{doc}", &o.doc)
        .replace("{gid}", &o.gid)
        .replace("{letter}", "zorgplicht")
        .replace("{n}", "1")
        .replace("{did}", sub)
        .replace("{pid}", sub)
        .replace("{cid}", sub)
}

/// A record inside the file that one route acts on: someone who may makes a new one for
/// each call, so an allowed call (which takes it away or moves it) is told apart from a
/// refused one by its status and by what became of the record.
#[derive(Clone, Copy, Debug)]
enum Fresh {
    /// An invitation to a teacher, from the parent.
    Participant,
    /// The parent's consent for an expert.
    Consent,
    /// A point on the gesprek's agenda, from the teacher.
    AgendaPoint,
    /// A date on the parents' clock, from the parent.
    Date,
}

impl Fresh {
    fn of(path: &str) -> Option<Fresh> {
        if path.contains("/agenda/{pid}") {
            Some(Fresh::AgendaPoint)
        } else if path.contains("{pid}") {
            Some(Fresh::Participant)
        } else if path.contains("{cid}") {
            Some(Fresh::Consent)
        } else if path.contains("{did}") {
            Some(Fresh::Date)
        } else {
            None
        }
    }

    async fn make(self, app: &TestApp, id: TrajectId, o: &Objects) -> String {
        let email = format!("nieuw-{}@voorbeeld.nl", Uuid::now_v7());
        match self {
            Fresh::Participant => {
                let invitation = NewInvitation {
                    traject_id: id,
                    email: Email::parse(&email).unwrap(),
                    role: ParticipantRole::Teacher,
                    token_hash: email.clone(),
                    expires_at: chrono::Utc::now() + chrono::Duration::days(1),
                };
                app.store.tr_invite(invitation, o.parent.clone()).await.unwrap().id.to_string()
            }
            Fresh::Consent => {
                let c = NewConsent {
                    traject_id: id,
                    kind: ConsentKind::InvolveExpert,
                    subject: email,
                    purpose: "Onderzoek.".into(),
                    valid_until: None,
                };
                app.store.tr_give_consent(c, o.parent.clone()).await.unwrap().id.to_string()
            }
            Fresh::AgendaPoint => {
                let gid = o.gid.parse().unwrap();
                let point = app.store.gs_add_point(id, gid, "Rekenen", false, o.teacher.clone()).await.unwrap();
                point.id.to_string()
            }
            Fresh::Date => {
                let kind = samenspoor_domain::deadlines::DateKind::Registration;
                let date = samenspoor_domain::deadlines::KnownDate { kind, day: chrono::Utc::now().date_naive() };
                app.store.dl_add_date(id, date, o.parent.clone()).await.unwrap().id.to_string()
            }
        }
    }

    /// Where the record stands: `None` once it is taken away, else its place (agenda
    /// points) or 0.
    async fn state(self, app: &TestApp, id: TrajectId, o: &Objects, sub: &str) -> Option<usize> {
        let s = &app.store;
        match self {
            Fresh::Participant => {
                let all = s.tr_participants(id).await.unwrap();
                all.iter().any(|p| p.id.to_string() == sub && p.withdrawn_at.is_none()).then_some(0)
            }
            Fresh::Consent => {
                let all = s.tr_consents(id).await.unwrap();
                all.iter().any(|c| c.id.to_string() == sub && c.consent.revoked_at.is_none()).then_some(0)
            }
            Fresh::AgendaPoint => {
                let g = s.gs_get(id, o.gid.parse().unwrap()).await.unwrap().unwrap();
                g.agenda.iter().position(|p| p.id.to_string() == sub)
            }
            Fresh::Date => s.dl_dates(id).await.unwrap().iter().any(|d| d.id.to_string() == sub).then_some(0),
        }
    }
}

async fn call(actor: &Actor, method: &str, path: &str) -> u16 {
    let res = match (method, path.starts_with("/api/")) {
        ("GET", _) => actor.get(path).await,
        ("POST", true) => {
            actor
                .post_json(
                    path,
                    &json!({ "body": "", "visibility": "shared", "from": "talk", "to": "nergens", "why": "x", "step": "talk",
                        "item": "verzonnen", "ticked": true, "email": "geen-adres", "role": "teacher", "kind": "", "purpose": "", "title": "",
                        "base_version": 0, "text": "", "name": "", "relation": "", "summary": "", "answers": [{ "question": "x", "text": "" }],
                        "date": "", "time": "", "minutes": 0, "leader": "", "day": "" }),
                )
                .await
        }
        _ => {
            actor
                .post(
                    path,
                    &[
                        ("to", "nergens"),
                        ("from", "nergens"),
                        ("why", "x"),
                        ("step", "talk"),
                        ("item", "verzonnen"),
                        ("ticked", "ja"),
                        ("body", ""),
                        ("visibility", "shared"),
                        ("email", "geen-adres"),
                        ("role", "teacher"),
                        ("kind", ""),
                        ("purpose", ""),
                    ],
                )
                .await
        }
    };
    res.status().as_u16()
}

#[tokio::test]
async fn every_file_route_for_every_role_on_its_own_file_and_someone_elses() {
    every_file_route(spawn_app().await).await;
}

#[tokio::test]
async fn every_file_route_for_every_role_on_postgres() {
    if let Some(app) = crate::support::spawn_app_with(crate::support::Db::Postgres, |_| {}).await {
        every_file_route(app).await;
    }
}

async fn every_file_route(app: TestApp) {
    let (id, actors) = file_with_everyone(&app).await;
    let coordinator = AuditContext { actor: Some(actors[2].1.user.id), ip: None };
    let opp = samenspoor_store::NewDocument {
        id: samenspoor_domain::DocumentId::new(),
        traject_id: id,
        kind: samenspoor_domain::document::DocumentKind::Opp,
        title: "OPP".into(),
        content: Default::default(),
    };
    let doc = app.store.doc_create(opp, coordinator).await.unwrap();
    let doc = doc.id.to_string();
    let people = app.store.tr_participants(id).await.unwrap();
    let seat = |role| people.iter().find(|p| p.role == role).unwrap().id;
    let plan = samenspoor_domain::gesprek::Plan {
        purpose: "Hoe gaat het?".into(),
        starts_at: chrono::Utc::now() + chrono::Duration::days(3),
        minutes: 45,
        place: "School".into(),
        link: String::new(),
        leader: seat(ParticipantRole::Coordinator),
        attendees: vec![seat(ParticipantRole::Coordinator), seat(ParticipantRole::Parent)],
    };
    let new = samenspoor_store::NewGesprek {
        id: samenspoor_domain::GesprekId::new(),
        traject_id: id,
        plan,
        follow_up_of: None,
    };
    let gid = app
        .store
        .gs_create(new, AuditContext { actor: Some(actors[2].1.user.id), ip: None })
        .await
        .unwrap()
        .id
        .to_string();
    let other_id = TrajectId::new();
    let stranger = app.actor("vreemde@voorbeeld.nl", Role::Coordinator).await;
    let (second_file, _) = {
        let owner = app.actor("andere.ouder@voorbeeld.nl", Role::Parent).await;
        let today = chrono::Utc::now().date_naive();
        let child = samenspoor_domain::traject::ChildDetails::parse("Sem", "Bakker", "2015-01-01", "", today).unwrap();
        let sid = TrajectId::new();
        let new = NewTraject {
            id: sid,
            child,
            school_id: None,
            creator: owner.user.id,
            creator_role: ParticipantRole::Parent,
        };
        app.store.tr_create(new, AuditContext::system()).await.unwrap();
        (sid, owner)
    };
    let reads_of = |actor: &Actor| {
        let (store, user) = (app.store.clone(), actor.user.id);
        async move {
            let all = store.audit_by_actor(user, 100_000).await.unwrap();
            all.iter().filter(|e| e.object_id.as_deref() == Some(id.to_string().as_str())).count()
        }
    };
    let objects = Objects {
        doc,
        gid,
        parent: AuditContext { actor: Some(actors[0].1.user.id), ip: None },
        teacher: AuditContext { actor: Some(actors[1].1.user.id), ip: None },
    };
    // A point of the parent's stays first, so a new point can always move up.
    let gesprek_id = objects.gid.parse().unwrap();
    app.store.gs_add_point(id, gesprek_id, "Vriendjes", true, objects.parent.clone()).await.unwrap();
    for (method, path, expected) in table() {
        let fresh = Fresh::of(path);
        for (i, (role, actor)) in actors.iter().enumerate() {
            let sub = match fresh {
                Some(f) => f.make(&app, id, &objects).await,
                None => String::new(),
            };
            let was = match fresh {
                Some(f) => f.state(&app, id, &objects, &sub).await,
                None => None,
            };
            let before = reads_of(actor).await;
            let got = call(actor, method, &fill(path, id, &objects, &sub)).await;
            assert_eq!(got, expected[i], "{role:?} {method} {path}");
            // Every answer leaves an audit row: what shows or changes the child's data, and
            // every refusal, at the file's door or later, on an object id inside the file.
            if got != 422 && got != 400 && got != 409 {
                assert!(reads_of(actor).await > before, "{role:?} {method} {path} ({got}) is not audited");
            }
            if let Some(f) = fresh {
                let after = f.state(&app, id, &objects, &sub).await;
                let acted = method == "POST" && (got == 204 || got == 303);
                let expected_after = match (acted, path.ends_with("/verplaatsen")) {
                    (false, _) => was,
                    (true, false) => None,
                    (true, true) => was.and_then(|p| p.checked_sub(1)),
                };
                assert!(was.is_some(), "{f:?} was made");
                assert_eq!(after, expected_after, "{role:?} {method} {path}: {f:?} after {got}");
                // A made-up id for the same kind of record: not found, and noted.
                if acted || (method == "GET" && got == 200) {
                    let before = reads_of(actor).await;
                    let guessed = call(actor, method, &fill(path, id, &objects, &Uuid::now_v7().to_string())).await;
                    assert_eq!(guessed, 404, "{role:?} {method} {path} with an id that does not exist");
                    assert!(reads_of(actor).await > before, "{role:?} {method} {path}: a guessed id is not audited");
                }
            }
            // The same person on another family's file, and on a file that does not exist,
            // with the same ids.
            assert_eq!(
                call(actor, method, &fill(path, second_file, &objects, &sub)).await,
                404,
                "{role:?} {method} {path} on another file"
            );
        }
        let sub = match fresh {
            Some(f) => f.make(&app, id, &objects).await,
            None => String::new(),
        };
        assert_eq!(call(&stranger, method, &fill(path, id, &objects, &sub)).await, 404, "stranger {method} {path}");
        assert_eq!(
            call(&actors[0].1, method, &fill(path, other_id, &objects, &sub)).await,
            404,
            "unknown file {method} {path}"
        );
        if let Some(f) = fresh {
            assert!(f.state(&app, id, &objects, &sub).await.is_some(), "{path}: nobody outside took away {f:?}");
        }
        // A made-up document or gesprek in the parent's own file: not found, and noted.
        if path.contains("{doc}") || path.contains("{gid}") {
            let made_up =
                Objects { doc: Uuid::now_v7().to_string(), gid: Uuid::now_v7().to_string(), ..objects.clone() };
            let parent = &actors[0].1;
            let before = reads_of(parent).await;
            assert_eq!(call(parent, method, &fill(path, id, &made_up, &sub)).await, 404, "made-up id: {method} {path}");
            assert!(reads_of(parent).await > before, "{method} {path}: a made-up id is not audited");
        }
        let anonymous = app.client.get(app.url(&fill(path, id, &objects, &sub))).send().await.unwrap();
        if method == "GET" {
            let expected = if path.starts_with("/api/") { 401 } else { 303 };
            assert_eq!(anonymous.status().as_u16(), expected, "anonymous {path}");
        }
    }
    let refused = app.store.audit_by_actor(stranger.user.id, 100).await.unwrap();
    assert!(
        refused.iter().all(|e| e.action == AuditAction::TrajectAccessRefused && e.object_id == Some(id.to_string()))
    );
    assert_eq!(refused.len(), table().len(), "each attempt on another family's file is audited");
    // Outside people were refused the unshared document, each time with an audit entry.
    for (role, actor) in &actors[4..] {
        let theirs = app.store.audit_by_actor(actor.user.id, 200).await.unwrap();
        let refusals = theirs.iter().filter(|e| e.action == AuditAction::TrajectAccessRefused).count();
        assert!(refusals >= 5, "{role:?}: {refusals}");
    }
    assert_eq!(app.store.doc_list(id).await.unwrap()[0].version, 1, "no refused or bad request saved a version");
    let gesprek = app.store.gs_get(id, gesprek_id).await.unwrap().unwrap();
    assert_eq!(gesprek.gesprek.status, samenspoor_domain::gesprek::GesprekStatus::Planned, "nothing called it off");
    assert!(gesprek.companions.is_empty() && gesprek.gesprek.report.is_none());
    let file = app.store.tr_get(id).await.unwrap().unwrap();
    assert_eq!(file.step, Step::Talk, "no refused or bad request moved the file");
    assert!(app.store.tr_notes(id).await.unwrap().is_empty());
}

#[test]
fn every_traject_route_is_in_the_permission_table() {
    // The routes come from the routers themselves, wherever an area keeps them.
    let routes: Vec<String> = samenspoor_web::route_paths()
        .into_iter()
        .filter(|p| p.contains("/trajecten") || p.starts_with("/uitnodiging"))
        .collect();
    let covered: Vec<String> =
        table().iter().map(|(_, p, _)| p.to_string()).chain(OTHER_ROUTES.iter().map(|p| p.to_string())).collect();
    for r in &routes {
        assert!(covered.contains(r), "route {r} has no entry in the permission table of this test");
    }
    assert!(routes.len() >= 18, "{routes:?}");
}

#[test]
fn every_api_route_is_in_the_openapi_document() {
    use utoipa::OpenApi;
    let doc = samenspoor_web::api::ApiDoc::openapi();
    let documented: Vec<&String> = doc.paths.paths.keys().collect();
    let api: Vec<String> = samenspoor_web::route_paths()
        .into_iter()
        .filter(|p| p.starts_with("/api/v1/") && p != "/api/v1/openapi.json")
        .collect();
    assert!(api.len() >= 13, "{api:?}");
    for route in &api {
        assert!(documented.contains(&route), "{route} is missing from the OpenAPI document");
    }
}

#[tokio::test]
async fn routes_outside_one_file() {
    let app = spawn_app().await;
    for (role, can_start) in [
        (Role::Parent, true),
        (Role::Coordinator, true),
        (Role::Director, true),
        (Role::Teacher, false),
        (Role::Editor, false),
    ] {
        let actor = app.actor(&format!("{}.start@voorbeeld.nl", role.as_str()), role).await;
        assert_eq!(actor.get("/trajecten").await.status(), 200);
        assert_eq!(actor.get("/trajecten/rechten").await.status(), 200);
        assert_eq!(actor.get("/api/v1/trajecten").await.status(), 200);
        assert_eq!(actor.get("/trajecten/nieuw").await.status().as_u16(), if can_start { 200 } else { 403 }, "{role}");
        let bad = actor
            .post("/trajecten/nieuw", &[("first_name", ""), ("last_name", "x"), ("date_of_birth", "morgen")])
            .await;
        assert_eq!(bad.status().as_u16(), if can_start { 422 } else { 403 }, "{role}");
    }
    assert_eq!(app.get("/trajecten").await.status(), 303);
    assert_eq!(app.get("/api/v1/trajecten").await.status(), 401);
    assert_eq!(app.get("/uitnodiging/onbekend").await.status(), 200, "explains the link does not work");
    assert_eq!(app.post("/uitnodiging/onbekend", &[]).await.status(), 410);
}

#[tokio::test]
async fn outside_people_join_only_with_consent_and_leave_when_it_is_revoked() {
    let app = spawn_app().await;
    let parent = app.actor("ouder@voorbeeld.nl", Role::Parent).await;
    let made = parent
        .post(
            "/trajecten/nieuw",
            &[
                ("first_name", "Noor"),
                ("last_name", "Visser"),
                ("date_of_birth", "2016-09-01"),
                ("class_name", "groep 5"),
            ],
        )
        .await;
    assert_eq!(made.status(), 303);
    let path = location(&made);
    let id: TrajectId = path.trim_start_matches("/trajecten/").parse().unwrap();

    let refused =
        parent.post(&format!("{path}/deelnemers"), &[("email", "consulent@swv.nl"), ("role", "swv_consultant")]).await;
    assert_eq!(refused.status(), 422, "no consent yet");
    assert_eq!(app.store.tr_participants(id).await.unwrap().len(), 1, "nobody was invited");
    assert_eq!(app.smtp.count(), 0);

    let no_purpose = parent.post(&format!("{path}/toestemming"), &[("kind", "involve_swv"), ("purpose", " ")]).await;
    assert_eq!(no_purpose.status(), 422);
    let given = parent
        .post(
            &format!("{path}/toestemming"),
            &[("kind", "involve_swv"), ("purpose", "Meedenken over steun in de klas.")],
        )
        .await;
    assert_eq!(given.status(), 303);
    let unknown =
        parent.post(&format!("{path}/deelnemers"), &[("email", "nieuw@swv.nl"), ("role", "swv_consultant")]).await;
    assert_eq!(unknown.status(), 422, "an invitation never creates a professional account");
    // The consultant's account is made by the admin; the parents' consent lets them in.
    app.create_user("consulent@swv.nl", Role::SwvConsultant).await;
    let invited =
        parent.post(&format!("{path}/deelnemers"), &[("email", "consulent@swv.nl"), ("role", "swv_consultant")]).await;
    assert_eq!(invited.status(), 303);
    let mail = app.smtp.wait_for(1).await;
    assert_eq!(mail.to, vec!["consulent@swv.nl"]);
    let link = mail.link();
    assert!(link.contains("/uitnodiging/"), "{link}");

    // Accepting the link signs the consultant in.
    let browser =
        reqwest::Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let page = crate::support::to_page(browser.get(&link).send().await.unwrap()).await;
    assert!(page.text.contains("Noor"), "the invitation names the child");
    let csrf = page.attr("input[name=csrf]", "value").unwrap();
    let accepted = browser.post(&link).form(&[("csrf", csrf.as_str())]).send().await.unwrap();
    assert_eq!(accepted.status(), 303);
    assert_eq!(location(&accepted), path);
    assert_eq!(browser.get(app.url(&path)).send().await.unwrap().status(), 200);
    let me: serde_json::Value = browser.get(app.url("/api/v1/me")).send().await.unwrap().json().await.unwrap();
    let csrf = me["csrf_token"].as_str().unwrap();
    let again = browser.post(&link).form(&[("csrf", csrf)]).send().await.unwrap();
    assert_eq!(again.status(), 410, "an invitation works once");

    let consent = app.store.tr_consents(id).await.unwrap().remove(0);
    let consultant_cannot = browser
        .post(app.url(&format!("{path}/toestemming/{}/intrekken", consent.id)))
        .form(&[("csrf", csrf)])
        .send()
        .await
        .unwrap();
    assert_eq!(consultant_cannot.status(), 403, "only parents give and revoke consent");
    let revoked = parent.post(&format!("{path}/toestemming/{}/intrekken", consent.id), &[]).await;
    assert_eq!(revoked.status(), 303);
    assert_eq!(browser.get(app.url(&path)).send().await.unwrap().status(), 404, "revoking ends access at once");
    let timeline = parent.page(&format!("{path}?soort=consent")).await;
    let events = timeline.select(".timeline li");
    assert_eq!(events.len(), 2, "{events:?}");
    assert!(events[0].contains("Toestemming ingetrokken"));
    let again =
        parent.post(&format!("{path}/deelnemers"), &[("email", "consulent@swv.nl"), ("role", "swv_consultant")]).await;
    assert_eq!(again.status(), 422, "after revoking, inviting is refused again");
}

#[tokio::test]
async fn a_parent_and_a_coordinator_follow_one_file_from_step_1_to_5_and_back_to_4() {
    let app = spawn_app().await;
    let coordinator = app.actor("ib@delinde.nl", Role::Coordinator).await;
    let made = coordinator
        .post(
            "/trajecten/nieuw",
            &[
                ("first_name", "Daan"),
                ("last_name", "de Vries"),
                ("date_of_birth", "2017-03-14"),
                ("class_name", "groep 6"),
            ],
        )
        .await;
    let path = location(&made);
    let id: TrajectId = path.trim_start_matches("/trajecten/").parse().unwrap();
    assert_eq!(
        coordinator
            .post(&format!("{path}/deelnemers"), &[("email", "sanne@voorbeeld.nl"), ("role", "parent")])
            .await
            .status(),
        303
    );
    let link = app.smtp.wait_for(1).await.link();
    let parent_browser =
        reqwest::Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let page = crate::support::to_page(parent_browser.get(&link).send().await.unwrap()).await;
    let csrf = page.attr("input[name=csrf]", "value").unwrap();
    let unconfirmed = parent_browser.post(&link).form(&[("csrf", csrf.as_str())]).send().await.unwrap();
    assert_eq!(unconfirmed.status(), 422, "a parent confirms parental authority on accepting");
    let confirmed =
        parent_browser.post(&link).form(&[("csrf", csrf.as_str()), ("authority", "ja")]).send().await.unwrap();
    assert_eq!(confirmed.status(), 303);
    let sanne = app.store.user_by_email(&Email::parse("sanne@voorbeeld.nl").unwrap()).await.unwrap().unwrap();
    assert_eq!(sanne.role, Role::Parent, "the invitation made a parent account");
    let parent = app.actor_for(sanne).await;

    let steps = [
        ("talk", "inform_orient"),
        ("inform_orient", "investigate"),
        ("investigate", "plan"),
        ("plan", "evaluate"),
        ("evaluate", "plan"),
    ];
    for (i, (from, to)) in steps.iter().enumerate() {
        let who = if i % 2 == 0 { &parent } else { &coordinator };
        let res = who
            .post(
                &format!("{path}/stap"),
                &[("from", from), ("to", to), ("why", &format!("Stap {i}: samen besproken."))],
            )
            .await;
        assert_eq!(res.status(), 303, "{from} → {to}");
        let now = who.page(&path).await;
        assert_eq!(now.attr("input[name=from]", "value").as_deref(), Some(*to));
    }
    let stale =
        coordinator.post(&format!("{path}/stap"), &[("from", "evaluate"), ("to", "closed"), ("why", "Klaar.")]).await;
    assert_eq!(stale.status(), 422, "the file is at plan now, not evaluate");
    let skip =
        coordinator.post(&format!("{path}/stap"), &[("from", "plan"), ("to", "closed"), ("why", "Klaar.")]).await;
    assert_eq!(skip.status(), 422, "plan cannot be closed directly");
    assert_eq!(app.store.tr_get(id).await.unwrap().unwrap().step, Step::Plan);

    assert_eq!(
        parent
            .post(&format!("{path}/checklist"), &[("step", "plan"), ("item", "plan-goals"), ("ticked", "ja")])
            .await
            .status(),
        303
    );
    assert_eq!(
        parent
            .post(&format!("{path}/notities"), &[("body", "Alleen voor mij."), ("visibility", "private")])
            .await
            .status(),
        303
    );
    assert_eq!(
        coordinator
            .post(&format!("{path}/notities"), &[("body", "Voor iedereen."), ("visibility", "shared")])
            .await
            .status(),
        303
    );
    let seen_by_coordinator = coordinator.page(&path).await;
    assert_eq!(
        seen_by_coordinator.select(".note-body"),
        vec!["Voor iedereen."],
        "a parent's private note never reaches school"
    );
    let seen_by_parent = parent.page(&path).await;
    assert_eq!(seen_by_parent.select(".note-body").len(), 2);
    assert!(seen_by_parent.select(".checklist li.done").iter().any(|t| t.contains("De doelen zijn duidelijk")));
    let steps_only = parent.page(&format!("{path}?soort=step")).await;
    assert_eq!(steps_only.select(".timeline li").len(), 5);

    let log = parent.page(&format!("{path}/inzage")).await;
    let rows = log.select("tbody tr");
    assert!(
        rows.iter().any(|r| r.contains("Test Persoon") && r.contains("Dossier bekeken")),
        "the parent sees who looked"
    );
    let export: serde_json::Value = parent.get(&format!("{path}/export.json")).await.json().await.unwrap();
    assert_eq!(export["traject"]["step"], "plan");
    assert_eq!(export["timeline"].as_array().unwrap().iter().filter(|e| e["kind"] == "step").count(), 5);
    assert_eq!(export["notes"].as_array().unwrap().len(), 2);
    let coordinator_export: serde_json::Value =
        coordinator.get(&format!("{path}/export.json")).await.json().await.unwrap();
    assert_eq!(coordinator_export["notes"].as_array().unwrap().len(), 1);
    assert_eq!(parent.get(&format!("{path}/afdruk")).await.status(), 200);

    let parent_row =
        app.store.tr_participants(id).await.unwrap().into_iter().find(|p| p.role == ParticipantRole::Parent).unwrap();
    let removed = coordinator.post(&format!("{path}/deelnemers/{}/intrekken", parent_row.id), &[]).await;
    assert_eq!(removed.status(), 403, "school cannot take a parent out of the file");
    assert!(app.store.tr_participants(id).await.unwrap().iter().any(|p| p.id == parent_row.id && p.active()));
    let outsider = app.actor("nieuwsgierig@voorbeeld.nl", Role::Teacher).await;
    assert_eq!(outsider.get(&path).await.status(), 404, "nobody else can see it");
    let api: serde_json::Value = parent.get(&format!("/api/v1/trajecten/{id}")).await.json().await.unwrap();
    assert_eq!(api["my_role"], "parent");
    let moved = parent
        .post_json(
            &format!("/api/v1/trajecten/{id}/transitions"),
            &json!({"from": "plan", "to": "evaluate", "why": "Via de API."}),
        )
        .await;
    assert_eq!(moved.status(), 200);
    let note = coordinator
        .post_json(&format!("/api/v1/trajecten/{id}/notes"), &json!({"body": "Via de API.", "visibility": "shared"}))
        .await;
    assert_eq!(note.status(), 201);

    // The same consent gate through the API.
    let api = |p: &str| format!("/api/v1/trajecten/{id}/{p}");
    let no_consent = coordinator
        .post_json(&api("invitations"), &json!({"email": "oc@voorbeeld.nl", "role": "education_consultant"}))
        .await;
    assert_eq!(no_consent.status(), 409, "a good request the file's consents do not allow yet");
    let problem: serde_json::Value = no_consent.json().await.unwrap();
    assert!(problem["detail"].as_str().unwrap().contains("toestemming"), "{problem}");
    assert_eq!(problem["status"], 409);
    let consent = parent
        .post_json(&api("consents"), &json!({"kind": "involve_education_consultant", "purpose": "Meedenken."}))
        .await;
    app.create_user("oc@voorbeeld.nl", Role::EducationConsultant).await;
    assert_eq!(consent.status(), 201);
    let consent: serde_json::Value = consent.json().await.unwrap();
    let invited = coordinator
        .post_json(&api("invitations"), &json!({"email": "oc@voorbeeld.nl", "role": "education_consultant"}))
        .await;
    assert_eq!(invited.status(), 201);
    let pid = invited.json::<serde_json::Value>().await.unwrap()["id"].as_str().unwrap().to_owned();
    assert_eq!(coordinator.post_json(&api(&format!("participants/{pid}/withdraw")), &json!({})).await.status(), 204);
    let cid = consent["id"].as_str().unwrap();
    assert_eq!(parent.post_json(&api(&format!("consents/{cid}/revoke")), &json!({})).await.status(), 204);
    let tick = json!({"step": "evaluate", "item": "evaluate-goals-reached", "ticked": true});
    assert_eq!(parent.post_json(&api("checklist"), &tick).await.status(), 204);
}

#[tokio::test]
async fn the_demo_shows_daan_in_step_4_to_his_mother_and_the_coordinator() {
    let app = spawn_demo_app().await;
    let users = app.store.demo_users().await.unwrap();
    let mother = app.actor_for(users.iter().find(|u| u.role == Role::Parent).unwrap().clone()).await;
    let list = mother.page("/trajecten").await;
    let file = list.attr(".cards a", "href").unwrap();
    let page = mother.page(&file).await;
    assert_eq!(page.select("#step-name"), vec!["Stap 4: Een plan maken"]);
    assert!(page.select(".note-body").len() >= 3);
    assert!(page.select(".timeline li").len() >= 8);
    let coordinator = app.actor_for(users.iter().find(|u| u.role == Role::Coordinator).unwrap().clone()).await;
    assert_eq!(coordinator.get(&file).await.status(), 200);
    assert_eq!(coordinator.page(&file).await.select(".note-body").len(), 2, "not Sanne's private note");
    let editor = app.actor_for(users.iter().find(|u| u.role == Role::Editor).unwrap().clone()).await;
    assert_eq!(editor.get(&file).await.status(), 404);
}

#[tokio::test]
async fn bad_input_when_starting_a_file_changes_nothing() {
    let app = spawn_app().await;
    let parent = app.actor("ouder@voorbeeld.nl", Role::Parent).await;
    let page = parent.page("/trajecten/nieuw").await;
    assert_eq!(page.status, 200);
    let res = crate::support::to_page(
        parent
            .post(
                "/trajecten/nieuw",
                &[("first_name", " "), ("last_name", "Jansen"), ("date_of_birth", "2099-01-01"), ("school", "geen-id")],
            )
            .await,
    )
    .await;
    assert_eq!(res.status, 422);
    assert_eq!(res.select(".error-summary li").len(), 3, "{:?}", res.select(".error-summary li"));
    assert!(app.store.tr_list_for_user(parent.user.id).await.unwrap().is_empty());
}

/// A file in step 4 (plan) with a parent and the school's coordinator, made over HTTP.
async fn file_in_plan(app: &TestApp) -> (String, TrajectId, Actor, Actor) {
    let parent = app.actor("ouder@voorbeeld.nl", Role::Parent).await;
    let made = parent
        .post("/trajecten/nieuw", &[("first_name", "Sem"), ("last_name", "Bos"), ("date_of_birth", "2016-02-02")])
        .await;
    let path = location(&made);
    let id: TrajectId = path.trim_start_matches("/trajecten/").parse().unwrap();
    let coordinator = app.actor("ib@school.nl", Role::Coordinator).await;
    let invitation = NewInvitation {
        traject_id: id,
        email: Email::parse("ib@school.nl").unwrap(),
        role: ParticipantRole::Coordinator,
        token_hash: "plan-ib".into(),
        expires_at: chrono::Utc::now() + chrono::Duration::days(1),
    };
    app.store.tr_invite(invitation, AuditContext { actor: Some(parent.user.id), ip: None }).await.unwrap();
    app.store.tr_accept("plan-ib", coordinator.user.id, chrono::Utc::now(), None).await.unwrap().unwrap();
    for (from, to) in [("talk", "inform_orient"), ("inform_orient", "investigate"), ("investigate", "plan")] {
        let res =
            parent.post(&format!("{path}/stap"), &[("from", from), ("to", to), ("why", "Samen besproken.")]).await;
        assert_eq!(res.status(), 303);
    }
    (path, id, parent, coordinator)
}

#[tokio::test]
async fn only_a_parent_ticks_what_states_the_parents_view_and_parents_hear_of_every_step() {
    let app = spawn_app().await;
    let (path, id, parent, coordinator) = file_in_plan(&app).await;
    assert_eq!(app.smtp.count(), 0, "the parent moved the steps: no mail to herself");
    let agree = [("step", "plan"), ("item", "plan-parents-agree"), ("ticked", "ja")];
    assert_eq!(
        coordinator.post(&format!("{path}/checklist"), &agree).await.status(),
        403,
        "school speaks for the parent"
    );
    let api = json!({"step": "plan", "item": "plan-parents-agree", "ticked": true});
    assert_eq!(coordinator.post_json(&format!("/api/v1/trajecten/{id}/checklist"), &api).await.status(), 403);
    assert!(app.store.tr_ticks(id).await.unwrap().is_empty());
    let seen = coordinator.page(&path).await;
    assert!(seen.text.contains("dit vinkt een ouder aan"));
    assert!(seen.select(".notice").iter().any(|n| n.contains("kijk van de ouders")), "the open item is named");
    let forms = seen.html.select(&scraper::Selector::parse("form input[name=item]").unwrap()).count();
    assert_eq!(forms, 3, "the coordinator gets tick buttons only for the items she may tick");
    assert_eq!(
        coordinator
            .post(&format!("{path}/checklist"), &[("step", "plan"), ("item", "plan-goals"), ("ticked", "ja")])
            .await
            .status(),
        303
    );
    assert_eq!(parent.post(&format!("{path}/checklist"), &agree).await.status(), 303);
    assert!(!parent.page(&path).await.select(".notice").iter().any(|n| n.contains("kijk van de ouders")));

    let moved = coordinator
        .post(&format!("{path}/stap"), &[("from", "plan"), ("to", "evaluate"), ("why", "Zes weken\nvoorbij.")])
        .await;
    assert_eq!(moved.status(), 303);
    let mail = app.smtp.wait_for(1).await;
    assert_eq!(mail.to, vec!["ouder@voorbeeld.nl"], "the parent is told");
    let text = mail.text();
    assert!(text.contains("Sem") && text.contains("Stap 5: Evalueren") && text.contains("Zes weken"), "{text}");
    assert!(text.contains("Step 5"), "and in English: {text}");
}

#[tokio::test]
async fn the_print_view_marks_her_own_private_note_and_shows_only_who_takes_part() {
    let app = spawn_app().await;
    let (path, id, parent, coordinator) = file_in_plan(&app).await;
    let private = [("body", "Eerste regel.\nTweede regel."), ("visibility", "private")];
    assert_eq!(parent.post(&format!("{path}/notities"), &private).await.status(), 303);
    assert_eq!(
        parent.post(&format!("{path}/deelnemers"), &[("email", "opa@voorbeeld.nl"), ("role", "parent")]).await.status(),
        303
    );
    let opa = app.store.tr_participants(id).await.unwrap().into_iter().find(|p| p.email == "opa@voorbeeld.nl").unwrap();
    assert_eq!(parent.post(&format!("{path}/deelnemers/{}/intrekken", opa.id), &[]).await.status(), 303);

    let print = parent.page(&format!("{path}/afdruk")).await;
    assert_eq!(print.status, 200);
    let listed = print.select(".print-participants li");
    assert_eq!(listed.len(), 2, "{listed:?}");
    assert!(!listed.iter().any(|p| p.contains("opa@voorbeeld.nl")), "a withdrawn invitation is not a participant");
    assert!(print.select(".print-notes li.private .private-label").iter().any(|l| l.contains("Alleen voor jou")));
    assert!(print.text.contains("Eerste regel.\nTweede regel."), "line breaks kept (shown with white-space: pre-line)");
    assert_eq!(print.attr(".print-tools a", "href").as_deref(), Some(path.as_str()), "a way back");
    assert!(print.text.contains("Afgedrukt op"));
    assert!(print.attr("button[data-print]", "hidden").is_some(), "the print button appears only with its script");
    let script = parent.get("/static/print.js").await;
    assert!(script.headers()["content-type"].to_str().unwrap().starts_with("text/javascript"));
    let school_print = coordinator.page(&format!("{path}/afdruk")).await;
    assert!(!school_print.text.contains("Eerste regel"), "the parent's private note never reaches school");
}

#[tokio::test]
async fn who_looked_shows_others_first_groups_repeats_and_hides_controls_one_may_not_use() {
    let app = spawn_app().await;
    let (path, _, parent, coordinator) = file_in_plan(&app).await;
    for _ in 0..4 {
        assert_eq!(parent.get(&path).await.status(), 200);
    }
    for _ in 0..3 {
        assert_eq!(coordinator.get(&path).await.status(), 200);
    }
    let log = parent.page(&format!("{path}/inzage")).await;
    let rows = log.select("tbody tr");
    let viewed: Vec<_> = rows.iter().filter(|r| r.contains("Dossier bekeken")).collect();
    assert_eq!(viewed.len(), 1, "the coordinator's three views are one line: {rows:?}");
    assert!(viewed[0].contains("3 keer"), "{viewed:?}");
    assert!(log.text.contains("Je hebt het dossier"), "her own reads are summed up apart");
    assert!(!rows.iter().any(|r| r.contains("Dossier in een lijst")), "lists came from her, not from others");
    // The coordinator may take a teacher out, never the parent: no button next to her.
    let participants = coordinator.page(&format!("{path}/deelnemers")).await;
    let buttons = participants.select("a[href$='/intrekken']");
    assert!(buttons.is_empty(), "{buttons:?}");
}

#[tokio::test]
async fn typed_text_comes_back_when_a_form_is_refused() {
    let app = spawn_app().await;
    let (path, id, parent, _) = file_in_plan(&app).await;
    let long_note = format!("{}einde", "Lang verhaal. ".repeat(360));
    assert!(long_note.chars().count() > 5000);
    let page = crate::support::to_page(
        parent.post(&format!("{path}/notities"), &[("body", &long_note), ("visibility", "private")]).await,
    )
    .await;
    assert_eq!(page.status, 422);
    assert_eq!(page.select("textarea#note"), vec![long_note.trim().to_owned()], "the whole note is still there");
    assert!(page.attr("textarea#note", "maxlength").is_none(), "nothing is cut off while typing");
    assert!(page.attr("#vis-private", "checked").is_some(), "and who may read it");
    let long_why = "Omdat ".repeat(200);
    let page = crate::support::to_page(
        parent.post(&format!("{path}/stap"), &[("from", "plan"), ("to", "evaluate"), ("why", &long_why)]).await,
    )
    .await;
    assert_eq!(page.status, 422);
    assert_eq!(page.select("textarea#why"), vec![long_why.trim().to_owned()]);
    assert!(app.store.tr_notes(id).await.unwrap().is_empty());
}

#[tokio::test]
async fn taking_someone_out_revoking_consent_and_closing_are_confirmed_first() {
    let app = spawn_app().await;
    let (path, id, parent, coordinator) = file_in_plan(&app).await;
    let ib = app
        .store
        .tr_participants(id)
        .await
        .unwrap()
        .into_iter()
        .find(|p| p.role == ParticipantRole::Coordinator)
        .unwrap();
    let page = parent.page(&format!("{path}/deelnemers/{}/intrekken", ib.id)).await;
    assert_eq!(page.status, 200);
    assert!(
        page.select(".lead")[0].contains("kan het dossier van Sem daarna niet meer zien"),
        "{:?}",
        page.select(".lead")
    );
    assert_eq!(page.attr("form.actions", "action"), Some(format!("{path}/deelnemers/{}/intrekken", ib.id)));
    assert!(
        app.store.tr_participants(id).await.unwrap().iter().any(|p| p.id == ib.id && p.active()),
        "asking changed nothing"
    );
    let me =
        app.store.tr_participants(id).await.unwrap().into_iter().find(|p| p.role == ParticipantRole::Parent).unwrap();
    assert_eq!(
        coordinator.get(&format!("{path}/deelnemers/{}/intrekken", me.id)).await.status(),
        403,
        "not even the question"
    );

    let consent =
        parent.post(&format!("{path}/toestemming"), &[("kind", "involve_swv"), ("purpose", "Meedenken.")]).await;
    assert_eq!(consent.status(), 303);
    let cid = app.store.tr_consents(id).await.unwrap()[0].id;
    let page = parent.page(&format!("{path}/toestemming/{cid}/intrekken")).await;
    assert!(page.h1().contains("Toestemming intrekken"));
    assert!(app.store.tr_consents(id).await.unwrap()[0].consent.revoked_at.is_none());
    assert_eq!(parent.post(&format!("{path}/toestemming/{cid}/intrekken"), &[]).await.status(), 303);
    assert_eq!(parent.get(&format!("{path}/toestemming/{cid}/intrekken")).await.status(), 404, "revoked already");

    assert_eq!(
        parent.post(&format!("{path}/stap"), &[("from", "plan"), ("to", "evaluate"), ("why", "Tijd.")]).await.status(),
        303
    );
    let ask = crate::support::to_page(
        parent
            .post(&format!("{path}/stap"), &[("from", "evaluate"), ("to", "closed"), ("why", "Het gaat goed.")])
            .await,
    )
    .await;
    assert_eq!(ask.status, 200);
    assert!(ask.h1().contains("sluiten"), "{}", ask.h1());
    assert_eq!(app.store.tr_get(id).await.unwrap().unwrap().step, Step::Evaluate, "not closed yet");
    assert_eq!(ask.attr("input[name=bevestigd]", "value").as_deref(), Some("ja"));
    let fields = [("from", "evaluate"), ("to", "closed"), ("why", "Het gaat goed."), ("bevestigd", "ja")];
    assert_eq!(parent.post(&format!("{path}/stap"), &fields).await.status(), 303);
    assert_eq!(app.store.tr_get(id).await.unwrap().unwrap().step, Step::Closed);
}

#[tokio::test]
async fn a_file_closes_early_only_when_a_parent_decides_and_school_can_propose_it() {
    let app = spawn_app().await;
    let (path, id, parent, coordinator) = file_in_plan(&app).await;
    let step = || async { app.store.tr_get(id).await.unwrap().unwrap().step };
    let ask = coordinator.page(&format!("{path}/afsluiten")).await;
    assert_eq!(ask.status, 200);
    assert!(ask.text.contains("Jij stelt het sluiten voor"), "school is told it only proposes");
    assert!(ask.select("button#close")[0].contains("voorstellen"));

    let empty =
        crate::support::to_page(coordinator.post(&format!("{path}/afsluiten"), &[("from", "plan")]).await).await;
    assert_eq!(empty.status, 422);
    assert_eq!(empty.attr("#why", "aria-invalid").as_deref(), Some("true"), "the error sits at the field");
    assert_eq!(empty.attr(".error-summary a", "href").as_deref(), Some("#why"));
    let long = "Het gaat goed. ".repeat(80);
    let res = coordinator.post(&format!("{path}/afsluiten"), &[("from", "plan"), ("why", &long)]).await;
    let too_long = crate::support::to_page(res).await;
    assert_eq!(too_long.status, 422);
    assert_eq!(too_long.select("#why")[0], long.trim_end(), "nothing typed is lost");
    assert_eq!(app.smtp.count(), 0);

    let why = "Sem voelt zich weer goed in de klas.";
    let sent = coordinator.post(&format!("{path}/afsluiten"), &[("from", "plan"), ("why", why)]).await;
    assert_eq!(sent.status(), 303);
    assert_eq!(step().await, Step::Plan, "a proposal closes nothing");
    let mail = app.smtp.wait_for(1).await;
    assert_eq!(mail.to, vec!["ouder@voorbeeld.nl"]);
    assert!(mail.text().contains(why) && mail.text().contains("/afsluiten"), "{}", mail.text());
    let seen = parent.page(&path).await;
    assert!(seen.select("#voorstel")[0].contains(why), "the parent sees the proposal on the file");
    let shown = coordinator.page(&path).await;
    assert!(shown.select("#voorstel")[0].contains("Een ouder beslist"));

    let direct = coordinator.post(&format!("{path}/stap"), &[("from", "plan"), ("to", "closed"), ("why", why)]).await;
    assert_eq!(direct.status(), 422, "not around the parent through the step form");
    let api = json!({"from": "plan", "to": "closed", "why": why});
    let res = coordinator.post_json(&format!("/api/v1/trajecten/{id}/transitions"), &api).await;
    assert_eq!(res.status(), 202, "nor through the API: it proposes");
    assert_eq!(step().await, Step::Plan);

    assert_eq!(parent.post(&format!("{path}/afsluiten/nee"), &[("from", "plan")]).await.status(), 303);
    assert!(parent.page(&path).await.select("#voorstel").is_empty(), "declined");
    assert_eq!(parent.post(&format!("{path}/afsluiten/nee"), &[("from", "plan")]).await.status(), 409);
    let kinds: Vec<_> = app.store.tr_timeline(id).await.unwrap().into_iter().map(|e| e.kind).collect();
    assert_eq!(kinds[..3], ["close_declined", "close_proposed", "close_proposed"]);

    assert_eq!(coordinator.post(&format!("{path}/afsluiten"), &[("from", "plan"), ("why", why)]).await.status(), 303);
    let answer = parent.page(&format!("{path}/afsluiten")).await;
    assert_eq!(answer.select("#why")[0], why, "the parent finds school's reason in the field");
    assert!(answer.select("button#close")[0].contains("Dossier sluiten"));
    assert_eq!(parent.post(&format!("{path}/afsluiten"), &[("from", "plan"), ("why", why)]).await.status(), 303);
    let closed = app.store.tr_get(id).await.unwrap().unwrap();
    assert_eq!((closed.step, closed.closed_at.is_some()), (Step::Closed, true));
    assert_eq!(coordinator.get(&format!("{path}/afsluiten")).await.status(), 409, "a closed file stays closed");
}

#[tokio::test]
async fn the_start_page_shows_each_child_what_waits_and_what_changed_since_the_last_visit() {
    let app = spawn_app().await;
    let (path, id, parent, coordinator) = file_in_plan(&app).await;
    assert_eq!(parent.page(&path).await.status, 200, "her visit");
    let note = [("body", "Sem had een goede week."), ("visibility", "shared")];
    assert_eq!(coordinator.post(&format!("{path}/notities"), &note).await.status(), 303);

    let start = parent.page("/start").await;
    let child = &start.select("section.child")[0];
    assert!(child.contains("Sem Bos") && child.contains("Stap 4: Een plan maken"), "{child}");
    assert!(child.contains("Nieuw sinds je vorige bezoek") && child.contains("Nieuwe gedeelde notitie"), "{child}");
    assert!(
        start.select(".tasks a").iter().any(|t| t.contains("De ouders zijn het eens met het plan")),
        "her own open item: {:?}",
        start.select(".tasks a")
    );
    let school = coordinator.page("/start").await;
    assert!(
        !school.select(".tasks a").iter().any(|t| t.contains("eens met het plan")),
        "school is not asked to tick the parents' view"
    );

    let why = [("from", "plan"), ("why", "Het gaat goed.")];
    assert_eq!(coordinator.post(&format!("{path}/afsluiten"), &why).await.status(), 303);
    let start = parent.page("/start").await;
    assert_eq!(start.attr(".tasks li.urgent a", "href"), Some(format!("{path}/afsluiten")), "her decision first");
    assert!(parent.page(&path).await.status == 200);
    let again = parent.page("/start").await;
    assert!(again.text.contains("Niets nieuws sinds je vorige bezoek"), "seen now");

    let found = coordinator.page("/start?zoek=sem").await;
    assert_eq!(found.select("section.child").len(), 1);
    let none = coordinator.page("/start?zoek=Pietje").await;
    assert!(none.select("section.child").is_empty() && none.text.contains("Geen leerling gevonden"));
    let summarised = app.store.audit_for_object("traject", &id.to_string(), 500).await.unwrap();
    let n = summarised.iter().filter(|e| e.action == AuditAction::TrajectSummarised).count();
    assert!(n >= 4, "every summary is audited: {n}");
}

#[tokio::test]
async fn small_texts_speak_of_the_right_person_and_every_change_is_confirmed() {
    let app = spawn_app().await;
    let (path, _, parent, _) = file_in_plan(&app).await;
    let res = parent.post(&format!("{path}/deelnemers"), &[("email", ""), ("role", "teacher")]).await;
    let refused = crate::support::to_page(res).await;
    assert_eq!(refused.status, 422);
    assert_eq!(refused.select("#invite-email-error")[0], "Vul het e-mailadres in van wie je wilt uitnodigen.");
    assert_eq!(refused.attr("#invite-email", "aria-invalid").as_deref(), Some("true"));
    assert_eq!(refused.attr("#invite-role option[selected]", "value").as_deref(), Some("teacher"), "the role is kept");

    let note = [("body", "Goed gesprek gehad."), ("visibility", "shared")];
    let saved = parent.post(&format!("{path}/notities"), &note).await;
    let to = saved.headers()["location"].to_str().unwrap().to_owned();
    assert_eq!(to, format!("{path}?gedaan=notitie#notities"));
    let page = parent.page(&to).await;
    assert_eq!(page.select(".notice.done")[0], "Je notitie is bewaard.");
    assert!(
        parent.page(&format!("{path}?gedaan=iets-anders")).await.select(".notice.done").is_empty(),
        "known changes only"
    );
    let timeline = page.select(".timeline li").join("\n");
    assert!(timeline.contains("Test Persoon is uitgenodigd als"), "the coordinator is named: {timeline}");
    assert!(!timeline.contains("ib@school.nl"), "not her address: {timeline}");
}

#[tokio::test]
async fn the_export_holds_every_record_about_the_child_and_nothing_about_another() {
    let app = spawn_demo_app().await;
    let users = app.store.demo_users().await.unwrap();
    let by_name = |name: &str| users.iter().find(|u| u.name == name).unwrap().clone();
    let mother = app.actor_for(by_name("Sanne de Vries")).await;
    let daan = app.store.tr_list_for_user(mother.user.id).await.unwrap()[0].0.id;
    let res = mother.get(&format!("/trajecten/{daan}/export.json")).await;
    let text = res.text().await.unwrap();
    let export: serde_json::Value = serde_json::from_str(&text).unwrap();
    let count = |key: &str| export[key].as_array().map_or(0, Vec::len);
    assert_eq!(count("documents"), app.store.doc_list(daan).await.unwrap().len());
    assert_eq!(count("gesprekken"), 2);
    assert!(count("dates") >= 1 && count("notes") == 3 && count("timeline") >= 8 && count("access_log") >= 1);
    assert!(count("consents") >= 1 && count("participants") >= 4 && count("checklist") >= 2);
    let mine = export["gesprekken"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["my_preparation"].as_array().unwrap().len())
        .sum::<usize>();
    assert!(mine >= 1, "her own preparation, private parts included");
    assert!(count("my_notifications") >= 1);
    for other in ["Liam", "Noor Yilmaz", "Petra", "Yilmaz", "rustig lokaal"] {
        assert!(!text.contains(other), "nothing about another child: {other}");
    }
    let school = app.actor_for(by_name("Fatima el Amrani")).await;
    let theirs = school.get(&format!("/trajecten/{daan}/export.json")).await.text().await.unwrap();
    assert!(!theirs.contains("Vragen voor het volgende gesprek"), "not the mother's private note");
    let school_export: serde_json::Value = serde_json::from_str(&theirs).unwrap();
    let school_mine: usize = school_export["gesprekken"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["my_preparation"].as_array().unwrap().len())
        .sum();
    assert_eq!(school_mine, 0, "not the mother's preparation either");
}

#[tokio::test]
async fn a_nul_character_is_kept_as_the_replacement_mark_on_both_databases() {
    for db in [crate::support::Db::Postgres, crate::support::Db::Sqlite] {
        let Some(app) = crate::support::spawn_app_with(db, |_| {}).await else { continue };
        let (path, id, parent, _) = file_in_plan(&app).await;
        let form = parent.post(&format!("{path}/notities"), &[("body", "een\u{0}nul"), ("visibility", "shared")]).await;
        assert_eq!(form.status(), 303, "{db:?} form (PostgreSQL answered 500)");
        let api = json!({"body": "twee\u{0}nul", "visibility": "shared"});
        let res = parent.post_json(&format!("/api/v1/trajecten/{id}/notes"), &api).await;
        assert_eq!(res.status(), 201, "{db:?} API");
        let mut bodies: Vec<String> = app.store.tr_notes(id).await.unwrap().into_iter().map(|n| n.body).collect();
        bodies.sort();
        assert_eq!(bodies, ["een\u{FFFD}nul", "twee\u{FFFD}nul"], "{db:?}");
    }
}

/// The API reads a body only after the caller's access: a visitor or a stranger learns
/// nothing from how their body was judged. Bad input is a 422; a good request the file's
/// state does not allow now is a 409; a whole number may be written as 1 or 1.0.
#[tokio::test]
async fn the_api_judges_a_body_after_access_and_tells_bad_input_from_a_state_that_says_no() {
    let app = spawn_app().await;
    let (_, id, parent, _) = file_in_plan(&app).await;
    let api = |p: &str| format!("/api/v1/trajecten/{id}/{p}");
    let broken = "{\"body\": ";
    let send = |actor: Option<&Actor>, body: &'static str| {
        let (client, csrf) = match actor {
            Some(a) => (a.client.clone(), a.csrf.clone()),
            None => (app.client.clone(), String::new()),
        };
        let url = app.url(&api("notes"));
        async move {
            let res =
                client.post(url).header("x-csrf-token", csrf).header("content-type", "application/json").body(body);
            res.send().await.unwrap().status().as_u16()
        }
    };
    assert_eq!(send(None, broken).await, 401, "a visitor is told to sign in, not what is wrong with the body");
    let stranger = app.actor("vreemde@voorbeeld.nl", Role::Parent).await;
    assert_eq!(send(Some(&stranger), broken).await, 404, "a stranger learns nothing of the file");
    assert_eq!(send(Some(&parent), broken).await, 400, "the parent hears the body cannot be read");
    assert_eq!(send(Some(&parent), "{\"body\": 3, \"visibility\": \"shared\"}").await, 422);
    assert!(app.store.tr_notes(id).await.unwrap().is_empty(), "nothing was saved");

    // The checklist: an unknown item is bad input; another step's item conflicts with the
    // file's step (it is at plan).
    let tick = |item: &str| json!({ "step": "plan", "item": item, "ticked": true });
    assert_eq!(parent.post_json(&api("checklist"), &tick("verzonnen")).await.status(), 422);
    assert_eq!(parent.post_json(&api("checklist"), &tick("talk-child-heard")).await.status(), 409);
    let other_step = json!({ "step": "talk", "item": "talk-child-heard", "ticked": true });
    assert_eq!(parent.post_json(&api("checklist"), &other_step).await.status(), 409);
    assert_eq!(parent.post_json(&api("checklist"), &tick("plan-goals")).await.status(), 204);
    // A move from a step the file is not at.
    let stale = json!({ "from": "talk", "to": "inform_orient", "why": "Oud scherm." });
    assert_eq!(parent.post_json(&api("transitions"), &stale).await.status(), 409);
    assert_eq!(app.store.tr_get(id).await.unwrap().unwrap().step, Step::Plan, "the file did not move");

    // A document's base version as 1.0 is the number 1; 1.5 is not a version.
    let made = parent.post_json(&api("documents"), &json!({ "kind": "groeidocument", "title": "Groeidocument" })).await;
    assert_eq!(made.status(), 201);
    let doc = made.json::<serde_json::Value>().await.unwrap()["id"].as_str().unwrap().to_owned();
    let save =
        |base: serde_json::Value| json!({ "base_version": base, "sections": { "parents_part": "Hij leest graag." } });
    let versions = api(&format!("documents/{doc}/versions"));
    assert_eq!(parent.post_json(&versions, &save(json!(1.5))).await.status(), 422);
    assert_eq!(parent.post_json(&versions, &save(json!(1.0))).await.status(), 201);
}
