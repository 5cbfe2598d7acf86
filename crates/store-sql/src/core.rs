//! The core of the store: organisations, users, sign-in links, sessions, rate limits and
//! the audit log.

use crate::rows::{AuditRow, OrganisationRow, UserRow};
use crate::{Backend, Col, Day, Id, SqlStore, Time, Tx, audit};
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use samenspoor_domain::auth::{LinkProblem, check_login_link};
use samenspoor_domain::{AuditAction, Email, OrganisationId, UserId};
use samenspoor_store::*;

const USER_COLUMNS: &str = "u.id, u.email, u.name, u.role, u.organisation_id, u.is_demo, \
     u.password_hash IS NOT NULL AS has_password, u.created_at";

#[async_trait]
impl<DB> Store for SqlStore<DB>
where
    DB: Backend,
    for<'c> &'c mut DB::Connection: sqlx::Executor<'c, Database = DB>,
    for<'q> DB::Arguments<'q>: sqlx::IntoArguments<'q, DB>,
    for<'a> &'a str: sqlx::Encode<'a, DB> + sqlx::Type<DB> + sqlx::ColumnIndex<DB::Row>,
    usize: sqlx::ColumnIndex<DB::Row>,
    String: Col<DB>,
    Option<String>: Col<DB>,
    i32: Col<DB>,
    i64: Col<DB>,
    bool: Col<DB>,
    Id: Col<DB>,
    Option<Id>: Col<DB>,
    Time: Col<DB>,
    Option<Time>: Col<DB>,
    Day: Col<DB>,
{
    fn backend(&self) -> &'static str {
        DB::LABEL
    }

    async fn ping(&self) -> StoreResult<()> {
        sqlx::query("SELECT 1").execute(&self.reader).await?;
        Ok(())
    }

    async fn reachable(&self) -> StoreResult<()> {
        use sqlx::{ConnectOptions, Connection};
        self.reader.connect_options().connect().await?.close().await?;
        Ok(())
    }

    async fn create_organisation(&self, new: NewOrganisation, ctx: AuditContext) -> StoreResult<Organisation> {
        let mut tx = self.writer.begin().await?;
        sqlx::query("INSERT INTO organisations (id, kind, name, swv_id, created_at) VALUES ($1, $2, $3, $4, $5)")
            .bind(Id::from(new.id))
            .bind(new.kind.as_str())
            .bind(new.name.as_str())
            .bind(new.swv_id.map(Id::from))
            .bind(Time::now())
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
        let row: Option<OrganisationRow> = sqlx::query_as("SELECT * FROM organisations WHERE id = $1")
            .bind(Id::from(id))
            .fetch_optional(&self.reader)
            .await?;
        row.map(TryInto::try_into).transpose()
    }

    async fn create_user(&self, new: NewUser, ctx: AuditContext) -> StoreResult<User> {
        let mut tx = self.writer.begin().await?;
        sqlx::query(
            "INSERT INTO users (id, email, name, role, organisation_id, is_demo, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(Id::from(new.id))
        .bind(new.email.as_str())
        .bind(new.name.as_str())
        .bind(new.role.as_str())
        .bind(new.organisation_id.map(Id::from))
        .bind(new.is_demo)
        .bind(Time::now())
        .execute(&mut *tx)
        .await?;
        audit(&mut tx, &ctx.entry(AuditAction::UserCreated, "user", Some(new.id.to_string()))).await?;
        tx.commit().await?;
        self.user(new.id).await?.ok_or(StoreError::NotFound("user".into()))
    }

    async fn user(&self, id: UserId) -> StoreResult<Option<User>> {
        let row: Option<UserRow> = sqlx::query_as(&format!("SELECT {USER_COLUMNS} FROM users u WHERE u.id = $1"))
            .bind(Id::from(id))
            .fetch_optional(&self.reader)
            .await?;
        row.map(TryInto::try_into).transpose()
    }

    async fn user_by_email(&self, email: &Email) -> StoreResult<Option<User>> {
        let row: Option<UserRow> = sqlx::query_as(&format!("SELECT {USER_COLUMNS} FROM users u WHERE u.email = $1"))
            .bind(email.as_str())
            .fetch_optional(&self.reader)
            .await?;
        row.map(TryInto::try_into).transpose()
    }

    async fn list_users(&self) -> StoreResult<Vec<User>> {
        let rows: Vec<UserRow> =
            sqlx::query_as(&format!("SELECT {USER_COLUMNS} FROM users u ORDER BY u.name, u.email"))
                .fetch_all(&self.reader)
                .await?;
        rows.into_iter().map(TryInto::try_into).collect()
    }

    async fn demo_users(&self) -> StoreResult<Vec<User>> {
        let rows: Vec<UserRow> =
            sqlx::query_as(&format!("SELECT {USER_COLUMNS} FROM users u WHERE u.is_demo ORDER BY u.created_at"))
                .fetch_all(&self.reader)
                .await?;
        rows.into_iter().map(TryInto::try_into).collect()
    }

    async fn user_credentials(&self, id: UserId) -> StoreResult<Option<Credentials>> {
        let row: Option<(Option<String>, Option<String>)> =
            sqlx::query_as("SELECT password_hash, totp_secret FROM users WHERE id = $1")
                .bind(Id::from(id))
                .fetch_optional(&self.reader)
                .await?;
        Ok(match row {
            Some((Some(password_hash), Some(totp_secret))) => Some(Credentials { password_hash, totp_secret }),
            _ => None,
        })
    }

    async fn set_credentials(&self, id: UserId, c: Credentials, ctx: AuditContext) -> StoreResult<()> {
        let mut tx = self.writer.begin().await?;
        let done = sqlx::query("UPDATE users SET password_hash = $1, totp_secret = $2 WHERE id = $3")
            .bind(&c.password_hash)
            .bind(&c.totp_secret)
            .bind(Id::from(id))
            .execute(&mut *tx)
            .await?;
        if DB::rows_affected(&done) == 0 {
            return Err(StoreError::NotFound("user".into()));
        }
        // Whoever knew the old password is signed out everywhere.
        sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(Id::from(id)).execute(&mut *tx).await?;
        audit(&mut tx, &ctx.entry(AuditAction::SecuritySet, "user", Some(id.to_string()))).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn create_login_token(&self, new: NewLoginToken, ctx: AuditContext) -> StoreResult<()> {
        let mut tx = self.writer.begin().await?;
        sqlx::query("INSERT INTO login_tokens (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)")
            .bind(&new.token_hash)
            .bind(Id::from(new.user_id))
            .bind(Time(new.created_at))
            .bind(Time(new.expires_at))
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
        let claimed: Option<(Id,)> = sqlx::query_as(
            "UPDATE login_tokens SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1
             RETURNING user_id",
        )
        .bind(Time(now))
        .bind(token_hash)
        .fetch_optional(&mut *tx)
        .await?;
        let Some((user_id,)) = claimed else {
            let row: Option<(Time, Option<Time>)> =
                sqlx::query_as("SELECT expires_at, used_at FROM login_tokens WHERE token_hash = $1")
                    .bind(token_hash)
                    .fetch_optional(&mut *tx)
                    .await?;
            return Ok(Err(match row {
                None => LinkProblem::Unknown,
                Some((expires, used)) => {
                    check_login_link(expires.0, used.map(|u| u.0), now).err().unwrap_or(LinkProblem::AlreadyUsed)
                }
            }));
        };
        let user_id = UserId(user_id.0);
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
            "SELECT {USER_COLUMNS} FROM sessions s JOIN users u ON u.id = s.user_id
             WHERE s.session_hash = $1 AND s.expires_at > $2"
        ))
        .bind(session_hash)
        .bind(Time(now))
        .fetch_optional(&self.reader)
        .await?;
        row.map(TryInto::try_into).transpose()
    }

    async fn end_session(&self, session_hash: &str, ctx: AuditContext) -> StoreResult<()> {
        let mut tx = self.writer.begin().await?;
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
        .bind(Time(window_start))
        .fetch_one(&self.writer)
        .await?;
        Ok(u32::try_from(count).unwrap_or(u32::MAX))
    }

    async fn append_audit(&self, entry: NewAuditEntry) -> StoreResult<()> {
        self.append_audit_batched(entry).await
    }

    async fn audit_by_actor(&self, actor: UserId, limit: u32) -> StoreResult<Vec<AuditEntry>> {
        let rows: Vec<AuditRow> =
            sqlx::query_as("SELECT * FROM audit_log WHERE actor_id = $1 ORDER BY at DESC, id DESC LIMIT $2")
                .bind(Id::from(actor))
                .bind(i64::from(limit))
                .fetch_all(&self.reader)
                .await?;
        rows.into_iter().map(TryInto::try_into).collect()
    }

    async fn audit_last(
        &self,
        actor: UserId,
        action: AuditAction,
        object_type: &str,
        object_id: &str,
    ) -> StoreResult<Option<DateTime<Utc>>> {
        let (last,): (Option<Time>,) = sqlx::query_as(crate::plans::AUDIT_LAST)
            .bind(Id::from(actor))
            .bind(object_id)
            .bind(object_type)
            .bind(action.as_str())
            .fetch_one(&self.reader)
            .await?;
        Ok(last.map(|t| t.0))
    }

    async fn purge_expired(&self, now: DateTime<Utc>) -> StoreResult<u64> {
        let mut tx = self.writer.begin().await?;
        let mut removed = 0;
        let r = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1").bind(Time(now)).execute(&mut *tx).await?;
        removed += DB::rows_affected(&r);
        // Expired links stay a day, so someone who clicks late is told "expired", not "unknown".
        let r = sqlx::query("DELETE FROM login_tokens WHERE expires_at <= $1")
            .bind(Time(now - chrono::Duration::days(1)))
            .execute(&mut *tx)
            .await?;
        removed += DB::rows_affected(&r);
        // Rate-limit windows last 15 minutes; an hour of margin keeps any live one.
        let r = sqlx::query("DELETE FROM rate_limits WHERE window_start <= $1")
            .bind(Time(now - chrono::Duration::hours(1)))
            .execute(&mut *tx)
            .await?;
        removed += DB::rows_affected(&r);
        tx.commit().await?;
        Ok(removed)
    }

    async fn forget_audit_ips(&self, before: DateTime<Utc>) -> StoreResult<u64> {
        let mut tx = self.writer.begin().await?;
        // The triggers allow exactly this change to the append-only log: an IP to NULL.
        let r = sqlx::query("UPDATE audit_log SET ip = NULL WHERE at < $1 AND ip IS NOT NULL")
            .bind(Time(before))
            .execute(&mut *tx)
            .await?;
        let n = DB::rows_affected(&r);
        if n > 0 {
            audit(&mut tx, &AuditContext::system().entry(AuditAction::AuditIpsForgotten, "audit_log", None)).await?;
        }
        tx.commit().await?;
        Ok(n)
    }
}

async fn insert_session<DB>(tx: &mut Tx<DB>, s: &NewSession) -> StoreResult<()>
where
    DB: Backend,
    for<'c> &'c mut DB::Connection: sqlx::Executor<'c, Database = DB>,
    for<'q> DB::Arguments<'q>: sqlx::IntoArguments<'q, DB>,
    String: Col<DB>,
    Id: Col<DB>,
    Time: Col<DB>,
{
    sqlx::query("INSERT INTO sessions (session_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)")
        .bind(&s.session_hash)
        .bind(Id::from(s.user_id))
        .bind(Time(s.created_at))
        .bind(Time(s.expires_at))
        .execute(&mut **tx)
        .await?;
    Ok(())
}
