//! The contract every Store implementation keeps, written once against `&dyn Store`.
//! `contract_tests!(factory)` expands to one `#[tokio::test]` per case; the factory returns
//! `Option<Arc<dyn Store>>`, `None` meaning "this database is not configured here".
// Test support, built only with the "testing" feature: a failing case should stop loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::*;
use chrono::Duration;
use samenspoor_domain::auth::LinkProblem;
use samenspoor_domain::kennisbank::ArticleStatus;
use samenspoor_domain::{AuditAction, Lang, OrganisationKind, OrganisationName, PersonName, Role, TrajectId};
use std::sync::Arc;
use uuid::Uuid;

#[macro_export]
macro_rules! contract_tests {
    ($factory:path) => {
        $crate::contract_tests!(@each $factory;
            organisations_and_users, duplicate_email_conflicts, unknown_swv_is_refused,
            login_link_opens_one_session, expired_link_is_refused, unknown_link_is_refused,
            racing_redeems_open_one_session, sessions_expire_and_end, credentials_round_trip,
            attempts_are_counted_per_key_and_window, audit_is_newest_first, purge_keeps_live_rows,
            demo_users_only, kb_import_once_and_read_back, kb_editors_flow, kb_review_comments,
            kb_feedback_and_views, hw_directory_import_and_verify, hw_rules_are_versioned,
            tr_create_and_list, tr_invitations, tr_moves_follow_the_route, tr_consent_notes_and_checklist,
            tr_purge_and_access_log, new_credentials_end_every_session, old_audit_entries_lose_their_ip);
    };
    (@each $factory:path; $($case:ident),*) => {
        $(
            #[tokio::test]
            async fn $case() {
                if let Some(store) = $factory().await {
                    $crate::testing::$case(store).await;
                }
            }
        )*
    };
}

fn ctx() -> AuditContext {
    AuditContext { actor: None, ip: Some("127.0.0.1".into()) }
}

async fn swv(store: &dyn Store) -> Organisation {
    store
        .create_organisation(
            NewOrganisation {
                id: OrganisationId::new(),
                kind: OrganisationKind::Swv,
                name: OrganisationName::parse("Samenwerkingsverband Test").unwrap(),
                swv_id: None,
            },
            ctx(),
        )
        .await
        .unwrap()
}

pub fn new_user(email: &str, role: Role) -> NewUser {
    NewUser {
        id: UserId::new(),
        email: Email::parse(email).unwrap(),
        name: PersonName::parse("Test Persoon").unwrap(),
        role,
        organisation_id: None,
        is_demo: false,
    }
}

async fn user(store: &dyn Store, email: &str) -> User {
    store.create_user(new_user(email, Role::Parent), ctx()).await.unwrap()
}

fn session(user: &User, hash: &str, now: DateTime<Utc>) -> NewSession {
    NewSession { session_hash: hash.into(), user_id: user.id, created_at: now, expires_at: now + Duration::hours(12) }
}

async fn token(store: &dyn Store, user: &User, hash: &str, now: DateTime<Utc>) {
    store
        .create_login_token(
            NewLoginToken {
                token_hash: hash.into(),
                user_id: user.id,
                created_at: now,
                expires_at: now + Duration::minutes(15),
            },
            ctx(),
        )
        .await
        .unwrap();
}

pub async fn organisations_and_users(store: Arc<dyn Store>) {
    let store = &*store;
    let swv = swv(store).await;
    let school = store
        .create_organisation(
            NewOrganisation {
                id: OrganisationId::new(),
                kind: OrganisationKind::School,
                name: OrganisationName::parse("Basisschool De Linde").unwrap(),
                swv_id: Some(swv.id),
            },
            ctx(),
        )
        .await
        .unwrap();
    assert_eq!(store.organisation(school.id).await.unwrap().unwrap().swv_id, Some(swv.id));
    assert_eq!(store.list_organisations().await.unwrap().len(), 2);

    let mut new = new_user("IB@DeLinde.nl", Role::Coordinator);
    new.organisation_id = Some(school.id);
    let created = store.create_user(new, ctx()).await.unwrap();
    assert_eq!(created.email, "ib@delinde.nl");
    assert!(!created.has_password);
    let by_email = store.user_by_email(&Email::parse("ib@delinde.nl").unwrap()).await.unwrap().unwrap();
    assert_eq!(by_email, created);
    assert_eq!(store.user(created.id).await.unwrap().unwrap().organisation_id, Some(school.id));
    assert_eq!(store.list_users().await.unwrap(), vec![created.clone()]);
    assert!(store.user(UserId::new()).await.unwrap().is_none());
    assert!(store.user_by_email(&Email::parse("niemand@delinde.nl").unwrap()).await.unwrap().is_none());
}

