//! The file's known dates: the bodies of the `dl_*` Store methods.

use crate::traject::event;
use crate::{Backend, Col, Day, Id, SqlStore, Time, audit, bad};
use samenspoor_domain::deadlines::{DateKind, KnownDate};
use samenspoor_domain::{AuditAction, TrajectId};
use samenspoor_store::*;
use uuid::Uuid;

type DateRow = (Id, String, Day, Option<String>, Time);

fn record((id, kind, day, name, at): DateRow) -> StoreResult<DateRecord> {
    let kind = DateKind::parse(&kind).ok_or_else(|| bad("date kind", &kind))?;
    Ok(DateRecord { id: id.0, date: KnownDate { kind, day: day.0 }, by_name: name.unwrap_or_default(), at: at.0 })
}

const DATE_SELECT: &str = "SELECT d.id, d.kind, d.day, u.name, d.entered_at FROM tr_dates d
     LEFT JOIN users u ON u.id = d.entered_by";

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
        let rows: Vec<DateRow> = sqlx::query_as(&format!(
            "{DATE_SELECT} WHERE d.traject_id = $1 AND d.removed_at IS NULL ORDER BY d.day, d.id"
        ))
        .bind(Id::from(traject))
        .fetch_all(&self.reader)
        .await?;
        rows.into_iter().map(record).collect()
    }
}
