//! Gesprekken: plans that change and are called off, the agenda, preparation that stays
//! private unless shared, the report with its agreements on the timeline, answers, a
//! follow-up that carries everything over, and purging with the file.

use super::traject::{as_user, traject_with_parent};
use crate::*;
use chrono::Duration;
use samenspoor_domain::gesprek::preparation::{Answer, Question};
use samenspoor_domain::gesprek::{Commitment, CompanionRelation, CompanionRole, GesprekStatus, Plan, Report, Response};
use samenspoor_domain::{GesprekId, TrajectId};
use std::sync::Arc;

async fn planned(store: &dyn Store) -> (Traject, User, Gesprek) {
    let (t, parent) = traject_with_parent(store).await;
    let me = store.tr_participants(t.id).await.unwrap()[0].id;
    let plan = Plan {
        purpose: "Hoe gaat het met lezen?".into(),
        starts_at: Utc::now() + Duration::days(7),
        minutes: 45,
        place: "School".into(),
        link: String::new(),
        leader: me,
        attendees: vec![me],
    };
    let g = store
        .gs_create(NewGesprek { id: GesprekId::new(), traject_id: t.id, plan, follow_up_of: None }, as_user(&parent))
        .await
        .unwrap();
    (t, parent, g)
}

pub async fn gs_plan_agenda_and_private_preparation(store: Arc<dyn Store>) {
    let store = &*store;
    let (t, parent, g) = planned(store).await;
    assert_eq!((g.status, g.sequence, g.plan.minutes), (GesprekStatus::Planned, 0, 45));
    assert_eq!(store.gs_list(t.id).await.unwrap(), vec![g.clone()]);
    assert!(store.gs_get(TrajectId::new(), g.id).await.unwrap().is_none(), "only in its own file");
    let mut plan = g.plan.clone();
    plan.minutes = 60;
    let changed = store.gs_update(t.id, g.id, &plan, as_user(&parent)).await.unwrap();
    assert_eq!((changed.sequence, changed.plan.minutes), (1, 60));
    // The agenda: added in order, taken off, moved.
    store.gs_add_point(t.id, g.id, "Lezen", true, as_user(&parent)).await.unwrap();
    let b = store.gs_add_point(t.id, g.id, "Rust in de klas", false, as_user(&parent)).await.unwrap();
    let c = store.gs_add_point(t.id, g.id, "Huiswerk", false, as_user(&parent)).await.unwrap();
    store.gs_move_point(t.id, g.id, c.id, true, as_user(&parent)).await.unwrap();
    store.gs_remove_point(t.id, g.id, b.id, as_user(&parent)).await.unwrap();
    assert!(matches!(store.gs_remove_point(t.id, g.id, b.id, as_user(&parent)).await, Err(StoreError::NotFound(_))));
    let rec = store.gs_get(t.id, g.id).await.unwrap().unwrap();
    assert_eq!(rec.agenda.iter().map(|p| p.text.as_str()).collect::<Vec<_>>(), vec!["Lezen", "Huiswerk"]);
    assert!(rec.agenda[0].by_parent && rec.agenda[0].added_by_name == "Test Persoon");
    // Preparation: only shared answers come out with the gesprek.
    let answers = [
        Answer { question: Question::Worries, text: "Hij slaapt slecht.".into(), shared: false },
        Answer { question: Question::Expect, text: "Een plan voor lezen.".into(), shared: true },
    ];
    store.gs_save_answers(t.id, g.id, &answers, as_user(&parent)).await.unwrap();
    let again = [Answer { question: Question::Worries, text: "Hij slaapt beter.".into(), shared: false }];
    store.gs_save_answers(t.id, g.id, &again, as_user(&parent)).await.unwrap();
    let mine = store.gs_answers(g.id, parent.id).await.unwrap();
    assert_eq!(mine.len(), 2);
    assert!(mine.iter().any(|a| a.text == "Hij slaapt beter."));
    // A question given twice in one save keeps its last answer.
    let twice = [
        Answer { question: Question::Worries, text: "Eerst.".into(), shared: false },
        Answer { question: Question::Worries, text: "Daarna.".into(), shared: false },
    ];
    store.gs_save_answers(t.id, g.id, &twice, as_user(&parent)).await.unwrap();
    let mine = store.gs_answers(g.id, parent.id).await.unwrap();
    let worries: Vec<&str> = mine.iter().filter(|a| a.question == Question::Worries).map(|a| a.text.as_str()).collect();
    assert_eq!(worries, ["Daarna."]);
    // Saving what is saved already writes nothing, so the file's kept copy stays good; a
    // changed choice to share an answer is a change.
    let whole = || async { store.tr_file(t.id, FileParts::Whole).await.unwrap().unwrap() };
    let kept = whole().await;
    let private = [Answer { question: Question::Worries, text: "Daarna.".into(), shared: false }];
    store.gs_save_answers(t.id, g.id, &private, as_user(&parent)).await.unwrap();
    assert!(Arc::ptr_eq(&kept, &whole().await), "an answer saved again unchanged is no change");
    let shared = [Answer { question: Question::Worries, text: "Daarna.".into(), shared: true }];
    store.gs_save_answers(t.id, g.id, &shared, as_user(&parent)).await.unwrap();
    assert!(!Arc::ptr_eq(&kept, &whole().await), "sharing an answer is a change");
    assert_eq!(store.gs_get(t.id, g.id).await.unwrap().unwrap().shared.len(), 2);
    store.gs_save_answers(t.id, g.id, &private, as_user(&parent)).await.unwrap();
    let rec = store.gs_get(t.id, g.id).await.unwrap().unwrap();
    assert_eq!(rec.shared.len(), 1);
    assert_eq!(rec.shared[0].answer.text, "Een plan voor lezen.");
    // With its file, at one revision: what the two reads give, and nothing of another file.
    let (with, file) = store.gs_get_with_file(t.id, g.id, FileParts::Whole).await.unwrap().unwrap();
    assert_eq!(with, rec);
    assert_eq!(*file, *store.tr_file(t.id, FileParts::Whole).await.unwrap().unwrap());
    assert!(store.gs_get_with_file(TrajectId::new(), g.id, FileParts::Whole).await.unwrap().is_none());
    assert!(store.gs_get_with_file(t.id, GesprekId::new(), FileParts::Access).await.unwrap().is_none());
    store.gs_add_point(t.id, g.id, "Vriendjes", true, as_user(&parent)).await.unwrap();
    let (with, file) = store.gs_get_with_file(t.id, g.id, FileParts::Whole).await.unwrap().unwrap();
    assert_eq!(with.agenda.last().map(|p| p.text.as_str()), Some("Vriendjes"), "a change shows at once");
    assert_eq!(*file, *store.tr_file(t.id, FileParts::Whole).await.unwrap().unwrap());
    // A companion.
    let companion = samenspoor_domain::gesprek::Companion {
        name: "Els Visser".into(),
        email: "els@voorbeeld.nl".into(),
        relation: CompanionRelation::Friend,
        role: CompanionRole::TakeNotes,
        why: "Ze schrijft mee.".into(),
    };
    store.gs_add_companion(t.id, g.id, &companion, as_user(&parent)).await.unwrap();
    let theirs = store.gs_for_companion("ELS@voorbeeld.nl").await.unwrap();
    assert_eq!((theirs.len(), theirs[0].0.id), (1, g.id));
    assert!(store.gs_for_companion("ander@voorbeeld.nl").await.unwrap().is_empty());
    // Called off: no more changes.
    let off = store.gs_cancel(t.id, g.id, as_user(&parent)).await.unwrap();
    assert_eq!((off.status, off.sequence), (GesprekStatus::Cancelled, 2));
    assert!(matches!(store.gs_update(t.id, g.id, &plan, as_user(&parent)).await, Err(StoreError::Conflict(_))));
    assert!(matches!(store.gs_add_point(t.id, g.id, "x", true, as_user(&parent)).await, Err(StoreError::Conflict(_))));
    assert!(matches!(store.gs_cancel(t.id, g.id, as_user(&parent)).await, Err(StoreError::Conflict(_))));
}