pub async fn duplicate_email_conflicts(store: Arc<dyn Store>) {
    let store = &*store;
    user(store, "ouder@voorbeeld.nl").await;
    let err = store.create_user(new_user("Ouder@Voorbeeld.nl", Role::Teacher), ctx()).await.unwrap_err();
    assert!(matches!(err, StoreError::Conflict(_)), "{err:?}");
    assert_eq!(store.list_users().await.unwrap().len(), 1);
}

pub async fn unknown_swv_is_refused(store: Arc<dyn Store>) {
    let store = &*store;
    let err = store
        .create_organisation(
            NewOrganisation {
                id: OrganisationId::new(),
                kind: OrganisationKind::School,
                name: OrganisationName::parse("Wees").unwrap(),
                swv_id: Some(OrganisationId::new()),
            },
            ctx(),
        )
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::NotFound(_)), "{err:?}");
    assert!(store.list_organisations().await.unwrap().is_empty());
}

pub async fn login_link_opens_one_session(store: Arc<dyn Store>) {
    let store = &*store;
    let u = user(store, "ouder@voorbeeld.nl").await;
    let now = Utc::now();
    token(store, &u, "tok-1", now).await;
    let got = store.redeem_login_token("tok-1", session(&u, "ses-1", now), now, None).await.unwrap();
    assert_eq!(got.unwrap().id, u.id);
    assert_eq!(store.session_user("ses-1", now).await.unwrap().unwrap().id, u.id);
    let again = store.redeem_login_token("tok-1", session(&u, "ses-2", now), now, None).await.unwrap();
    assert_eq!(again.unwrap_err(), LinkProblem::AlreadyUsed);
    assert!(store.session_user("ses-2", now).await.unwrap().is_none());
    let log = store.audit_by_actor(u.id, 10).await.unwrap();
    assert_eq!(log[0].action, AuditAction::SignedInWithLink);
}

pub async fn expired_link_is_refused(store: Arc<dyn Store>) {
    let store = &*store;
    let u = user(store, "ouder@voorbeeld.nl").await;
    let then = Utc::now() - Duration::minutes(16);
    token(store, &u, "tok-old", then).await;
    let now = Utc::now();
    let got = store.redeem_login_token("tok-old", session(&u, "ses", now), now, None).await.unwrap();
    assert_eq!(got.unwrap_err(), LinkProblem::Expired);
    assert!(store.session_user("ses", now).await.unwrap().is_none());
}

pub async fn unknown_link_is_refused(store: Arc<dyn Store>) {
    let store = &*store;
    let u = user(store, "ouder@voorbeeld.nl").await;
    let now = Utc::now();
    let got = store.redeem_login_token("nope", session(&u, "ses", now), now, None).await.unwrap();
    assert_eq!(got.unwrap_err(), LinkProblem::Unknown);
}

pub async fn racing_redeems_open_one_session(store: Arc<dyn Store>) {
    let u = user(&*store, "ouder@voorbeeld.nl").await;
    let now = Utc::now();
    token(&*store, &u, "tok-race", now).await;
    let tasks: Vec<_> = (0..8)
        .map(|i| {
            let store = store.clone();
            let s = session(&u, &format!("ses-{i}"), now);
            async move { store.redeem_login_token("tok-race", s, now, None).await.unwrap() }
        })
        .collect();
    // Polled together, so on a database with several connections they really race.
    let results = futures_util::future::join_all(tasks).await;
    let ok = results.iter().filter(|r| r.is_ok()).count();
    assert_eq!(ok, 1, "exactly one racing redeem may open a session");
}

pub async fn sessions_expire_and_end(store: Arc<dyn Store>) {
    let store = &*store;
    let u = user(store, "ouder@voorbeeld.nl").await;
    let now = Utc::now();
    let audit = ctx().entry(AuditAction::SignedInAsDemo, "user", Some(u.id.to_string()));
    store.start_session(session(&u, "ses", now), audit).await.unwrap();
    assert!(store.session_user("ses", now + Duration::hours(11)).await.unwrap().is_some());
    assert!(store.session_user("ses", now + Duration::hours(12)).await.unwrap().is_none());
    store.end_session("ses", AuditContext { actor: Some(u.id), ip: None }).await.unwrap();
    assert!(store.session_user("ses", now).await.unwrap().is_none());
    let log = store.audit_by_actor(u.id, 10).await.unwrap();
    assert_eq!(log[0].action, AuditAction::SignedOut);
}

pub async fn credentials_round_trip(store: Arc<dyn Store>) {
    let store = &*store;
    let u = user(store, "ib@voorbeeld.nl").await;
    assert!(store.user_credentials(u.id).await.unwrap().is_none());
    let c = Credentials { password_hash: "$argon2id$x".into(), totp_secret: "JBSWY3DPEHPK3PXP".into() };
    store.set_credentials(u.id, c.clone(), AuditContext { actor: Some(u.id), ip: None }).await.unwrap();
    assert_eq!(store.user_credentials(u.id).await.unwrap(), Some(c));
    assert!(store.user(u.id).await.unwrap().unwrap().has_password);
    let err = store
        .set_credentials(UserId::new(), Credentials { password_hash: "a".into(), totp_secret: "b".into() }, ctx())
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::NotFound(_)), "{err:?}");
}

