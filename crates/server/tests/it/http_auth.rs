//! Signing in and out over real HTTP, with mail through a real SMTP sink.

use crate::support::{Db, location, spawn_app, spawn_app_with, spawn_demo_app, to_page};
use chrono::{Duration, Utc};
use samenspoor_domain::{AuditAction, Role};
use samenspoor_store::{AuditContext, Credentials, NewLoginToken};
use samenspoor_web::auth::credentials::hash_password;
use samenspoor_web::security::hash_token;
use totp_rs::{Algorithm, Secret, TOTP};

async fn link_sign_in_end_to_end(db: Db) {
    let Some(app) = spawn_app_with(db, |_| {}).await else {
        return;
    };
    let user = app.create_user("sanne@voorbeeld.nl", Role::Parent).await;

    let form = app.page("/inloggen").await;
    assert_eq!(form.status, 200);
    assert!(form.attr("form[action='/inloggen/link'] input[name=csrf]", "value").is_some());

    let sent = app.post_page("/inloggen/link", &[("email", "Sanne@Voorbeeld.nl")]).await;
    assert_eq!(sent.status, 200);
    assert_eq!(sent.h1(), "Kijk in je mail");
    let mail = app.smtp.wait_for(1).await;
    assert_eq!(mail.to, vec!["sanne@voorbeeld.nl"]);
    assert!(mail.data.contains("Subject: Je link om in te loggen"), "{}", mail.data);
    let link = mail.link();
    assert!(link.starts_with(&app.url("/inloggen/link/")), "{link}");

    // Opening the link does not use it up; the button does.
    let path = link.trim_start_matches(&app.base).to_owned();
    let confirm = app.page(&path).await;
    assert_eq!(confirm.status, 200);
    assert!(confirm.attr("#confirm-sign-in", "type").is_some());
    let res = app.post(&path, &[]).await;
    assert_eq!(res.status(), 303);
    assert_eq!(location(&res), "/start");
    let set_cookie: Vec<_> =
        res.headers().get_all("set-cookie").iter().map(|v| v.to_str().unwrap().to_owned()).collect();
    let session = set_cookie.iter().find(|c| c.starts_with("ss_session=")).expect("a session cookie");
    assert!(
        session.contains("HttpOnly") && session.contains("SameSite=Lax") && !session.contains("Secure"),
        "{session}"
    );

    let home = app.page("/start").await;
    assert_eq!(home.status, 200);
    assert_eq!(home.h1(), "Welkom, Test Persoon");
    let log = app.store.audit_by_actor(user.id, 10).await.unwrap();
    let actions: Vec<_> = log.iter().map(|e| e.action).collect();
    assert_eq!(actions, vec![AuditAction::SignedInWithLink, AuditAction::LoginLinkRequested]);
    assert_eq!(log[0].ip.as_deref(), Some("127.0.0.1"));

    // The same link a second time opens nothing.
    let other =
        reqwest::Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let again = to_page(other.get(&link).send().await.unwrap()).await;
    let csrf = again.attr("input[name=csrf]", "value").unwrap();
    let reuse = to_page(other.post(&link).form(&[("csrf", csrf.as_str())]).send().await.unwrap()).await;
    assert_eq!(reuse.status, 410);
    assert!(reuse.text.contains("al gebruikt"), "{}", reuse.text);
}

#[tokio::test]
async fn sign_in_with_a_mailed_link_on_sqlite() {
    link_sign_in_end_to_end(Db::Sqlite).await;
}

#[tokio::test]
async fn sign_in_with_a_mailed_link_on_postgres() {
    link_sign_in_end_to_end(Db::Postgres).await;
}

#[tokio::test]
async fn an_expired_or_unknown_link_is_refused() {
    let app = spawn_app().await;
    let user = app.create_user("ouder@voorbeeld.nl", Role::Parent).await;
    let issued = Utc::now() - Duration::minutes(16);
    let token = "expired-token-for-this-test";
    let new = NewLoginToken {
        token_hash: hash_token(token),
        user_id: user.id,
        created_at: issued,
        expires_at: issued + Duration::minutes(15),
    };
    app.store.create_login_token(new, AuditContext::system()).await.unwrap();
    let expired = app.post_page(&format!("/inloggen/link/{token}"), &[]).await;
    assert_eq!(expired.status, 410);
    assert!(expired.text.contains("verlopen"), "{:?}", expired.select("main"));
    let unknown = app.post_page("/inloggen/link/nothing-like-this", &[]).await;
    assert_eq!(unknown.status, 410);
    assert!(unknown.text.contains("kennen we niet"));
    assert_eq!(app.get("/start").await.status(), 303, "still signed out");
}

#[tokio::test]
async fn an_unknown_address_gets_the_same_answer_and_no_mail() {
    let app = spawn_app().await;
    let page = app.post_page("/inloggen/link", &[("email", "niemand@voorbeeld.nl")]).await;
    assert_eq!(page.status, 200);
    assert_eq!(page.h1(), "Kijk in je mail");
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(app.smtp.count(), 0);
}

