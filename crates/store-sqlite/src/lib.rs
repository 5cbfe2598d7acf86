//! The embedded default store. SQLite in WAL mode with foreign keys on; all writes go
//! through one connection, so writers never fight over the lock, while reads use a small
//! pool of their own. The queries are in `samenspoor-store-sql`; here is only what is
//! SQLite's own: connecting, pragmas, backup, schema introspection and the migrations.

use samenspoor_store::{StoreError, StoreResult};
use samenspoor_store_sql::schema::{Column, ForeignKey, Index, Schema};
use samenspoor_store_sql::{Connections, SqlStore};
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
    // A connection to a file cannot drop: sqlx's test of each one it hands out (a trip to
    // the connection's thread and back around every query) is left out.
    let pool = |size| SqlitePoolOptions::new().max_connections(size).test_before_acquire(false);
    let writer = pool(1).connect_with(options.clone()).await?;
    MIGRATOR.run(&writer).await.map_err(|e| StoreError::Other(e.to_string()))?;
    let reader = pool(4).connect_with(options.read_only(true)).await?;
    Ok(SqlStore::new(Connections::new(writer), Connections::new(reader)))
}

/// A consistent copy of the live database, taken while it keeps serving.
pub async fn backup_to(store: &SqliteStore, target: &Path) -> StoreResult<()> {
    if target.exists() {
        return Err(StoreError::Conflict(format!("{} exists already", target.display())));
    }
    sqlx::query("VACUUM INTO $1").bind(target.to_string_lossy().into_owned()).execute(store.writer()).await?;
    Ok(())
}

/// Whether the database at `path` holds any row outside the migrations table (a file that
/// does not exist, or only a migrated schema, is empty).
pub async fn holds_data(path: &Path) -> StoreResult<bool> {
    if !path.exists() {
        return Ok(false);
    }
    let options = SqliteConnectOptions::new().filename(path).read_only(true).busy_timeout(Duration::from_secs(5));
    let mut conn = sqlx::ConnectOptions::connect(&options).await?;
    let tables: Vec<(String,)> = sqlx::query_as(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_sqlx%'",
    )
    .fetch_all(&mut conn)
    .await?;
    for (table,) in tables {
        let any: Option<(i64,)> = sqlx::query_as(&format!("SELECT 1 FROM \"{}\" LIMIT 1", table.replace('"', "\"\"")))
            .fetch_optional(&mut conn)
            .await?;
        if any.is_some() {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Restores a copy made by `backup_to` as the database at `target`. The copy is checked
/// (integrity, foreign keys) and brought to this version's schema in a new file beside the
/// target, which then takes the target's place in one rename; the database it replaces, if
/// any, is kept beside it and its path returned. Refused when `target` holds data, unless
/// `force`. Stop the server first: it would keep writing to the file it has open.
pub async fn restore_from(backup: &Path, target: &Path, force: bool) -> StoreResult<Option<std::path::PathBuf>> {
    if !backup.is_file() {
        return Err(StoreError::NotFound(format!("{} is not a file", backup.display())));
    }
    if !force && holds_data(target).await? {
        return Err(StoreError::Conflict(format!(
            "{} holds data already; restore into an empty database, or add --force to replace it (it is kept beside)",
            target.display()
        )));
    }
    let with_suffix = |suffix: &str| {
        let mut name = target.as_os_str().to_owned();
        name.push(suffix);
        std::path::PathBuf::from(name)
    };
    let io = |what: &Path, e: std::io::Error| StoreError::Unavailable(format!("{}: {e}", what.display()));
    let staging = with_suffix(".restoring");
    for f in [staging.clone(), with_suffix(".restoring-wal"), with_suffix(".restoring-shm")] {
        let _ = std::fs::remove_file(f);
    }
    if let Some(dir) = target.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| io(dir, e))?;
    }
    std::fs::copy(backup, &staging).map_err(|e| io(backup, e))?;
    let checked = check_and_migrate(&staging).await;
    if let Err(e) = checked {
        let _ = std::fs::remove_file(&staging);
        return Err(e);
    }
    let kept = if target.exists() {
        let kept = with_suffix(&format!(".before-restore-{}", unix_seconds()));
        std::fs::rename(target, &kept).map_err(|e| io(target, e))?;
        Some(kept)
    } else {
        None
    };
    for f in [with_suffix("-wal"), with_suffix("-shm")] {
        if f.exists() {
            std::fs::remove_file(&f).map_err(|e| io(&f, e))?;
        }
    }
    std::fs::rename(&staging, target).map_err(|e| io(target, e))?;
    Ok(kept)
}

fn unix_seconds() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or_default()
}

/// Checks a copy and brings it to this version's schema, leaving one self-contained file.
async fn check_and_migrate(path: &Path) -> StoreResult<()> {
    let options = SqliteConnectOptions::new()
        .filename(path)
        .journal_mode(SqliteJournalMode::Wal)
        .foreign_keys(true)
        .busy_timeout(Duration::from_secs(5));
    let pool = SqlitePoolOptions::new().max_connections(1).connect_with(options).await?;
    let result = async {
        let (integrity,): (String,) = sqlx::query_as("PRAGMA integrity_check").fetch_one(&pool).await?;
        if integrity != "ok" {
            return Err(StoreError::Other(format!("{} is damaged: {integrity}", path.display())));
        }
        let known: Option<(i64,)> =
            sqlx::query_as("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlx_migrations'")
                .fetch_optional(&pool)
                .await?;
        if known.is_none() {
            return Err(StoreError::Other(format!("{} is not a Samenspoor database", path.display())));
        }
        MIGRATOR.run(&pool).await.map_err(|e| StoreError::Other(format!("{}: {e}", path.display())))?;
        let broken: Vec<(String,)> =
            sqlx::query_as("SELECT \"table\" FROM pragma_foreign_key_check").fetch_all(&pool).await?;
        if !broken.is_empty() {
            return Err(StoreError::Other(format!("{} has rows that refer to nothing", path.display())));
        }
        sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)").execute(&pool).await?;
        Ok(())
    }
    .await;
    pool.close().await;
    result
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