pub async fn new_credentials_end_every_session(store: Arc<dyn Store>) {
    let store = &*store;
    let u = user(store, "ib@voorbeeld.nl").await;
    let other = user(store, "ander@voorbeeld.nl").await;
    let now = Utc::now();
    for (hash, who) in [("laptop", u.id), ("telefoon", u.id), ("ander", other.id)] {
        let s = NewSession {
            session_hash: hash.into(),
            user_id: who,
            created_at: now,
            expires_at: now + Duration::hours(1),
        };
        store.start_session(s, ctx().entry(AuditAction::SignedInWithLink, "user", None)).await.unwrap();
    }
    let c = Credentials { password_hash: "$argon2id$x".into(), totp_secret: "JBSWY3DPEHPK3PXP".into() };
    store.set_credentials(u.id, c, AuditContext { actor: Some(u.id), ip: None }).await.unwrap();
    assert!(store.session_user("laptop", now).await.unwrap().is_none());
    assert!(store.session_user("telefoon", now).await.unwrap().is_none());
    assert!(store.session_user("ander", now).await.unwrap().is_some(), "other accounts keep their sessions");
}

pub async fn old_audit_entries_lose_their_ip(store: Arc<dyn Store>) {
    let store = &*store;
    let u = user(store, "ouder@voorbeeld.nl").await;
    let now = Utc::now();
    for (days, action) in [(200, AuditAction::SignedInWithLink), (10, AuditAction::SignedOut)] {
        let mut e = AuditContext { actor: Some(u.id), ip: Some("203.0.113.5".into()) }.entry(action, "user", None);
        e.at = now - Duration::days(days);
        store.append_audit(e).await.unwrap();
    }
    assert_eq!(store.forget_audit_ips(now - Duration::days(182)).await.unwrap(), 1);
    let log = store.audit_by_actor(u.id, 10).await.unwrap();
    assert_eq!(log.len(), 2, "the entries stay");
    assert_eq!((log[0].action, log[0].ip.as_deref()), (AuditAction::SignedOut, Some("203.0.113.5")));
    assert_eq!((log[1].action, log[1].ip.as_deref()), (AuditAction::SignedInWithLink, None));
    assert_eq!(log[1].at.timestamp_millis() / 1000, (now - Duration::days(200)).timestamp_millis() / 1000);
    assert_eq!(store.forget_audit_ips(now - Duration::days(182)).await.unwrap(), 0, "once");
}

pub async fn attempts_are_counted_per_key_and_window(store: Arc<dyn Store>) {
    let store = &*store;
    let w1: DateTime<Utc> = "2026-11-24T10:00:00Z".parse().unwrap();
    let w2 = w1 + Duration::minutes(15);
    assert_eq!(store.count_attempt("ip:1", w1).await.unwrap(), 1);
    assert_eq!(store.count_attempt("ip:1", w1).await.unwrap(), 2);
    assert_eq!(store.count_attempt("ip:2", w1).await.unwrap(), 1);
    assert_eq!(store.count_attempt("ip:1", w2).await.unwrap(), 1);
    assert_eq!(store.count_attempt("ip:1", w2).await.unwrap(), 2);
}

pub async fn audit_is_newest_first(store: Arc<dyn Store>) {
    let store = &*store;
    let u = user(store, "ouder@voorbeeld.nl").await;
    let base = Utc::now();
    for (i, action) in
        [AuditAction::SignInRefused, AuditAction::SignedOut, AuditAction::SecuritySet].into_iter().enumerate()
    {
        let mut e = AuditContext { actor: Some(u.id), ip: Some("10.0.0.1".into()) }.entry(
            action,
            "user",
            Some(u.id.to_string()),
        );
        e.at = base + Duration::seconds(i as i64);
        store.append_audit(e).await.unwrap();
    }
    let log = store.audit_by_actor(u.id, 2).await.unwrap();
    assert_eq!(
        log.iter().map(|e| e.action).collect::<Vec<_>>(),
        vec![AuditAction::SecuritySet, AuditAction::SignedOut]
    );
    assert_eq!(log[0].ip.as_deref(), Some("10.0.0.1"));
    assert_eq!(log[0].object_id, Some(u.id.to_string()));
    assert!(store.audit_by_actor(UserId::new(), 10).await.unwrap().is_empty());
}

