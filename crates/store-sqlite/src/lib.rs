//! The embedded default store. SQLite in WAL mode with foreign keys on; all writes go
//! through one connection, so writers never fight over the lock, while reads use a small
//! pool of their own. Times are stored as UTC milliseconds.

mod hulpwijzer;
mod kennisbank;
mod rows;
mod traject;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use rows::{AuditRow, OrganisationRow, UserRow, ms};
use samenspoor_domain::auth::{LinkProblem, check_login_link};
use samenspoor_domain::{AuditAction, Email, OrganisationId, UserId};
use samenspoor_store::*;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Sqlite, Transaction};
use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

const USER_COLUMNS: &str =
    "id, email, name, role, organisation_id, is_demo, password_hash IS NOT NULL AS has_password, created_at";

pub struct SqliteStore {
    pub(crate) writer: SqlitePool,
    pub(crate) reader: SqlitePool,
}

impl SqliteStore {
    /// Opens (and creates, with its folder) the database at `url` (`sqlite://path` or
    /// `sqlite:path`) and runs the migrations.
    pub async fn connect(url: &str) -> StoreResult<Self> {
        let options = SqliteConnectOptions::from_str(url)
            .map_err(|e| StoreError::Unavailable(format!("{url}: {e}")))?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(5));
        if let Some(dir) = Path::new(options.get_filename()).parent() {
            if !dir.as_os_str().is_empty() {
                std::fs::create_dir_all(dir).map_err(|e| StoreError::Unavailable(format!("{}: {e}", dir.display())))?;
            }
        }
        let writer = SqlitePoolOptions::new().max_connections(1).connect_with(options.clone()).await?;
        MIGRATOR.run(&writer).await.map_err(|e| StoreError::Other(e.to_string()))?;
        let reader = SqlitePoolOptions::new().max_connections(4).connect_with(options.read_only(true)).await?;
        Ok(Self { writer, reader })
    }

    /// A consistent copy of the live database, taken while it keeps serving.
    pub async fn backup_to(&self, target: &Path) -> StoreResult<()> {
        if target.exists() {
            return Err(StoreError::Conflict(format!("{} exists already", target.display())));
        }
        sqlx::query("VACUUM INTO ?").bind(target.to_string_lossy().into_owned()).execute(&self.writer).await?;
        Ok(())
    }

    /// Every table and its columns, for the test that both migration trees agree.
    pub async fn schema(&self) -> StoreResult<Vec<(String, String)>> {
        Ok(sqlx::query_as(
            "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p
             WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '_sqlx%'
             ORDER BY 1, 2",
        )
        .fetch_all(&self.reader)
        .await?)
    }
}

