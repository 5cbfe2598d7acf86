//! Audit rows of reads, committed together. Every view of a child's file writes a row; one
//! transaction per row queued every page behind the one writer (about 1,700 file pages a
//! second on SQLite, however fast the rest). Rows that arrive while a batch commits wait
//! together and go into the next one. Each caller returns only once its own row is
//! committed, so no page is shown before its read is on record.

use crate::{Backend, Col, Connections, Id, SqlStore, Time, Tx};
use samenspoor_store::{NewAuditEntry, StoreError, StoreResult};
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
    i32: Col<DB>,
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

async fn commit<DB>(pool: Connections<DB>, batch: Vec<Waiting>)
where
    DB: Backend,
    for<'c> &'c mut DB::Connection: sqlx::Executor<'c, Database = DB>,
    for<'q> DB::Arguments<'q>: sqlx::IntoArguments<'q, DB>,
    for<'a> &'a str: sqlx::Encode<'a, DB> + sqlx::Type<DB>,
    Option<String>: Col<DB>,
    i32: Col<DB>,
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

/// Writes `rows` into the audit log inside the caller's transaction, in one statement, and
/// extends the runs that "who looked" shows (migration 0015).
pub(crate) async fn insert<DB>(tx: &mut Tx<DB>, rows: &[NewAuditEntry]) -> StoreResult<()>
where
    DB: Backend,
    for<'c> &'c mut DB::Connection: sqlx::Executor<'c, Database = DB>,
    for<'q> DB::Arguments<'q>: sqlx::IntoArguments<'q, DB>,
    for<'a> &'a str: sqlx::Encode<'a, DB> + sqlx::Type<DB>,
    Option<String>: Col<DB>,
    i32: Col<DB>,
    Id: Col<DB>,
    Option<Id>: Col<DB>,
    Time: Col<DB>,
{
    let ids: Vec<Id> = rows.iter().map(|_| Id::v7()).collect();
    let sql = format!(
        "INSERT INTO audit_log (id, at, actor_id, action, object_type, object_id, ip) VALUES {}",
        crate::value_rows(rows.len(), 7)
    );
    let mut query = sqlx::query(&sql);
    for (e, id) in rows.iter().zip(&ids) {
        query = query
            .bind(*id)
            .bind(Time(e.at))
            .bind(e.actor.map(Id::from))
            .bind(e.action.as_str())
            .bind(e.object_type.as_str())
            .bind(&e.object_id)
            .bind(&e.ip);
    }
    query.execute(&mut **tx).await?;
    // Each object's rows in the order written; a stretch of the same person and action
    // extends one run in one statement.
    let mut order: Vec<usize> = (0..rows.len()).filter(|&i| rows[i].object_id.is_some()).collect();
    order.sort_by(|&a, &b| (&rows[a].object_type, &rows[a].object_id).cmp(&(&rows[b].object_type, &rows[b].object_id)));
    let same = |a: &NewAuditEntry, b: &NewAuditEntry| {
        (&a.object_type, &a.object_id, a.actor, a.action) == (&b.object_type, &b.object_id, b.actor, b.action)
    };
    for stretch in order.chunk_by(|&a, &b| same(&rows[a], &rows[b])) {
        let first = &rows[stretch[0]];
        let times = stretch.iter().map(|&i| rows[i].at);
        let (from, to) = (times.clone().min().unwrap_or(first.at), times.max().unwrap_or(first.at));
        let count = i32::try_from(stretch.len()).unwrap_or(i32::MAX);
        let extended = sqlx::query(&crate::plans::EXTEND_RUN.replace("{skip_locked}", DB::SKIP_LOCKED))
            .bind(count)
            .bind(Time(to))
            .bind(first.object_type.as_str())
            .bind(&first.object_id)
            .bind(first.actor.map(Id::from))
            .bind(first.action.as_str())
            .execute(&mut **tx)
            .await?;
        if DB::rows_affected(&extended) == 0 {
            sqlx::query(
                "INSERT INTO audit_runs (id, object_type, object_id, actor_id, action, first_at, last_at, count)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            )
            .bind(ids[stretch[0]])
            .bind(first.object_type.as_str())
            .bind(&first.object_id)
            .bind(first.actor.map(Id::from))
            .bind(first.action.as_str())
            .bind(Time(from))
            .bind(Time(to))
            .bind(count)
            .execute(&mut **tx)
            .await?;
        }
    }
    Ok(())
}
