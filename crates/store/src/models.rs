//! The records the store reads and writes. `NewX` goes in, `X` comes out.

use chrono::{DateTime, Utc};
use samenspoor_domain::{
    AuditAction, Email, OrganisationId, OrganisationKind, OrganisationName, PersonName, Role, UserId,
};
use serde::Serialize;

#[derive(Debug, Clone)]
pub struct NewOrganisation {
    pub id: OrganisationId,
    pub kind: OrganisationKind,
    pub name: OrganisationName,
    /// The samenwerkingsverband a school belongs to.
    pub swv_id: Option<OrganisationId>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Organisation {
    pub id: OrganisationId,
    pub kind: OrganisationKind,
    pub name: String,
    pub swv_id: Option<OrganisationId>,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone)]
pub struct NewUser {
    pub id: UserId,
    pub email: Email,
    pub name: PersonName,
    pub role: Role,
    pub organisation_id: Option<OrganisationId>,
    /// Demo accounts can be signed into with one click, and only in demo mode.
    pub is_demo: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct User {
    pub id: UserId,
    pub email: String,
    pub name: String,
    pub role: Role,
    pub organisation_id: Option<OrganisationId>,
    pub is_demo: bool,
    /// Whether a password with TOTP is set, so the sign-in page can offer it.
    pub has_password: bool,
    pub created_at: DateTime<Utc>,
}

/// A professional's second way in: an argon2id hash (PHC string) and a TOTP secret (base32).
#[derive(Debug, Clone, PartialEq)]
pub struct Credentials {
    pub password_hash: String,
    pub totp_secret: String,
}

#[derive(Debug, Clone)]
pub struct NewLoginToken {
    pub token_hash: String,
    pub user_id: UserId,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
}

#[derive(Debug, Clone)]
pub struct NewSession {
    pub session_hash: String,
    pub user_id: UserId,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
}

/// Who acts and from where; the store turns it into an audit entry for the change.
#[derive(Debug, Clone, Default)]
pub struct AuditContext {
    pub actor: Option<UserId>,
    pub ip: Option<String>,
}

impl AuditContext {
    pub fn system() -> Self {
        Self::default()
    }

    pub fn entry(&self, action: AuditAction, object_type: &str, object_id: Option<String>) -> NewAuditEntry {
        NewAuditEntry {
            at: Utc::now(),
            actor: self.actor,
            action,
            object_type: object_type.to_owned(),
            object_id,
            ip: self.ip.clone(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct NewAuditEntry {
    pub at: DateTime<Utc>,
    pub actor: Option<UserId>,
    pub action: AuditAction,
    pub object_type: String,
    pub object_id: Option<String>,
    pub ip: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AuditEntry {
    pub id: uuid::Uuid,
    pub at: DateTime<Utc>,
    pub actor: Option<UserId>,
    pub action: AuditAction,
    pub object_type: String,
    pub object_id: Option<String>,
    pub ip: Option<String>,
}
