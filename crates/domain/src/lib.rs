//! The domain core of Samenspoor: typed inputs that can only hold valid values, the roles
//! people have, the rules for signing in, and the audit vocabulary. Pure Rust, no I/O: the
//! store persists what this crate decides, the web layer translates it.

pub mod audit;
pub mod auth;
pub mod deadlines;
pub mod document;
pub mod email;
pub mod gesprek;
pub mod hulpwijzer;
pub mod ids;
pub mod kennisbank;
pub mod lang;
pub mod organisation;
pub mod person_name;
pub mod role;
pub mod time;
pub mod traject;

pub use audit::AuditAction;
pub use email::Email;
pub use ids::{
    AgendaPointId, ConsentId, DocumentId, GesprekId, NoteId, OrganisationId, ParticipantId, TrajectId, UserId,
};
pub use lang::Lang;
pub use organisation::{OrganisationKind, OrganisationName};
pub use person_name::PersonName;
pub use role::{Capability, Role};

/// Why an input was refused. The key names a message in the user's language
/// (`crates/web/i18n/<lang>/<area>.ftl`), so the domain never holds user-facing text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{key}")]
pub struct InvalidInput {
    pub key: &'static str,
}

impl InvalidInput {
    pub const fn new(key: &'static str) -> Self {
        Self { key }
    }
}
