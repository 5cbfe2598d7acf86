//! The PostgreSQL store. Every use case is one transaction; a sign-in link is claimed with
//! a conditional UPDATE, so any number of app instances can share one database.

mod hulpwijzer;
mod kennisbank;
mod rows;
mod traject;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use rows::{AuditRow, OrganisationRow, UserRow};
use samenspoor_domain::auth::{LinkProblem, check_login_link};
use samenspoor_domain::{AuditAction, Email, OrganisationId, UserId};
use samenspoor_store::*;
use sqlx::postgres::{PgPool, PgPoolOptions};
use sqlx::{Postgres, Transaction};
use std::time::Duration;
use uuid::Uuid;

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

const USER_COLUMNS: &str = "u.id, u.email, u.name, u.role, u.organisation_id, u.is_demo, \
     u.password_hash IS NOT NULL AS has_password, u.created_at";

pub struct PgStore {
    pub(crate) pool: PgPool,
}

impl PgStore {
    /// Connects to `url` (`postgres://...`) and runs the migrations.
    pub async fn connect(url: &str) -> StoreResult<Self> {
        let pool =
            PgPoolOptions::new().max_connections(16).acquire_timeout(Duration::from_secs(5)).connect(url).await?;
        MIGRATOR.run(&pool).await.map_err(|e| StoreError::Other(e.to_string()))?;
        Ok(Self { pool })
    }

    /// Every table and its columns, for the test that both migration trees agree.
    pub async fn schema(&self) -> StoreResult<Vec<(String, String)>> {
        Ok(sqlx::query_as(
            "SELECT table_name::text, column_name::text FROM information_schema.columns
             WHERE table_schema = current_schema() AND table_name NOT LIKE '\\_sqlx%'
             ORDER BY 1, 2",
        )
        .fetch_all(&self.pool)
        .await?)
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }
}

