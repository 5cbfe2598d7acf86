//! Rows of the core tables as both databases return them, and their conversion into the
//! store's models.

use crate::{Id, Time, bad};
use samenspoor_domain::{AuditAction, OrganisationId, OrganisationKind, Role, UserId};
use samenspoor_store::{AuditEntry, Organisation, StoreError, User};

#[derive(sqlx::FromRow)]
pub struct OrganisationRow {
    id: Id,
    kind: String,
    name: String,
    swv_id: Option<Id>,
    created_at: Time,
}

impl TryFrom<OrganisationRow> for Organisation {
    type Error = StoreError;
    fn try_from(r: OrganisationRow) -> Result<Self, StoreError> {
        Ok(Organisation {
            id: OrganisationId(r.id.0),
            kind: OrganisationKind::parse(&r.kind).map_err(|_| bad("kind", &r.kind))?,
            name: r.name,
            swv_id: r.swv_id.map(|i| OrganisationId(i.0)),
            created_at: r.created_at.0,
        })
    }
}

#[derive(sqlx::FromRow)]
pub struct UserRow {
    id: Id,
    email: String,
    name: String,
    role: String,
    organisation_id: Option<Id>,
    is_demo: bool,
    has_password: bool,
    created_at: Time,
}

impl TryFrom<UserRow> for User {
    type Error = StoreError;
    fn try_from(r: UserRow) -> Result<Self, StoreError> {
        Ok(User {
            id: UserId(r.id.0),
            email: r.email,
            name: r.name,
            role: Role::parse(&r.role).map_err(|_| bad("role", &r.role))?,
            organisation_id: r.organisation_id.map(|i| OrganisationId(i.0)),
            is_demo: r.is_demo,
            has_password: r.has_password,
            created_at: r.created_at.0,
        })
    }
}

#[derive(sqlx::FromRow)]
pub struct AuditRow {
    id: Id,
    at: Time,
    actor_id: Option<Id>,
    action: String,
    object_type: String,
    object_id: Option<String>,
    ip: Option<String>,
}

impl TryFrom<AuditRow> for AuditEntry {
    type Error = StoreError;
    fn try_from(r: AuditRow) -> Result<Self, StoreError> {
        Ok(AuditEntry {
            id: r.id.0,
            at: r.at.0,
            actor: r.actor_id.map(|a| UserId(a.0)),
            action: AuditAction::parse(&r.action).ok_or_else(|| bad("action", &r.action))?,
            object_type: r.object_type,
            object_id: r.object_id,
            ip: r.ip,
        })
    }
}
