//! Audit rows of reads, committed together. Every view of a child's file writes a row; one
//! transaction per row queued every page behind the one writer (about 1,700 file pages a
//! second on SQLite, however fast the rest). Rows that arrive while a batch commits wait
//! together and go into the next one. Each caller returns only once its own row is
//! committed, so no page is shown before its read is on record.

use crate::{Backend, Col, Id, SqlStore, Time};
use samenspoor_store::{NewAuditEntry, StoreError, StoreResult};
use sqlx::{Pool, Transaction};
use tokio::sync::oneshot;

/// Rows per INSERT: few distinct statements to prepare, far below either database's limit
/// on bound values.
const ROWS_PER_INSERT: usize = 64;

type Waiting = (NewAuditEntry, oneshot::Sender<StoreResult<()>>);

#[derive(Default)]
pub struct AuditQueue {
    waiting: std::sync::Mutex<Vec<Waiting>>,
    /// Held by the caller that commits a batch; the others wait for it here.
    turn: tokio::sync::Mutex<()>,
}

impl<DB> SqlStore<DB>
where
    DB: Backend,
    for<'c> &'c mut DB::Connection: sqlx::Executor<'c, Database = DB>,
    for<'q> DB::Arguments<'q>: sqlx::IntoArguments<'q, DB>,
    for<'a> &'a str: sqlx::Encode<'a, DB> + sqlx::Type<DB>,
    Option<String>: Col<DB>,
    Id: Col<DB>,
    Option<Id>: Col<DB>,
    Time: Col<DB>,
{
    pub(crate) async fn append_audit_batched(&self, entry: NewAuditEntry) -> StoreResult<()> {
        let (done, mut committed) = oneshot::channel();
        self.audit_queue.waiting.lock().unwrap_or_else(|e| e.into_inner()).push((entry, done));
        let turn = self.audit_queue.turn.lock().await;
        if let Ok(result) = committed.try_recv() {
            return result;
        }
        let batch = std::mem::take(&mut *self.audit_queue.waiting.lock().unwrap_or_else(|e| e.into_inner()));
        if !batch.is_empty() {
            // A task of its own: a caller that goes away (a closed connection drops its
            // request) must not take the other callers' rows with it.
            let pool = self.writer.clone();
            let _ = tokio::spawn(commit(pool, batch)).await;
        }
        drop(turn);
        committed.await.unwrap_or_else(|_| Err(StoreError::Other("audit row not written".into())))
    }
}

async fn commit<DB>(pool: Pool<DB>, batch: Vec<Waiting>)
where
    DB: Backend,
    for<'c> &'c mut DB::Connection: sqlx::Executor<'c, Database = DB>,
    for<'q> DB::Arguments<'q>: sqlx::IntoArguments<'q, DB>,
    for<'a> &'a str: sqlx::Encode<'a, DB> + sqlx::Type<DB>,
    Option<String>: Col<DB>,
    Id: Col<DB>,
    Option<Id>: Col<DB>,
    Time: Col<DB>,
{
    let (entries, callers): (Vec<_>, Vec<_>) = batch.into_iter().unzip();
    let result = async {
        let mut tx = pool.begin().await?;
        for rows in entries.chunks(ROWS_PER_INSERT) {
            insert(&mut tx, rows).await?;
        }
        tx.commit().await?;
        Ok::<_, StoreError>(())
    }
    .await;
    for caller in callers {
        let _ = caller.send(result.clone());
    }
}

/// Writes `rows` into the audit log inside the caller's transaction, in one statement.
pub(crate) async fn insert<DB>(tx: &mut Transaction<'_, DB>, rows: &[NewAuditEntry]) -> StoreResult<()>
where
    DB: Backend,
    for<'c> &'c mut DB::Connection: sqlx::Executor<'c, Database = DB>,
    for<'q> DB::Arguments<'q>: sqlx::IntoArguments<'q, DB>,
    for<'a> &'a str: sqlx::Encode<'a, DB> + sqlx::Type<DB>,
    Option<String>: Col<DB>,
    Id: Col<DB>,
    Option<Id>: Col<DB>,
    Time: Col<DB>,
{
    let values: Vec<String> = (0..rows.len())
        .map(|r| {
            let n = r * 7;
            format!("(${}, ${}, ${}, ${}, ${}, ${}, ${})", n + 1, n + 2, n + 3, n + 4, n + 5, n + 6, n + 7)
        })
        .collect();
    let sql = format!(
        "INSERT INTO audit_log (id, at, actor_id, action, object_type, object_id, ip) VALUES {}",
        values.join(", ")
    );
    let mut query = sqlx::query(&sql);
    for e in rows {
        query = query
            .bind(Id::v7())
            .bind(Time(e.at))
            .bind(e.actor.map(Id::from))
            .bind(e.action.as_str())
            .bind(e.object_type.as_str())
            .bind(&e.object_id)
            .bind(&e.ip);
    }
    query.execute(&mut **tx).await?;
    Ok(())
}