pub(crate) async fn audit(tx: &mut Transaction<'_, Sqlite>, e: &NewAuditEntry) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO audit_log (id, at, actor_id, action, object_type, object_id, ip) VALUES (?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(uuid::Uuid::now_v7().to_string())
    .bind(ms(e.at))
    .bind(e.actor.map(|a| a.to_string()))
    .bind(e.action.as_str())
    .bind(&e.object_type)
    .bind(&e.object_id)
    .bind(&e.ip)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

#[async_trait]
impl Store for SqliteStore {
    fn backend(&self) -> &'static str {
        "sqlite"
    }

    async fn ping(&self) -> StoreResult<()> {
        sqlx::query("SELECT 1").execute(&self.reader).await?;
        Ok(())
    }

    async fn create_organisation(&self, new: NewOrganisation, ctx: AuditContext) -> StoreResult<Organisation> {
        let now = Utc::now();
        let mut tx = self.writer.begin().await?;
        sqlx::query("INSERT INTO organisations (id, kind, name, swv_id, created_at) VALUES (?, ?, ?, ?, ?)")
            .bind(new.id.to_string())
            .bind(new.kind.as_str())
            .bind(new.name.as_str())
            .bind(new.swv_id.map(|i| i.to_string()))
            .bind(ms(now))
            .execute(&mut *tx)
            .await?;
        audit(&mut tx, &ctx.entry(AuditAction::OrganisationCreated, "organisation", Some(new.id.to_string()))).await?;
        tx.commit().await?;
        self.organisation(new.id).await?.ok_or(StoreError::NotFound("organisation".into()))
    }

    async fn list_organisations(&self) -> StoreResult<Vec<Organisation>> {
        let rows: Vec<OrganisationRow> =
            sqlx::query_as("SELECT * FROM organisations ORDER BY kind DESC, name").fetch_all(&self.reader).await?;
        rows.into_iter().map(TryInto::try_into).collect()
    }

    async fn organisation(&self, id: OrganisationId) -> StoreResult<Option<Organisation>> {
        let row: Option<OrganisationRow> = sqlx::query_as("SELECT * FROM organisations WHERE id = ?")
            .bind(id.to_string())
            .fetch_optional(&self.reader)
            .await?;
        row.map(TryInto::try_into).transpose()
    }

    async fn create_user(&self, new: NewUser, ctx: AuditContext) -> StoreResult<User> {
        let mut tx = self.writer.begin().await?;
        sqlx::query(
            "INSERT INTO users (id, email, name, role, organisation_id, is_demo, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(new.id.to_string())
        .bind(new.email.as_str())
        .bind(new.name.as_str())
        .bind(new.role.as_str())
        .bind(new.organisation_id.map(|i| i.to_string()))
        .bind(new.is_demo)
        .bind(ms(Utc::now()))
        .execute(&mut *tx)
        .await?;
        audit(&mut tx, &ctx.entry(AuditAction::UserCreated, "user", Some(new.id.to_string()))).await?;
        tx.commit().await?;
        self.user(new.id).await?.ok_or(StoreError::NotFound("user".into()))
    }

    async fn user(&self, id: UserId) -> StoreResult<Option<User>> {
        let row: Option<UserRow> = sqlx::query_as(&format!("SELECT {USER_COLUMNS} FROM users WHERE id = ?"))
            .bind(id.to_string())
            .fetch_optional(&self.reader)
            .await?;
        row.map(TryInto::try_into).transpose()
    }

    async fn user_by_email(&self, email: &Email) -> StoreResult<Option<User>> {
        let row: Option<UserRow> = sqlx::query_as(&format!("SELECT {USER_COLUMNS} FROM users WHERE email = ?"))
            .bind(email.as_str())
            .fetch_optional(&self.reader)
            .await?;
        row.map(TryInto::try_into).transpose()
    }

    async fn list_users(&self) -> StoreResult<Vec<User>> {
        let rows: Vec<UserRow> = sqlx::query_as(&format!("SELECT {USER_COLUMNS} FROM users ORDER BY name, email"))
            .fetch_all(&self.reader)
            .await?;
        rows.into_iter().map(TryInto::try_into).collect()
    }

    async fn demo_users(&self) -> StoreResult<Vec<User>> {
        let rows: Vec<UserRow> =
            sqlx::query_as(&format!("SELECT {USER_COLUMNS} FROM users WHERE is_demo ORDER BY created_at"))
                .fetch_all(&self.reader)
                .await?;
        rows.into_iter().map(TryInto::try_into).collect()
    }

    async fn user_credentials(&self, id: UserId) -> StoreResult<Option<Credentials>> {
        let row: Option<(Option<String>, Option<String>)> =
            sqlx::query_as("SELECT password_hash, totp_secret FROM users WHERE id = ?")
                .bind(id.to_string())
                .fetch_optional(&self.reader)
                .await?;
        Ok(match row {
            Some((Some(password_hash), Some(totp_secret))) => Some(Credentials { password_hash, totp_secret }),
            _ => None,
        })
    }

    async fn set_credentials(&self, id: UserId, c: Credentials, ctx: AuditContext) -> StoreResult<()> {
        let mut tx = self.writer.begin().await?;
        let done = sqlx::query("UPDATE users SET password_hash = ?, totp_secret = ? WHERE id = ?")
            .bind(&c.password_hash)
            .bind(&c.totp_secret)
            .bind(id.to_string())
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
        let mut tx = self.writer.begin().await?;
        sqlx::query("INSERT INTO login_tokens (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)")
            .bind(&new.token_hash)
            .bind(new.user_id.to_string())
            .bind(ms(new.created_at))
            .bind(ms(new.expires_at))
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
        let mut tx = self.writer.begin().await?;
        // The condition in the UPDATE is what makes a link single-use under races.
        let claimed: Option<(String,)> = sqlx::query_as(
            "UPDATE login_tokens SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?
             RETURNING user_id",
        )
        .bind(ms(now))
        .bind(token_hash)
        .bind(ms(now))
        .fetch_optional(&mut *tx)
        .await?;
        let Some((user_id,)) = claimed else {
            let row: Option<(i64, Option<i64>)> =
                sqlx::query_as("SELECT expires_at, used_at FROM login_tokens WHERE token_hash = ?")
                    .bind(token_hash)
                    .fetch_optional(&mut *tx)
                    .await?;
            return Ok(Err(match row {
                None => LinkProblem::Unknown,
                Some((expires, used)) => check_login_link(rows::from_ms(expires), used.map(rows::from_ms), now)
                    .err()
                    .unwrap_or(LinkProblem::AlreadyUsed),
            }));
        };
        let user_id = UserId::from_str(&user_id).map_err(|e| StoreError::Other(e.to_string()))?;
        insert_session(&mut tx, &NewSession { user_id, ..session }).await?;
        let ctx = AuditContext { actor: Some(user_id), ip };
        audit(&mut tx, &ctx.entry(AuditAction::SignedInWithLink, "user", Some(user_id.to_string()))).await?;
        tx.commit().await?;
        Ok(Ok(self.user(user_id).await?.ok_or(StoreError::NotFound("user".into()))?))
    }

    async fn start_session(&self, session: NewSession, entry: NewAuditEntry) -> StoreResult<()> {
        let mut tx = self.writer.begin().await?;
        insert_session(&mut tx, &session).await?;
        audit(&mut tx, &entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn session_user(&self, session_hash: &str, now: DateTime<Utc>) -> StoreResult<Option<User>> {
        let row: Option<UserRow> = sqlx::query_as(&format!(
            "SELECT {} FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.session_hash = ? AND s.expires_at > ?",
            USER_COLUMNS.split(", ").map(|c| format!("u.{c}")).collect::<Vec<_>>().join(", ")
        ))
        .bind(session_hash)
        .bind(ms(now))
        .fetch_optional(&self.reader)
        .await?;
        row.map(TryInto::try_into).transpose()
    }

    async fn end_session(&self, session_hash: &str, ctx: AuditContext) -> StoreResult<()> {
        let mut tx = self.writer.begin().await?;
        sqlx::query("DELETE FROM sessions WHERE session_hash = ?").bind(session_hash).execute(&mut *tx).await?;
        audit(&mut tx, &ctx.entry(AuditAction::SignedOut, "user", ctx.actor.map(|a| a.to_string()))).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn count_attempt(&self, key: &str, window_start: DateTime<Utc>) -> StoreResult<u32> {
        let (count,): (i64,) = sqlx::query_as(
            "INSERT INTO rate_limits (key, window_start, count) VALUES (?, ?, 1)
             ON CONFLICT (key, window_start) DO UPDATE SET count = count + 1 RETURNING count",
        )
        .bind(key)
        .bind(ms(window_start))
        .fetch_one(&self.writer)
        .await?;
        Ok(u32::try_from(count).unwrap_or(u32::MAX))
    }

    async fn append_audit(&self, entry: NewAuditEntry) -> StoreResult<()> {
        let mut tx = self.writer.begin().await?;
        audit(&mut tx, &entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn audit_by_actor(&self, actor: UserId, limit: u32) -> StoreResult<Vec<AuditEntry>> {
        let rows: Vec<AuditRow> =
            sqlx::query_as("SELECT * FROM audit_log WHERE actor_id = ? ORDER BY at DESC, id DESC LIMIT ?")
                .bind(actor.to_string())
                .bind(i64::from(limit))
                .fetch_all(&self.reader)
                .await?;
        rows.into_iter().map(TryInto::try_into).collect()
    }

    async fn purge_expired(&self, now: DateTime<Utc>) -> StoreResult<u64> {
        let mut tx = self.writer.begin().await?;
        let mut removed = 0;
        removed += sqlx::query("DELETE FROM sessions WHERE expires_at <= ?")
            .bind(ms(now))
            .execute(&mut *tx)
            .await?
            .rows_affected();
        // Expired links stay a day, so someone who clicks late is told "expired", not "unknown".
        removed += sqlx::query("DELETE FROM login_tokens WHERE expires_at <= ?")
            .bind(ms(now - chrono::Duration::days(1)))
            .execute(&mut *tx)
            .await?
            .rows_affected();
        // Rate-limit windows last 15 minutes; an hour of margin keeps any live one.
        removed += sqlx::query("DELETE FROM rate_limits WHERE window_start <= ?")
            .bind(ms(now - chrono::Duration::hours(1)))
            .execute(&mut *tx)
            .await?
            .rows_affected();
        tx.commit().await?;
        Ok(removed)
    }
}

async fn insert_session(tx: &mut Transaction<'_, Sqlite>, s: &NewSession) -> StoreResult<()> {
    sqlx::query("INSERT INTO sessions (session_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)")
        .bind(&s.session_hash)
        .bind(s.user_id.to_string())
        .bind(ms(s.created_at))
        .bind(ms(s.expires_at))
        .execute(&mut **tx)
        .await?;
    Ok(())
}
