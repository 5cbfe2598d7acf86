//! The `samenspoor` binary's parts: configuration, picking the store from the database
//! URL, demo data, and running the server. Kept as a library so the integration tests
//! start exactly what `serve` starts.

pub mod config;
pub mod demo;

use anyhow::{Context, bail};
use samenspoor_store::Store;
use samenspoor_store_postgres::PgStore;
use samenspoor_store_sqlite::SqliteStore;
use samenspoor_web::{AppState, LogMailer, Mailer, SmtpMailer, WebConfig};
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;

/// A store of either kind; backup needs to know which.
pub enum AnyStore {
    Sqlite(Arc<SqliteStore>),
    Postgres(Arc<PgStore>),
}

impl AnyStore {
    pub fn shared(&self) -> Arc<dyn Store> {
        match self {
            AnyStore::Sqlite(s) => s.clone(),
            AnyStore::Postgres(s) => s.clone(),
        }
    }
}

/// Opens the database named by `url` and brings its schema up to date.
pub async fn open_store(url: &str) -> anyhow::Result<AnyStore> {
    if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        let store = PgStore::connect(url)
            .await
            .context("cannot open the PostgreSQL database")?;
        Ok(AnyStore::Postgres(Arc::new(store)))
    } else if url.starts_with("sqlite:") {
        let store = SqliteStore::connect(url)
            .await
            .context("cannot open the SQLite database")?;
        Ok(AnyStore::Sqlite(Arc::new(store)))
    } else {
        bail!(
            "unknown database URL {url:?}: use sqlite://path/to/file.db or postgres://user@host/database"
        )
    }
}

pub fn mailer(config: &WebConfig) -> anyhow::Result<Arc<dyn Mailer>> {
    Ok(match &config.smtp {
        Some(smtp) => Arc::new(SmtpMailer::new(smtp).context("invalid SMTP settings")?),
        None => Arc::new(LogMailer),
    })
}

/// Serves until `shutdown` completes, then finishes the requests in flight.
pub async fn serve(
    listener: TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let purge = tokio::spawn(purge_expired(state.store.clone()));
    let app = samenspoor_web::app(state).into_make_service_with_connect_info::<SocketAddr>();
    let result = axum::serve(listener, app)
        .with_graceful_shutdown(shutdown)
        .await;
    purge.abort();
    result
}

/// Removes expired sessions, links and rate-limit windows every ten minutes.
async fn purge_expired(store: Arc<dyn Store>) {
    let mut tick = tokio::time::interval(Duration::from_secs(600));
    loop {
        tick.tick().await;
        match store.purge_expired(chrono::Utc::now()).await {
            Ok(n) if n > 0 => tracing::info!(removed = n, "expired sessions and links removed"),
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "purge of expired rows failed"),
        }
    }
}
