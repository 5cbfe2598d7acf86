//! The store's connections (`samenspoor_store_sql::Connections`) on both databases: a
//! connection is handed out again without sqlx's test only when it ended cleanly, callers
//! beyond the pool's size wait their turn, and closing does not wait for kept connections.

use crate::support::pg;
use samenspoor_store_sql::{Backend, Connections};
use std::time::{Duration, Instant};

/// The pools of the tests: `size` connections, and a short wait so that a caller stuck in
/// sqlx's queue fails the test quickly.
async fn sqlite(size: u32) -> (tempfile::TempDir, Connections<sqlx::Sqlite>) {
    let dir = tempfile::tempdir().unwrap();
    // In WAL mode, as the store's database is.
    let options = sqlx::sqlite::SqliteConnectOptions::new()
        .filename(dir.path().join("c.db"))
        .create_if_missing(true)
        .journal_mode(sqlx::sqlite::SqliteJournalMode::Wal);
    let pool = sqlx::sqlite::SqlitePoolOptions::new()
        .max_connections(size)
        .acquire_timeout(Duration::from_secs(2))
        .connect_with(options)
        .await
        .unwrap();
    (dir, Connections::new(pool))
}

async fn postgres(size: u32) -> Option<Connections<sqlx::Postgres>> {
    postgres_with(sqlx::postgres::PgPoolOptions::new().max_connections(size)).await
}

async fn postgres_with(options: sqlx::postgres::PgPoolOptions) -> Option<Connections<sqlx::Postgres>> {
    let url = pg::fresh_url().await?;
    let pool = options.acquire_timeout(Duration::from_secs(2)).connect(&url).await.unwrap();
    Some(Connections::new(pool))
}

