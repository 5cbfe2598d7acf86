//! Every route outside one family's file, for a visitor and for each account role: the
//! permission matrix, checked against the routers' own list of paths. (The routes of one
//! file, with each role in the file, are in `traject.rs`.)

use crate::support::{Actor, TestApp, spawn_demo_app};
use samenspoor_domain::{Lang, Role};
use samenspoor_store::{AuditContext, NewComment, NewNotification};
use serde_json::json;
use uuid::Uuid;

/// Method, path and the status for: a visitor, then each of `Role::ALL` (parent, teacher,
/// coordinator, director, swv consultant, education consultant, companion, editor, admin,
/// council member). Allowed POSTs carry bad input (422) unless they need none; `{nid}` is a
/// notification of the caller's (someone else's is tried too, and is not found).
#[rustfmt::skip]
fn table() -> Vec<(&'static str, &'static str, [u16; 11])> {
    //                                                  vis  par  tea  coo  dir  swv  oc   com  edi  adm  cou
    vec![
        ("GET", "/contact", [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        ("GET", "/privacy", [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        ("GET", "/toegankelijkheid", [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        ("GET", "/", [200, 303, 303, 303, 303, 303, 303, 303, 303, 303, 303]),
        ("GET", "/taal/{lang}", [303, 303, 303, 303, 303, 303, 303, 303, 303, 303, 303]),
        ("GET", "/start", [303, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        ("GET", "/account/activiteit", [303, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        ("GET", "/account/beveiliging", [303, 403, 200, 200, 200, 200, 200, 403, 200, 200, 200]),
        ("POST", "/account/beveiliging", [303, 403, 422, 422, 422, 422, 422, 403, 422, 422, 422]),
        ("GET", "/beheer", [303, 403, 403, 403, 403, 403, 403, 403, 403, 200, 403]),
        ("POST", "/beheer/gebruikers", [303, 403, 403, 403, 403, 403, 403, 403, 403, 422, 403]),
        ("POST", "/beheer/organisaties", [303, 403, 403, 403, 403, 403, 403, 403, 403, 422, 403]),
        ("GET", "/inloggen", [200, 303, 303, 303, 303, 303, 303, 303, 303, 303, 303]),
        ("POST", "/inloggen/link", [422, 422, 422, 422, 422, 422, 422, 422, 422, 422, 422]),
        ("GET", "/inloggen/link/{token}", [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        ("POST", "/inloggen/link/{token}", [410, 410, 410, 410, 410, 410, 410, 410, 410, 410, 410]),
        ("POST", "/inloggen/wachtwoord", [422, 422, 422, 422, 422, 422, 422, 422, 422, 422, 422]),
        ("POST", "/inloggen/demo", [400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400]),
        ("GET", "/kennisbank", [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        ("GET", "/kennisbank/zoeken", [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        ("GET", "/kennisbank/begrippen", [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        ("GET", "/kennisbank/artikel/{id}", [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        ("GET", "/kennisbank/artikel/{id}/print", [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        ("POST", "/kennisbank/artikel/{id}/feedback", [422, 422, 422, 422, 422, 422, 422, 422, 422, 422, 422]),
        ("GET", "/kennisbank/{tile}", [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        ("GET", "/redactie", [303, 403, 403, 403, 403, 403, 403, 403, 200, 200, 403]),
        ("GET", "/redactie/feedback", [303, 403, 403, 403, 403, 403, 403, 403, 200, 200, 403]),
        ("GET", "/redactie/synoniemen", [303, 403, 403, 403, 403, 403, 403, 403, 200, 200, 403]),
        ("POST", "/redactie/synoniemen", [303, 403, 403, 403, 403, 403, 403, 403, 422, 422, 403]),
        ("GET", "/redactie/zoekvragen", [303, 403, 403, 403, 403, 403, 403, 403, 200, 200, 403]),
        ("GET", "/redactie/artikel/{id}/{lang}", [303, 403, 403, 403, 403, 403, 403, 403, 200, 200, 403]),
        ("POST", "/redactie/artikel/{id}/{lang}", [303, 403, 403, 403, 403, 403, 403, 403, 422, 422, 403]),
        ("GET", "/redactie/artikel/{id}/{lang}/verschil", [303, 403, 403, 403, 403, 403, 403, 403, 200, 200, 403]),
        ("POST", "/redactie/versie/{id}/status", [303, 403, 403, 403, 403, 403, 403, 403, 400, 400, 403]),
        ("POST", "/redactie/versie/{id}/opmerking", [303, 403, 403, 403, 403, 403, 403, 403, 422, 422, 403]),
        ("POST", "/redactie/opmerking/{id}/opgelost", [303, 403, 403, 403, 403, 403, 403, 403, 303, 303, 403]),
        ("GET", "/hulpwijzer", [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        ("GET", "/hulpwijzer/vragen", [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        ("GET", "/hulpwijzer/advies", [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        ("GET", "/hulpwijzer/organisaties/{id}", [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        ("GET", "/redactie/hulpwijzer", [303, 403, 403, 403, 403, 403, 403, 403, 200, 200, 403]),
        ("POST", "/redactie/hulpwijzer", [303, 403, 403, 403, 403, 403, 403, 403, 422, 422, 403]),
        ("GET", "/redactie/hulpwijzer/tabel", [303, 403, 403, 403, 403, 403, 403, 403, 200, 200, 403]),
        ("GET", "/gesprekken", [303, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        ("GET", "/redactie/brieven", [303, 403, 403, 403, 403, 403, 403, 403, 200, 200, 403]),
        ("POST", "/redactie/brieven/{letter}/{lang}", [303, 403, 403, 403, 403, 403, 403, 403, 422, 422, 403]),
        ("GET", "/meldingen", [303, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        ("POST", "/meldingen/bezorging", [303, 422, 422, 422, 422, 422, 422, 422, 422, 422, 422]),
        ("POST", "/meldingen/{nid}/gezien", [303, 303, 303, 303, 303, 303, 303, 303, 303, 303, 303]),
        ("GET", "/beheer/hulpwijzer", [303, 403, 403, 403, 403, 403, 403, 403, 403, 200, 403]),
        ("POST", "/beheer/hulpwijzer/import", [303, 403, 403, 403, 403, 403, 403, 403, 403, 422, 403]),
        ("GET", "/beheer/hulpwijzer/hsds.json", [303, 403, 403, 403, 403, 403, 403, 403, 403, 200, 403]),
        ("POST", "/beheer/hulpwijzer/{id}/gecontroleerd", [303, 403, 403, 403, 403, 403, 403, 403, 403, 303, 403]),
        ("GET", "/healthz", [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        ("GET", "/metrics", [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        ("GET", "/api/v1/openapi.json", [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        ("GET", "/api/v1/me", [401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        ("GET", "/api/v1/kennisbank/search", [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        ("GET", "/api/v1/kennisbank/articles/{id}", [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        ("POST", "/api/v1/hulpwijzer/advice", [422, 422, 422, 422, 422, 422, 422, 422, 422, 422, 422]),
        ("GET", "/api/v1/hsds", [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        ("GET", "/api/v1/hsds/organizations", [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        ("GET", "/api/v1/hsds/organizations/{id}", [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        ("GET", "/api/v1/hsds/services", [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        ("GET", "/api/v1/hsds/services/{id}", [200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        ("GET", "/api/v1/notifications", [401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200]),
        ("POST", "/api/v1/notifications/{nid}/acknowledge", [401, 204, 204, 204, 204, 204, 204, 204, 204, 204, 204]),
        ("POST", "/uitloggen", [303, 303, 303, 303, 303, 303, 303, 303, 303, 303, 303]),
    ]
}

/// Paths that are in `traject.rs`'s table, or that no role changes (static files).
fn covered_elsewhere(path: &str) -> bool {
    path.contains("/trajecten") || path.starts_with("/uitnodiging") || path.starts_with("/static/")
}

struct Ids {
    article: String,
    tile: String,
    organisation: String,
    version: String,
    hsds_organization: String,
    hsds_service: String,
    file: samenspoor_domain::TrajectId,
    editor: AuditContext,
}

async fn ids(app: &TestApp) -> Ids {
    let article = app.store.kb_published().await.unwrap()[0].clone();
    let tile = app.store.kb_tiles().await.unwrap()[0].id.clone();
    let organisation = app.store.hw_directory().await.unwrap()[0].organisation.id.clone();
    let version = app.store.kb_versions(&article.article_id, Lang::Nl).await.unwrap()[0].id.to_string();
    let file = app.store.dl_open_files().await.unwrap()[0];
    let editor = app.create_user("redacteur.tabel@voorbeeld.nl", Role::Editor).await;
    let hsds = |kind: &'static str| async move {
        let page: serde_json::Value = app.get(&format!("/api/v1/hsds/{kind}")).await.json().await.unwrap();
        page["contents"][0]["id"].as_str().unwrap().to_owned()
    };
    let (hsds_organization, hsds_service) = (hsds("organizations").await, hsds("services").await);
    Ids {
        article: article.article_id,
        tile,
        organisation,
        version,
        hsds_organization,
        hsds_service,
        file,
        editor: AuditContext { actor: Some(editor.id), ip: None },
    }
}

async fn notification(app: &TestApp, ids: &Ids, user: samenspoor_domain::UserId) -> String {
    let today = chrono::Utc::now().date_naive();
    let new = NewNotification {
        user,
        traject: ids.file,
        kind: "registration".into(),
        state: format!("soon-{}", Uuid::now_v7()),
        due: today,
        from: today,
        what: "Daan".into(),
        send_at: chrono::Utc::now() + chrono::Duration::days(1),
    };
    app.store.nt_notify(new).await.unwrap();
    let inbox = app.store.nt_inbox(user).await.unwrap();
    inbox[0].id.to_string()
}

async fn comment(app: &TestApp, ids: &Ids) -> String {
    let new = NewComment { version_id: ids.version.parse().unwrap(), quote: String::new(), body: "Kan korter.".into() };
    app.store.kb_add_comment(new, ids.editor.clone()).await.unwrap().id.to_string()
}

/// `path` with real ids; `{nid}` is a new notification of `me`'s, or of `other`'s.
async fn fill(
    app: &TestApp,
    ids: &Ids,
    path: &str,
    me: Option<samenspoor_domain::UserId>,
    other: samenspoor_domain::UserId,
) -> String {
    let mut p = path
        .replace("{tile}", &ids.tile)
        .replace("{lang}", "nl")
        .replace("{letter}", "zorgplicht")
        .replace("{token}", "onbekend");
    if p.contains("/hsds/organizations/") {
        p = p.replace("{id}", &ids.hsds_organization);
    }
    if p.contains("/hsds/services/") {
        p = p.replace("{id}", &ids.hsds_service);
    }
    if p.contains("/hulpwijzer/") {
        p = p.replace("{id}", &ids.organisation);
    }
    if p.contains("/versie/") {
        p = p.replace("{id}", &ids.version);
    }
    if p.contains("/opmerking/{id}") {
        p = p.replace("{id}", &comment(app, ids).await);
    }
    p = p.replace("{id}", &ids.article);
    if p.ends_with("/verschil") {
        p.push_str("?van=1&naar=1");
    }
    if p.ends_with("/kennisbank/search") {
        p.push_str("?q=school");
    }
    if p.contains("{nid}") {
        p = p.replace("{nid}", &notification(app, ids, me.unwrap_or(other)).await);
    }
    p
}

async fn call(app: &TestApp, actor: Option<&Actor>, method: &str, path: &str) -> u16 {
    let api = path.starts_with("/api/");
    // Every field any of these forms has, so that each parses and is judged on its values.
    let bad = [
        ("email", "geen-adres"),
        ("name", ""),
        ("role", "koning"),
        ("organisation", "nergens"),
        ("kind", "kasteel"),
        ("swv", ""),
        ("json", "{"),
        ("title", ""),
        ("summary", ""),
        ("body", ""),
        ("related", ""),
        ("keywords", ""),
        ("to", "nergens"),
        ("quote", ""),
        ("terug", "/start"),
        ("groups", "="),
        ("password", "kort"),
        ("code", "x"),
        ("user_id", "niemand"),
        ("rules", "{"),
        ("current_password", ""),
        ("current_code", ""),
        ("repeat", "anders"),
        ("secret", ""),
        ("text", ""),
    ];
    let json = json!({ "answers": "geen", "email": "geen-adres" });
    let res = match (method, actor) {
        ("GET", Some(a)) => a.get(path).await,
        ("GET", None) => app.get(path).await,
        ("POST", Some(a)) if api => a.post_json(path, &json).await,
        ("POST", Some(a)) => a.post(path, &bad).await,
        ("POST", None) if api => app.client.post(app.url(path)).json(&json).send().await.unwrap(),
        _ => app.post(path, &bad).await,
    };
    res.status().as_u16()
}

#[tokio::test]
async fn every_route_outside_a_file_for_a_visitor_and_every_role() {
    let app = spawn_demo_app().await;
    let ids = ids(&app).await;
    let mut actors = Vec::new();
    for role in Role::ALL {
        actors.push(app.actor(&format!("{}.tabel@voorbeeld.nl", role.as_str()), role).await);
    }
    let other = app.create_user("ander.tabel@voorbeeld.nl", Role::Parent).await.id;
    let table = table();
    assert_eq!(table.last().map(|r| r.1), Some("/uitloggen"), "signing out comes last: it ends the sessions");
    for (method, path, expected) in table {
        let p = fill(&app, &ids, path, None, other).await;
        assert_eq!(call(&app, None, method, &p).await, expected[0], "visitor {method} {path}");
        for (i, actor) in actors.iter().enumerate() {
            let role = Role::ALL[i];
            let p = fill(&app, &ids, path, Some(actor.user.id), other).await;
            assert_eq!(call(&app, Some(actor), method, &p).await, expected[i + 1], "{role} {method} {path}");
            if path.contains("{nid}") {
                // Someone else's notification: not found, and still waiting for its owner.
                let theirs = fill(&app, &ids, path, None, other).await;
                assert_eq!(call(&app, Some(actor), method, &theirs).await, 404, "{role} {method} {path}: another's");
                let inbox = app.store.nt_inbox(other).await.unwrap();
                assert!(inbox.iter().all(|n| n.acknowledged_at.is_none()), "{role} {path} acknowledged another's");
                let mine = app.store.nt_inbox(actor.user.id).await.unwrap();
                assert!(mine[0].acknowledged_at.is_some(), "{role} {path}: the own notification is acknowledged");
            }
        }
    }
}

#[test]
fn every_route_is_in_a_permission_table() {
    let listed: Vec<&str> = table().iter().map(|(_, p, _)| *p).collect();
    for path in samenspoor_web::route_paths() {
        assert!(
            covered_elsewhere(&path) || listed.contains(&path.as_str()),
            "route {path} has no entry in the permission table of this test"
        );
    }
}

/// The pages and API routes outside one file that show something of a child (a name, a
/// step, a gesprek, a deadline) leave an audit row for the reader, as a file's own do.
#[tokio::test]
async fn every_list_that_shows_a_child_is_audited() {
    let app = spawn_demo_app().await;
    let email = samenspoor_domain::Email::parse("sanne.devries@demo.invalid").unwrap();
    let sanne = app.store.user_by_email(&email).await.unwrap().expect("the demo parent");
    assert!(!app.store.nt_inbox(sanne.id).await.unwrap().is_empty(), "the demo gives her notifications");
    let sanne = app.actor_for(sanne).await;
    // The demo's companion, brought by Sanne to a gesprek about Daan: her own list.
    let els = samenspoor_domain::Email::parse("els.visser@demo.invalid").unwrap();
    let els = app.actor_for(app.store.user_by_email(&els).await.unwrap().expect("the demo companion")).await;
    // Each with what shows that it is about the child: his name, or a link into his file.
    let pages = ["/start", "/trajecten", "/meldingen", "/api/v1/trajecten", "/api/v1/notifications"];
    let each = pages.iter().map(|p| (&sanne, *p, "Daan"));
    for (who, path, shows) in each.chain([(&els, "/gesprekken", "/gesprekken/")]) {
        let before = app.store.audit_by_actor(who.user.id, 100_000).await.unwrap().len();
        let page = who.page(path).await;
        assert_eq!(page.status, 200, "{path}");
        assert!(page.text.contains(shows), "{path} shows the child: {}", page.text);
        let after = app.store.audit_by_actor(who.user.id, 100_000).await.unwrap().len();
        assert!(after > before, "{path} showed a child's data without an audit row");
    }
}
