//! The `samenspoor` binary's parts: configuration, picking the store from the database
//! URL, demo data, and running the server. Kept as a library so the integration tests
//! start exactly what `serve` starts.

pub mod allocator;
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
    open_store_with(url, true).await
}

/// Opens the database; with `migrate` false a PostgreSQL schema is left as it is (the
/// server then runs as a role that may not change it) and must be up to date already.
pub async fn open_store_with(url: &str, migrate: bool) -> anyhow::Result<AnyStore> {
    if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        let store = if migrate {
            samenspoor_store_postgres::connect(url).await
        } else {
            samenspoor_store_postgres::connect_migrated(url).await
        };
        let store = store.context("cannot open the PostgreSQL database")?;
        Ok(AnyStore::Postgres(Arc::new(store)))
    } else if url.starts_with("sqlite:") {
        let store = samenspoor_store_sqlite::connect(url).await.context("cannot open the SQLite database")?;
        Ok(AnyStore::Sqlite(Arc::new(store)))
    } else {
        bail!("unknown database URL {url:?}: use sqlite://path/to/file.db or postgres://user@host/database")
    }
}

/// Imports the shipped knowledge base, directory of help and wizard rules on first start; on
/// later starts adds what a newer build ships and brings shipped articles that no editor
/// changed up to date (see `kb_update_shipped`), and adds new directory entries. A problem
/// in the shipped content is a defect of this build (the test suite checks for it), so it
/// stops the start.
pub async fn import_shipped_content(store: &dyn Store) -> anyhow::Result<()> {
    let set = samenspoor_web::content::kennisbank()
        .map_err(|problems| anyhow::anyhow!("the shipped knowledge base has problems:\n{}", problems.join("\n")))?;
    if store.kb_import(&set, samenspoor_store::AuditContext::system()).await? {
        tracing::info!(articles = set.articles.len(), "shipped knowledge base imported");
    } else {
        let updated = store.kb_update_shipped(&set, samenspoor_store::AuditContext::system()).await?;
        if updated > 0 {
            tracing::info!(versions = updated, "shipped articles that no editor changed brought up to date");
        }
    }
    // The shipped entries this installation does not have yet (all of them on first start);
    // entries it has are the admins' to keep.
    let have: std::collections::BTreeSet<String> =
        store.hw_directory().await?.into_iter().map(|e| e.organisation.id).collect();
    let entries: Vec<_> = samenspoor_web::content::directory()
        .iter()
        .filter(|o| !have.contains(&o.id))
        .map(|o| samenspoor_store::DirectoryEntry { organisation: o.clone(), verified_on: o.assured_date })
        .collect();
    if !entries.is_empty() {
        store.hw_import(&entries, samenspoor_store::AuditContext::system()).await?;
        tracing::info!(organisations = entries.len(), "shipped directory entries added");
    }
    // The shipped rules, on first start and while no editor has saved a version of their own.
    let versions = store.hw_rule_versions().await?;
    let text = samenspoor_web::content::rules_text();
    let shipped_only = versions.iter().all(|v| v.author.is_none());
    let newest = versions.iter().max_by_key(|v| v.number);
    if newest.is_none_or(|v| shipped_only && v.text != text) {
        samenspoor_domain::hulpwijzer::rules::Rules::parse(text, samenspoor_web::content::directory()).map_err(
            |problems| anyhow::anyhow!("the shipped hulpwijzer rules have problems:\n{}", problems.join("\n")),
        )?;
        store.hw_save_rules(text, samenspoor_store::AuditContext::system()).await?;
    }
    Ok(())
}