pub(crate) async fn audit(tx: &mut Transaction<'_, Postgres>, e: &NewAuditEntry) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO audit_log (id, at, actor_id, action, object_type, object_id, ip) VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(Uuid::now_v7())
    .bind(e.at)
    .bind(e.actor.map(|a| a.0))
    .bind(e.action.as_str())
    .bind(&e.object_type)
    .bind(&e.object_id)
    .bind(&e.ip)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

#[async_trait]
impl Store for PgStore {
    fn backend(&self) -> &'static str {
        "postgres"
    }

    async fn ping(&self) -> StoreResult<()> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    async fn create_organisation(&self, new: NewOrganisation, ctx: AuditContext) -> StoreResult<Organisation> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("INSERT INTO organisations (id, kind, name, swv_id, created_at) VALUES ($1, $2, $3, $4, $5)")
            .bind(new.id.0)
            .bind(new.kind.as_str())
            .bind(new.name.as_str())
            .bind(new.swv_id.map(|i| i.0))
            .bind(Utc::now())
            .execute(&mut *tx)
            .await?;
        audit(&mut tx, &ctx.entry(AuditAction::OrganisationCreated, "organisation", Some(new.id.to_string()))).await?;
        tx.commit().await?;
        self.organisation(new.id).await?.ok_or(StoreError::NotFound("organisation".into()))
    }

    async fn list_organisations(&self) -> StoreResult<Vec<Organisation>> {
        let rows: Vec<OrganisationRow> =
            sqlx::query_as("SELECT * FROM organisations ORDER BY kind DESC, name").fetch_all(&self.pool).await?;
        rows.into_iter().map(TryInto::try_into).collect()
    }

    async fn organisation(&self, id: OrganisationId) -> StoreResult<Option<Organisation>> {
        let row: Option<OrganisationRow> =
            sqlx::query_as("SELECT * FROM organisations WHERE id = $1").bind(id.0).fetch_optional(&self.pool).await?;
        row.map(TryInto::try_into).transpose()
    }

    async fn create_user(&self, new: NewUser, ctx: AuditContext) -> StoreResult<User> {
        let mut tx = self.pool.begin().await?;
        sqlx::query(
            "INSERT INTO users (id, email, name, role, organisation_id, is_demo, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(new.id.0)
        .bind(new.email.as_str())
        .bind(new.name.as_str())
        .bind(new.role.as_str())
        .bind(new.organisation_id.map(|i| i.0))
        .bind(new.is_demo)
        .bind(Utc::now())
        .execute(&mut *tx)
        .await?;
        audit(&mut tx, &ctx.entry(AuditAction::UserCreated, "user", Some(new.id.to_string()))).await?;
        tx.commit().await?;
        self.user(new.id).await?.ok_or(StoreError::NotFound("user".into()))
    }

    async fn user(&self, id: UserId) -> StoreResult<Option<User>> {
        let row: Option<UserRow> = sqlx::query_as(&format!("SELECT {USER_COLUMNS} FROM users u WHERE u.id = $1"))
            .bind(id.0)
            .fetch_optional(&self.pool)
            .await?;
        row.map(TryInto::try_into).transpose()
    }

    async fn user_by_email(&self, email: &Email) -> StoreResult<Option<User>> {
        let row: Option<UserRow> = sqlx::query_as(&format!("SELECT {USER_COLUMNS} FROM users u WHERE u.email = $1"))
            .bind(email.as_str())
            .fetch_optional(&self.pool)
            .await?;
        row.map(TryInto::try_into).transpose()
    }

    async fn list_users(&self) -> StoreResult<Vec<User>> {
        let rows: Vec<UserRow> =
            sqlx::query_as(&format!("SELECT {USER_COLUMNS} FROM users u ORDER BY u.name, u.email"))
                .fetch_all(&self.pool)
                .await?;
        rows.into_iter().map(TryInto::try_into).collect()
    }

    async fn demo_users(&self) -> StoreResult<Vec<User>> {
        let rows: Vec<UserRow> =
            sqlx::query_as(&format!("SELECT {USER_COLUMNS} FROM users u WHERE u.is_demo ORDER BY u.created_at"))
                .fetch_all(&self.pool)
                .await?;
        rows.into_iter().map(TryInto::try_into).collect()
    }

    async fn user_credentials(&self, id: UserId) -> StoreResult<Option<Credentials>> {
        let row: Option<(Option<String>, Option<String>)> =
            sqlx::query_as("SELECT password_hash, totp_secret FROM users WHERE id = $1")
                .bind(id.0)
                .fetch_optional(&self.pool)
                .await?;
        Ok(match row {
            Some((Some(password_hash), Some(totp_secret))) => Some(Credentials { password_hash, totp_secret }),
            _ => None,
        })
    }

    async fn set_credentials(&self, id: UserId, c: Credentials, ctx: AuditContext) -> StoreResult<()> {
        let mut tx = self.pool.begin().await?;
        let done = sqlx::query("UPDATE users SET password_hash = $1, totp_secret = $2 WHERE id = $3")
            .bind(&c.password_hash)
            .bind(&c.totp_secret)
            .bind(id.0)
            .execute(&mut *tx)
            .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound("user".into()));
        }
        audit(&mut tx, &ctx.entry(AuditAction::SecuritySet, "user", Some(id.to_string()))).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn create_login_token(&self, new: NewLoginToken, ctx: AuditContext) -> StoreResult<()> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("INSERT INTO login_tokens (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)")
            .bind(&new.token_hash)
            .bind(new.user_id.0)
            .bind(new.created_at)
            .bind(new.expires_at)
            .execute(&mut *tx)
            .await?;
        audit(&mut tx, &ctx.entry(AuditAction::LoginLinkRequested, "user", Some(new.user_id.to_string()))).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn redeem_login_token(
        &self,
        token_hash: &str,
        session: NewSession,
        now: DateTime<Utc>,
        ip: Option<String>,
    ) -> StoreResult<Result<User, LinkProblem>> {
        let mut tx = self.pool.begin().await?;
        // The condition in the UPDATE is what makes a link single-use under races.
        let claimed: Option<(Uuid,)> = sqlx::query_as(
            "UPDATE login_tokens SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1
             RETURNING user_id",
        )
        .bind(now)
        .bind(token_hash)
        .fetch_optional(&mut *tx)
        .await?;
        let Some((user_id,)) = claimed else {
            let row: Option<(DateTime<Utc>, Option<DateTime<Utc>>)> =
                sqlx::query_as("SELECT expires_at, used_at FROM login_tokens WHERE token_hash = $1")
                    .bind(token_hash)
                    .fetch_optional(&mut *tx)
                    .await?;
            return Ok(Err(match row {
                None => LinkProblem::Unknown,
                Some((expires, used)) => check_login_link(expires, used, now).err().unwrap_or(LinkProblem::AlreadyUsed),
            }));
        };
        let user_id = UserId(user_id);
        insert_session(&mut tx, &NewSession { user_id, ..session }).await?;
        let ctx = AuditContext { actor: Some(user_id), ip };
        audit(&mut tx, &ctx.entry(AuditAction::SignedInWithLink, "user", Some(user_id.to_string()))).await?;
        tx.commit().await?;
        Ok(Ok(self.user(user_id).await?.ok_or(StoreError::NotFound("user".into()))?))
    }

    async fn start_session(&self, session: NewSession, entry: NewAuditEntry) -> StoreResult<()> {
        let mut tx = self.pool.begin().await?;
        insert_session(&mut tx, &session).await?;
        audit(&mut tx, &entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn session_user(&self, session_hash: &str, now: DateTime<Utc>) -> StoreResult<Option<User>> {
        let row: Option<UserRow> = sqlx::query_as(&format!(
            "SELECT {USER_COLUMNS} FROM sessions s JOIN users u ON u.id = s.user_id
             WHERE s.session_hash = $1 AND s.expires_at > $2"
        ))
        .bind(session_hash)
        .bind(now)
        .fetch_optional(&self.pool)
        .await?;
        row.map(TryInto::try_into).transpose()
    }

    async fn end_session(&self, session_hash: &str, ctx: AuditContext) -> StoreResult<()> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("DELETE FROM sessions WHERE session_hash = $1").bind(session_hash).execute(&mut *tx).await?;
        audit(&mut tx, &ctx.entry(AuditAction::SignedOut, "user", ctx.actor.map(|a| a.to_string()))).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn count_attempt(&self, key: &str, window_start: DateTime<Utc>) -> StoreResult<u32> {
        let (count,): (i32,) = sqlx::query_as(
            "INSERT INTO rate_limits (key, window_start, count) VALUES ($1, $2, 1)
             ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limits.count + 1 RETURNING count",
        )
        .bind(key)
        .bind(window_start)
        .fetch_one(&self.pool)
        .await?;
        Ok(u32::try_from(count).unwrap_or(u32::MAX))
    }

    async fn append_audit(&self, entry: NewAuditEntry) -> StoreResult<()> {
        let mut tx = self.pool.begin().await?;
        audit(&mut tx, &entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn audit_by_actor(&self, actor: UserId, limit: u32) -> StoreResult<Vec<AuditEntry>> {
        let rows: Vec<AuditRow> =
            sqlx::query_as("SELECT * FROM audit_log WHERE actor_id = $1 ORDER BY at DESC, id DESC LIMIT $2")
                .bind(actor.0)
                .bind(i64::from(limit))
                .fetch_all(&self.pool)
                .await?;
        rows.into_iter().map(TryInto::try_into).collect()
    }

    async fn purge_expired(&self, now: DateTime<Utc>) -> StoreResult<u64> {
        let mut tx = self.pool.begin().await?;
        let mut removed = 0;
        removed += sqlx::query("DELETE FROM sessions WHERE expires_at <= $1")
            .bind(now)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        // Expired links stay a day, so someone who clicks late is told "expired", not "unknown".
        removed += sqlx::query("DELETE FROM login_tokens WHERE expires_at <= $1")
            .bind(now - chrono::Duration::days(1))
            .execute(&mut *tx)
            .await?
            .rows_affected();
        // Rate-limit windows last 15 minutes; an hour of margin keeps any live one.
        removed += sqlx::query("DELETE FROM rate_limits WHERE window_start <= $1")
            .bind(now - chrono::Duration::hours(1))
            .execute(&mut *tx)
            .await?
            .rows_affected();
        tx.commit().await?;
        Ok(removed)
    }
}

async fn insert_session(tx: &mut Transaction<'_, Postgres>, s: &NewSession) -> StoreResult<()> {
    sqlx::query("INSERT INTO sessions (session_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)")
        .bind(&s.session_hash)
        .bind(s.user_id.0)
        .bind(s.created_at)
        .bind(s.expires_at)
        .execute(&mut **tx)
        .await?;
    Ok(())
}
