//! The directory of help and the wizard's rules on SQLite.

use crate::rows::{from_ms, ms};
use crate::{SqliteStore, audit};
use chrono::{NaiveDate, Utc};
use samenspoor_domain::AuditAction;
use samenspoor_store::*;
use std::str::FromStr;
use uuid::Uuid;

fn other(e: impl std::fmt::Display) -> StoreError {
    StoreError::Other(e.to_string())
}

#[async_trait::async_trait]
impl HulpwijzerStore for SqliteStore {
    async fn hw_import(&self, entries: &[DirectoryEntry], ctx: AuditContext) -> StoreResult<usize> {
        let mut tx = self.writer.begin().await?;
        for (position, e) in entries.iter().enumerate() {
            let o = &e.organisation;
            sqlx::query(
                "INSERT INTO hw_organisations (id, level, position, data, verified_on) VALUES (?, ?, ?, ?, ?)
                 ON CONFLICT (id) DO UPDATE SET level = excluded.level, position = excluded.position, data = excluded.data,
                 verified_on = COALESCE(excluded.verified_on, hw_organisations.verified_on)",
            )
            .bind(&o.id)
            .bind(i32::from(o.level))
            .bind(position as i64)
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
        let done = sqlx::query("UPDATE hw_organisations SET verified_on = ? WHERE id = ?")
            .bind(on.to_string())
            .bind(id)
            .execute(&mut *tx)
            .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound("directory entry".into()));
        }
        audit(&mut tx, &ctx.entry(AuditAction::DirectoryEntryVerified, "directory_entry", Some(id.to_owned()))).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn hw_rule_versions(&self) -> StoreResult<Vec<RuleVersion>> {
        let rows: Vec<(String, i32, String, Option<String>, i64)> = sqlx::query_as(
            "SELECT id, number, rules, author_id, created_at FROM hw_rule_versions ORDER BY number DESC",
        )
        .fetch_all(&self.reader)
        .await?;
        rows.into_iter()
            .map(|(id, number, text, author, at)| {
                Ok(RuleVersion {
                    id: Uuid::from_str(&id).map_err(other)?,
                    number,
                    text,
                    author: author.as_deref().map(str::parse).transpose().map_err(other)?,
                    created_at: from_ms(at),
                })
            })
            .collect()
    }

    async fn hw_save_rules(&self, text: &str, ctx: AuditContext) -> StoreResult<RuleVersion> {
        let mut tx = self.writer.begin().await?;
        let id = Uuid::now_v7();
        sqlx::query(
            "INSERT INTO hw_rule_versions (id, number, rules, author_id, created_at)
             VALUES (?, (SELECT COALESCE(MAX(number), 0) + 1 FROM hw_rule_versions), ?, ?, ?)",
        )
        .bind(id.to_string())
        .bind(text)
        .bind(ctx.actor.map(|a| a.to_string()))
        .bind(ms(Utc::now()))
        .execute(&mut *tx)
        .await?;
        audit(&mut tx, &ctx.entry(AuditAction::RulesSaved, "hulpwijzer_rules", Some(id.to_string()))).await?;
        tx.commit().await?;
        self.hw_rule_versions().await?.into_iter().find(|v| v.id == id).ok_or(StoreError::NotFound("rules".into()))
    }
}
