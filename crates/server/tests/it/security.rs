//! The holes a security review found, one test each (each failed on the code before the
//! fix): invitation roles, return addresses, consent and lists, audited re-renders,
//! forwarded addresses, CSRF, accounts, metrics, closed files, retention, times and IPs.

use crate::http_auth::{PASSWORD, code, password_sign_in, with_password};
use crate::support::{Actor, TestApp, location, spawn_app, spawn_app_with, to_page};
use samenspoor_domain::traject::{ChildDetails, ConsentKind, ParticipantRole};
use samenspoor_domain::{AuditAction, Email, OrganisationKind, OrganisationName, PersonName, Role, TrajectId, UserId};
use samenspoor_store::{AuditContext, NewConsent, NewOrganisation, NewTraject, NewUser, Organisation};
use serde_json::json;
use uuid::Uuid;

async fn organisation(app: &TestApp, kind: OrganisationKind, name: &str, swv: Option<&Organisation>) -> Organisation {
    let new = NewOrganisation {
        id: samenspoor_domain::OrganisationId::new(),
        kind,
        name: OrganisationName::parse(name).unwrap(),
        swv_id: swv.map(|s| s.id),
    };
    app.store.create_organisation(new, AuditContext::system()).await.unwrap()
}

/// A staff account of `org`, signed in.
async fn staff(app: &TestApp, email: &str, role: Role, org: &Organisation) -> Actor {
    let new = NewUser {
        id: UserId::new(),
        email: Email::parse(email).unwrap(),
        name: PersonName::parse("Medewerker").unwrap(),
        role,
        organisation_id: Some(org.id),
        is_demo: false,
    };
    let user = app.store.create_user(new, AuditContext::system()).await.unwrap();
    app.actor_for(user).await
}

/// A file at `school`, started by `starter` in `role`.
async fn file_at(app: &TestApp, starter: &Actor, role: ParticipantRole, school: Option<&Organisation>) -> TrajectId {
    let today = chrono::Utc::now().date_naive();
    let child = ChildDetails::parse("Lotte", "Smit", "2016-04-04", "groep 6", today).unwrap();
    let id = TrajectId::new();
    let new = NewTraject { id, child, school_id: school.map(|s| s.id), creator: starter.user.id, creator_role: role };
    let audit = AuditContext { actor: Some(starter.user.id), ip: None };
    app.store.tr_create(new, audit).await.unwrap();
    id
}

async fn invite(who: &Actor, id: TrajectId, email: &str, role: &str) -> u16 {
    who.post(&format!("/trajecten/{id}/deelnemers"), &[("email", email), ("role", role)]).await.status().as_u16()
}

/// Opens an invitation link in a fresh browser and accepts it (confirming parental
/// authority when asked); returns the status and the browser.
async fn accept(link: &str) -> (u16, reqwest::Client) {
    let browser =
        reqwest::Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let page = to_page(browser.get(link).send().await.unwrap()).await;
    let csrf = page.attr("input[name=csrf]", "value").unwrap_or_default();
    let res = browser.post(link).form(&[("csrf", csrf.as_str()), ("authority", "ja")]).send().await.unwrap();
    (res.status().as_u16(), browser)
}