/// The published knowledge base as files in the shipped format, written under `dir`.
pub async fn export_kennisbank(store: &dyn Store, dir: &std::path::Path) -> anyhow::Result<usize> {
    use samenspoor_domain::kennisbank::source::{ArticleFile, ContentSet};
    let articles = store.kb_articles().await?;
    let mut set = ContentSet { tiles: store.kb_tiles().await?, terms: store.kb_terms().await?, articles: vec![] };
    for v in store.kb_published().await? {
        let Some(meta) = articles.iter().find(|a| a.id == v.article_id) else {
            continue;
        };
        set.articles.push(ArticleFile {
            lang: v.lang,
            id: v.article_id,
            tile: meta.tile.clone(),
            order: meta.position,
            title: v.title,
            summary: v.summary,
            related: v.related,
            keywords: v.keywords,
            body: v.body,
        });
    }
    let files = set.render().map_err(|e| anyhow::anyhow!(e))?;
    for (path, text) in &files {
        let target = dir.join(path);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).with_context(|| format!("cannot create {}", parent.display()))?;
        }
        std::fs::write(&target, text).with_context(|| format!("cannot write {}", target.display()))?;
    }
    Ok(set.articles.len())
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
    let purge = tokio::spawn(purge_expired(state.store.clone(), state.config.clone()));
    let views = tokio::spawn(flush_views(state.clone()));
    let clock = tokio::spawn(clock_rounds(state.clone()));
    // The knowledge base and its search index are made ready beside serving, once; a
    // request that needs them before then waits for this one load and build.
    let warm_state = state.clone();
    let warm = tokio::spawn(async move {
        if let Err(e) = warm_state.kennisbank.warm(&warm_state.store).await {
            tracing::warn!(error = ?e, "loading the knowledge base at start failed");
        }
    });
    let state_for_flush = state.clone();
    let app = samenspoor_web::app(state).into_make_service_with_connect_info::<SocketAddr>();
    // Answers leave at once: without TCP_NODELAY an answer written in more than one piece
    // waits for the client's delayed ACK (tens of milliseconds).
    let listener = axum::serve::ListenerExt::tap_io(listener, |tcp: &mut tokio::net::TcpStream| {
        if let Err(e) = tcp.set_nodelay(true) {
            tracing::debug!(error = %e, "TCP_NODELAY not set");
        }
    });
    let result = axum::serve(listener, app).with_graceful_shutdown(shutdown).await;
    purge.abort();
    views.abort();
    clock.abort();
    warm.abort();
    // The views counted since the last flush are written before the server stops.
    let _ = state_for_flush.kennisbank.flush_views(&*state_for_flush.store).await;
    result
}

/// Writes the counted article views every five seconds.
async fn flush_views(state: AppState) {
    let mut tick = tokio::time::interval(Duration::from_secs(5));
    loop {
        tick.tick().await;
        if let Err(e) = state.kennisbank.flush_views(&*state.store).await {
            tracing::warn!(error = ?e, "writing article views failed");
        }
    }
}

/// The parents' clock: every `notify_seconds`, notifications for deadlines that come close
/// or pass, and the e-mails that are due. Safe on every instance at once.
async fn clock_rounds(state: AppState) {
    let every = Duration::from_secs(state.config.notify_seconds);
    // The first round one period after the start, not at once.
    let mut tick = tokio::time::interval_at(tokio::time::Instant::now() + every, every);
    loop {
        tick.tick().await;
        match samenspoor_web::deadlines::notify::round(&state, chrono::Utc::now()).await {
            Ok((made, sent)) if made + sent > 0 => tracing::info!(made, sent, "clock round"),
            Ok(_) => {}
            Err(e) => tracing::warn!(error = ?e, "clock round failed"),
        }
    }
}

/// Every ten minutes: removes expired sessions, links and rate-limit windows, deletes
/// files closed longer ago than the retention period, and removes IP addresses from audit
/// entries older than `audit_ip_months`.
async fn purge_expired(store: Arc<dyn Store>, config: Arc<WebConfig>) {
    let mut tick = tokio::time::interval(Duration::from_secs(600));
    loop {
        tick.tick().await;
        run_retention(&*store, &config, chrono::Utc::now()).await;
    }
}

/// One round of the retention job. A period that cannot be computed deletes nothing.
pub async fn run_retention(store: &dyn Store, config: &WebConfig, now: chrono::DateTime<chrono::Utc>) {
    match store.purge_expired(now).await {
        Ok(n) if n > 0 => tracing::info!(removed = n, "expired sessions and links removed"),
        Ok(_) => {}
        Err(e) => tracing::warn!(error = %e, "purge of expired rows failed"),
    }
    if let Some(cutoff) = now.checked_sub_months(chrono::Months::new(config.retention_months)) {
        match store.tr_purge_closed(cutoff).await {
            Ok(n) if n > 0 => tracing::info!(deleted = n, "closed files past their retention period deleted"),
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "deleting closed files failed"),
        }
    }
    if let Some(cutoff) = now.checked_sub_months(chrono::Months::new(config.audit_ip_months)) {
        match store.forget_audit_ips(cutoff).await {
            Ok(n) if n > 0 => tracing::info!(entries = n, "IP addresses removed from old audit entries"),
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "removing old IP addresses failed"),
        }
    }
}
