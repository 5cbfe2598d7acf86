//! Storage behind one trait. Each use case is one method and one transaction; a method
//! that changes something writes its audit entry inside that same transaction, so the log
//! can never miss a change that happened.

mod error;
mod models;
#[cfg(feature = "testing")]
pub mod testing;

pub use error::StoreError;
pub use models::*;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use samenspoor_domain::{Email, OrganisationId, UserId};

pub type StoreResult<T> = Result<T, StoreError>;

#[async_trait]
pub trait Store: Send + Sync + 'static {
    /// Which database this is, for logs and the health page.
    fn backend(&self) -> &'static str;

    /// Cheap round trip to the database, for /healthz.
    async fn ping(&self) -> StoreResult<()>;

    async fn create_organisation(
        &self,
        new: NewOrganisation,
        audit: AuditContext,
    ) -> StoreResult<Organisation>;
    async fn list_organisations(&self) -> StoreResult<Vec<Organisation>>;
    async fn organisation(&self, id: OrganisationId) -> StoreResult<Option<Organisation>>;

    /// Fails with `StoreError::Conflict` when the e-mail address is taken.
    async fn create_user(&self, new: NewUser, audit: AuditContext) -> StoreResult<User>;
    async fn user(&self, id: UserId) -> StoreResult<Option<User>>;
    async fn user_by_email(&self, email: &Email) -> StoreResult<Option<User>>;
    async fn list_users(&self) -> StoreResult<Vec<User>>;
    async fn demo_users(&self) -> StoreResult<Vec<User>>;
    async fn user_credentials(&self, id: UserId) -> StoreResult<Option<Credentials>>;
    /// Sets a professional's password hash and TOTP secret together.
    async fn set_credentials(
        &self,
        id: UserId,
        credentials: Credentials,
        audit: AuditContext,
    ) -> StoreResult<()>;

    /// Stores a sign-in link's hash; the link itself never reaches the database.
    async fn create_login_token(&self, new: NewLoginToken, audit: AuditContext) -> StoreResult<()>;
    /// Uses a sign-in link: marks it used and opens the session in one transaction, so a
    /// link can open at most one session even when two requests race.
    async fn redeem_login_token(
        &self,
        token_hash: &str,
        session: NewSession,
        now: DateTime<Utc>,
        ip: Option<String>,
    ) -> StoreResult<Result<User, samenspoor_domain::auth::LinkProblem>>;

    /// Opens a session after a sign-in that was checked elsewhere (password, demo).
    async fn start_session(&self, session: NewSession, audit: NewAuditEntry) -> StoreResult<()>;
    /// The signed-in user of a live session.
    async fn session_user(
        &self,
        session_hash: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<Option<User>>;
    async fn end_session(&self, session_hash: &str, audit: AuditContext) -> StoreResult<()>;

    /// Counts one attempt for `key` in the window starting at `window_start` and returns
    /// the count including this one.
    async fn count_attempt(&self, key: &str, window_start: DateTime<Utc>) -> StoreResult<u32>;

    async fn append_audit(&self, entry: NewAuditEntry) -> StoreResult<()>;
    /// Newest first.
    async fn audit_by_actor(&self, actor: UserId, limit: u32) -> StoreResult<Vec<AuditEntry>>;

    /// Removes expired sessions, sign-in links and rate-limit windows; returns how many rows went.
    async fn purge_expired(&self, now: DateTime<Utc>) -> StoreResult<u64>;
}
