//! What the audit log records. The log is append-only; each entry says who did what to
//! which object, when and from where. Reads of a child's file are entries too.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AuditAction {
    LoginLinkRequested,
    SignedInWithLink,
    SignedInWithPassword,
    SignedInAsDemo,
    SignInRefused,
    SignedOut,
    SecuritySet,
    UserCreated,
    OrganisationCreated,
    ContentImported,
    ArticleVersionSaved,
    ArticleStatusChanged,
    SynonymsSaved,
    ReviewCommentAdded,
    ReviewCommentResolved,
    DirectoryImported,
    DirectoryEntryVerified,
    RulesSaved,
    TrajectCreated,
    TrajectViewed,
    TrajectListed,
    TrajectSummarised,
    TrajectAccessRefused,
    TrajectActionRefused,
    ParticipantInvited,
    InvitationAccepted,
    InvitationWithdrawn,
    StepChanged,
    CloseProposed,
    CloseDeclined,
    ChecklistChanged,
    ConsentGiven,
    ConsentRevoked,
    NoteAdded,
    TrajectExported,
    TrajectDeleted,
    AuditIpsForgotten,
    DocumentCreated,
    DocumentSaved,
    DocumentRecorded,
    DocumentViewed,
    GesprekPlanned,
    GesprekChanged,
    GesprekViewed,
    GesprekPrepared,
    DateEntered,
    DateRemoved,
    LetterSaved,
}

impl AuditAction {
    pub const ALL: [AuditAction; 48] = [
        Self::LoginLinkRequested,
        Self::SignedInWithLink,
        Self::SignedInWithPassword,
        Self::SignedInAsDemo,
        Self::SignInRefused,
        Self::SignedOut,
        Self::SecuritySet,
        Self::UserCreated,
        Self::OrganisationCreated,
        Self::ContentImported,
        Self::ArticleVersionSaved,
        Self::ArticleStatusChanged,
        Self::SynonymsSaved,
        Self::ReviewCommentAdded,
        Self::ReviewCommentResolved,
        Self::DirectoryImported,
        Self::DirectoryEntryVerified,
        Self::RulesSaved,
        Self::TrajectCreated,
        Self::TrajectViewed,
        Self::TrajectListed,
        Self::TrajectSummarised,
        Self::TrajectAccessRefused,
        Self::TrajectActionRefused,
        Self::ParticipantInvited,
        Self::InvitationAccepted,
        Self::InvitationWithdrawn,
        Self::StepChanged,
        Self::CloseProposed,
        Self::CloseDeclined,
        Self::ChecklistChanged,
        Self::ConsentGiven,
        Self::ConsentRevoked,
        Self::NoteAdded,
        Self::TrajectExported,
        Self::TrajectDeleted,
        Self::AuditIpsForgotten,
        Self::DocumentCreated,
        Self::DocumentSaved,
        Self::DocumentRecorded,
        Self::DocumentViewed,
        Self::GesprekPlanned,
        Self::GesprekChanged,
        Self::GesprekViewed,
        Self::GesprekPrepared,
        Self::DateEntered,
        Self::DateRemoved,
        Self::LetterSaved,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::LoginLinkRequested => "login_link_requested",
            Self::SignedInWithLink => "signed_in_with_link",
            Self::SignedInWithPassword => "signed_in_with_password",
            Self::SignedInAsDemo => "signed_in_as_demo",
            Self::SignInRefused => "sign_in_refused",
            Self::SignedOut => "signed_out",
            Self::SecuritySet => "security_set",
            Self::UserCreated => "user_created",
            Self::OrganisationCreated => "organisation_created",
            Self::ContentImported => "content_imported",
            Self::ArticleVersionSaved => "article_version_saved",
            Self::ArticleStatusChanged => "article_status_changed",
            Self::SynonymsSaved => "synonyms_saved",
            Self::ReviewCommentAdded => "review_comment_added",
            Self::ReviewCommentResolved => "review_comment_resolved",
            Self::DirectoryImported => "directory_imported",
            Self::DirectoryEntryVerified => "directory_entry_verified",
            Self::RulesSaved => "rules_saved",
            Self::TrajectCreated => "traject_created",
            Self::TrajectViewed => "traject_viewed",
            Self::TrajectListed => "traject_listed",
            Self::TrajectSummarised => "traject_summarised",
            Self::TrajectAccessRefused => "traject_access_refused",
            Self::TrajectActionRefused => "traject_action_refused",
            Self::ParticipantInvited => "participant_invited",
            Self::InvitationAccepted => "invitation_accepted",
            Self::InvitationWithdrawn => "invitation_withdrawn",
            Self::StepChanged => "step_changed",
            Self::CloseProposed => "close_proposed",
            Self::CloseDeclined => "close_declined",
            Self::ChecklistChanged => "checklist_changed",
            Self::ConsentGiven => "consent_given",
            Self::ConsentRevoked => "consent_revoked",
            Self::NoteAdded => "note_added",
            Self::TrajectExported => "traject_exported",
            Self::TrajectDeleted => "traject_deleted",
            Self::AuditIpsForgotten => "audit_ips_forgotten",
            Self::DocumentCreated => "document_created",
            Self::DocumentSaved => "document_saved",
            Self::DocumentRecorded => "document_recorded",
            Self::DocumentViewed => "document_viewed",
            Self::GesprekPlanned => "gesprek_planned",
            Self::GesprekChanged => "gesprek_changed",
            Self::GesprekViewed => "gesprek_viewed",
            Self::GesprekPrepared => "gesprek_prepared",
            Self::DateEntered => "date_entered",
            Self::DateRemoved => "date_removed",
            Self::LetterSaved => "letter_saved",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.as_str() == s)
    }

    pub fn label_key(self) -> String {
        format!("audit-{}", self.as_str().replace('_', "-"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actions_round_trip() {
        for a in AuditAction::ALL {
            assert_eq!(AuditAction::parse(a.as_str()), Some(a));
        }
        assert_eq!(AuditAction::parse("deleted_everything"), None);
    }
}