pub async fn purge_keeps_live_rows(store: Arc<dyn Store>) {
    let store = &*store;
    let u = user(store, "ouder@voorbeeld.nl").await;
    let now = Utc::now();
    token(store, &u, "tok-old", now - Duration::days(2)).await;
    token(store, &u, "tok-late", now - Duration::hours(1)).await;
    token(store, &u, "tok-new", now).await;
    let a = ctx().entry(AuditAction::SignedInAsDemo, "user", None);
    store.start_session(session(&u, "ses-old", now - Duration::hours(13)), a.clone()).await.unwrap();
    store.start_session(session(&u, "ses-new", now), a).await.unwrap();
    store.count_attempt("ip:old", now - Duration::hours(2)).await.unwrap();
    let removed = store.purge_expired(now).await.unwrap();
    assert_eq!(removed, 3);
    assert!(store.session_user("ses-new", now).await.unwrap().is_some());
    let fresh = store.redeem_login_token("tok-new", session(&u, "ses-3", now), now, None).await.unwrap();
    assert!(fresh.is_ok());
    // A link that expired an hour ago is kept, so its owner hears "expired".
    let late = store.redeem_login_token("tok-late", session(&u, "ses-4", now), now, None).await.unwrap();
    assert_eq!(late.unwrap_err(), LinkProblem::Expired);
    assert_eq!(store.purge_expired(now).await.unwrap(), 0);
}

pub async fn demo_users_only(store: Arc<dyn Store>) {
    let store = &*store;
    user(store, "echt@voorbeeld.nl").await;
    let mut demo = new_user("demo@voorbeeld.nl", Role::Teacher);
    demo.is_demo = true;
    store.create_user(demo, ctx()).await.unwrap();
    let demos = store.demo_users().await.unwrap();
    assert_eq!(demos.len(), 1);
    assert_eq!(demos[0].email, "demo@voorbeeld.nl");
}

fn small_content() -> ContentSet {
    use samenspoor_domain::kennisbank::source::ArticleFile;
    let text = |t: &str| LangText { title: t.into(), intro: format!("Over {t}.") };
    let term = |t: &str| TermText { term: t.into(), definition: format!("{t} uitgelegd.") };
    let article = |lang: Lang, id: &str, order: i32, related: &[&str]| ArticleFile {
        lang,
        id: id.into(),
        tile: "gesprek".into(),
        order,
        title: format!("Vraag {id} {}", lang.as_str()),
        summary: "Kort antwoord.".into(),
        related: related.iter().map(|r| r.to_string()).collect(),
        body: format!("Tekst van {id}.\n\nZie [ander](artikel:b)."),
    };
    ContentSet {
        tiles: vec![Tile { id: "gesprek".into(), order: 1, nl: text("Gesprek"), en: text("Talk") }],
        terms: vec![Term { id: "opp".into(), article: Some("a".into()), nl: term("OPP"), en: term("OPP") }],
        articles: vec![
            article(Lang::Nl, "a", 1, &["b"]),
            article(Lang::En, "a", 1, &["b"]),
            article(Lang::Nl, "b", 2, &[]),
            article(Lang::En, "b", 2, &[]),
        ],
    }
}

pub async fn kb_import_once_and_read_back(store: Arc<dyn Store>) {
    let store = &*store;
    assert_eq!(store.kb_content_version().await.unwrap(), 0);
    assert!(store.kb_import(&small_content(), ctx()).await.unwrap());
    assert!(!store.kb_import(&small_content(), ctx()).await.unwrap(), "a second import changes nothing");
    assert_eq!(store.kb_tiles().await.unwrap(), small_content().tiles);
    assert_eq!(store.kb_terms().await.unwrap(), small_content().terms);
    let articles = store.kb_articles().await.unwrap();
    assert_eq!(articles.iter().map(|a| (a.id.as_str(), a.position)).collect::<Vec<_>>(), vec![("a", 1), ("b", 2)]);
    let published = store.kb_published().await.unwrap();
    assert_eq!(published.len(), 4);
    let a_nl = published.iter().find(|v| v.article_id == "a" && v.lang == Lang::Nl).unwrap();
    assert_eq!((a_nl.number, a_nl.status), (1, ArticleStatus::Published));
    assert_eq!(a_nl.related, vec!["b"]);
    assert_eq!(a_nl.title, "Vraag a nl");
    assert!(a_nl.body.contains("artikel:b"));
    assert!(a_nl.published_at.is_some());
    assert_eq!(store.kb_content_version().await.unwrap(), 4);
}