/// The same checks, written once, for each database's connection type.
macro_rules! checks {
    ($connections:expr, $many_rows:expr) => {{
        let c = $connections;
        sqlx::query("CREATE TABLE t (n BIGINT NOT NULL)").execute(&c).await.unwrap();
        let count = || async { sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM t").fetch_one(&c).await.unwrap() };

        // A transaction dropped without a commit is rolled back, and the connection (the
        // pool has one) serves the next caller outside any transaction.
        {
            let mut tx = c.begin().await.unwrap();
            sqlx::query("INSERT INTO t (n) VALUES (1)").execute(&mut *tx).await.unwrap();
        }
        assert_eq!(count().await, 0, "a dropped transaction leaves nothing behind");
        sqlx::query("INSERT INTO t (n) VALUES (2)").execute(&c).await.unwrap();
        let mut tx = c.begin().await.unwrap();
        sqlx::query("INSERT INTO t (n) VALUES (3)").execute(&mut *tx).await.unwrap();
        tx.commit().await.unwrap();
        assert_eq!(count().await, 2, "a statement and a committed transaction both stay");

        // A failed statement does not leave its connection unusable for the next caller.
        assert!(sqlx::query("INSERT INTO nowhere (n) VALUES (1)").execute(&c).await.is_err());
        assert_eq!(count().await, 2);

        // A caller that stops reading early leaves nothing for the next one to read.
        {
            let mut lease = c.acquire().await.unwrap();
            let mut rows = sqlx::query_scalar::<_, i64>($many_rows).fetch(&mut *lease);
            use futures_util::TryStreamExt;
            assert_eq!(rows.try_next().await.unwrap(), Some(1));
        }
        assert_eq!(count().await, 2);

        // Thirty callers at once on one connection: each waits its turn, none times out.
        let started = Instant::now();
        let writes = (0..30).map(|i| {
            let c = c.clone();
            async move {
                let mut tx = c.begin().await?;
                sqlx::query("INSERT INTO t (n) VALUES ($1)").bind(100 + i).execute(&mut *tx).await?;
                tx.commit().await
            }
        });
        for result in futures_util::future::join_all(writes).await {
            result.unwrap();
        }
        assert_eq!(count().await, 32);
        assert!(started.elapsed() < Duration::from_secs(2), "callers waited {:?}", started.elapsed());

        // Closing does not wait for the connection kept for the next caller.
        tokio::time::timeout(Duration::from_secs(5), c.close()).await.expect("close returns");
        assert!(matches!(c.acquire().await, Err(sqlx::Error::PoolClosed)));
    }};
}

#[tokio::test]
async fn connections_end_cleanly_take_turns_and_close_on_sqlite() {
    let (_dir, c) = sqlite(1).await;
    checks!(c, "WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < 100000) SELECT n FROM s");
}

#[tokio::test]
async fn connections_end_cleanly_take_turns_and_close_on_postgres() {
    let Some(c) = postgres(1).await else { return };
    checks!(c, "SELECT n FROM generate_series(1::BIGINT, 100000) AS n");
}

/// Every read of a transaction begun with the database's `SNAPSHOT` sees one moment: a
/// change committed meanwhile on another connection shows only after it. The store keeps a
/// file read this way with the revision read first in the same transaction.
macro_rules! snapshot_check {
    ($connections:expr, $db:ty) => {{
        let c = $connections;
        sqlx::query("CREATE TABLE s (n BIGINT NOT NULL)").execute(&c).await.unwrap();
        sqlx::query("INSERT INTO s (n) VALUES (1)").execute(&c).await.unwrap();
        let mut read = c.begin_with(<$db as Backend>::SNAPSHOT).await.unwrap();
        let count = "SELECT COUNT(*) FROM s";
        let first: i64 = sqlx::query_scalar(count).fetch_one(&mut *read).await.unwrap();
        sqlx::query("INSERT INTO s (n) VALUES (2)").execute(&c).await.unwrap();
        let again: i64 = sqlx::query_scalar(count).fetch_one(&mut *read).await.unwrap();
        assert_eq!((first, again), (1, 1), "the change committed meanwhile is not seen");
        read.commit().await.unwrap();
        assert_eq!(sqlx::query_scalar::<_, i64>(count).fetch_one(&c).await.unwrap(), 2, "and is seen after");
    }};
}

#[tokio::test]
async fn a_snapshot_reads_one_moment_on_sqlite() {
    let (_dir, c) = sqlite(2).await;
    snapshot_check!(c, sqlx::Sqlite);
}

#[tokio::test]
async fn a_snapshot_reads_one_moment_on_postgres() {
    let Some(c) = postgres(2).await else { return };
    snapshot_check!(c, sqlx::Postgres);
}

/// A kept connection that the server ended meanwhile is found by its test (after a second
/// unused) and replaced, so the next caller does not get an error.
#[tokio::test]
async fn a_kept_connection_the_server_ended_is_replaced_on_postgres() {
    let Some(c) = postgres(1).await else { return };
    let first: i32 = sqlx::query_scalar("SELECT pg_backend_pid()").fetch_one(&c).await.unwrap();
    let again: i32 = sqlx::query_scalar("SELECT pg_backend_pid()").fetch_one(&c).await.unwrap();
    assert_eq!(first, again, "the kept connection is handed out again");
    let url = pg::fresh_url().await.unwrap();
    let mut admin = <sqlx::PgConnection as sqlx::Connection>::connect(&url).await.unwrap();
    let ended: bool =
        sqlx::query_scalar("SELECT pg_terminate_backend($1)").bind(first).fetch_one(&mut admin).await.unwrap();
    assert!(ended);
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let next: i32 = sqlx::query_scalar("SELECT pg_backend_pid()").fetch_one(&c).await.unwrap();
    assert_ne!(next, first, "a new connection");
}

/// A kept connection is given up once it reaches the pool's maximum lifetime, as sqlx does
/// with the connections it keeps itself.
#[tokio::test]
async fn a_kept_connection_is_replaced_after_the_pools_lifetime_on_postgres() {
    let options = sqlx::postgres::PgPoolOptions::new().max_connections(1).max_lifetime(Duration::from_millis(300));
    let Some(c) = postgres_with(options).await else { return };
    let pid = || async { sqlx::query_scalar::<_, i32>("SELECT pg_backend_pid()").fetch_one(&c).await.unwrap() };
    let first = pid().await;
    assert_eq!(pid().await, first, "kept while young");
    tokio::time::sleep(Duration::from_millis(400)).await;
    assert_ne!(pid().await, first, "replaced when old");
}
