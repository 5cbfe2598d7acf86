//! Organisations, accounts, sign-in links, sessions, credentials, rate-limit attempts and
//! the audit log.

use super::{ctx, new_user, user};
use crate::*;
use chrono::Duration;
use samenspoor_domain::auth::LinkProblem;
use samenspoor_domain::{AuditAction, OrganisationKind, OrganisationName, Role};
use std::sync::Arc;

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

/// Audited reads that arrive together are committed together; each must still be kept, once.
pub async fn audit_rows_arriving_together_are_all_kept(store: Arc<dyn Store>) {
    let u = user(&*store, "ouder@voorbeeld.nl").await;
    let ctx = AuditContext { actor: Some(u.id), ip: Some("10.0.0.1".into()) };
    let writes = (0..150).map(|i| {
        let entry = ctx.entry(AuditAction::TrajectViewed, "traject", Some(format!("file-{i}")));
        let store = store.clone();
        async move { store.append_audit(entry).await }
    });
    for written in futures_util::future::join_all(writes).await {
        written.unwrap();
    }
    let mut objects: Vec<_> =
        store.audit_by_actor(u.id, 1_000).await.unwrap().into_iter().filter_map(|e| e.object_id).collect();
    objects.sort();
    let mut expected: Vec<_> = (0..150).map(|i| format!("file-{i}")).collect();
    expected.sort();
    assert_eq!(objects, expected);
}

pub async fn audit_last_finds_the_newest_of_one_action_on_one_object(store: Arc<dyn Store>) {
    let store = &*store;
    let u = user(store, "ouder@voorbeeld.nl").await;
    let other = user(store, "ander@voorbeeld.nl").await;
    let base = Utc::now() - Duration::hours(1);
    let rows = [
        (u.id, AuditAction::TrajectViewed, "t-1", 0),
        (u.id, AuditAction::TrajectViewed, "t-1", 10),
        (u.id, AuditAction::TrajectSummarised, "t-1", 20),
        (u.id, AuditAction::TrajectViewed, "t-2", 30),
        (other.id, AuditAction::TrajectViewed, "t-1", 40),
        // Two visits to t-4 with a summary between them: the newest visit counts.
        (u.id, AuditAction::TrajectViewed, "t-4", 0),
        (u.id, AuditAction::TrajectSummarised, "t-4", 5),
        (u.id, AuditAction::TrajectViewed, "t-4", 7),
        (u.id, AuditAction::TrajectSummarised, "t-4", 9),
    ];
    for (actor, action, object, minutes) in rows {
        let mut e = AuditContext { actor: Some(actor), ip: None }.entry(action, "traject", Some(object.into()));
        e.at = base + Duration::minutes(minutes);
        store.append_audit(e).await.unwrap();
    }
    let last = |actor, action, object| store.audit_last(actor, action, "traject", object);
    let seen = last(u.id, AuditAction::TrajectViewed, "t-1").await.unwrap().unwrap();
    assert_eq!(seen.timestamp_millis(), (base + Duration::minutes(10)).timestamp_millis());
    let again = last(u.id, AuditAction::TrajectViewed, "t-4").await.unwrap().unwrap();
    assert_eq!(again.timestamp_millis(), (base + Duration::minutes(7)).timestamp_millis());
    assert!(last(u.id, AuditAction::TrajectExported, "t-1").await.unwrap().is_none());
    assert!(last(u.id, AuditAction::TrajectViewed, "t-3").await.unwrap().is_none());
    assert!(store.audit_last(u.id, AuditAction::TrajectViewed, "user", "t-1").await.unwrap().is_none());
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
