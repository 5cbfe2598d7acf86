//! Documents in the shared file: the groeidocument, the OPP, the handelingsplan and the
//! arrangement. Every save is a new version and nothing is overwritten; records beside the
//! versions (the talk with the parents, their agreement, the pupil's view, evaluations)
//! say where a document stands. This module decides who writes which part, what a save
//! changes, whether an OPP may be set, and what changed between two versions.

pub mod content;
pub mod diff;
pub mod record;
pub mod status;

pub use content::{Content, DocumentKind, Draft, Goal, GoalDraft, SectionKey, Written};
pub use record::{Agreement, AgreementChoice, Consultation, Evaluation, HeardHow, PupilView, RecordBody};
pub use status::{AgreementState, OppStatus};

use crate::DocumentId;
use crate::traject::{Consent, ConsentKind, ParticipantRole};
use chrono::{DateTime, Utc};

/// Who may read a document: everyone of the family and the school; someone from outside
/// the school only while the parents' consent to share this very document is active.
pub fn may_read(role: ParticipantRole, document: DocumentId, consents: &[Consent], now: DateTime<Utc>) -> bool {
    !role.needs_consent() || shared(document, consents, now)
}

/// Whether an active `share_document` consent names this document.
pub fn shared(document: DocumentId, consents: &[Consent], now: DateTime<Utc>) -> bool {
    let id = document.to_string();
    consents.iter().any(|c| c.kind == ConsentKind::ShareDocument && c.active(now) && c.subject == id)
}

/// Who may start a document of this kind: the school writes plans and the arrangement;
/// a groeidocument may be started by the parents too, so their part has a place.
pub fn may_start(role: ParticipantRole, kind: DocumentKind) -> bool {
    use ParticipantRole::*;
    match kind {
        DocumentKind::Groeidocument => matches!(role, Parent | Teacher | Coordinator | Director),
        DocumentKind::Opp | DocumentKind::Handelingsplan | DocumentKind::Arrangement => {
            matches!(role, Teacher | Coordinator | Director)
        }
    }
}

/// The school's staff in a file (who write the school's parts and ask the parents).
pub fn is_school(role: ParticipantRole) -> bool {
    matches!(role, ParticipantRole::Teacher | ParticipantRole::Coordinator | ParticipantRole::Director)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Duration;

    fn consent(kind: ConsentKind, subject: &str, revoked: bool) -> Consent {
        let now = Utc::now();
        Consent {
            kind,
            subject: subject.into(),
            purpose: "advies".into(),
            given_at: now - Duration::days(2),
            valid_until: None,
            revoked_at: revoked.then(|| now - Duration::days(1)),
        }
    }

    #[test]
    fn outside_people_read_a_document_only_under_a_consent_that_names_it() {
        let doc = DocumentId::new();
        let other = DocumentId::new();
        let now = Utc::now();
        let named = [consent(ConsentKind::ShareDocument, &doc.to_string(), false)];
        let revoked = [consent(ConsentKind::ShareDocument, &doc.to_string(), true)];
        let wrong = [consent(ConsentKind::ShareDocument, &other.to_string(), false)];
        let involve = [consent(ConsentKind::InvolveSwv, "", false)];
        for role in
            [ParticipantRole::SwvConsultant, ParticipantRole::EducationConsultant, ParticipantRole::OutsideExpert]
        {
            assert!(may_read(role, doc, &named, now));
            assert!(!may_read(role, doc, &revoked, now));
            assert!(!may_read(role, doc, &wrong, now));
            assert!(!may_read(role, doc, &involve, now));
        }
        for role in [ParticipantRole::Parent, ParticipantRole::Teacher, ParticipantRole::Coordinator] {
            assert!(may_read(role, doc, &[], now));
        }
    }

    #[test]
    fn who_starts_which_document() {
        assert!(may_start(ParticipantRole::Parent, DocumentKind::Groeidocument));
        assert!(!may_start(ParticipantRole::Parent, DocumentKind::Opp));
        assert!(may_start(ParticipantRole::Coordinator, DocumentKind::Opp));
        assert!(!may_start(ParticipantRole::SwvConsultant, DocumentKind::Groeidocument));
    }
}
