//! The file's known dates: the bodies of the `dl_*` Store methods.

use crate::traject::event;
use crate::{Backend, Col, Day, Id, SqlStore, Time, audit, bad};
use chrono::{DateTime, Utc};
use samenspoor_domain::deadlines::notify::Delivery;
use samenspoor_domain::deadlines::{DateKind, KnownDate};
use samenspoor_domain::{AuditAction, TrajectId, UserId};
use samenspoor_store::*;
use uuid::Uuid;

type DateRow = (Id, String, Day, Option<String>, Time);

fn record((id, kind, day, name, at): DateRow) -> StoreResult<DateRecord> {
    let kind = DateKind::parse(&kind).ok_or_else(|| bad("date kind", &kind))?;
    Ok(DateRecord { id: id.0, date: KnownDate { kind, day: day.0 }, by_name: name.unwrap_or_default(), at: at.0 })
}

const DATE_SELECT: &str = "SELECT d.id, d.kind, d.day, u.name, d.entered_at FROM tr_dates d
     LEFT JOIN users u ON u.id = d.entered_by";

/// The known dates of file `traject`, by day.
pub(crate) async fn dates_of<DB>(conn: &mut DB::Connection, traject: TrajectId) -> StoreResult<Vec<DateRecord>>
where
    DB: Backend,
    for<'c> &'c mut DB::Connection: sqlx::Executor<'c, Database = DB>,
    for<'q> DB::Arguments<'q>: sqlx::IntoArguments<'q, DB>,
    DateRow: for<'r> sqlx::FromRow<'r, DB::Row>,
    Id: Col<DB>,
{
    let rows: Vec<DateRow> =
        sqlx::query_as(&format!("{DATE_SELECT} WHERE d.traject_id = $1 AND d.removed_at IS NULL ORDER BY d.day, d.id"))
            .bind(Id::from(traject))
            .fetch_all(&mut *conn)
            .await?;
    rows.into_iter().map(record).collect()
}

type NotificationRow =
    (Id, Id, String, Id, Option<String>, String, String, Day, Day, String, Time, Option<Time>, i32, i32);

const NOTIFICATION_SELECT: &str =
    "SELECT n.id, n.user_id, u.email, n.traject_id, t.child_first_name, n.kind, n.state, n.due,
     n.from_day, n.what, n.created_at, n.acknowledged_at, n.sent_count, n.failures
     FROM notifications n JOIN users u ON u.id = n.user_id JOIN trajecten t ON t.id = n.traject_id";

fn notification(row: NotificationRow) -> StoreResult<Notification> {
    let (id, user, email, traject, child, kind, state, due, from, what, created, acknowledged, sent, failures) = row;
    Ok(Notification {
        id: id.0,
        user: UserId(user.0),
        email,
        traject: TrajectId(traject.0),
        child_first_name: child.unwrap_or_default(),
        kind,
        state,
        due: due.0,
        from: from.0,
        what,
        created_at: created.0,
        acknowledged_at: acknowledged.map(|t| t.0),
        sent_count: u32::try_from(sent).unwrap_or(0),
        failures: u32::try_from(failures).unwrap_or(0),
    })
}

fn logged(ctx: &AuditContext, action: AuditAction, traject: TrajectId) -> NewAuditEntry {
    ctx.entry(action, "traject", Some(traject.to_string()))
}

