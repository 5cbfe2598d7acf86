//! Rows as SQLite returns them (ids as text, times as milliseconds), and their conversion
//! into the store's models.

use chrono::{DateTime, TimeZone, Utc};
use samenspoor_domain::{AuditAction, OrganisationKind, Role};
use samenspoor_store::{AuditEntry, Organisation, StoreError, User};
use std::str::FromStr;

pub fn ms(t: DateTime<Utc>) -> i64 {
    t.timestamp_millis()
}

pub fn from_ms(v: i64) -> DateTime<Utc> {
    Utc.timestamp_millis_opt(v).single().unwrap_or_default()
}

fn parse<T: FromStr>(what: &str, s: &str) -> Result<T, StoreError> {
    T::from_str(s).map_err(|_| StoreError::Other(format!("invalid {what} in database: {s}")))
}

#[derive(sqlx::FromRow)]
pub struct OrganisationRow {
    id: String,
    kind: String,
    name: String,
    swv_id: Option<String>,
    created_at: i64,
}

impl TryFrom<OrganisationRow> for Organisation {
    type Error = StoreError;
    fn try_from(r: OrganisationRow) -> Result<Self, StoreError> {
        Ok(Organisation {
            id: parse("id", &r.id)?,
            kind: OrganisationKind::parse(&r.kind).map_err(|_| StoreError::Other(format!("kind {}", r.kind)))?,
            name: r.name,
            swv_id: r.swv_id.as_deref().map(|s| parse("id", s)).transpose()?,
            created_at: from_ms(r.created_at),
        })
    }
}

#[derive(sqlx::FromRow)]
pub struct UserRow {
    id: String,
    email: String,
    name: String,
    role: String,
    organisation_id: Option<String>,
    is_demo: bool,
    has_password: bool,
    created_at: i64,
}

impl TryFrom<UserRow> for User {
    type Error = StoreError;
    fn try_from(r: UserRow) -> Result<Self, StoreError> {
        Ok(User {
            id: parse("id", &r.id)?,
            email: r.email,
            name: r.name,
            role: Role::parse(&r.role).map_err(|_| StoreError::Other(format!("role {}", r.role)))?,
            organisation_id: r.organisation_id.as_deref().map(|s| parse("id", s)).transpose()?,
            is_demo: r.is_demo,
            has_password: r.has_password,
            created_at: from_ms(r.created_at),
        })
    }
}

#[derive(sqlx::FromRow)]
pub struct AuditRow {
    id: String,
    at: i64,
    actor_id: Option<String>,
    action: String,
    object_type: String,
    object_id: Option<String>,
    ip: Option<String>,
}

impl TryFrom<AuditRow> for AuditEntry {
    type Error = StoreError;
    fn try_from(r: AuditRow) -> Result<Self, StoreError> {
        Ok(AuditEntry {
            id: parse("id", &r.id)?,
            at: from_ms(r.at),
            actor: r.actor_id.as_deref().map(|s| parse("id", s)).transpose()?,
            action: AuditAction::parse(&r.action).ok_or(StoreError::Other(format!("action {}", r.action)))?,
            object_type: r.object_type,
            object_id: r.object_id,
            ip: r.ip,
        })
    }
}