pub async fn kb_editors_flow(store: Arc<dyn Store>) {
    let store = &*store;
    store.kb_import(&small_content(), ctx()).await.unwrap();
    let editor = user(store, "redactie@voorbeeld.nl").await;
    let as_editor = AuditContext { actor: Some(editor.id), ip: None };
    let text =
        samenspoor_domain::kennisbank::ArticleText::parse("Nieuwe titel?", "Nieuw.", "Nieuwe tekst.", "b").unwrap();
    let v2 = store
        .kb_save_version(NewVersion { article_id: "a".into(), lang: Lang::Nl, text: text.clone() }, as_editor.clone())
        .await
        .unwrap();
    assert_eq!((v2.number, v2.status, v2.author), (2, ArticleStatus::Concept, Some(editor.id)));
    let err = store.kb_change_status(v2.id, ArticleStatus::Published, as_editor.clone()).await.unwrap_err();
    assert!(matches!(err, StoreError::Conflict(_)), "a concept cannot be published directly: {err:?}");
    let v2 = store.kb_change_status(v2.id, ArticleStatus::InReview, as_editor.clone()).await.unwrap();
    assert_eq!(v2.status, ArticleStatus::InReview);
    let v2 = store.kb_change_status(v2.id, ArticleStatus::Published, as_editor.clone()).await.unwrap();
    assert_eq!(v2.status, ArticleStatus::Published);
    assert!(v2.published_at.is_some());
    let versions = store.kb_versions("a", Lang::Nl).await.unwrap();
    assert_eq!(
        versions.iter().map(|v| (v.number, v.status)).collect::<Vec<_>>(),
        vec![(2, ArticleStatus::Published), (1, ArticleStatus::Superseded)]
    );
    let published = store.kb_published().await.unwrap();
    assert_eq!(published.iter().filter(|v| v.article_id == "a" && v.lang == Lang::Nl).count(), 1);
    assert!(published.iter().any(|v| v.id == v2.id && v.title == "Nieuwe titel?"));
    assert_eq!(store.kb_content_version().await.unwrap(), 5);
    assert_eq!(store.kb_versions("a", Lang::En).await.unwrap().len(), 1, "the English version is untouched");
    let err = store
        .kb_save_version(NewVersion { article_id: "bestaat-niet".into(), lang: Lang::Nl, text }, as_editor.clone())
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::NotFound(_)), "{err:?}");
    assert!(matches!(
        store.kb_change_status(Uuid::now_v7(), ArticleStatus::InReview, as_editor).await.unwrap_err(),
        StoreError::NotFound(_)
    ));
    let log = store.audit_by_actor(editor.id, 10).await.unwrap();
    assert_eq!(log.iter().filter(|e| e.action == AuditAction::ArticleStatusChanged).count(), 2);
    assert_eq!(log.last().unwrap().action, AuditAction::ArticleVersionSaved);
    assert_eq!(log[0].object_id.as_deref(), Some("a"));
}

pub async fn kb_review_comments(store: Arc<dyn Store>) {
    let store = &*store;
    store.kb_import(&small_content(), ctx()).await.unwrap();
    let reviewer = user(store, "recensent@voorbeeld.nl").await;
    let as_reviewer = AuditContext { actor: Some(reviewer.id), ip: None };
    let version = store.kb_versions("b", Lang::Nl).await.unwrap().remove(0);
    let c = store
        .kb_add_comment(
            NewComment { version_id: version.id, quote: "Tekst van b".into(), body: "Korter?".into() },
            as_reviewer.clone(),
        )
        .await
        .unwrap();
    assert_eq!(c.author_name.as_deref(), Some("Test Persoon"));
    assert!(c.resolved_at.is_none());
    store.kb_resolve_comment(c.id, as_reviewer.clone()).await.unwrap();
    let comments = store.kb_comments(version.id).await.unwrap();
    assert_eq!(comments.len(), 1);
    assert!(comments[0].resolved_at.is_some());
    assert_eq!(comments[0].quote, "Tekst van b");
    let err = store
        .kb_add_comment(
            NewComment { version_id: Uuid::now_v7(), quote: "x".into(), body: "y".into() },
            as_reviewer.clone(),
        )
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::NotFound(_)), "{err:?}");
    assert!(matches!(
        store.kb_resolve_comment(Uuid::now_v7(), as_reviewer).await.unwrap_err(),
        StoreError::NotFound(_)
    ));
}

pub async fn kb_feedback_and_views(store: Arc<dyn Store>) {
    let store = &*store;
    store.kb_import(&small_content(), ctx()).await.unwrap();
    store
        .kb_add_feedback(NewFeedback { article_id: "a".into(), lang: Lang::Nl, helpful: true, comment: None })
        .await
        .unwrap();
    store
        .kb_add_feedback(NewFeedback {
            article_id: "a".into(),
            lang: Lang::En,
            helpful: false,
            comment: Some("Unclear.".into()),
        })
        .await
        .unwrap();
    let fb = store.kb_feedback().await.unwrap();
    assert_eq!(fb.len(), 2);
    assert_eq!((fb[0].helpful, fb[0].comment.as_deref(), fb[0].lang), (false, Some("Unclear."), Lang::En));
    let err = store
        .kb_add_feedback(NewFeedback { article_id: "nee".into(), lang: Lang::Nl, helpful: true, comment: None })
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::NotFound(_)), "{err:?}");
    store.kb_add_views(&[("b".into(), 2)]).await.unwrap();
    store.kb_add_views(&[("b".into(), 1), ("bestaat-niet".into(), 5)]).await.unwrap();
    let views: Vec<_> = store.kb_articles().await.unwrap().into_iter().map(|a| a.views).collect();
    assert_eq!(views, vec![0, 3]);
}