pub async fn gs_report_answers_follow_up_and_purge(store: Arc<dyn Store>) {
    use samenspoor_domain::traject::Step::*;
    let store = &*store;
    let (t, parent, g) = planned(store).await;
    store.gs_add_point(t.id, g.id, "Lezen", true, as_user(&parent)).await.unwrap();
    let prep = [Answer { question: Question::AtEase, text: "Even pauze kunnen nemen.".into(), shared: false }];
    store.gs_save_answers(t.id, g.id, &prep, as_user(&parent)).await.unwrap();
    assert!(matches!(
        store.gs_respond(t.id, g.id, &Response::Confirm, as_user(&parent)).await,
        Err(StoreError::Conflict(_))
    ));
    let due = Utc::now().date_naive() + Duration::days(14);
    let report = Report {
        summary: "We spraken over lezen.".into(),
        commitments: vec![Commitment { who: "Juf Mark".into(), what: "Leesplan maken".into(), due }],
    };
    store.gs_report(t.id, g.id, &report, as_user(&parent)).await.unwrap();
    let timeline = store.tr_timeline(t.id).await.unwrap();
    let task = timeline.iter().find(|e| e.kind == "commitment").unwrap();
    assert_eq!(task.detail["due"], serde_json::json!(due));
    store
        .gs_respond(t.id, g.id, &Response::Comment { text: "Graag ook rekenen.".into() }, as_user(&parent))
        .await
        .unwrap();
    let rec = store.gs_get(t.id, g.id).await.unwrap().unwrap();
    assert_eq!(rec.gesprek.status, GesprekStatus::Held);
    assert_eq!(rec.gesprek.report, Some(report));
    assert_eq!(rec.responses.len(), 1);
    // Stopped early: a follow-up carries the agenda and the preparation over.
    let follow = NewGesprek { id: GesprekId::new(), traject_id: t.id, plan: g.plan.clone(), follow_up_of: Some(g.id) };
    let next = store.gs_create(follow, as_user(&parent)).await.unwrap();
    assert_eq!(next.follow_up_of, Some(g.id));
    assert_eq!(store.gs_get(t.id, g.id).await.unwrap().unwrap().gesprek.status, GesprekStatus::Paused);
    assert_eq!(store.gs_get(t.id, next.id).await.unwrap().unwrap().agenda[0].text, "Lezen");
    assert_eq!(store.gs_answers(next.id, parent.id).await.unwrap()[0].text, "Even pauze kunnen nemen.");
    for (from, to) in
        [(Talk, InformOrient), (InformOrient, Investigate), (Investigate, Plan), (Plan, Evaluate), (Evaluate, Closed)]
    {
        store.tr_move(t.id, from, to, "", as_user(&parent)).await.unwrap();
    }
    assert_eq!(store.tr_purge_closed(Utc::now() + Duration::seconds(1)).await.unwrap(), 1);
    assert!(store.gs_list(t.id).await.unwrap().is_empty());
    assert!(store.gs_answers(g.id, parent.id).await.unwrap().is_empty());
}
