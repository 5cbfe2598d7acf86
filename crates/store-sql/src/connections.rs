//! The store's connections, handed back without a round trip. sqlx tests every connection
//! it takes back with a round trip to the database before anyone else may have it, in case
//! a dropped request left it in the middle of an answer or a transaction. On PostgreSQL that
//! was one send to the database in three of a file page (9 → 6, strace), and the server
//! spent 18% of its time sending to the database (perf). A connection whose statement or transaction ended
//! normally is ready by construction, so it is kept here and handed out again as it is;
//! any other goes back to sqlx, which tests it as before.

use futures_util::{StreamExt, TryStreamExt};
use sqlx::pool::PoolConnection;
use sqlx::{Database, Either, Error, Execute, Executor, Pool, TransactionManager};
use std::mem::ManuallyDrop;
use std::ops::{Deref, DerefMut};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// A kept connection unused this long is tested before it is handed out, so one the
/// database dropped meanwhile (a restart, an outage) is replaced before a request gets it.
const TEST_AFTER: Duration = Duration::from_secs(1);

/// A pool of connections: sqlx's, plus the ready ones kept here.
pub struct Connections<DB: Database>(Arc<Inner<DB>>);

struct Inner<DB: Database> {
    pool: Pool<DB>,
    /// Newest last: the next caller gets the connection used last, which is warm.
    ready: Mutex<Vec<Kept<DB>>>,
    /// One permit per connection sqlx may open. Callers wait here rather than in sqlx's own
    /// queue, which a connection kept here would never wake.
    permits: Arc<Semaphore>,
}

struct Kept<DB: Database> {
    conn: PoolConnection<DB>,
    /// When sqlx handed it out first: its age, give or take the time it sat in sqlx's pool.
    taken: Instant,
    since: Instant,
}

impl<DB: Database> Clone for Connections<DB> {
    fn clone(&self) -> Self {
        Self(self.0.clone())
    }
}

impl<DB: Database> std::fmt::Debug for Connections<DB> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Connections").field("pool", &self.0.pool).finish()
    }
}

impl<DB: Database> Connections<DB> {
    pub fn new(pool: Pool<DB>) -> Self {
        let permits = Arc::new(Semaphore::new(pool.options().get_max_connections() as usize));
        Self(Arc::new(Inner { pool, ready: Mutex::new(vec![]), permits }))
    }

    fn ready(&self) -> std::sync::MutexGuard<'_, Vec<Kept<DB>>> {
        self.0.ready.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// A connection of its own for the caller, until the lease is dropped.
    pub async fn acquire(&self) -> Result<Lease<DB>, Error> {
        let options = self.0.pool.options();
        let permit =
            match tokio::time::timeout(options.get_acquire_timeout(), self.0.permits.clone().acquire_owned()).await {
                Ok(Ok(permit)) => permit,
                Ok(Err(_)) => return Err(Error::PoolClosed),
                Err(_) => return Err(Error::PoolTimedOut),
            };
        let max_lifetime = options.get_max_lifetime();
        loop {
            let Some(Kept { mut conn, taken, since }) = self.ready().pop() else { break };
            if max_lifetime.is_some_and(|max| taken.elapsed() >= max) {
                continue; // dropped: back to sqlx, which closes it
            }
            // A connection that fails its test is dropped: sqlx finds it broken and closes it.
            if since.elapsed() < TEST_AFTER || sqlx::Connection::ping(&mut *conn).await.is_ok() {
                return Ok(Lease::new(conn, taken, self.clone(), permit));
            }
        }
        let conn = self.0.pool.acquire().await?;
        Ok(Lease::new(conn, Instant::now(), self.clone(), permit))
    }

    /// A transaction on a connection of its own; rolled back unless committed.
    pub async fn begin(&self) -> Result<Tx<DB>, Error> {
        self.begin_with(None).await
    }

    /// A transaction begun with `statement` (sqlx's plain `BEGIN` when None).
    pub async fn begin_with(&self, statement: Option<&'static str>) -> Result<Tx<DB>, Error> {
        let mut lease = self.acquire().await?;
        DB::TransactionManager::begin(&mut lease, statement.map(Into::into)).await?;
        Ok(Tx { lease, open: true })
    }

    pub fn connect_options(&self) -> Arc<<DB::Connection as sqlx::Connection>::Options> {
        self.0.pool.connect_options()
    }

    /// Closes every connection, waiting for those in use; a lease that ends meanwhile
    /// gives its connection back to sqlx, which closes it.
    pub async fn close(&self) {
        self.0.permits.close();
        let kept = std::mem::take(&mut *self.ready());
        drop(kept);
        self.0.pool.close().await;
    }

    /// Keeps a ready connection, unless the pool is closing. Those kept longer than the
    /// pool's idle timeout go back to sqlx, which closes them as its options say (and
    /// `acquire` gives up those past the pool's maximum lifetime).
    fn keep(&self, conn: PoolConnection<DB>, taken: Instant) {
        if self.0.permits.is_closed() {
            return; // dropped: back to sqlx
        }
        let options = self.0.pool.options();
        let mut ready = self.ready();
        ready.push(Kept { conn, taken, since: Instant::now() });
        // The least recently used are first; dropped after the lock is let go.
        let idle_too_long = |k: &Kept<DB>| options.get_idle_timeout().is_some_and(|max| k.since.elapsed() >= max);
        let stale = ready.iter().take_while(|k| idle_too_long(k)).count();
        let stale: Vec<_> = ready.drain(..stale).collect();
        drop(ready);
        drop(stale);
    }
}