#[tokio::test]
async fn a_bad_address_gets_a_clear_message_in_the_readers_language() {
    let app = spawn_app().await;
    let nl = app.post_page("/inloggen/link", &[("email", "geen-adres")]).await;
    assert_eq!(nl.status, 422);
    assert!(nl.select(".error-message")[0].contains("Dit e-mailadres klopt niet"));
    assert_eq!(nl.attr("#email", "value").as_deref(), Some("geen-adres"), "input is kept");
    app.get("/taal/en").await;
    let en = app.post_page("/inloggen/link", &[("email", "")]).await;
    assert_eq!(en.status, 422);
    assert_eq!(en.select(".error-message"), vec!["Enter your e-mail address."]);
    assert_eq!(app.smtp.count(), 0);
}

#[tokio::test]
async fn a_post_without_the_csrf_token_is_refused_and_changes_nothing() {
    let app = spawn_app().await;
    let user = app.create_user("ouder@voorbeeld.nl", Role::Parent).await;
    app.get("/inloggen").await;
    let none =
        app.client.post(app.url("/inloggen/link")).form(&[("email", "ouder@voorbeeld.nl")]).send().await.unwrap();
    assert_eq!(none.status(), 403);
    let wrong = app
        .client
        .post(app.url("/inloggen/link"))
        .form(&[("email", "ouder@voorbeeld.nl"), ("csrf", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")])
        .send()
        .await
        .unwrap();
    let page = to_page(wrong).await;
    assert_eq!(page.status, 403);
    assert_eq!(page.h1(), "Dit formulier is verlopen");
    assert!(app.store.audit_by_actor(user.id, 10).await.unwrap().is_empty(), "no link was made");
    assert_eq!(app.smtp.count(), 0);
}

#[tokio::test]
async fn sign_in_attempts_are_rate_limited_per_email_and_per_address() {
    let app = spawn_app().await;
    app.create_user("ouder@voorbeeld.nl", Role::Parent).await;
    for i in 0..5 {
        let res = app.post("/inloggen/link", &[("email", "ouder@voorbeeld.nl")]).await;
        assert_eq!(res.status(), 200, "attempt {i}");
    }
    let page = app.post_page("/inloggen/link", &[("email", "ouder@voorbeeld.nl")]).await;
    assert_eq!(page.status, 429);
    assert_eq!(page.h1(), "Even wachten");
    assert_eq!(app.smtp.count(), 5, "the refused attempt sent no mail");
    // Other addresses from the same network address, until that limit (20) is reached too.
    for i in 0..14 {
        let res = app.post("/inloggen/link", &[("email", &format!("iemand{i}@voorbeeld.nl"))]).await;
        assert_eq!(res.status(), 200, "attempt {i}");
    }
    assert_eq!(app.post("/inloggen/link", &[("email", "nog.iemand@voorbeeld.nl")]).await.status(), 429);
}

pub(crate) fn code(secret: &str) -> String {
    let bytes = Secret::Encoded(secret.into()).to_bytes().unwrap();
    TOTP::new(Algorithm::SHA1, 6, 1, 30, bytes, None, "x".into()).unwrap().generate_current().unwrap()
}

fn wrong_code(secret: &str) -> String {
    let right: u32 = code(secret).parse().unwrap();
    format!("{:06}", (right + 500_000) % 1_000_000)
}

/// An account with the password "een lange zin als wachtwoord" and a fresh TOTP secret.
pub(crate) async fn with_password(
    app: &crate::support::TestApp,
    email: &str,
    role: Role,
) -> (samenspoor_store::User, String) {
    let user = app.create_user(email, role).await;
    let secret = samenspoor_web::auth::credentials::new_totp_secret();
    let creds = Credentials { password_hash: hash_password(PASSWORD).unwrap(), totp_secret: secret.clone() };
    app.store.set_credentials(user.id, creds, AuditContext::system()).await.unwrap();
    (user, secret)
}

pub(crate) async fn password_sign_in(
    app: &crate::support::TestApp,
    email: &str,
    password: &str,
    code: &str,
) -> reqwest::Response {
    app.post("/inloggen/wachtwoord", &[("email", email), ("password", password), ("code", code)]).await
}

pub(crate) const PASSWORD: &str = "een lange zin als wachtwoord";

#[tokio::test]
async fn a_professional_signs_in_with_password_and_totp_and_a_wrong_code_is_refused() {
    let app = spawn_app().await;
    let (user, secret) = with_password(&app, "ib@delinde.nl", Role::Coordinator).await;

    let bad = to_page(password_sign_in(&app, "ib@delinde.nl", PASSWORD, &wrong_code(&secret)).await).await;
    assert_eq!(bad.status, 422);
    assert!(bad.text.contains("klopt niet"));
    let wrong_pw = password_sign_in(&app, "ib@delinde.nl", "niet het wachtwoord", &code(&secret)).await;
    assert_eq!(wrong_pw.status(), 422);
    assert_eq!(app.get("/start").await.status(), 303, "no session after refusals");
    let refused = app.store.audit_by_actor(user.id, 10).await.unwrap();
    assert_eq!(refused.iter().filter(|e| e.action == AuditAction::SignInRefused).count(), 2);

    let ok = password_sign_in(&app, "ib@delinde.nl", PASSWORD, &code(&secret)).await;
    assert_eq!(ok.status(), 303);
    assert_eq!(location(&ok), "/start");
    assert_eq!(app.get("/start").await.status(), 200);
}

#[tokio::test]
async fn parents_cannot_use_a_password_even_if_one_is_stored() {
    let app = spawn_app().await;
    let (_, secret) = with_password(&app, "ouder@voorbeeld.nl", Role::Parent).await;
    let res = password_sign_in(&app, "ouder@voorbeeld.nl", PASSWORD, &code(&secret)).await;
    assert_eq!(res.status(), 422);
}

#[tokio::test]
async fn a_professional_sets_password_and_totp_and_a_parent_may_not() {
    let app = spawn_app().await;
    let teacher = app.sign_in("leerkracht@delinde.nl", Role::Teacher).await;
    let page = app.page("/account/beveiliging").await;
    assert_eq!(page.status, 200);
    let secret = page.attr("input[name=secret]", "value").unwrap();
    let short = app
        .post_page(
            "/account/beveiliging",
            &[("password", "kort"), ("repeat", "kort"), ("secret", &secret), ("code", &wrong_code(&secret))],
        )
        .await;
    assert_eq!(short.status, 422);
    assert_eq!(short.select(".error-summary li").len(), 2, "password and code both named");
    assert!(app.store.user_credentials(teacher.id).await.unwrap().is_none(), "nothing saved");
    let ok = app
        .post(
            "/account/beveiliging",
            &[
                ("password", "vier woorden als zin"),
                ("repeat", "vier woorden als zin"),
                ("secret", &secret),
                ("code", &code(&secret)),
            ],
        )
        .await;
    assert_eq!(ok.status(), 303);
    let saved = app.store.user_credentials(teacher.id).await.unwrap().unwrap();
    assert!(saved.password_hash.starts_with("$argon2id$"));
    assert_eq!(saved.totp_secret, secret);

    let parent_app = spawn_app().await;
    parent_app.sign_in("ouder@voorbeeld.nl", Role::Parent).await;
    assert_eq!(parent_app.get("/account/beveiliging").await.status(), 403);
    let post = parent_app
        .post(
            "/account/beveiliging",
            &[
                ("password", "vier woorden als zin"),
                ("repeat", "vier woorden als zin"),
                ("secret", &secret),
                ("code", &code(&secret)),
            ],
        )
        .await;
    assert_eq!(post.status(), 403);
}

#[tokio::test]
async fn demo_sign_in_works_only_in_demo_mode_and_only_for_demo_accounts() {
    let app = spawn_demo_app().await;
    let page = app.page("/inloggen").await;
    let buttons = page.select(".demo-list button");
    assert_eq!(buttons.len(), 11, "one per role, and a second parent");
    let first = page.attr(".demo-list input[name=user_id]", "value").unwrap();
    let res = app.post("/inloggen/demo", &[("user_id", &first)]).await;
    assert_eq!(res.status(), 303);
    assert_eq!(app.page("/start").await.h1(), "Welkom, Sanne de Vries");

    let real = app.create_user("echt@voorbeeld.nl", Role::Admin).await;
    let other = spawn_demo_app().await;
    assert_eq!(other.post("/inloggen/demo", &[("user_id", &real.id.to_string())]).await.status(), 403);

    let plain = spawn_app().await;
    assert!(plain.page("/inloggen").await.select(".demo-list button").is_empty());
    assert_eq!(plain.post("/inloggen/demo", &[("user_id", &first)]).await.status(), 404);
}

#[tokio::test]
async fn signing_out_ends_the_session_and_signing_in_replaces_an_old_one() {
    let app = spawn_app().await;
    app.sign_in("ouder@voorbeeld.nl", Role::Parent).await;
    let first = app.cookie("ss_session").unwrap();
    app.sign_in("tweede@voorbeeld.nl", Role::Parent).await;
    let second = app.cookie("ss_session").unwrap();
    assert_ne!(first, second, "a new session id at sign-in");
    let old = app.store.session_user(&hash_token(&first), Utc::now()).await.unwrap();
    assert!(old.is_none(), "the previous session ended");

    let res = app.post("/uitloggen", &[]).await;
    assert_eq!(res.status(), 303);
    assert!(app.store.session_user(&hash_token(&second), Utc::now()).await.unwrap().is_none());
    let start = app.get("/start").await;
    assert_eq!(start.status(), 303);
    assert_eq!(location(&start), "/inloggen?terug=/start");
}