fn help_org(id: &str, level: u8, name: &str) -> HelpOrganisation {
    let t = samenspoor_domain::hulpwijzer::OrganisationText {
        summary: format!("{name} helpt."),
        what: "Wat.".into(),
        when: "Wanneer.".into(),
        when_not: "Niet.".into(),
        cost: "Gratis.".into(),
        bring: "Niets.".into(),
        how: "Bel.".into(),
    };
    HelpOrganisation {
        id: id.into(),
        level,
        kind: "national".into(),
        name: name.into(),
        website: String::new(),
        phone: String::new(),
        email: String::new(),
        direct_contact: true,
        languages: vec!["nl".into()],
        area: "Nederland".into(),
        article: None,
        nl: t.clone(),
        en: t,
    }
}

pub async fn hw_directory_import_and_verify(store: Arc<dyn Store>) {
    let store = &*store;
    assert!(store.hw_directory().await.unwrap().is_empty());
    let entry = |o| DirectoryEntry { organisation: o, verified_on: None };
    let n = store.hw_import(&[entry(help_org("b", 3, "B")), entry(help_org("a", 1, "A"))], ctx()).await.unwrap();
    assert_eq!(n, 2);
    let day: chrono::NaiveDate = "2026-11-24".parse().unwrap();
    store.hw_mark_verified("b", day, ctx()).await.unwrap();
    assert!(matches!(store.hw_mark_verified("nergens", day, ctx()).await.unwrap_err(), StoreError::NotFound(_)));
    store.hw_import(&[entry(help_org("b", 3, "B nieuw")), entry(help_org("c", 5, "C"))], ctx()).await.unwrap();
    let later: chrono::NaiveDate = "2026-12-01".parse().unwrap();
    store
        .hw_import(&[DirectoryEntry { organisation: help_org("c", 5, "C"), verified_on: Some(later) }], ctx())
        .await
        .unwrap();
    let dir = store.hw_directory().await.unwrap();
    let names: Vec<_> = dir.iter().map(|e| e.organisation.name.as_str()).collect();
    assert_eq!(names, vec!["A", "B nieuw", "C"], "escalation order, replaced by id");
    assert_eq!(dir[1].verified_on, Some(day), "the check date survives a re-import");
    assert_eq!(dir[1].organisation, help_org("b", 3, "B nieuw"));
    assert_eq!(dir[0].verified_on, None);
    assert_eq!(dir[2].verified_on, Some(later), "an import may bring a check date");
}

pub async fn hw_rules_are_versioned(store: Arc<dyn Store>) {
    let store = &*store;
    assert!(store.hw_rule_versions().await.unwrap().is_empty());
    let editor = user(store, "redactie@voorbeeld.nl").await;
    let as_editor = AuditContext { actor: Some(editor.id), ip: None };
    let v1 = store.hw_save_rules("[[rule]] # een", as_editor.clone()).await.unwrap();
    let v2 = store.hw_save_rules("[[rule]] # twee", as_editor).await.unwrap();
    assert_eq!((v1.number, v2.number), (1, 2));
    let all = store.hw_rule_versions().await.unwrap();
    assert_eq!(all.iter().map(|v| v.text.as_str()).collect::<Vec<_>>(), vec!["[[rule]] # twee", "[[rule]] # een"]);
    assert_eq!(all[0].author, Some(editor.id));
    assert_eq!(store.audit_by_actor(editor.id, 5).await.unwrap()[0].action, AuditAction::RulesSaved);
}

fn child() -> samenspoor_domain::traject::ChildDetails {
    let today = Utc::now().date_naive();
    samenspoor_domain::traject::ChildDetails::parse("Daan", "de Vries", "2017-03-14", "groep 6", today).unwrap()
}

async fn traject_with_parent(store: &dyn Store) -> (Traject, User) {
    use samenspoor_domain::traject::ParticipantRole;
    let parent = user(store, "ouder@voorbeeld.nl").await;
    let new = NewTraject {
        id: TrajectId::new(),
        child: child(),
        school_id: None,
        creator: parent.id,
        creator_role: ParticipantRole::Parent,
    };
    let t = store.tr_create(new, AuditContext { actor: Some(parent.id), ip: None }).await.unwrap();
    (t, parent)
}

fn as_user(u: &User) -> AuditContext {
    AuditContext { actor: Some(u.id), ip: Some("10.0.0.2".into()) }
}

pub async fn tr_create_and_list(store: Arc<dyn Store>) {
    use samenspoor_domain::traject::{ParticipantRole, Step};
    let store = &*store;
    let (t, parent) = traject_with_parent(store).await;
    assert_eq!((t.step, t.child_first_name.as_str(), t.class_name.as_str()), (Step::Talk, "Daan", "groep 6"));
    assert_eq!(t.child_date_of_birth.to_string(), "2017-03-14");
    assert_eq!(store.tr_get(t.id).await.unwrap(), Some(t.clone()));
    assert!(store.tr_get(TrajectId::new()).await.unwrap().is_none());
    assert_eq!(store.tr_list_for_user(parent.id).await.unwrap(), vec![(t.clone(), ParticipantRole::Parent)]);
    let other = user(store, "ander@voorbeeld.nl").await;
    assert!(store.tr_list_for_user(other.id).await.unwrap().is_empty());
    let ps = store.tr_participants(t.id).await.unwrap();
    assert_eq!(ps.len(), 1);
    assert!(ps[0].active() && ps[0].name.as_deref() == Some("Test Persoon"));
    assert_eq!(store.tr_timeline(t.id).await.unwrap()[0].kind, "created");
    assert_eq!(store.audit_by_actor(parent.id, 1).await.unwrap()[0].action, AuditAction::TrajectCreated);
}