#[async_trait::async_trait]
impl<DB> DeadlineStore for SqlStore<DB>
where
    DB: Backend,
    for<'c> &'c mut DB::Connection: sqlx::Executor<'c, Database = DB>,
    for<'q> DB::Arguments<'q>: sqlx::IntoArguments<'q, DB>,
    for<'a> &'a str: sqlx::Encode<'a, DB> + sqlx::Type<DB>,
    DateRow: for<'r> sqlx::FromRow<'r, DB::Row>,
    NotificationRow: for<'r> sqlx::FromRow<'r, DB::Row>,
    (Id,): for<'r> sqlx::FromRow<'r, DB::Row>,
    (String,): for<'r> sqlx::FromRow<'r, DB::Row>,
    (String, Option<String>, Time): for<'r> sqlx::FromRow<'r, DB::Row>,
    Option<Time>: Col<DB>,
    i32: Col<DB>,
    String: Col<DB>,
    Option<String>: Col<DB>,
    Id: Col<DB>,
    Option<Id>: Col<DB>,
    Time: Col<DB>,
    Day: Col<DB>,
{
    async fn dl_add_date(&self, traject: TrajectId, date: KnownDate, ctx: AuditContext) -> StoreResult<DateRecord> {
        let by = ctx.actor.ok_or(StoreError::Conflict("a date needs a person".into()))?;
        let id = Id::v7();
        let mut tx = self.writer.begin().await?;
        sqlx::query(
            "INSERT INTO tr_dates (id, traject_id, kind, day, entered_by, entered_at) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(id)
        .bind(Id::from(traject))
        .bind(date.kind.as_str())
        .bind(Day(date.day))
        .bind(Id::from(by))
        .bind(Time::now())
        .execute(&mut *tx)
        .await?;
        let detail = serde_json::json!({ "kind": date.kind.as_str(), "day": date.day });
        event(&mut tx, traject, Some(by), "date", detail).await?;
        audit(&mut tx, &logged(&ctx, AuditAction::DateEntered, traject)).await?;
        let row: DateRow =
            sqlx::query_as(&format!("{DATE_SELECT} WHERE d.id = $1")).bind(id).fetch_one(&mut *tx).await?;
        tx.commit().await?;
        record(row)
    }

    async fn dl_remove_date(&self, traject: TrajectId, id: Uuid, ctx: AuditContext) -> StoreResult<()> {
        let mut tx = self.writer.begin().await?;
        let done =
            sqlx::query("UPDATE tr_dates SET removed_at = $1 WHERE id = $2 AND traject_id = $3 AND removed_at IS NULL")
                .bind(Time::now())
                .bind(Id(id))
                .bind(Id::from(traject))
                .execute(&mut *tx)
                .await?;
        if DB::rows_affected(&done) == 0 {
            return Err(StoreError::NotFound("date".into()));
        }
        audit(&mut tx, &logged(&ctx, AuditAction::DateRemoved, traject)).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn dl_dates(&self, traject: TrajectId) -> StoreResult<Vec<DateRecord>> {
        let mut conn = self.reader.acquire().await?;
        let dates = dates_of::<DB>(&mut conn, traject).await?;
        conn.done();
        Ok(dates)
    }

    async fn dl_open_files(&self) -> StoreResult<Vec<TrajectId>> {
        let rows: Vec<(Id,)> = sqlx::query_as("SELECT id FROM trajecten WHERE closed_at IS NULL ORDER BY id")
            .fetch_all(&self.reader)
            .await?;
        Ok(rows.into_iter().map(|(id,)| TrajectId(id.0)).collect())
    }

    async fn nt_notify(&self, new: NewNotification) -> StoreResult<bool> {
        let key = |state: &str| format!("{}:{}:{}:{state}", new.traject, new.kind, new.due);
        let mut tx = self.writer.begin().await?;
        let done = sqlx::query(
            "INSERT INTO notifications (id, user_id, traject_id, key, kind, state, due, from_day, what, created_at,
             sent_count, failures, next_send_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 0, 0, $11)
             ON CONFLICT (user_id, key) DO NOTHING",
        )
        .bind(Id::v7())
        .bind(Id::from(new.user))
        .bind(Id::from(new.traject))
        .bind(key(&new.state))
        .bind(&new.kind)
        .bind(&new.state)
        .bind(Day(new.due))
        .bind(Day(new.from))
        .bind(&new.what)
        .bind(Time::now())
        .bind(Time(new.send_at))
        .execute(&mut *tx)
        .await?;
        let made = DB::rows_affected(&done) == 1;
        if made && new.state == "overdue" {
            // The deadline passed: the "soon" notice stops; this one says what it means.
            sqlx::query("UPDATE notifications SET next_send_at = NULL WHERE user_id = $1 AND key = $2")
                .bind(Id::from(new.user))
                .bind(key("soon"))
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(made)
    }

    async fn nt_inbox(&self, user: UserId) -> StoreResult<Vec<Notification>> {
        let rows: Vec<NotificationRow> = sqlx::query_as(&format!(
            "{NOTIFICATION_SELECT} WHERE n.user_id = $1 ORDER BY n.created_at DESC, n.id DESC LIMIT 200"
        ))
        .bind(Id::from(user))
        .fetch_all(&self.reader)
        .await?;
        rows.into_iter().map(notification).collect()
    }

    async fn nt_acknowledge(&self, user: UserId, id: Uuid, now: DateTime<Utc>) -> StoreResult<()> {
        let done = sqlx::query(
            "UPDATE notifications SET acknowledged_at = $1, next_send_at = NULL
             WHERE id = $2 AND user_id = $3 AND acknowledged_at IS NULL",
        )
        .bind(Time(now))
        .bind(Id(id))
        .bind(Id::from(user))
        .execute(&self.writer)
        .await?;
        if DB::rows_affected(&done) == 0 {
            return Err(StoreError::NotFound("notification".into()));
        }
        Ok(())
    }

    async fn nt_claim(&self, now: DateTime<Utc>, hold: DateTime<Utc>, limit: u32) -> StoreResult<Vec<Notification>> {
        let mut tx = self.writer.begin().await?;
        let claimed: Vec<(Id,)> = sqlx::query_as(&format!(
            "UPDATE notifications SET next_send_at = $1, sent_count = sent_count + 1, last_sent_at = $2
             WHERE id IN (SELECT id FROM notifications WHERE next_send_at IS NOT NULL AND next_send_at <= $2
                          AND acknowledged_at IS NULL ORDER BY next_send_at, id LIMIT $3{})
             RETURNING id",
            DB::SKIP_LOCKED
        ))
        .bind(Time(hold))
        .bind(Time(now))
        .bind(i32::try_from(limit).unwrap_or(i32::MAX))
        .fetch_all(&mut *tx)
        .await?;
        let mut out = Vec::with_capacity(claimed.len());
        for (id,) in claimed {
            let row: NotificationRow =
                sqlx::query_as(&format!("{NOTIFICATION_SELECT} WHERE n.id = $1")).bind(id).fetch_one(&mut *tx).await?;
            out.push(notification(row)?);
        }
        tx.commit().await?;
        Ok(out)
    }

    async fn nt_schedule(&self, id: Uuid, next: Option<DateTime<Utc>>) -> StoreResult<()> {
        sqlx::query(
            "UPDATE notifications SET next_send_at = $1, failures = 0 WHERE id = $2 AND acknowledged_at IS NULL",
        )
        .bind(next.map(Time))
        .bind(Id(id))
        .execute(&self.writer)
        .await?;
        Ok(())
    }

    async fn nt_failed(&self, id: Uuid, retry_at: DateTime<Utc>) -> StoreResult<()> {
        sqlx::query(
            "UPDATE notifications SET next_send_at = $1, failures = failures + 1, sent_count = sent_count - 1
             WHERE id = $2 AND acknowledged_at IS NULL",
        )
        .bind(Time(retry_at))
        .bind(Id(id))
        .execute(&self.writer)
        .await?;
        Ok(())
    }

    async fn nt_delivery(&self, user: UserId) -> StoreResult<Delivery> {
        let row: Option<(String,)> = sqlx::query_as("SELECT delivery FROM notification_prefs WHERE user_id = $1")
            .bind(Id::from(user))
            .fetch_optional(&self.reader)
            .await?;
        Ok(row.and_then(|(d,)| Delivery::parse(&d)).unwrap_or_default())
    }

    async fn nt_set_delivery(&self, user: UserId, delivery: Delivery) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO notification_prefs (user_id, delivery) VALUES ($1, $2)
             ON CONFLICT (user_id) DO UPDATE SET delivery = excluded.delivery",
        )
        .bind(Id::from(user))
        .bind(delivery.as_str())
        .execute(&self.writer)
        .await?;
        Ok(())
    }

    async fn lt_get(&self, letter: &str, lang: &str) -> StoreResult<Option<(String, String, DateTime<Utc>)>> {
        let row: Option<(String, Option<String>, Time)> = sqlx::query_as(
            "SELECT l.body, u.name, l.updated_at FROM letter_templates l LEFT JOIN users u ON u.id = l.updated_by
             WHERE l.letter = $1 AND l.lang = $2",
        )
        .bind(letter)
        .bind(lang)
        .fetch_optional(&self.reader)
        .await?;
        Ok(row.map(|(body, name, at)| (body, name.unwrap_or_default(), at.0)))
    }

    async fn lt_save(&self, letter: &str, lang: &str, body: Option<&str>, ctx: AuditContext) -> StoreResult<()> {
        let by = ctx.actor.ok_or(StoreError::Conflict("a letter needs an editor".into()))?;
        let mut tx = self.writer.begin().await?;
        match body {
            Some(body) => {
                sqlx::query(
                    "INSERT INTO letter_templates (letter, lang, body, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5)
                     ON CONFLICT (letter, lang) DO UPDATE SET body = excluded.body, updated_by = excluded.updated_by,
                     updated_at = excluded.updated_at",
                )
                .bind(letter)
                .bind(lang)
                .bind(body)
                .bind(Id::from(by))
                .bind(Time::now())
                .execute(&mut *tx)
                .await?;
            }
            None => {
                sqlx::query("DELETE FROM letter_templates WHERE letter = $1 AND lang = $2")
                    .bind(letter)
                    .bind(lang)
                    .execute(&mut *tx)
                    .await?;
            }
        }
        audit(&mut tx, &ctx.entry(AuditAction::LetterSaved, "letter", Some(format!("{letter}/{lang}")))).await?;
        tx.commit().await?;
        Ok(())
    }
}
