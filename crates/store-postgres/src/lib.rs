//! The PostgreSQL store, for larger installations and any number of instances. The
//! queries are in `samenspoor-store-sql`; here is only what is PostgreSQL's own:
//! connecting, schema introspection and the migrations. Every use case is one
//! transaction, and a sign-in link is claimed with a conditional UPDATE, so any number of
//! app instances can share one database.

use samenspoor_store::{StoreError, StoreResult};
use samenspoor_store_sql::schema::{Column, ForeignKey, Index, Schema};
use samenspoor_store_sql::{Connections, SqlStore};
use sqlx::Postgres;
use sqlx::postgres::PgPoolOptions;
use std::time::Duration;

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

pub type PgStore = SqlStore<Postgres>;

/// The pool both connects use. sqlx tests every connection it hands out with a round trip
/// to the server unless told otherwise, and every connection it takes back: two round trips
/// around every query (a tenth of a file page's time, in perf). The test on the way back is
/// skipped for a connection that ended cleanly (`Connections`); the one on the way out is
/// made only after a connection sat unused for a second, so one the server dropped
/// meanwhile (a restart, an outage) is still found and replaced before a request gets it.
fn pool_options() -> PgPoolOptions {
    PgPoolOptions::new()
        .max_connections(16)
        .acquire_timeout(Duration::from_secs(5))
        .test_before_acquire(false)
        .before_acquire(|conn, meta| {
            Box::pin(async move {
                if meta.idle_for >= Duration::from_secs(1) {
                    sqlx::Connection::ping(conn).await?;
                }
                Ok(true)
            })
        })
}

/// The store on `pool`: reads and writes share it.
fn store(pool: sqlx::PgPool) -> PgStore {
    let connections = Connections::new(pool);
    SqlStore::new(connections.clone(), connections)
}

/// Connects to `url` (`postgres://...`) and runs the migrations. Reads and writes share
/// one pool.
pub async fn connect(url: &str) -> StoreResult<PgStore> {
    let pool = pool_options().connect(url).await?;
    MIGRATOR.run(&pool).await.map_err(|e| StoreError::Other(e.to_string()))?;
    Ok(store(pool))
}

/// Connects without touching the schema, for a server that runs as a role that may not
/// change it (see `app_role.sql`): refuses to start while migrations are pending, so the
/// owner runs `samenspoor migrate` first.
pub async fn connect_migrated(url: &str) -> StoreResult<PgStore> {
    let pool = pool_options().connect(url).await?;
    let pending = || {
        StoreError::Unavailable("the database schema is not up to date: run `samenspoor migrate` as its owner".into())
    };
    let applied: Vec<(i64,)> = sqlx::query_as("SELECT version FROM _sqlx_migrations WHERE success")
        .fetch_all(&pool)
        .await
        .map_err(|_| pending())?;
    if MIGRATOR.iter().any(|m| !applied.contains(&(m.version,))) {
        return Err(pending());
    }
    Ok(store(pool))
}

/// The grants for the role the server runs as, when another role owns the schema: full
/// use of every table except the audit log, which it may only read and append to (and
/// clear the IP column of). Run with `psql -v app_role=NAME -f app_role.sql` after each
/// `samenspoor migrate`.
pub const APP_ROLE_GRANTS: &str = include_str!("../app_role.sql");

/// Every table's columns, indexes and foreign keys, for the test that both migration
/// trees agree.
pub async fn schema(store: &PgStore) -> StoreResult<Schema> {
    let columns: Vec<Column> = sqlx::query_as(
        "SELECT table_name::text AS \"table\", column_name::text AS name, data_type::text AS declared,
         is_nullable = 'NO' AS not_null
         FROM information_schema.columns
         WHERE table_schema = current_schema() AND table_name NOT LIKE '\\_sqlx%'
         ORDER BY 1, 2",
    )
    .fetch_all(store.reader())
    .await?;
    let mut indexes: Vec<Index> = sqlx::query_as(
        "SELECT t.relname::text AS \"table\", string_agg(a.attname::text, ',' ORDER BY k.n) AS columns,
         ix.indisunique AS \"unique\"
         FROM pg_index ix
         JOIN pg_class t ON t.oid = ix.indrelid
         JOIN pg_namespace ns ON ns.oid = t.relnamespace
         CROSS JOIN LATERAL unnest(ix.indkey::int2[]) WITH ORDINALITY AS k(attnum, n)
         JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
         WHERE ns.nspname = current_schema() AND t.relname NOT LIKE '\\_sqlx%'
         GROUP BY t.relname, ix.indexrelid, ix.indisunique",
    )
    .fetch_all(store.reader())
    .await?;
    indexes.sort();
    let mut foreign_keys: Vec<ForeignKey> = sqlx::query_as(
        "SELECT t.relname::text AS \"table\", a.attname::text AS \"column\",
         r.relname::text || '.' || ra.attname::text AS refers_to,
         CASE c.confdeltype WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN 'SET DEFAULT'
              WHEN 'r' THEN 'RESTRICT' ELSE 'NO ACTION' END AS on_delete
         FROM pg_constraint c
         JOIN pg_class t ON t.oid = c.conrelid
         JOIN pg_class r ON r.oid = c.confrelid
         CROSS JOIN LATERAL unnest(c.conkey, c.confkey) AS k(col, refcol)
         JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.col
         JOIN pg_attribute ra ON ra.attrelid = c.confrelid AND ra.attnum = k.refcol
         WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace",
    )
    .fetch_all(store.reader())
    .await?;
    foreign_keys.sort();
    Ok(Schema { columns, indexes, foreign_keys })
}