pub async fn tr_invitations(store: Arc<dyn Store>) {
    use samenspoor_domain::traject::ParticipantRole;
    let store = &*store;
    let (t, parent) = traject_with_parent(store).await;
    let invite = |hash: &str, hours: i64| NewInvitation {
        traject_id: t.id,
        email: Email::parse("juf@school.nl").unwrap(),
        role: ParticipantRole::Teacher,
        token_hash: hash.into(),
        expires_at: Utc::now() + Duration::hours(hours),
    };
    let p = store.tr_invite(invite("inv-1", 24), as_user(&parent)).await.unwrap();
    assert!(!p.active() && p.email == "juf@school.nl");
    assert_eq!(store.tr_invitation("inv-1").await.unwrap().map(|p| p.id), Some(p.id));
    let teacher = user(store, "juf@school.nl").await;
    let now = Utc::now();
    let accepted = store.tr_accept("inv-1", teacher.id, now, None).await.unwrap().unwrap();
    assert!(accepted.active() && accepted.user_id == Some(teacher.id));
    assert_eq!(store.tr_accept("inv-1", teacher.id, now, None).await.unwrap().unwrap_err(), LinkProblem::AlreadyUsed);
    assert_eq!(store.tr_accept("nope", teacher.id, now, None).await.unwrap().unwrap_err(), LinkProblem::Unknown);
    store.tr_invite(invite("inv-old", -1), as_user(&parent)).await.unwrap();
    assert_eq!(store.tr_accept("inv-old", teacher.id, now, None).await.unwrap().unwrap_err(), LinkProblem::Expired);
    assert_eq!(store.tr_list_for_user(teacher.id).await.unwrap().len(), 1);
    store.tr_withdraw(t.id, accepted.id, as_user(&parent)).await.unwrap();
    assert!(store.tr_list_for_user(teacher.id).await.unwrap().is_empty(), "withdrawn: no more access");
    assert!(matches!(
        store.tr_withdraw(t.id, accepted.id, as_user(&parent)).await.unwrap_err(),
        StoreError::NotFound(_)
    ));
    let pending = store.tr_invite(invite("inv-3", 24), as_user(&parent)).await.unwrap();
    store.tr_withdraw(t.id, pending.id, as_user(&parent)).await.unwrap();
    assert_eq!(store.tr_accept("inv-3", teacher.id, now, None).await.unwrap().unwrap_err(), LinkProblem::AlreadyUsed);
    let kinds: Vec<String> = store.tr_timeline(t.id).await.unwrap().into_iter().map(|e| e.kind).collect();
    assert_eq!(kinds.iter().filter(|k| *k == "invited").count(), 3);
    assert!(kinds.contains(&"joined".to_owned()) && kinds.contains(&"withdrawn".to_owned()));
}

pub async fn tr_moves_follow_the_route(store: Arc<dyn Store>) {
    use samenspoor_domain::traject::Step::*;
    let store = &*store;
    let (t, parent) = traject_with_parent(store).await;
    let ctx = as_user(&parent);
    store.tr_move(t.id, Talk, InformOrient, "Gesprek gehad.", ctx.clone()).await.unwrap();
    let stale = store.tr_move(t.id, Talk, InformOrient, "nog eens", ctx.clone()).await.unwrap_err();
    assert!(matches!(stale, StoreError::Conflict(_)), "{stale:?}");
    let illegal = store.tr_move(t.id, InformOrient, Evaluate, "te snel", ctx.clone()).await.unwrap_err();
    assert!(matches!(illegal, StoreError::Conflict(_)));
    for (from, to) in
        [(InformOrient, Investigate), (Investigate, Plan), (Plan, Evaluate), (Evaluate, Plan), (Plan, Evaluate)]
    {
        store.tr_move(t.id, from, to, "verder", ctx.clone()).await.unwrap();
    }
    let closed = store.tr_move(t.id, Evaluate, Closed, "Het gaat goed.", ctx.clone()).await.unwrap();
    assert_eq!(closed.step, Closed);
    assert!(closed.closed_at.is_some());
    let last = &store.tr_timeline(t.id).await.unwrap()[0];
    assert_eq!((last.kind.as_str(), last.detail["why"].as_str()), ("step", Some("Het gaat goed.")));
    assert_eq!(last.actor_name.as_deref(), Some("Test Persoon"));
}

