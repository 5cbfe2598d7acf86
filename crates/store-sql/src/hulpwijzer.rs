//! The directory of help and the wizard's rules: the bodies of the `hw_*` Store methods.

use crate::{Backend, Col, Day, Id, SqlStore, Time, audit, other};
use chrono::NaiveDate;
use samenspoor_domain::AuditAction;
use samenspoor_store::*;
use std::str::FromStr;

#[async_trait::async_trait]
impl<DB> HulpwijzerStore for SqlStore<DB>
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
    async fn hw_import(&self, entries: &[DirectoryEntry], ctx: AuditContext) -> StoreResult<usize> {
        let mut tx = self.writer.begin().await?;
        for (position, e) in entries.iter().enumerate() {
            let o = &e.organisation;
            sqlx::query(
                "INSERT INTO hw_organisations (id, level, position, data, verified_on) VALUES ($1, $2, $3, $4, $5)
                 ON CONFLICT (id) DO UPDATE SET level = excluded.level, position = excluded.position, data = excluded.data,
                 verified_on = COALESCE(excluded.verified_on, hw_organisations.verified_on)",
            )
            .bind(&o.id)
            .bind(i32::from(o.level))
            .bind(i32::try_from(position).map_err(other)?)
            .bind(serde_json::to_string(o).map_err(other)?)
            .bind(e.verified_on.map(|d| d.to_string()))
            .execute(&mut *tx)
            .await?;
        }
        audit(&mut tx, &ctx.entry(AuditAction::DirectoryImported, "directory", None)).await?;
        tx.commit().await?;
        Ok(entries.len())
    }

    async fn hw_directory(&self) -> StoreResult<Vec<DirectoryEntry>> {
        let rows: Vec<(String, Option<String>)> =
            sqlx::query_as("SELECT data, verified_on FROM hw_organisations ORDER BY level, position, id")
                .fetch_all(&self.reader)
                .await?;
        rows.into_iter()
            .map(|(data, verified)| {
                Ok(DirectoryEntry {
                    organisation: serde_json::from_str(&data).map_err(other)?,
                    verified_on: verified.as_deref().map(NaiveDate::from_str).transpose().map_err(other)?,
                })
            })
            .collect()
    }

    async fn hw_mark_verified(&self, id: &str, on: NaiveDate, ctx: AuditContext) -> StoreResult<()> {
        let mut tx = self.writer.begin().await?;
        let done = sqlx::query("UPDATE hw_organisations SET verified_on = $1 WHERE id = $2")
            .bind(on.to_string())
            .bind(id)
            .execute(&mut *tx)
            .await?;
        if DB::rows_affected(&done) == 0 {
            return Err(StoreError::NotFound("directory entry".into()));
        }
        audit(&mut tx, &ctx.entry(AuditAction::DirectoryEntryVerified, "directory_entry", Some(id.to_owned()))).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn hw_rule_versions(&self) -> StoreResult<Vec<RuleVersion>> {
        let rows: Vec<(Id, i32, String, Option<Id>, Time)> = sqlx::query_as(
            "SELECT id, number, rules, author_id, created_at FROM hw_rule_versions ORDER BY number DESC",
        )
        .fetch_all(&self.reader)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(id, number, text, author, at)| RuleVersion {
                id: id.0,
                number,
                text,
                author: author.map(|a| samenspoor_domain::UserId(a.0)),
                created_at: at.0,
            })
            .collect())
    }

    async fn hw_save_rules(&self, text: &str, ctx: AuditContext) -> StoreResult<RuleVersion> {
        let mut tx = self.writer.begin().await?;
        let id = Id::v7();
        sqlx::query(
            "INSERT INTO hw_rule_versions (id, number, rules, author_id, created_at)
             VALUES ($1, (SELECT COALESCE(MAX(number), 0) + 1 FROM hw_rule_versions), $2, $3, $4)",
        )
        .bind(id)
        .bind(text)
        .bind(ctx.actor.map(Id::from))
        .bind(Time::now())
        .execute(&mut *tx)
        .await?;
        audit(&mut tx, &ctx.entry(AuditAction::RulesSaved, "hulpwijzer_rules", Some(id.0.to_string()))).await?;
        tx.commit().await?;
        self.hw_rule_versions().await?.into_iter().find(|v| v.id == id.0).ok_or(StoreError::NotFound("rules".into()))
    }
}