#[tokio::test]
async fn invitation_roles_follow_from_who_people_are() {
    let app = spawn_app().await;
    let swv = organisation(&app, OrganisationKind::Swv, "SWV Test", None).await;
    let school = organisation(&app, OrganisationKind::School, "De Linde", Some(&swv)).await;
    let elsewhere = organisation(&app, OrganisationKind::School, "Het Anker", Some(&swv)).await;
    let coordinator = staff(&app, "ib@delinde.nl", Role::Coordinator, &school).await;
    let id = file_at(&app, &coordinator, ParticipantRole::Coordinator, Some(&school)).await;
    let teacher_here = staff(&app, "juf@delinde.nl", Role::Teacher, &school).await;
    staff(&app, "juf@hetanker.nl", Role::Teacher, &elsewhere).await;

    // School roles: only staff accounts of this school, never an outsider or a new address.
    assert_eq!(invite(&coordinator, id, "buitenstaander@voorbeeld.nl", "teacher").await, 422, "outsider as teacher");
    assert_eq!(invite(&coordinator, id, "juf@hetanker.nl", "teacher").await, 422, "teacher of another school");
    assert_eq!(invite(&coordinator, id, "nieuw@voorbeeld.nl", "director").await, 422);
    assert_eq!(invite(&coordinator, id, "juf@delinde.nl", "teacher").await, 303);
    // The first parent by school; a parent then confirms authority on accepting.
    assert_eq!(invite(&coordinator, id, "ouder@voorbeeld.nl", "parent").await, 303);
    let link = app.smtp.wait_for(2).await.link();
    let (status, _) = accept(&link).await;
    assert_eq!(status, 303);
    let parent_user = app.store.user_by_email(&Email::parse("ouder@voorbeeld.nl").unwrap()).await.unwrap().unwrap();
    assert_eq!(parent_user.role, Role::Parent);
    let parent = app.actor_for(parent_user).await;
    // A second parent only by a parent in the file.
    assert_eq!(
        invite(&coordinator, id, "andere.ouder@voorbeeld.nl", "parent").await,
        422,
        "school adds no second parent"
    );
    assert_eq!(invite(&parent, id, "andere.ouder@voorbeeld.nl", "parent").await, 303);
    // A parent cannot mint a professional account or bring school staff in as parent.
    assert_eq!(invite(&parent, id, "zelfgemaakt@voorbeeld.nl", "coordinator").await, 422);
    assert_eq!(invite(&parent, id, "juf@hetanker.nl", "parent").await, 422, "a staff account is not a parent");
    // Outside roles: consent, and an account of that kind made by the admin.
    assert_eq!(invite(&coordinator, id, "consulent@swv.nl", "swv_consultant").await, 422, "no consent");
    let consent = NewConsent {
        traject_id: id,
        kind: ConsentKind::InvolveSwv,
        subject: String::new(),
        purpose: "Meedenken.".into(),
        valid_until: None,
    };
    app.store.tr_give_consent(consent, AuditContext { actor: Some(parent.user.id), ip: None }).await.unwrap();
    assert_eq!(invite(&coordinator, id, "nieuw@swv.nl", "swv_consultant").await, 422, "no account: none is made");
    staff(&app, "consulent@swv.nl", Role::SwvConsultant, &swv).await;
    assert_eq!(invite(&coordinator, id, "consulent@swv.nl", "swv_consultant").await, 303);
    // Nobody is invited twice.
    assert_eq!(invite(&parent, id, "consulent@swv.nl", "swv_consultant").await, 422, "twice");
    assert_eq!(invite(&coordinator, id, "JUF@delinde.nl", "teacher").await, 422, "twice, other case");

    let participants = app.store.tr_participants(id).await.unwrap();
    let roles: Vec<_> = participants.iter().map(|p| (p.email.as_str(), p.role)).collect();
    assert_eq!(roles.len(), 5, "{roles:?}");
    assert!(!participants.iter().any(|p| p.email.contains("buitenstaander") || p.email.contains("zelfgemaakt")));
    for email in ["nieuw@voorbeeld.nl", "zelfgemaakt@voorbeeld.nl", "nieuw@swv.nl", "buitenstaander@voorbeeld.nl"] {
        assert!(app.store.user_by_email(&Email::parse(email).unwrap()).await.unwrap().is_none(), "{email}");
    }
    let _ = teacher_here;
}

#[tokio::test]
async fn an_invitation_never_makes_a_professional_account_even_if_the_account_changed() {
    let app = spawn_app().await;
    let parent = app.actor("ouder@voorbeeld.nl", Role::Parent).await;
    let id = file_at(&app, &parent, ParticipantRole::Parent, None).await;
    assert_eq!(invite(&parent, id, "tweede.ouder@voorbeeld.nl", "parent").await, 303);
    let link = app.smtp.wait_for(1).await.link();
    // Meanwhile the address became a school account: accepting as parent is refused.
    app.create_user("tweede.ouder@voorbeeld.nl", Role::Director).await;
    let (status, _) = accept(&link).await;
    assert_eq!(status, 422);
    let p = app.store.tr_participants(id).await.unwrap();
    assert!(p.iter().all(|p| p.email != "tweede.ouder@voorbeeld.nl" || p.accepted_at.is_none()));
}

const BAD_RETURNS: [&str; 10] = [
    "/%09/evil.example",
    "/%0A/evil.example",
    "/%0D/evil.example",
    "/%2F/evil.example",
    "/%5Cevil.example",
    "%5C/evil.example",
    "//evil.example",
    "https://evil.example/",
    "/%20/evil.example",
    "/%E2%80%A8/evil.example",
];

#[tokio::test]
async fn return_addresses_are_local_paths_only_on_every_route_that_takes_one() {
    let app = spawn_app().await;
    for bad in BAD_RETURNS {
        let res = app.get(&format!("/taal/nl?terug={bad}")).await;
        assert_eq!(location(&res), "/", "language switch with {bad}");
        let form = app.page(&format!("/inloggen?terug={bad}")).await;
        assert_eq!(form.attr("input[name=terug]", "value").as_deref(), Some("/start"), "sign-in form with {bad}");
    }
    assert_eq!(location(&app.get("/taal/en?terug=/kennisbank%3Fq%3Dopp").await), "/kennisbank?q=opp");
    let (_, secret) = with_password(&app, "ib@delinde.nl", Role::Coordinator).await;
    let csrf = app.csrf().await;
    let fields = [
        ("email", "ib@delinde.nl"),
        ("password", PASSWORD),
        ("code", &code(&secret)),
        ("terug", "/%09/evil.example"),
        ("csrf", &csrf),
    ];
    // A form posts the decoded value: a real tab.
    let fields: Vec<(&str, String)> = fields.iter().map(|(k, v)| (*k, v.replace("%09", "\t"))).collect();
    let signed_in = app.client.post(app.url("/inloggen/wachtwoord")).form(&fields).send().await.unwrap();
    assert_eq!(signed_in.status(), 303);
    assert_eq!(location(&signed_in), "/start", "password sign-in");
    for bad in BAD_RETURNS {
        assert_eq!(location(&app.get(&format!("/inloggen?terug={bad}")).await), "/start", "signed in, {bad}");
    }
}

