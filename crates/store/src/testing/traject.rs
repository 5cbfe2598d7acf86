//! The shared file: creating and listing, invitations, steps, consent, notes, the
//! checklist, the access log and purging.

use super::user;
use crate::*;
use chrono::Duration;
use samenspoor_domain::auth::LinkProblem;
use samenspoor_domain::{AuditAction, TrajectId};
use std::sync::Arc;

fn child() -> samenspoor_domain::traject::ChildDetails {
    let today = Utc::now().date_naive();
    samenspoor_domain::traject::ChildDetails::parse("Daan", "de Vries", "2017-03-14", "groep 6", today).unwrap()
}

pub(super) async fn traject_with_parent(store: &dyn Store) -> (Traject, User) {
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

pub(super) fn as_user(u: &User) -> AuditContext {
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

pub async fn tr_close_early_is_proposed_and_declined(store: Arc<dyn Store>) {
    use samenspoor_domain::traject::Step::*;
    let store = &*store;
    let (t, parent) = traject_with_parent(store).await;
    let ctx = as_user(&parent);
    let whole = || async { store.tr_file(t.id, FileParts::Whole).await.unwrap().unwrap() };
    assert_eq!(whole().await.close_proposal(), None);
    let nothing = store.tr_close_proposal(t.id, Talk, None, ctx.clone()).await.unwrap_err();
    assert!(matches!(nothing, StoreError::Conflict(_)), "nothing to decline: {nothing:?}");
    let stale = store.tr_close_proposal(t.id, Plan, Some("opgelost"), ctx.clone()).await.unwrap_err();
    assert!(matches!(stale, StoreError::Conflict(_)), "not at that step: {stale:?}");

    store.tr_close_proposal(t.id, Talk, Some("Het gaat weer goed."), ctx.clone()).await.unwrap();
    let open = whole().await.close_proposal().expect("an open proposal");
    assert_eq!((open.why.as_str(), open.by_name.as_deref()), ("Het gaat weer goed.", Some("Test Persoon")));
    store.tr_close_proposal(t.id, Talk, None, ctx.clone()).await.unwrap();
    assert_eq!(whole().await.close_proposal(), None, "declined");
    let again = store.tr_close_proposal(t.id, Talk, None, ctx.clone()).await.unwrap_err();
    assert!(matches!(again, StoreError::Conflict(_)), "declined once: {again:?}");

    store.tr_close_proposal(t.id, Talk, Some("Toch opgelost."), ctx.clone()).await.unwrap();
    let closed = store.tr_move(t.id, Talk, Closed, "Toch opgelost.", ctx.clone()).await.unwrap();
    assert!(closed.closed_at.is_some());
    assert_eq!(whole().await.close_proposal(), None, "closing ends the proposal");
    let kinds: Vec<_> = store.tr_timeline(t.id).await.unwrap().into_iter().map(|e| e.kind).collect();
    assert_eq!(kinds[..4], ["step", "close_proposed", "close_declined", "close_proposed"]);
    let late = store.tr_close_proposal(t.id, Closed, Some("x"), ctx).await.unwrap_err();
    assert!(matches!(late, StoreError::Conflict(_)));
}

pub async fn tr_retime_dates_a_demo_history_back(store: Arc<dyn Store>) {
    use samenspoor_domain::traject::NoteVisibility;
    let store = &*store;
    // Marks clear of the writes on both sides: SQLite keeps milliseconds.
    let pause = || std::thread::sleep(std::time::Duration::from_millis(3));
    let start = Utc::now();
    pause();
    let (t, parent) = traject_with_parent(store).await;
    pause();
    let middle = Utc::now();
    pause();
    let note = NewNote { traject_id: t.id, visibility: NoteVisibility::Shared, body: "Eerste notitie.".into() };
    store.tr_add_note(note, as_user(&parent)).await.unwrap();
    pause();
    let end = Utc::now();
    pause();
    let later = NewNote { traject_id: t.id, visibility: NoteVisibility::Shared, body: "Na het einde.".into() };
    store.tr_add_note(later, as_user(&parent)).await.unwrap();
    let (months_ago, weeks_ago) = (start - Duration::days(90), start - Duration::days(14));
    store.tr_retime(t.id, &[(start, months_ago), (middle, weeks_ago)], end).await.unwrap();
    let file = store.tr_file(t.id, FileParts::Whole).await.unwrap().unwrap();
    let near = |a: DateTime<Utc>, b: DateTime<Utc>| (a - b).num_milliseconds().abs() < 2;
    assert!(near(file.traject.created_at, months_ago), "{}", file.traject.created_at);
    assert!(file.participants.iter().all(|p| near(p.invited_at, months_ago)));
    let first = file.notes.iter().find(|n| n.body == "Eerste notitie.").unwrap();
    assert!(near(first.created_at, weeks_ago));
    let after = file.notes.iter().find(|n| n.body == "Na het einde.").unwrap();
    assert!(after.created_at >= end, "what came after `end` stays");
    let kinds: Vec<_> =
        file.timeline.iter().map(|e| (e.kind.as_str(), near(e.at, weeks_ago), near(e.at, months_ago))).collect();
    assert_eq!(kinds.last().map(|k| (k.0, k.2)), Some(("created", true)), "{kinds:?}");
    assert_eq!(kinds.iter().filter(|k| k.1).count(), 1, "one note in the second stretch: {kinds:?}");
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

pub async fn dl_dates_are_kept_taken_off_and_purged(store: Arc<dyn Store>) {
    use samenspoor_domain::deadlines::{DateKind, KnownDate};
    use samenspoor_domain::traject::Step::*;
    let store = &*store;
    let (t, parent) = traject_with_parent(store).await;
    let day = |s: &str| s.parse::<chrono::NaiveDate>().unwrap();
    let reg = KnownDate { kind: DateKind::Registration, day: day("2026-09-01") };
    let added = store.dl_add_date(t.id, reg, as_user(&parent)).await.unwrap();
    assert_eq!((added.date, added.by_name.as_str()), (reg, "Test Persoon"));
    let home = KnownDate { kind: DateKind::FirstDayAtHome, day: day("2026-08-20") };
    store.dl_add_date(t.id, home, as_user(&parent)).await.unwrap();
    let dates = store.dl_dates(t.id).await.unwrap();
    assert_eq!(
        dates.iter().map(|d| d.date.kind).collect::<Vec<_>>(),
        vec![DateKind::FirstDayAtHome, DateKind::Registration]
    );
    assert!(matches!(
        store.dl_remove_date(TrajectId::new(), added.id, as_user(&parent)).await,
        Err(StoreError::NotFound(_))
    ));
    store.dl_remove_date(t.id, added.id, as_user(&parent)).await.unwrap();
    assert!(matches!(store.dl_remove_date(t.id, added.id, as_user(&parent)).await, Err(StoreError::NotFound(_))));
    assert_eq!(store.dl_dates(t.id).await.unwrap().len(), 1);
    assert!(store.tr_timeline(t.id).await.unwrap().iter().any(|e| e.kind == "date"));
    for (from, to) in
        [(Talk, InformOrient), (InformOrient, Investigate), (Investigate, Plan), (Plan, Evaluate), (Evaluate, Closed)]
    {
        store.tr_move(t.id, from, to, "", as_user(&parent)).await.unwrap();
    }
    assert_eq!(store.tr_purge_closed(Utc::now() + Duration::seconds(1)).await.unwrap(), 1);
    assert!(store.dl_dates(t.id).await.unwrap().is_empty());
}

pub async fn nt_notifications_are_made_once_claimed_once_and_acknowledged(store: Arc<dyn Store>) {
    use samenspoor_domain::deadlines::notify::Delivery;
    let store = &*store;
    let (t, parent) = traject_with_parent(store).await;
    let now = Utc::now();
    let day = |s: &str| s.parse::<chrono::NaiveDate>().unwrap();
    let new = |state: &str| NewNotification {
        user: parent.id,
        traject: t.id,
        kind: "opp_due".into(),
        state: state.into(),
        due: day("2026-12-10"),
        from: day("2026-10-29"),
        what: String::new(),
        send_at: now,
    };
    assert!(store.nt_notify(new("soon")).await.unwrap());
    assert!(!store.nt_notify(new("soon")).await.unwrap(), "made once");
    let claimed = store.nt_claim(now, now + Duration::days(1), 10).await.unwrap();
    assert_eq!(claimed.len(), 1);
    assert_eq!(
        (claimed[0].sent_count, claimed[0].child_first_name.as_str(), claimed[0].email.as_str()),
        (1, "Daan", "ouder@voorbeeld.nl")
    );
    assert!(store.nt_claim(now, now + Duration::days(1), 10).await.unwrap().is_empty(), "claimed once");
    // A failed e-mail is not counted and is tried again later.
    store.nt_failed(claimed[0].id, now + Duration::minutes(5)).await.unwrap();
    assert!(store.nt_claim(now + Duration::minutes(4), now + Duration::days(1), 10).await.unwrap().is_empty());
    let again = store.nt_claim(now + Duration::minutes(5), now + Duration::days(1), 10).await.unwrap();
    assert_eq!((again[0].sent_count, again[0].failures), (1, 1));
    store.nt_schedule(again[0].id, Some(now + Duration::days(2))).await.unwrap();
    assert!(store.nt_claim(now + Duration::days(1), now + Duration::days(3), 10).await.unwrap().is_empty());
    // The deadline passes: the overdue notice takes over, the soon one sends no more.
    assert!(store.nt_notify(new("overdue")).await.unwrap());
    let late = store.nt_claim(now + Duration::days(3), now + Duration::days(4), 10).await.unwrap();
    assert_eq!(late.iter().map(|n| n.state.as_str()).collect::<Vec<_>>(), vec!["overdue"]);
    let inbox = store.nt_inbox(parent.id).await.unwrap();
    assert_eq!(inbox.len(), 2);
    assert!(matches!(
        store.nt_acknowledge(samenspoor_domain::UserId::new(), inbox[0].id, now).await,
        Err(StoreError::NotFound(_))
    ));
    store.nt_acknowledge(parent.id, inbox[0].id, now).await.unwrap();
    assert!(store.nt_inbox(parent.id).await.unwrap().iter().any(|n| n.acknowledged_at.is_some()));
    assert_eq!(store.nt_delivery(parent.id).await.unwrap(), Delivery::AtOnce);
    store.nt_set_delivery(parent.id, Delivery::Daily).await.unwrap();
    store.nt_set_delivery(parent.id, Delivery::Daily).await.unwrap();
    assert_eq!(store.nt_delivery(parent.id).await.unwrap(), Delivery::Daily);
    assert_eq!(store.dl_open_files().await.unwrap(), vec![t.id]);
}

pub async fn lt_letters_are_saved_and_go_back_to_the_shipped_text(store: Arc<dyn Store>) {
    let store = &*store;
    let (_, editor) = traject_with_parent(store).await;
    assert!(store.lt_get("zorgplicht", "nl").await.unwrap().is_none());
    store.lt_save("zorgplicht", "nl", Some("Aan { $school }"), as_user(&editor)).await.unwrap();
    store.lt_save("zorgplicht", "nl", Some("Beste { $school }"), as_user(&editor)).await.unwrap();
    let (body, by, _) = store.lt_get("zorgplicht", "nl").await.unwrap().unwrap();
    assert_eq!((body.as_str(), by.as_str()), ("Beste { $school }", "Test Persoon"));
    assert!(store.lt_get("zorgplicht", "en").await.unwrap().is_none(), "per language");
    store.lt_save("zorgplicht", "nl", None, as_user(&editor)).await.unwrap();
    assert!(store.lt_get("zorgplicht", "nl").await.unwrap().is_none());
    assert_eq!(store.audit_by_actor(editor.id, 1).await.unwrap()[0].action, AuditAction::LetterSaved);
}

/// "Who looked", grouped by the store: another person's run of the same action is one
/// line even when the reader's own reads fall between; lines page; the reader's own reads
/// are counted apart.
pub async fn tr_access_lines_group_runs_and_page(store: Arc<dyn Store>) {
    use AuditAction::{TrajectListed, TrajectViewed};
    let store = &*store;
    let (t, parent) = traject_with_parent(store).await;
    let other = user(store, "ander@voorbeeld.nl").await;
    let before = store.audit_lines("traject", &t.id.to_string(), parent.id, 0, 10).await.unwrap();
    let (o, p, system) = (as_user(&other), as_user(&parent), AuditContext::system());
    for (who, action) in [
        (&o, TrajectViewed),
        (&o, TrajectViewed),
        (&p, TrajectViewed),
        (&o, TrajectViewed),
        (&o, TrajectListed),
        (&system, TrajectViewed),
        (&system, TrajectViewed),
        (&p, TrajectViewed),
    ] {
        store.append_audit(who.entry(action, "traject", Some(t.id.to_string()))).await.unwrap();
        // Apart in time, so that "newest first" is one order on both databases.
        std::thread::sleep(std::time::Duration::from_millis(3));
    }
    let id = t.id.to_string();
    let lines = store.audit_lines("traject", &id, parent.id, 0, 10).await.unwrap();
    let new: Vec<_> = lines.others[..lines.others.len() - before.others.len()]
        .iter()
        .map(|l| (l.entry.actor, l.entry.action, l.count, l.entry.actor_name.clone()))
        .collect();
    assert_eq!(
        new,
        vec![
            (None, TrajectViewed, 2, None),
            (Some(other.id), TrajectListed, 1, Some("Test Persoon".into())),
            (Some(other.id), TrajectViewed, 3, Some("Test Persoon".into())),
        ]
    );
    let viewed = &lines.others[2];
    assert!(viewed.since < viewed.entry.at, "since the first of the run, shown at the last");
    assert_eq!(lines.mine, before.mine + 2);
    assert!(lines.my_last.is_some_and(|last| last > lines.others[0].entry.at), "her last read came last");
    let second = store.audit_lines("traject", &id, parent.id, 1, 1).await.unwrap();
    assert_eq!(second.others.len(), 1);
    assert_eq!(second.others[0].entry.action, TrajectListed);
    // Read by the other person, her reads split the system's from the first one.
    let theirs = store.audit_lines("traject", &id, other.id, 0, 3).await.unwrap();
    let actions: Vec<_> = theirs.others.iter().map(|l| (l.entry.actor, l.count)).collect();
    assert_eq!(actions, vec![(Some(parent.id), 1), (None, 2), (Some(parent.id), 1)]);
    assert_eq!(theirs.mine, 4);
}
