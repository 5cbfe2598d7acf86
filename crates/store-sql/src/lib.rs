//! Every query of the store, written once for SQLite and PostgreSQL. The SQL uses `$N`
//! placeholders (sqlx-sqlite binds them by number) and the column types of [`codec`],
//! which encode per database. What really differs per database (connecting, pragmas,
//! backup, schema introspection, migrations) stays in `store-sqlite` and `store-postgres`.

mod audit_batch;
pub mod codec;
mod connections;
mod core;
mod deadlines;
mod document;
mod file_cache;
mod gesprek;
mod hulpwijzer;
mod kennisbank;
pub mod plans;
mod rows;
pub mod schema;
mod traject;

pub use codec::{Day, Id, Time};
pub use connections::{Connections, Lease, Tx};
use samenspoor_store::{NewAuditEntry, StoreError, StoreResult};
use sqlx::Database;

/// What the shared queries need to know of a database beyond sqlx's `Database`.
pub trait Backend: Database {
    /// The name the health page and the logs show.
    const LABEL: &'static str;
    /// Added to a SELECT that claims rows for one instance: PostgreSQL skips rows another
    /// transaction holds; SQLite has one writer, so a claim is never contended.
    const SKIP_LOCKED: &'static str;
    /// Begins a read transaction whose every statement sees the same moment. SQLite's
    /// plain `BEGIN` does (in WAL mode a reader keeps the snapshot of its first read);
    /// PostgreSQL's default gives each statement its own.
    const SNAPSHOT: Option<&'static str>;
    fn rows_affected(result: &Self::QueryResult) -> u64;
}

#[cfg(feature = "sqlite")]
impl Backend for sqlx::Sqlite {
    const LABEL: &'static str = "sqlite";
    const SKIP_LOCKED: &'static str = "";
    const SNAPSHOT: Option<&'static str> = None;
    fn rows_affected(result: &Self::QueryResult) -> u64 {
        result.rows_affected()
    }
}

#[cfg(feature = "postgres")]
impl Backend for sqlx::Postgres {
    const LABEL: &'static str = "postgres";
    const SKIP_LOCKED: &'static str = " FOR UPDATE SKIP LOCKED";
    const SNAPSHOT: Option<&'static str> = Some("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    fn rows_affected(result: &Self::QueryResult) -> u64 {
        result.rows_affected()
    }
}

/// A file's revision: moved on by every change to the file (see `file_cache`); the file's
/// own counter plus, on PostgreSQL, its shards (migration 0017).
const FILE_REV: &str =
    "SELECT CAST(t.rev + COALESCE((SELECT SUM(r.rev) FROM file_revs r WHERE r.traject_id = t.id), 0) AS BIGINT)
     FROM trajecten t WHERE t.id = $1";

impl<DB> SqlStore<DB>
where
    DB: Backend,
    for<'c> &'c mut DB::Connection: sqlx::Executor<'c, Database = DB>,
    for<'q> DB::Arguments<'q>: sqlx::IntoArguments<'q, DB>,
    (i64,): for<'r> sqlx::FromRow<'r, DB::Row>,
    Id: Col<DB>,
{
    /// The file's revision (`FILE_REV`); None when there is no such file.
    async fn file_rev(&self, id: samenspoor_domain::TrajectId) -> StoreResult<Option<i64>> {
        let row: Option<(i64,)> = sqlx::query_as(FILE_REV).bind(Id::from(id)).fetch_optional(&self.reader).await?;
        Ok(row.map(|(rev,)| rev))
    }

    /// A read transaction that sees one moment, with the file's revision at that moment:
    /// what is read in it belongs to that revision and may be kept with it. None when
    /// there is no such file.
    async fn snapshot(&self, id: samenspoor_domain::TrajectId) -> StoreResult<Option<(Tx<DB>, i64)>> {
        let mut tx = self.reader.begin_with(DB::SNAPSHOT).await?;
        let row: Option<(i64,)> = sqlx::query_as(FILE_REV).bind(Id::from(id)).fetch_optional(&mut *tx).await?;
        Ok(row.map(|(rev,)| (tx, rev)))
    }
}

/// A store on one database. Writes go through `writer`, reads through `reader`: on SQLite
/// one writer connection and a read pool, on PostgreSQL the same pool twice.
pub struct SqlStore<DB: Database> {
    writer: Connections<DB>,
    reader: Connections<DB>,
    audit_queue: audit_batch::AuditQueue,
    files: file_cache::FileCache,
}

impl<DB: Database> SqlStore<DB> {
    pub fn new(writer: Connections<DB>, reader: Connections<DB>) -> Self {
        Self { writer, reader, audit_queue: Default::default(), files: Default::default() }
    }

    pub fn writer(&self) -> &Connections<DB> {
        &self.writer
    }

    pub fn reader(&self) -> &Connections<DB> {
        &self.reader
    }

    pub async fn close(&self) {
        self.reader.close().await;
        self.writer.close().await;
    }
}

/// A type that a column holds on database `DB`, both ways.
pub trait Col<DB: Database>:
    for<'q> sqlx::Encode<'q, DB> + for<'r> sqlx::Decode<'r, DB> + sqlx::Type<DB> + Send + Sync + Unpin
{
}

impl<DB: Database, T> Col<DB> for T where
    T: for<'q> sqlx::Encode<'q, DB> + for<'r> sqlx::Decode<'r, DB> + sqlx::Type<DB> + Send + Sync + Unpin
{
}

fn other(e: impl std::fmt::Display) -> StoreError {
    StoreError::Other(e.to_string())
}

fn bad(what: &str, v: &str) -> StoreError {
    StoreError::Other(format!("invalid {what} in database: {v}"))
}

/// `rows` groups of `columns` numbered parameters, for a multi-row VALUES:
/// `($1, $2), ($3, $4)`.
fn value_rows(rows: usize, columns: usize) -> String {
    let row = |r: usize| {
        let params: Vec<String> = (1..=columns).map(|c| format!("${}", r * columns + c)).collect();
        format!("({})", params.join(", "))
    };
    (0..rows).map(row).collect::<Vec<_>>().join(", ")
}

/// Writes one audit entry inside the caller's transaction.
async fn audit<DB>(tx: &mut Tx<DB>, e: &NewAuditEntry) -> StoreResult<()>
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
    audit_batch::insert(tx, std::slice::from_ref(e)).await
}