/// A parent's file with an SWV consultant who joined under the parents' consent.
async fn file_with_consultant(app: &TestApp) -> (TrajectId, Actor, Actor, samenspoor_domain::ConsentId) {
    let parent = app.actor("ouder@voorbeeld.nl", Role::Parent).await;
    let id = file_at(app, &parent, ParticipantRole::Parent, None).await;
    let given = parent
        .post_json(
            &format!("/api/v1/trajecten/{id}/consents"),
            &json!({"kind": "involve_swv", "purpose": "Meedenken."}),
        )
        .await;
    assert_eq!(given.status(), 201);
    let cid: samenspoor_domain::ConsentId =
        given.json::<serde_json::Value>().await.unwrap()["id"].as_str().unwrap().parse().unwrap();
    let consultant = app.actor("consulent@swv.nl", Role::SwvConsultant).await;
    assert_eq!(invite(&parent, id, "consulent@swv.nl", "swv_consultant").await, 303);
    let link = app.smtp.wait_for(1).await.link();
    let hash = samenspoor_web::security::hash_token(link.rsplit('/').next().unwrap());
    app.store.tr_accept(&hash, consultant.user.id, chrono::Utc::now(), None).await.unwrap().unwrap();
    (id, parent, consultant, cid)
}

#[tokio::test]
async fn revoked_consent_hides_the_child_from_lists_and_every_listing_is_audited() {
    let app = spawn_app().await;
    let (id, parent, consultant, cid) = file_with_consultant(&app).await;
    assert!(consultant.page("/trajecten").await.text.contains("Lotte"));
    let listed = |entries: Vec<samenspoor_store::AuditEntry>| {
        entries.iter().filter(|e| e.action == AuditAction::TrajectListed && e.object_id == Some(id.to_string())).count()
    };
    assert_eq!(listed(app.store.audit_by_actor(consultant.user.id, 50).await.unwrap()), 1, "the list read is audited");
    assert_eq!(parent.post(&format!("/trajecten/{id}/toestemming/{cid}/intrekken"), &[]).await.status(), 303);
    let list = consultant.page("/trajecten").await;
    assert!(!list.text.contains("Lotte") && !list.text.contains("Smit"), "the child is gone from the list");
    let api: serde_json::Value = consultant.get("/api/v1/trajecten").await.json().await.unwrap();
    assert_eq!(api, json!([]));
    assert_eq!(listed(app.store.audit_by_actor(consultant.user.id, 50).await.unwrap()), 1, "nothing more was shown");
    let api: serde_json::Value = parent.get("/api/v1/trajecten").await.json().await.unwrap();
    assert_eq!(api.as_array().unwrap().len(), 1);
    assert_eq!(listed(app.store.audit_by_actor(parent.user.id, 50).await.unwrap()), 1);
}

#[tokio::test]
async fn every_rendering_of_a_file_is_audited_error_pages_included() {
    let app = spawn_app().await;
    let (id, parent, _, _) = file_with_consultant(&app).await;
    let viewed = || async {
        let log = app.store.audit_for_object("traject", &id.to_string(), 1000).await.unwrap();
        log.iter().filter(|e| e.action == AuditAction::TrajectViewed).count()
    };
    let before = viewed().await;
    let cases: [(&str, &[(&str, &str)]); 4] = [
        ("notities", &[("body", " "), ("visibility", "shared")]),
        ("stap", &[("from", "talk"), ("to", "plan"), ("why", "x")]),
        ("deelnemers", &[("email", "geen-adres"), ("role", "teacher")]),
        ("toestemming", &[("kind", "involve_swv"), ("purpose", "")]),
    ];
    for (i, (path, fields)) in cases.iter().enumerate() {
        let page = to_page(parent.post(&format!("/trajecten/{id}/{path}"), fields).await).await;
        assert_eq!(page.status, 422, "{path}");
        assert!(page.text.contains("Lotte"), "{path} shows the file again");
        assert_eq!(viewed().await, before + i + 1, "{path}: the re-render is audited");
    }
}

