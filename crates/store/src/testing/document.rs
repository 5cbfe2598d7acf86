//! Documents: versions that are never overwritten, a save on an old base is a conflict,
//! records name an existing version, everything goes when the file is purged.

use super::traject::{as_user, traject_with_parent};
use crate::*;
use chrono::Duration;
use samenspoor_domain::AuditAction;
use samenspoor_domain::document::content::{Author, next_content};
use samenspoor_domain::document::record::parse_agreement;
use samenspoor_domain::document::{Content, DocumentKind, Draft, GoalDraft, RecordBody, SectionKey};
use samenspoor_domain::traject::ParticipantRole;
use samenspoor_domain::{DocumentId, TrajectId};
use std::sync::Arc;

fn draft(text: &str) -> Draft {
    Draft {
        sections: vec![(SectionKey::OutflowLevel, text.into())],
        goals: Some(vec![GoalDraft { goal: "Lezen op niveau".into(), ..Default::default() }]),
        enrolled_on: None,
    }
}

async fn opp(store: &dyn Store) -> (Traject, User, DocumentHead, Content) {
    let (t, parent) = traject_with_parent(store).await;
    let author = Author { id: parent.id, name: parent.name.clone(), role: ParticipantRole::Coordinator };
    let content = next_content(DocumentKind::Opp, &Content::default(), &draft("vmbo-t"), &author, Utc::now()).unwrap();
    let new = NewDocument {
        id: DocumentId::new(),
        traject_id: t.id,
        kind: DocumentKind::Opp,
        title: "OPP 2026-2027".into(),
        content: content.clone(),
    };
    let head = store.doc_create(new, as_user(&parent)).await.unwrap();
    (t, parent, head, content)
}

pub async fn doc_versions_and_conflicts(store: Arc<dyn Store>) {
    let store = &*store;
    let (t, parent, head, v1) = opp(store).await;
    assert_eq!((head.version, head.kind, head.title.as_str()), (1, DocumentKind::Opp, "OPP 2026-2027"));
    assert_eq!(head.saved_by_name, "Test Persoon");
    let author = Author { id: parent.id, name: parent.name.clone(), role: ParticipantRole::Coordinator };
    let v2 = next_content(DocumentKind::Opp, &v1, &draft("havo"), &author, Utc::now()).unwrap();
    assert_eq!(store.doc_save(t.id, head.id, 1, &v2, as_user(&parent)).await.unwrap(), 2);
    // A second save on the same base is refused and changes nothing.
    let v2b = next_content(DocumentKind::Opp, &v1, &draft("vwo"), &author, Utc::now()).unwrap();
    let err = store.doc_save(t.id, head.id, 1, &v2b, as_user(&parent)).await.unwrap_err();
    assert!(matches!(err, StoreError::Conflict(_)), "{err:?}");
    let file = store.doc_get(t.id, head.id).await.unwrap().unwrap();
    assert_eq!(file.versions.iter().map(|v| v.number).collect::<Vec<_>>(), vec![1, 2]);
    assert_eq!(file.versions[0].content, v1, "version 1 is kept as it was");
    assert_eq!(file.current().unwrap().content.text(SectionKey::OutflowLevel), "havo");
    assert_eq!(file.head.version, 2);
    // A document is only found in its own file.
    let child =
        samenspoor_domain::traject::ChildDetails::parse("Sem", "Bos", "2016-01-01", "", Utc::now().date_naive())
            .unwrap();
    let new = NewTraject {
        id: TrajectId::new(),
        child,
        school_id: None,
        creator: parent.id,
        creator_role: ParticipantRole::Parent,
    };
    let other = store.tr_create(new, as_user(&parent)).await.unwrap();
    assert!(store.doc_get(other.id, head.id).await.unwrap().is_none());
    assert!(matches!(
        store.doc_save(other.id, head.id, 2, &v2b, as_user(&parent)).await.unwrap_err(),
        StoreError::NotFound(_)
    ));
    assert_eq!(store.doc_list(t.id).await.unwrap(), vec![file.head.clone()]);
    assert!(store.doc_list(other.id).await.unwrap().is_empty());
    // Every change is on the file's timeline and in its access log.
    let timeline = store.tr_timeline(t.id).await.unwrap();
    assert_eq!(timeline.iter().filter(|e| e.kind == "document").count(), 2);
    let log = store.audit_for_object("traject", &t.id.to_string(), 10).await.unwrap();
    assert_eq!(log[0].action, AuditAction::DocumentSaved);
}

pub async fn doc_records_and_purge(store: Arc<dyn Store>) {
    use samenspoor_domain::traject::Step::*;
    let store = &*store;
    let (t, parent, head, v1) = opp(store).await;
    let agreement = RecordBody::Agreement(parse_agreement("whole", &[], "", &v1).unwrap());
    store.doc_record(t.id, head.id, 1, &agreement, as_user(&parent)).await.unwrap();
    let unknown = store.doc_record(t.id, head.id, 7, &agreement, as_user(&parent)).await.unwrap_err();
    assert!(matches!(unknown, StoreError::NotFound(_)), "{unknown:?}");
    let file = store.doc_get(t.id, head.id).await.unwrap().unwrap();
    assert_eq!(file.records.len(), 1);
    assert_eq!((file.records[0].version, &file.records[0].body), (1, &agreement));
    assert_eq!(file.records[0].by_name, "Test Persoon");
    // Read with the whole file, each document keeps its own versions and records.
    let second = NewDocument {
        id: DocumentId::new(),
        traject_id: t.id,
        kind: DocumentKind::Opp,
        title: "OPP 2027-2028".into(),
        content: v1.clone(),
    };
    let second = store.doc_create(second, as_user(&parent)).await.unwrap();
    let whole = store.tr_file(t.id, FileParts::Whole).await.unwrap().unwrap();
    let shape: Vec<_> = whole.documents.iter().map(|d| (d.head.id, d.versions.len(), d.records.len())).collect();
    assert_eq!(shape, vec![(head.id, 1, 1), (second.id, 1, 0)]);
    assert_eq!(whole.documents[0], file);
    assert_eq!(whole.documents[1], store.doc_get(t.id, second.id).await.unwrap().unwrap());
    for (from, to) in
        [(Talk, InformOrient), (InformOrient, Investigate), (Investigate, Plan), (Plan, Evaluate), (Evaluate, Closed)]
    {
        store.tr_move(t.id, from, to, "", as_user(&parent)).await.unwrap();
    }
    assert_eq!(store.tr_purge_closed(Utc::now() + Duration::seconds(1)).await.unwrap(), 1);
    assert!(store.doc_get(t.id, head.id).await.unwrap().is_none());
    assert!(store.doc_list(t.id).await.unwrap().is_empty());
}
