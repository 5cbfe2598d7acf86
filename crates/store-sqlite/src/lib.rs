//! The embedded default store. SQLite in WAL mode with foreign keys on; all writes go
//! through one connection, so writers never fight over the lock, while reads use a small
//! pool of their own. The queries are in `samenspoor-store-sql`; here is only what is
//! SQLite's own: connecting, pragmas, backup, schema introspection and the migrations.

use samenspoor_store::{StoreError, StoreResult};
use samenspoor_store_sql::SqlStore;
use samenspoor_store_sql::schema::{Column, ForeignKey, Index, Schema};
use sqlx::Sqlite;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

pub type SqliteStore = SqlStore<Sqlite>;

/// Opens (and creates, with its folder) the database at `url` (`sqlite://path` or
/// `sqlite:path`) and runs the migrations.
pub async fn connect(url: &str) -> StoreResult<SqliteStore> {
    let options = SqliteConnectOptions::from_str(url)
        .map_err(|e| StoreError::Unavailable(format!("{url}: {e}")))?
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Normal)
        .foreign_keys(true)
        .busy_timeout(Duration::from_secs(5));
    if let Some(dir) = Path::new(options.get_filename()).parent()
        && !dir.as_os_str().is_empty()
    {
        std::fs::create_dir_all(dir).map_err(|e| StoreError::Unavailable(format!("{}: {e}", dir.display())))?;
    }
    let writer = SqlitePoolOptions::new().max_connections(1).connect_with(options.clone()).await?;
    MIGRATOR.run(&writer).await.map_err(|e| StoreError::Other(e.to_string()))?;
    let reader = SqlitePoolOptions::new().max_connections(4).connect_with(options.read_only(true)).await?;
    Ok(SqlStore::new(writer, reader))
}

/// A consistent copy of the live database, taken while it keeps serving.
pub async fn backup_to(store: &SqliteStore, target: &Path) -> StoreResult<()> {
    if target.exists() {
        return Err(StoreError::Conflict(format!("{} exists already", target.display())));
    }
    sqlx::query("VACUUM INTO $1").bind(target.to_string_lossy().into_owned()).execute(store.writer()).await?;
    Ok(())
}

/// Every table's columns, indexes and foreign keys, for the test that both migration
/// trees agree. A PRIMARY KEY column counts as NOT NULL (SQLite would let a TEXT key hold
/// NULL; the application never leaves an id empty).
pub async fn schema(store: &SqliteStore) -> StoreResult<Schema> {
    const TABLES: &str = "m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE '_sqlx%'";
    let columns: Vec<Column> = sqlx::query_as(&format!(
        "SELECT m.name AS \"table\", p.name, p.type AS declared, (p.\"notnull\" OR p.pk > 0) AS not_null
         FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE {TABLES} ORDER BY 1, 2"
    ))
    .fetch_all(store.reader())
    .await?;
    let mut indexes: Vec<Index> = sqlx::query_as(&format!(
        "SELECT m.name AS \"table\", il.\"unique\",
         (SELECT group_concat(name, ',') FROM (SELECT name FROM pragma_index_info(il.name) ORDER BY seqno)) AS columns
         FROM sqlite_master m JOIN pragma_index_list(m.name) il WHERE {TABLES}"
    ))
    .fetch_all(store.reader())
    .await?;
    indexes.sort();
    let mut foreign_keys: Vec<ForeignKey> = sqlx::query_as(&format!(
        "SELECT m.name AS \"table\", f.\"from\" AS \"column\", f.\"table\" || '.' || COALESCE(f.\"to\", '') AS refers_to,
         f.on_delete FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f WHERE {TABLES}"
    ))
    .fetch_all(store.reader())
    .await?;
    foreign_keys.sort();
    Ok(Schema { columns, indexes, foreign_keys })
}
