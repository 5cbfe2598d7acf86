//! Rows as PostgreSQL returns them, and their conversion into the store's models.

use chrono::{DateTime, Utc};
use samenspoor_domain::{AuditAction, OrganisationId, OrganisationKind, Role, UserId};
use samenspoor_store::{AuditEntry, Organisation, StoreError, User};
use uuid::Uuid;

#[derive(sqlx::FromRow)]
pub struct OrganisationRow {
    id: Uuid,
    kind: String,
    name: String,
    swv_id: Option<Uuid>,
    created_at: DateTime<Utc>,
}

impl TryFrom<OrganisationRow> for Organisation {
    type Error = StoreError;
    fn try_from(r: OrganisationRow) -> Result<Self, StoreError> {
        Ok(Organisation {
            id: OrganisationId(r.id),
            kind: OrganisationKind::parse(&r.kind).map_err(|_| StoreError::Other(format!("kind {}", r.kind)))?,
            name: r.name,
            swv_id: r.swv_id.map(OrganisationId),
            created_at: r.created_at,
        })
    }
}

#[derive(sqlx::FromRow)]
pub struct UserRow {
    id: Uuid,
    email: String,
    name: String,
    role: String,
    organisation_id: Option<Uuid>,
    is_demo: bool,
    has_password: bool,
    created_at: DateTime<Utc>,
}

impl TryFrom<UserRow> for User {
    type Error = StoreError;
    fn try_from(r: UserRow) -> Result<Self, StoreError> {
        Ok(User {
            id: UserId(r.id),
            email: r.email,
            name: r.name,
            role: Role::parse(&r.role).map_err(|_| StoreError::Other(format!("role {}", r.role)))?,
            organisation_id: r.organisation_id.map(OrganisationId),
            is_demo: r.is_demo,
            has_password: r.has_password,
            created_at: r.created_at,
        })
    }
}

#[derive(sqlx::FromRow)]
pub struct AuditRow {
    id: Uuid,
    at: DateTime<Utc>,
    actor_id: Option<Uuid>,
    action: String,
    object_type: String,
    object_id: Option<String>,
    ip: Option<String>,
}

impl TryFrom<AuditRow> for AuditEntry {
    type Error = StoreError;
    fn try_from(r: AuditRow) -> Result<Self, StoreError> {
        Ok(AuditEntry {
            id: r.id,
            at: r.at,
            actor: r.actor_id.map(UserId),
            action: AuditAction::parse(&r.action).ok_or(StoreError::Other(format!("action {}", r.action)))?,
            object_type: r.object_type,
            object_id: r.object_id,
            ip: r.ip,
        })
    }
}
