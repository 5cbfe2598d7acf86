//! The hulpwijzer: the directory of help and the versions of its rules.

use super::{ctx, user};
use crate::*;
use samenspoor_domain::AuditAction;
use std::sync::Arc;

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
        assured_date: None,
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