pub async fn tr_consent_notes_and_checklist(store: Arc<dyn Store>) {
    use samenspoor_domain::traject::{ConsentKind, NoteVisibility, Step};
    let store = &*store;
    let (t, parent) = traject_with_parent(store).await;
    let c = store
        .tr_give_consent(
            NewConsent {
                traject_id: t.id,
                kind: ConsentKind::InvolveSwv,
                subject: String::new(),
                purpose: "Meedenken".into(),
                valid_until: Some("2027-07-31".parse().unwrap()),
            },
            as_user(&parent),
        )
        .await
        .unwrap();
    assert_eq!((c.given_by, c.given_by_name.as_str()), (parent.id, "Test Persoon"));
    assert!(c.consent.active(Utc::now()));
    store.tr_revoke_consent(t.id, c.id, as_user(&parent)).await.unwrap();
    let all = store.tr_consents(t.id).await.unwrap();
    assert!(all[0].consent.revoked_at.is_some() && !all[0].consent.active(Utc::now()));
    assert_eq!(all[0].consent.valid_until.unwrap().to_string(), "2027-07-31");
    assert!(matches!(
        store.tr_revoke_consent(t.id, c.id, as_user(&parent)).await.unwrap_err(),
        StoreError::NotFound(_)
    ));

    let shared = store
        .tr_add_note(
            NewNote { traject_id: t.id, visibility: NoteVisibility::Shared, body: "Voor iedereen.".into() },
            as_user(&parent),
        )
        .await
        .unwrap();
    let private = store
        .tr_add_note(
            NewNote { traject_id: t.id, visibility: NoteVisibility::Private, body: "Alleen voor mij.".into() },
            as_user(&parent),
        )
        .await
        .unwrap();
    let notes = store.tr_notes(t.id).await.unwrap();
    assert_eq!(notes, vec![private, shared], "a note reads back exactly as it was returned, its time included");
    let kinds: Vec<String> = store.tr_timeline(t.id).await.unwrap().into_iter().map(|e| e.kind).collect();
    assert_eq!(kinds.iter().filter(|k| *k == "note").count(), 1, "a private note stays off the timeline");
    assert!(kinds.contains(&"consent_given".to_owned()) && kinds.contains(&"consent_revoked".to_owned()));

    store.tr_set_tick(t.id, Step::Talk, "talk-concern-shared", true, as_user(&parent)).await.unwrap();
    store.tr_set_tick(t.id, Step::Talk, "talk-concern-shared", true, as_user(&parent)).await.unwrap();
    store.tr_set_tick(t.id, Step::Talk, "talk-child-heard", true, as_user(&parent)).await.unwrap();
    store.tr_set_tick(t.id, Step::Talk, "talk-child-heard", false, as_user(&parent)).await.unwrap();
    let ticks = store.tr_ticks(t.id).await.unwrap();
    assert_eq!(ticks.iter().map(|k| k.item.as_str()).collect::<Vec<_>>(), vec!["talk-concern-shared"]);
    assert_eq!(ticks[0].by_name.as_deref(), Some("Test Persoon"));
}

pub async fn tr_purge_and_access_log(store: Arc<dyn Store>) {
    use samenspoor_domain::traject::Step::*;
    let store = &*store;
    let (t, parent) = traject_with_parent(store).await;
    let new2 = NewTraject {
        id: TrajectId::new(),
        child: child(),
        school_id: None,
        creator: parent.id,
        creator_role: samenspoor_domain::traject::ParticipantRole::Parent,
    };
    let keep = store.tr_create(new2, as_user(&parent)).await.unwrap();
    store
        .append_audit(as_user(&parent).entry(AuditAction::TrajectViewed, "traject", Some(t.id.to_string())))
        .await
        .unwrap();
    let log = store.audit_for_object("traject", &t.id.to_string(), 10).await.unwrap();
    assert_eq!(log[0].action, AuditAction::TrajectViewed);
    assert_eq!(
        (log[0].actor_name.as_deref(), log[0].actor_role.as_deref(), log[0].ip.as_deref()),
        (Some("Test Persoon"), Some("parent"), Some("10.0.0.2"))
    );
    for (from, to) in
        [(Talk, InformOrient), (InformOrient, Investigate), (Investigate, Plan), (Plan, Evaluate), (Evaluate, Closed)]
    {
        store.tr_move(t.id, from, to, "", as_user(&parent)).await.unwrap();
    }
    assert_eq!(store.tr_purge_closed(Utc::now() - Duration::days(1)).await.unwrap(), 0, "closed too recently");
    assert_eq!(store.tr_purge_closed(Utc::now() + Duration::seconds(1)).await.unwrap(), 1);
    assert!(store.tr_get(t.id).await.unwrap().is_none());
    assert!(store.tr_timeline(t.id).await.unwrap().is_empty());
    assert!(store.tr_participants(t.id).await.unwrap().is_empty());
    assert!(store.tr_get(keep.id).await.unwrap().is_some(), "an open file stays");
}