#[tokio::test]
async fn the_client_address_is_taken_a_trusted_number_of_hops_from_the_right() {
    use samenspoor_web::security::client_address;
    let peer = Some("192.0.2.1".parse().unwrap());
    let chain = ["6.6.6.6", "203.0.113.7", "10.0.0.2"];
    assert_eq!(client_address(peer, &chain, 0), peer, "no proxy: the connection");
    assert_eq!(client_address(peer, &chain, 1), Some("10.0.0.2".parse().unwrap()));
    assert_eq!(client_address(peer, &chain, 2), Some("203.0.113.7".parse().unwrap()));
    assert_eq!(client_address(peer, &chain[..1], 2), peer, "fewer entries than proxies");
    assert_eq!(client_address(peer, &["nonsense"], 1), None);

    let app = spawn_app_with(crate::support::Db::Sqlite, |c| c.trusted_proxies = 1).await.unwrap();
    let user = app.create_user("ouder@voorbeeld.nl", Role::Parent).await;
    let csrf = app.csrf().await;
    // The client writes its own "address" first; the proxy appends what it saw.
    let res = app
        .client
        .post(app.url("/inloggen/link"))
        .header("x-forwarded-for", "1.2.3.4, 198.51.100.9")
        .form(&[("email", "ouder@voorbeeld.nl"), ("csrf", csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let entries = app.store.audit_by_actor(user.id, 10).await.unwrap();
    assert_eq!(entries[0].ip.as_deref(), Some("198.51.100.9"), "not the address the client chose");
    // Changing the leftmost entry does not escape the rate limit.
    for i in 0..30 {
        let csrf = app.csrf().await;
        let res = app
            .client
            .post(app.url("/inloggen/link"))
            .header("x-forwarded-for", format!("1.2.3.{i}, 198.51.100.9"))
            .form(&[("email", &format!("iemand{i}@voorbeeld.nl")), ("csrf", &csrf)])
            .send()
            .await
            .unwrap();
        if res.status() == 429 {
            assert!(i >= 19, "limited at {i}");
            return;
        }
    }
    panic!("the per-address limit never applied");
}

#[tokio::test]
async fn csrf_tokens_are_bound_to_the_session_and_cross_site_posts_are_refused() {
    let app = spawn_app().await;
    let a = app.actor("a@voorbeeld.nl", Role::Parent).await;
    let b = app.actor("b@voorbeeld.nl", Role::Parent).await;
    let id = file_at(&app, &a, ParticipantRole::Parent, None).await;
    let note = |csrf: &str| {
        let csrf = csrf.to_owned();
        let client = a.client.clone();
        let url = app.url(&format!("/trajecten/{id}/notities"));
        async move {
            client
                .post(url)
                .form(&[("body", "Hallo"), ("visibility", "shared"), ("csrf", csrf.as_str())])
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        }
    };
    assert_eq!(note(&b.csrf).await, 403, "another session's token");
    assert_eq!(note(&"A".repeat(43)).await, 403, "any 43 characters");
    // The old double submit: a cookie and a field of the attacker's choosing.
    let forged = a
        .client
        .post(app.url(&format!("/trajecten/{id}/notities")))
        .header("cookie", format!("ss_csrf={}", "B".repeat(43)))
        .form(&[("body", "Hallo"), ("visibility", "shared"), ("csrf", &"B".repeat(43))])
        .send()
        .await
        .unwrap();
    // (The session cookie is replaced by the forged header, so this is also not signed in.)
    assert!(forged.status() == 403 || location(&forged).starts_with("/inloggen"), "{}", forged.status());
    let cross_site = a
        .client
        .post(app.url(&format!("/trajecten/{id}/notities")))
        .header("sec-fetch-site", "cross-site")
        .form(&[("body", "Hallo"), ("visibility", "shared"), ("csrf", a.csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(cross_site.status(), 403, "a cross-site POST, even with the right token");
    let other_origin = a
        .client
        .post(app.url(&format!("/trajecten/{id}/notities")))
        .header("origin", "https://evil.example")
        .form(&[("body", "Hallo"), ("visibility", "shared"), ("csrf", a.csrf.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(other_origin.status(), 403);
    // The API: a POST with the session cookie needs the token header, even without a body.
    let no_header = a
        .client
        .post(app.url(&format!("/api/v1/trajecten/{id}/notes")))
        .json(&json!({"body": "Hallo", "visibility": "shared"}))
        .send()
        .await
        .unwrap();
    assert_eq!(no_header.status(), 403);
    assert_eq!(no_header.headers()["content-type"], "application/problem+json");
    let wrong =
        b.post_json(&format!("/api/v1/trajecten/{id}/notes"), &json!({"body": "x", "visibility": "shared"})).await;
    assert_eq!(wrong.status(), 404, "b's own token, but not b's file");
    assert!(app.store.tr_notes(id).await.unwrap().is_empty(), "nothing was written");
    assert_eq!(note(&a.csrf).await, 303, "the session's own token works");
    let same_origin = a
        .client
        .post(app.url(&format!("/api/v1/trajecten/{id}/notes")))
        .header("origin", &app.base)
        .header("sec-fetch-site", "same-origin")
        .header("x-csrf-token", &a.csrf)
        .json(&json!({"body": "Via de API", "visibility": "shared"}))
        .send()
        .await
        .unwrap();
    assert_eq!(same_origin.status(), 201);

    // Over https the cookies are __Host- cookies.
    let https =
        spawn_app_with(crate::support::Db::Sqlite, |c| c.base_url = "https://samenspoor.example".into()).await.unwrap();
    let res = https.client.get(https.url("/inloggen")).send().await.unwrap();
    let cookies: Vec<_> = res.headers().get_all("set-cookie").iter().map(|v| v.to_str().unwrap().to_owned()).collect();
    assert!(cookies.iter().any(|c| c.starts_with("__Host-ss_csrf=") && c.contains("Secure") && c.contains("Path=/")));
    assert!(!cookies.iter().any(|c| c.starts_with("ss_csrf=")), "{cookies:?}");
}

#[tokio::test]
async fn changing_a_password_asks_for_the_current_one_and_ends_other_sessions() {
    let app = spawn_app().await;
    let (user, secret) = with_password(&app, "ib@delinde.nl", Role::Coordinator).await;
    let elsewhere = app.actor_for(user.clone()).await;
    assert_eq!(password_sign_in(&app, "ib@delinde.nl", PASSWORD, &code(&secret)).await.status(), 303);
    let page = app.page("/account/beveiliging").await;
    let new_secret = page.attr("input[name=secret]", "value").unwrap();
    assert!(page.attr("input[name=current_password]", "type").is_some(), "asks for the current password");
    let app = &app;
    let new = |current: &str| {
        let current = current.to_owned();
        let new_secret = new_secret.clone();
        async move {
            app.post(
                "/account/beveiliging",
                &[
                    ("current_password", current.as_str()),
                    ("current_code", "000000"),
                    ("password", "een nieuwe lange zin"),
                    ("repeat", "een nieuwe lange zin"),
                    ("secret", new_secret.as_str()),
                    ("code", code(&new_secret).as_str()),
                ],
            )
            .await
            .status()
        }
    };
    assert_eq!(new("fout wachtwoord hier").await, 422, "without the current credentials");
    assert_eq!(new(PASSWORD).await, 422, "the current password with a wrong code");
    let before = app.store.user_credentials(user.id).await.unwrap().unwrap();
    assert_eq!(before.totp_secret, secret, "nothing changed");
    // A correct change: the current code is of the next step, since this one is used.
    let unix = chrono::Utc::now().timestamp() as u64;
    let next = {
        let bytes = totp_rs::Secret::Encoded(secret.clone()).to_bytes().unwrap();
        totp_rs::TOTP::new(totp_rs::Algorithm::SHA1, 6, 1, 30, bytes, None, "x".into()).unwrap().generate(unix + 30)
    };
    let ok = app
        .post(
            "/account/beveiliging",
            &[
                ("current_password", PASSWORD),
                ("current_code", &next),
                ("password", "een nieuwe lange zin"),
                ("repeat", "een nieuwe lange zin"),
                ("secret", &new_secret),
                ("code", &code(&new_secret)),
            ],
        )
        .await;
    assert_eq!(ok.status(), 303);
    assert_eq!(app.store.user_credentials(user.id).await.unwrap().unwrap().totp_secret, new_secret);
    assert_eq!(elsewhere.get("/api/v1/me").await.status(), 401, "the other session ended");
    assert_eq!(app.get("/api/v1/me").await.status(), 200, "this browser stays signed in");
}

#[tokio::test]
async fn a_totp_code_works_once() {
    let app = spawn_app().await;
    let (_, secret) = with_password(&app, "ib@delinde.nl", Role::Coordinator).await;
    let now = code(&secret);
    assert_eq!(password_sign_in(&app, "ib@delinde.nl", PASSWORD, &now).await.status(), 303);
    let replay = to_page(password_sign_in(&app, "ib@delinde.nl", PASSWORD, &now).await).await;
    assert_eq!(replay.status, 422, "the same code a second time");
}

#[tokio::test]
async fn link_requests_password_attempts_and_invitations_have_their_own_limits() {
    let app = spawn_app().await;
    app.create_user("ouder@voorbeeld.nl", Role::Parent).await;
    with_password(&app, "ib@delinde.nl", Role::Coordinator).await;
    // Someone guesses passwords from this address until refused...
    for _ in 0..20 {
        password_sign_in(&app, "ib@delinde.nl", "geraden wachtwoord", "123456").await;
    }
    assert_eq!(password_sign_in(&app, "ib@delinde.nl", "geraden wachtwoord", "123456").await.status(), 429);
    // ...and a parent on the same network still gets a sign-in link.
    assert_eq!(app.post("/inloggen/link", &[("email", "ouder@voorbeeld.nl")]).await.status(), 200);
    assert_eq!(app.smtp.wait_for(1).await.to, vec!["ouder@voorbeeld.nl"]);

    let parent = app.actor("p@voorbeeld.nl", Role::Parent).await;
    let id = file_at(&app, &parent, ParticipantRole::Parent, None).await;
    let mut last = 0;
    for i in 0..31 {
        last = invite(&parent, id, &format!("ouder{i}@voorbeeld.nl"), "parent").await;
        if last == 429 {
            assert_eq!(i, 30, "30 invitations an hour");
        }
    }
    assert_eq!(last, 429);
}

#[tokio::test]
async fn metrics_are_for_the_operator_and_methods_are_a_fixed_set() {
    let app = spawn_app_with(crate::support::Db::Sqlite, |c| {
        c.metrics_from = vec![];
        c.metrics_token = Some("een-geheim-token-voor-metrics".into());
    })
    .await
    .unwrap();
    assert_eq!(app.get("/metrics").await.status(), 404, "not for the public");
    let wrong = app.client.get(app.url("/metrics")).bearer_auth("raden").send().await.unwrap();
    assert_eq!(wrong.status(), 404);
    for m in ["FOO", "BAR", "PROPFIND"] {
        let method = reqwest::Method::from_bytes(m.as_bytes()).unwrap();
        app.client.request(method, app.url("/healthz")).send().await.unwrap();
    }
    let ok = app.client.get(app.url("/metrics")).bearer_auth("een-geheim-token-voor-metrics").send().await.unwrap();
    assert_eq!(ok.status(), 200);
    let text = ok.text().await.unwrap();
    assert!(text.contains("method=\"other\""), "{text}");
    assert!(!text.contains("FOO") && !text.contains("PROPFIND"));
    let local = spawn_app().await;
    assert_eq!(local.get("/metrics").await.status(), 200, "from loopback by default");
}

#[tokio::test]
async fn a_closed_file_is_read_only() {
    let app = spawn_app().await;
    let parent = app.actor("ouder@voorbeeld.nl", Role::Parent).await;
    let id = file_at(&app, &parent, ParticipantRole::Parent, None).await;
    let steps = [
        ("talk", "inform_orient"),
        ("inform_orient", "investigate"),
        ("investigate", "plan"),
        ("plan", "evaluate"),
        ("evaluate", "closed"),
    ];
    for (from, to) in steps {
        let fields = [("from", from), ("to", to), ("why", "Samen besloten."), ("bevestigd", "ja")];
        let res = parent.post(&format!("/trajecten/{id}/stap"), &fields).await;
        assert_eq!(res.status(), 303, "{from} → {to}");
    }
    let tries = [
        ("notities", vec![("body", "Nog iets."), ("visibility", "shared")]),
        ("deelnemers", vec![("email", "ouder2@voorbeeld.nl"), ("role", "parent")]),
        ("toestemming", vec![("kind", "involve_swv"), ("purpose", "Meedenken.")]),
        ("checklist", vec![("step", "closed"), ("item", "x"), ("ticked", "ja")]),
    ];
    for (path, fields) in tries {
        let page = to_page(parent.post(&format!("/trajecten/{id}/{path}"), &fields).await).await;
        assert_eq!(page.status, 409, "{path}");
        assert!(page.text.contains("gesloten"), "{path}: says why");
    }
    let api =
        parent.post_json(&format!("/api/v1/trajecten/{id}/notes"), &json!({"body": "x", "visibility": "shared"})).await;
    assert_eq!(api.status(), 409);
    assert!(app.store.tr_notes(id).await.unwrap().is_empty());
    assert!(app.store.tr_consents(id).await.unwrap().is_empty());
    assert_eq!(app.store.tr_participants(id).await.unwrap().len(), 1);
    assert_eq!(parent.get(&format!("/trajecten/{id}")).await.status(), 200, "still readable");
    assert_eq!(parent.get(&format!("/trajecten/{id}/export.json")).await.status(), 200);
}

#[tokio::test]
async fn a_retention_that_would_delete_every_closed_file_is_refused_at_start() {
    for months in [0, 121, 100_000] {
        let config = samenspoor_web::WebConfig { retention_months: months, ..Default::default() };
        let err = config.validate().unwrap_err();
        assert!(err.contains("retention_months"), "{err}");
    }
    let ok = samenspoor_web::WebConfig::default();
    assert_eq!(ok.validate(), Ok(()));
    let audit = samenspoor_web::WebConfig { audit_ip_months: 0, ..Default::default() };
    assert!(audit.validate().is_err());
    let binary = env!("CARGO_BIN_EXE_samenspoor");
    let dir = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(binary)
        .current_dir(dir.path())
        .env("SAMENSPOOR__WEB__RETENTION_MONTHS", "0")
        .args(["serve", "--bind", "127.0.0.1:0"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("retention_months"));
}

#[tokio::test]
async fn times_are_shown_in_amsterdam_time_and_parents_never_see_ip_addresses() {
    let app = spawn_app().await;
    let parent = app.actor("ouder@voorbeeld.nl", Role::Parent).await;
    let id = file_at(&app, &parent, ParticipantRole::Parent, None).await;
    assert_eq!(
        parent
            .post(&format!("/trajecten/{id}/notities"), &[("body", "Om dit uur."), ("visibility", "shared")])
            .await
            .status(),
        303
    );
    let note = app.store.tr_notes(id).await.unwrap().remove(0);
    let page = parent.page(&format!("/trajecten/{id}")).await;
    let shown = samenspoor_domain::time::local_datetime(note.created_at);
    let utc = note.created_at.format("%d-%m-%Y %H:%M").to_string();
    assert_ne!(shown, utc);
    assert!(page.text.contains(&shown), "Amsterdam time {shown}");
    assert!(!page.text.contains(&utc), "not UTC {utc}");

    app.store
        .append_audit(AuditContext { actor: Some(parent.user.id), ip: Some("203.0.113.77".into()) }.entry(
            AuditAction::TrajectViewed,
            "traject",
            Some(id.to_string()),
        ))
        .await
        .unwrap();
    let export = parent.get(&format!("/trajecten/{id}/export.json")).await.text().await.unwrap();
    assert!(!export.contains("203.0.113.77") && !export.contains("\"ip\""), "export");
    let api = parent.get(&format!("/api/v1/trajecten/{id}")).await.text().await.unwrap();
    assert!(!api.contains("203.0.113.77") && !api.contains("\"ip\""), "API");
    assert!(api.contains("access_log"));
}

#[tokio::test]
async fn on_postgres_the_server_runs_as_a_role_that_cannot_touch_the_audit_log() {
    use sqlx::{Connection, Executor};
    let Some(url) = crate::support::pg::fresh_url().await else { return };
    // The owner (the test's superuser) has migrated this database; the server's role gets
    // the grants of app_role.sql and nothing more.
    let role = format!("ss_app_{}", Uuid::now_v7().simple());
    let mut owner = sqlx::PgConnection::connect(&url).await.unwrap();
    owner.execute(format!("CREATE ROLE {role} LOGIN PASSWORD 'app-pw'").as_str()).await.unwrap();
    let grants = samenspoor_store_postgres::APP_ROLE_GRANTS.replace(":\"app_role\"", &format!("\"{role}\""));
    owner.execute(grants.as_str()).await.unwrap();
    let err = owner.execute("TRUNCATE audit_log").await.unwrap_err();
    assert!(err.to_string().contains("append-only"), "even the owner cannot truncate: {err}");

    let rest = url.split_once("://").unwrap().1;
    let host_db = rest.rsplit_once('@').map(|(_, h)| h).unwrap_or(rest);
    let app_url = format!("postgres://{role}:app-pw@{host_db}");
    let store =
        samenspoor::open_store_with(&app_url, false).await.expect("the app role opens a migrated database").shared();
    let parent = store
        .create_user(samenspoor_store::testing::new_user("ouder@voorbeeld.nl", Role::Parent), AuditContext::system())
        .await
        .unwrap();
    let mut old = AuditContext { actor: Some(parent.id), ip: Some("203.0.113.9".into()) }.entry(
        AuditAction::SignedOut,
        "user",
        None,
    );
    old.at = chrono::Utc::now() - chrono::Duration::days(400);
    store.append_audit(old).await.unwrap();
    assert_eq!(store.forget_audit_ips(chrono::Utc::now() - chrono::Duration::days(183)).await.unwrap(), 1);
    let mut app = sqlx::PgConnection::connect(&app_url).await.unwrap();
    for sql in [
        "UPDATE audit_log SET action = 'x'",
        "DELETE FROM audit_log",
        "TRUNCATE audit_log",
        "DROP TRIGGER audit_log_no_change ON audit_log",
        "ALTER TABLE audit_log DISABLE TRIGGER ALL",
        "DROP TABLE audit_log",
    ] {
        let err = app.execute(sql).await.unwrap_err();
        assert!(
            err.to_string().contains("permission denied") || err.to_string().contains("must be owner"),
            "{sql}: {err}"
        );
    }
    // Without the migrations the app role cannot start, and says what to do.
    let empty = format!("ss_t_{}", Uuid::now_v7().simple());
    owner.execute(format!("CREATE DATABASE \"{empty}\"").as_str()).await.unwrap();
    let empty_url = crate::support::pg::with_database(&url, &empty);
    let err = samenspoor::open_store_with(&empty_url, false).await.err().unwrap();
    assert!(format!("{err:#}").contains("samenspoor migrate"), "{err:#}");
}

#[tokio::test]
async fn an_error_page_keeps_the_header_of_someone_signed_in() {
    let app = spawn_app().await;
    let parent = app.actor("ouder@voorbeeld.nl", Role::Parent).await;
    let page = parent.page("/bestaat-niet").await;
    assert_eq!(page.status, 404);
    assert!(page.attr(".nav-list a[href='/inloggen']", "href").is_none(), "no sign-in link for someone signed in");
    let csrf = page.attr("form[action='/uitloggen'] input[name=csrf]", "value").unwrap();
    assert_eq!(csrf, parent.csrf, "and a sign-out form that works");
    let anonymous = app.page("/bestaat-niet").await;
    assert!(anonymous.attr(".nav-list a[href='/inloggen']", "href").is_some());
}

/// One request sent as raw bytes, as a client that does not tidy its path would send it;
/// the status code and the body.
async fn raw(app: &TestApp, request: &[u8]) -> (u16, String) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let addr = app.base.trim_start_matches("http://");
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    stream.write_all(request).await.unwrap();
    let mut out = vec![];
    stream.read_to_end(&mut out).await.unwrap();
    let text = String::from_utf8_lossy(&out).into_owned();
    let status = text.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    (status, text)
}

/// Paths that climb out of the static files, bytes that are not UTF-8, SQL's own
/// characters and very long text: each gets a clear refusal or is kept as text, and
/// nothing else changes.
#[tokio::test]
async fn hostile_paths_bytes_and_text_are_refused_or_kept_as_text() {
    hostile_input(spawn_app().await).await;
}

#[tokio::test]
async fn hostile_paths_bytes_and_text_on_postgres() {
    if let Some(app) = spawn_app_with(crate::support::Db::Postgres, |_| {}).await {
        hostile_input(app).await;
    }
}

async fn hostile_input(app: TestApp) {
    for path in [
        "/static/../Cargo.toml",
        "/static/..%2f..%2fCargo.toml",
        "/static/%2e%2e/%2e%2e/Cargo.toml",
        "/static/style.css/../../../../etc/passwd",
        "/static/..\\..\\Cargo.toml",
        "/static/%00style.css",
    ] {
        let (status, body) =
            raw(&app, format!("GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").as_bytes()).await;
        assert!(matches!(status, 400 | 404), "{path}: {status}");
        assert!(!body.contains("[workspace]") && !body.contains("root:"), "{path} showed a file of the machine");
    }

    let parent = app.actor("ouder@voorbeeld.nl", Role::Parent).await;
    let id = file_at(&app, &parent, ParticipantRole::Parent, None).await;
    let notes = format!("/trajecten/{id}/notities");
    let api = format!("/api/v1/trajecten/{id}/notes");
    // Bytes that are not UTF-8, in a form and in JSON.
    let form = parent
        .client
        .post(app.url(&notes))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(
            [b"body=".as_slice(), b"\xff\xfe kapot", format!("&visibility=shared&csrf={}", parent.csrf).as_bytes()]
                .concat(),
        )
        .send()
        .await
        .unwrap();
    // A form is decoded as browsers encode it: what is not UTF-8 becomes U+FFFD, the mark
    // for a character that could not be kept (as a NUL does), and the rest is kept.
    assert_eq!(form.status(), 303, "a form with bytes that are not UTF-8");
    let kept = app.store.tr_notes(id).await.unwrap();
    assert_eq!(kept.iter().map(|n| n.body.as_str()).collect::<Vec<_>>(), ["\u{fffd}\u{fffd} kapot"]);
    let json = parent
        .client
        .post(app.url(&api))
        .header("x-csrf-token", &parent.csrf)
        .header("content-type", "application/json")
        .body([b"{\"body\": \"".as_slice(), b"\xff\xfe", b"\", \"visibility\": \"shared\"}"].concat())
        .send()
        .await
        .unwrap();
    assert_eq!(json.status(), 400, "JSON that is not UTF-8");
    assert_eq!(json.headers()["content-type"], "application/problem+json");
    // Text one character over the limit, and far over it.
    for body in ["x".repeat(5001), "lang ".repeat(12_000)] {
        let res = parent.post_json(&api, &json!({ "body": body, "visibility": "shared" })).await;
        assert_eq!(res.status(), 422, "{} characters", body.len());
    }
    assert_eq!(app.store.tr_notes(id).await.unwrap().len(), 1, "none of it was saved");

    // SQL's own characters are text like any other: kept as typed, the file intact.
    let sql = "Robert'); DROP TABLE trajecten; -- \" OR 1=1 /* */ \\ %_";
    assert_eq!(parent.post_json(&api, &json!({ "body": sql, "visibility": "shared" })).await.status(), 201);
    let saved = app.store.tr_notes(id).await.unwrap();
    assert!(saved.iter().any(|n| n.body == sql), "kept as typed");
    let page = parent.page(&format!("/trajecten/{id}")).await;
    assert_eq!(page.status, 200);
    let shown: String = page.html.root_element().text().collect();
    assert!(shown.contains(sql), "shown as typed");
    assert!(!page.text.contains(sql), "and escaped in the HTML (its quotes are entities)");
    assert!(app.store.tr_get(id).await.unwrap().is_some(), "the file is still there");
}