/// One connection, the caller's own until dropped. It is kept for the next caller only when
/// marked ready: its statement or transaction ended normally.
pub struct Lease<DB: Database> {
    conn: ManuallyDrop<PoolConnection<DB>>,
    taken: Instant,
    ready: bool,
    from: Connections<DB>,
    /// Given back after the connection, when the lease's fields drop.
    _permit: OwnedSemaphorePermit,
}

impl<DB: Database> Lease<DB> {
    fn new(conn: PoolConnection<DB>, taken: Instant, from: Connections<DB>, permit: OwnedSemaphorePermit) -> Self {
        Self { conn: ManuallyDrop::new(conn), taken, ready: false, from, _permit: permit }
    }

    /// Its statements ran to their end: the connection may be handed out again as it is.
    pub fn done(mut self) {
        self.ready = true;
    }
}

impl<DB: Database> Deref for Lease<DB> {
    type Target = DB::Connection;
    fn deref(&self) -> &DB::Connection {
        &self.conn
    }
}

impl<DB: Database> DerefMut for Lease<DB> {
    fn deref_mut(&mut self) -> &mut DB::Connection {
        &mut self.conn
    }
}

impl<DB: Database> Drop for Lease<DB> {
    fn drop(&mut self) {
        // SAFETY: this is the lease's end; `conn` is not touched again.
        let conn = unsafe { ManuallyDrop::take(&mut self.conn) };
        if self.ready {
            self.from.keep(conn, self.taken);
        }
        // Otherwise the connection drops here and goes back to sqlx, which tests it.
    }
}

/// A transaction on a lease of its own, rolled back when dropped without a commit.
pub struct Tx<DB: Database> {
    lease: Lease<DB>,
    open: bool,
}

impl<DB: Database> Tx<DB> {
    pub async fn commit(mut self) -> Result<(), Error> {
        DB::TransactionManager::commit(&mut self.lease).await?;
        self.open = false;
        self.lease.ready = true;
        Ok(())
    }
}

impl<DB: Database> Deref for Tx<DB> {
    type Target = DB::Connection;
    fn deref(&self) -> &DB::Connection {
        &self.lease
    }
}

impl<DB: Database> DerefMut for Tx<DB> {
    fn deref_mut(&mut self) -> &mut DB::Connection {
        &mut self.lease
    }
}

impl<DB: Database> Drop for Tx<DB> {
    fn drop(&mut self) {
        if self.open {
            // Queued on the connection; sqlx's test of it on the way back sends it.
            DB::TransactionManager::start_rollback(&mut self.lease);
        }
    }
}

/// Runs each statement on a lease of its own. The rows are collected before they are
/// handed on, so the connection is ready again once its answer is read; a caller that
/// stops reading early takes a lease itself and streams from it.
impl<'p, DB: Database> Executor<'p> for &'_ Connections<DB>
where
    for<'c> &'c mut DB::Connection: Executor<'c, Database = DB>,
{
    type Database = DB;

    fn fetch_many<'e, 'q: 'e, E>(
        self,
        query: E,
    ) -> futures_util::stream::BoxStream<'e, Result<Either<DB::QueryResult, DB::Row>, Error>>
    where
        E: 'q + Execute<'q, DB>,
    {
        let from = self.clone();
        futures_util::stream::once(async move {
            let mut lease = from.acquire().await?;
            let all: Vec<_> = (&mut *lease).fetch_many(query).try_collect().await?;
            lease.ready = true;
            Ok::<_, Error>(futures_util::stream::iter(all.into_iter().map(Ok)))
        })
        .try_flatten()
        .boxed()
    }

    fn fetch_optional<'e, 'q: 'e, E>(
        self,
        query: E,
    ) -> futures_util::future::BoxFuture<'e, Result<Option<DB::Row>, Error>>
    where
        E: 'q + Execute<'q, DB>,
    {
        let from = self.clone();
        Box::pin(async move {
            let mut lease = from.acquire().await?;
            let row = (&mut *lease).fetch_optional(query).await?;
            lease.ready = true;
            Ok(row)
        })
    }

    fn prepare_with<'e, 'q: 'e>(
        self,
        sql: &'q str,
        parameters: &'e [DB::TypeInfo],
    ) -> futures_util::future::BoxFuture<'e, Result<DB::Statement<'q>, Error>> {
        let from = self.clone();
        Box::pin(async move {
            let mut lease = from.acquire().await?;
            let statement = (&mut *lease).prepare_with(sql, parameters).await?;
            lease.ready = true;
            Ok(statement)
        })
    }

    fn describe<'e, 'q: 'e>(
        self,
        sql: &'q str,
    ) -> futures_util::future::BoxFuture<'e, Result<sqlx::Describe<DB>, Error>> {
        let from = self.clone();
        Box::pin(async move { (&mut *from.acquire().await?).describe(sql).await })
    }
}
