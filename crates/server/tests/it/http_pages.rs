//! Pages, errors, headers, language, operations endpoints, the API and permissions.

use crate::support::{location, spawn_app};
use samenspoor_domain::Role;

#[tokio::test]
async fn security_headers_are_on_every_response() {
    let app = spawn_app().await;
    for path in ["/", "/inloggen", "/bestaat-niet", "/static/style.css", "/healthz", "/api/v1/me"] {
        let res = app.get(path).await;
        let h = res.headers();
        let csp = h.get("content-security-policy").unwrap_or_else(|| panic!("CSP on {path}")).to_str().unwrap();
        assert!(csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        assert!(!csp.contains("unsafe-inline"), "{path}");
        assert_eq!(h.get("x-content-type-options").unwrap(), "nosniff", "{path}");
        assert_eq!(h.get("referrer-policy").unwrap(), "no-referrer", "{path}");
        assert_eq!(h.get("x-frame-options").unwrap(), "DENY", "{path}");
    }
}

#[tokio::test]
async fn pages_link_to_nothing_outside_this_server() {
    let app = spawn_app().await;
    for path in ["/", "/inloggen"] {
        let page = app.page(path).await;
        for (css, attr) in [("script", "src"), ("link", "href"), ("img", "src"), ("iframe", "src")] {
            let sel = scraper::Selector::parse(css).unwrap();
            for el in page.html.select(&sel) {
                if let Some(v) = el.value().attr(attr) {
                    assert!(v.starts_with('/') && !v.starts_with("//"), "{path}: {css} {attr}={v}");
                }
            }
        }
        let scripts = scraper::Selector::parse("script").unwrap();
        for script in page.html.select(&scripts) {
            assert!(script.value().attr("src").is_some(), "{path}: no inline script");
            assert!(script.inner_html().trim().is_empty(), "{path}: no inline script");
        }
    }
}

#[tokio::test]
async fn error_pages_speak_the_readers_language_and_never_leak_internals() {
    let app = spawn_app().await;
    let nl = app.page("/bestaat-niet").await;
    assert_eq!(nl.status, 404);
    assert_eq!(nl.h1(), "Deze pagina bestaat niet");
    let en = app.client.get(app.url("/bestaat-niet")).header("accept-language", "en-GB,en;q=0.9").send().await.unwrap();
    let en = crate::support::to_page(en).await;
    assert_eq!(en.h1(), "This page does not exist");
    assert_eq!(en.attr("html", "lang").as_deref(), Some("en"));

    let method = crate::support::to_page(app.client.delete(app.url("/inloggen")).send().await.unwrap()).await;
    assert_eq!(method.status, 405);
    assert_eq!(method.h1(), "Dit kan zo niet");

    // A form without its fields gets a page, not the framework's plain-text message.
    let csrf = app.csrf().await;
    let garbage = app
        .client
        .post(app.url("/inloggen/link"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(format!("csrf={csrf}&adres=zonder-veldnaam-email"))
        .send()
        .await
        .unwrap();
    let garbage = crate::support::to_page(garbage).await;
    assert_eq!(garbage.status, 400);
    assert_eq!(garbage.h1(), "Dit verzoek klopt niet");

    let too_big = app.client.post(app.url("/inloggen/link")).body(vec![b'a'; 300 * 1024]).send().await.unwrap();
    assert_eq!(too_big.status(), 413);
    let api = app.get("/api/v1/bestaat-niet").await;
    assert_eq!(api.status(), 404);
    assert_eq!(api.headers().get("content-type").unwrap(), "application/problem+json");
    let problem: serde_json::Value = api.json().await.unwrap();
    assert_eq!(problem["status"], 404);
    assert_eq!(problem["title"], "Deze pagina bestaat niet");
}

#[tokio::test]
async fn the_language_switch_works_without_javascript_and_is_remembered() {
    let app = spawn_app().await;
    let front = app.page("/inloggen").await;
    assert_eq!(front.attr("html", "lang").as_deref(), Some("nl"));
    let switch = front.attr("a[hreflang=en]", "href").unwrap();
    assert_eq!(switch, "/taal/en?terug=/inloggen");
    let res = app.get(&switch).await;
    assert_eq!(res.status(), 303);
    assert_eq!(location(&res), "/inloggen");
    let en = app.page("/inloggen").await;
    assert_eq!(en.h1(), "Sign in");
    assert_eq!(app.cookie("ss_lang").as_deref(), Some("en"));
    // Back to Dutch; a cookie beats the browser's language.
    app.get("/taal/nl").await;
    let nl = app.client.get(app.url("/inloggen")).header("accept-language", "en").send().await.unwrap();
    assert_eq!(crate::support::to_page(nl).await.h1(), "Inloggen");
    assert_eq!(app.get("/taal/fr").await.status(), 404);
    assert_eq!(location(&app.get("/taal/en?terug=//elders.example").await), "/");
    assert_eq!(location(&app.get("/taal/en?terug=/%5Celders.example").await), "/");
}

#[tokio::test]
async fn health_and_metrics_for_operators() {
    let app = spawn_app().await;
    let health = app.get("/healthz").await;
    assert_eq!(health.status(), 200);
    assert_eq!(health.text().await.unwrap(), "ok\n");
    app.get("/bestaat-niet").await;
    let metrics = app.get("/metrics").await.text().await.unwrap();
    assert!(metrics.contains("samenspoor_build_info{version=\"0.1.0\",backend=\"sqlite\"} 1"), "{metrics}");
    assert!(
        metrics.contains("samenspoor_http_requests_total{method=\"GET\",route=\"/healthz\",status=\"200\"} 1"),
        "{metrics}"
    );
    assert!(metrics.contains("route=\"unmatched\",status=\"404\""), "{metrics}");
}

/// Every signed-in page, for every role: the status each role gets.
#[tokio::test]
async fn every_page_for_every_role_and_for_visitors() {
    const PAGES: [&str; 4] = ["/start", "/account/activiteit", "/account/beveiliging", "/beheer"];
    let app = spawn_app().await;
    for path in PAGES {
        let res = app.get(path).await;
        assert_eq!(res.status(), 303, "visitor on {path}");
        assert!(location(&res).starts_with("/inloggen?terug="), "{path}");
    }
    for role in Role::ALL {
        let app = spawn_app().await;
        app.sign_in(&format!("{}@voorbeeld.nl", role.as_str()), role).await;
        for path in PAGES {
            let expected = match path {
                "/account/beveiliging" if !role.is_professional() => 403,
                "/beheer" if role != Role::Admin => 403,
                _ => 200,
            };
            assert_eq!(app.get(path).await.status(), expected, "{role} on {path}");
        }
        let before = app.store.list_users().await.unwrap().len();
        let res = app
            .post("/beheer/gebruikers", &[("email", "nieuw@voorbeeld.nl"), ("name", "Nieuw"), ("role", "parent")])
            .await;
        let res_org = app.post("/beheer/organisaties", &[("kind", "school"), ("name", "De Linde")]).await;
        if role == Role::Admin {
            assert_eq!((res.status(), res_org.status()), (303.try_into().unwrap(), 303.try_into().unwrap()));
            assert_eq!(app.store.list_users().await.unwrap().len(), before + 1);
        } else {
            assert_eq!((res.status().as_u16(), res_org.status().as_u16()), (403, 403), "{role}");
            assert_eq!(app.store.list_users().await.unwrap().len(), before, "{role} created nothing");
            assert!(app.store.list_organisations().await.unwrap().is_empty());
        }
    }
}

#[tokio::test]
async fn the_admin_creates_accounts_and_bad_input_changes_nothing() {
    let app = spawn_app().await;
    app.sign_in("beheer@voorbeeld.nl", Role::Admin).await;
    let bad = app.post_page("/beheer/gebruikers", &[("email", "geen-adres"), ("name", " "), ("role", "koning")]).await;
    assert_eq!(bad.status, 422);
    let errors = bad.select(".error-summary li");
    assert_eq!(errors.len(), 3, "{errors:?}");
    assert!(errors[0].contains("e-mailadres"));
    assert_eq!(bad.attr("#u-email", "value").as_deref(), Some("geen-adres"));
    assert_eq!(app.store.list_users().await.unwrap().len(), 1);

    let org = app.post("/beheer/organisaties", &[("kind", "swv"), ("name", "SWV De Brug")]).await;
    assert_eq!(org.status(), 303);
    let swv = app.store.list_organisations().await.unwrap().remove(0);
    let school = app
        .post("/beheer/organisaties", &[("kind", "school"), ("name", "De Linde"), ("swv", &swv.id.to_string())])
        .await;
    assert_eq!(school.status(), 303);
    let orphan = app
        .post_page(
            "/beheer/organisaties",
            &[("kind", "school"), ("name", "Wees"), ("swv", &uuid::Uuid::now_v7().to_string())],
        )
        .await;
    assert_eq!(orphan.status, 422);
    assert_eq!(app.store.list_organisations().await.unwrap().len(), 2);

    let ok = app
        .post(
            "/beheer/gebruikers",
            &[
                ("email", "ib@delinde.nl"),
                ("name", "Ilse Bos"),
                ("role", "coordinator"),
                ("organisation", &swv.id.to_string()),
            ],
        )
        .await;
    assert_eq!(ok.status(), 303);
    let dup = app
        .post_page("/beheer/gebruikers", &[("email", "IB@delinde.nl"), ("name", "Ander"), ("role", "teacher")])
        .await;
    assert_eq!(dup.status, 422);
    assert_eq!(dup.select(".error-summary li"), vec!["Er is al een account met dit e-mailadres."]);
    let overview = app.page("/beheer").await;
    assert!(overview.text.contains("Ilse Bos") && overview.text.contains("De Linde"));
}

#[tokio::test]
async fn the_activity_page_shows_what_happened_with_the_account() {
    let app = spawn_app().await;
    app.sign_in("ouder@voorbeeld.nl", Role::Parent).await;
    let page = app.page("/account/activiteit").await;
    assert_eq!(page.status, 200);
    let rows = page.select("tbody tr td:nth-child(2)");
    assert_eq!(rows, vec!["Ingelogd met een link", "Inloglink aangevraagd"]);
}

#[tokio::test]
async fn the_api_answers_json_and_problems_and_documents_itself() {
    let app = spawn_app().await;
    let anon = app.get("/api/v1/me").await;
    assert_eq!(anon.status(), 401);
    assert_eq!(anon.headers().get("content-type").unwrap(), "application/problem+json");
    let user = app.sign_in("ouder@voorbeeld.nl", Role::Parent).await;
    let me: serde_json::Value = app.get("/api/v1/me").await.json().await.unwrap();
    assert_eq!(me["id"], user.id.to_string());
    assert_eq!(me["role"], "parent");
    let doc: serde_json::Value = app.get("/api/v1/openapi.json").await.json().await.unwrap();
    assert_eq!(doc["openapi"], "3.1.0");
    assert!(doc["paths"]["/api/v1/me"]["get"].is_object());
    assert!(doc["components"]["schemas"]["Problem"].is_object());
}

#[tokio::test]
async fn the_installation_sets_its_own_colour_and_logo() {
    let dir = tempfile::tempdir().unwrap();
    let logo = dir.path().join("logo.svg");
    std::fs::write(&logo, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>").unwrap();
    let app = crate::support::spawn_app_with(crate::support::Db::Sqlite, |c| {
        c.site_name = "SWV De Brug".into();
        c.brand_color = Some("#6b2a8c".into());
        c.logo = Some(logo.clone());
    })
    .await
    .unwrap();
    let css = app.get("/static/brand.css").await.text().await.unwrap();
    assert!(css.contains("--ss-color-primary: #6b2a8c"), "{css}");
    let page = app.page("/").await;
    assert_eq!(page.attr(".brand img", "alt").as_deref(), Some("SWV De Brug"));
    let img = app.get("/static/logo").await;
    assert_eq!(img.headers()["content-type"], "image/svg+xml");
    let plain = spawn_app().await;
    assert_eq!(plain.get("/static/brand.css").await.text().await.unwrap(), "");
    assert_eq!(plain.get("/static/logo").await.status(), 404);
    assert!(plain.page("/").await.select(".brand img").is_empty());

    let too_light = samenspoor_web::WebConfig { brand_color: Some("#ffd700".into()), ..Default::default() };
    assert!(too_light.brand_color().unwrap_err().contains("contrast"));
    let not_a_colour = samenspoor_web::WebConfig { brand_color: Some("paars".into()), ..Default::default() };
    assert!(not_a_colour.brand_color().is_err());
}
