//! `samenspoor`: serve, migrate, create-user, login-link, backup, restore.

use anyhow::Context;
use clap::{Parser, Subcommand};
use samenspoor::config::Config;
use samenspoor::{AnyStore, demo, mailer, open_store, serve};
use samenspoor_domain::{Email, OrganisationId, PersonName, Role, UserId};
use samenspoor_store::{AuditContext, NewUser};
use samenspoor_web::AppState;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "samenspoor",
    version,
    about = "Samenspoor: the shared file of passend onderwijs, for parents and school."
)]
struct Cli {
    /// Settings file (default: samenspoor.toml in the working directory, when present).
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Database: sqlite://path/to/file.db (default sqlite://data/samenspoor.db) or postgres://...
    #[arg(long, global = true, value_name = "URL")]
    database_url: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Start the web server.
    Serve {
        /// Add the fictional demo organisations and accounts, and allow one-click sign-in as them.
        #[arg(long)]
        demo: bool,
        /// Address to listen on, e.g. 127.0.0.1:8080.
        #[arg(long, value_name = "ADDR")]
        bind: Option<String>,
    },
    /// Bring the database schema up to date, then stop.
    Migrate,
    /// Create an account.
    CreateUser {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// parent, teacher, coordinator, director, swv_consultant, education_consultant,
        /// companion, editor, admin or council_member.
        #[arg(long)]
        role: String,
        /// Id of the school or samenwerkingsverband the person belongs to.
        #[arg(long, value_name = "ID")]
        organisation: Option<String>,
    },
    /// Print a one-time sign-in link (valid 15 minutes) for an account.
    LoginLink {
        #[arg(long)]
        email: String,
    },
    /// Write the published knowledge base to a folder (Markdown, like content/kennisbank),
    /// or the directory of help to a file (Open Referral HSDS JSON).
    #[command(group(clap::ArgGroup::new("what").required(true).args(["kennisbank", "hsds"])))]
    Export {
        #[arg(long, value_name = "DIR")]
        kennisbank: Option<PathBuf>,
        #[arg(long, value_name = "FILE")]
        hsds: Option<PathBuf>,
    },
    /// Add or replace entries of the directory of help from an HSDS JSON file. An invalid
    /// file is refused whole, naming each record and field; nothing changes then.
    Import {
        #[arg(long, value_name = "FILE")]
        hsds: PathBuf,
    },
    /// Write a consistent copy of the SQLite database while the server keeps running.
    Backup {
        #[arg(long, value_name = "FILE")]
        to: PathBuf,
    },
    /// Put a copy made by `backup` in place of the SQLite database (stop the server first).
    /// Refused when the database holds data, unless --force; the replaced file is kept.
    Restore {
        #[arg(long, value_name = "FILE")]
        from: PathBuf,
        /// Replace a database that holds data (it is kept beside, renamed).
        #[arg(long)]
        force: bool,
    },
}

/// Bad input on the command line: one line, exit code 2.
struct UsageError(String);

fn main() -> ExitCode {
    samenspoor::allocator::return_freed_memory_at_once();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) if !e.use_stderr() => {
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            let first = e.to_string().lines().next().unwrap_or("error").to_owned();
            eprintln!("{first} (see samenspoor --help)");
            return ExitCode::from(2);
        }
    };
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: cannot start: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => match e.downcast_ref::<UsageError>() {
            Some(UsageError(msg)) => {
                eprintln!("error: {msg}");
                ExitCode::from(2)
            }
            None => {
                eprintln!("error: {e:#}");
                ExitCode::FAILURE
            }
        },
    }
}

impl std::fmt::Debug for UsageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}
impl std::fmt::Display for UsageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}
impl std::error::Error for UsageError {}

fn usage(msg: String) -> anyhow::Error {
    anyhow::Error::new(UsageError(msg))
}

fn init_logs(config: &Config) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    if config.log_format == "json" { builder.json().init() } else { builder.init() }
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    let mut config = Config::load(cli.config.as_deref(), std::env::vars()).map_err(|e| usage(format!("{e:#}")))?;
    if let Some(url) = cli.database_url {
        config.database_url = url;
    }
    match cli.command {
        Command::Serve { demo, bind } => {
            if let Some(bind) = bind {
                config.bind = bind;
            }
            config.web.demo |= demo;
            run_serve(config).await
        }
        Command::Migrate => {
            open_store(&config.database_url).await?;
            println!("The database is up to date.");
            Ok(())
        }
        Command::CreateUser { email, name, role, organisation } => {
            let email = Email::parse(&email).map_err(|_| usage(format!("invalid e-mail address: {email:?}")))?;
            let name = PersonName::parse(&name).map_err(|_| usage(format!("invalid name: {name:?}")))?;
            let role = Role::parse(&role).map_err(|_| {
                let all: Vec<_> = Role::ALL.iter().map(|r| r.as_str()).collect();
                usage(format!("unknown role {role:?}; choose one of {}", all.join(", ")))
            })?;
            let organisation_id = organisation
                .map(|o| o.parse::<OrganisationId>().map_err(|_| usage(format!("invalid organisation id: {o:?}"))))
                .transpose()?;
            let store = open_store(&config.database_url).await?.shared();
            let new = NewUser { id: UserId::new(), email, name, role, organisation_id, is_demo: false };
            let user = store.create_user(new, AuditContext::system()).await.map_err(|e| match e {
                samenspoor_store::StoreError::Conflict(_) => usage("an account with this e-mail address exists already".into()),
                samenspoor_store::StoreError::NotFound(_) => usage("no organisation has this id".into()),
                other => other.into(),
            })?;
            println!("Created {} ({}) with id {}.", user.email, user.role, user.id);
            Ok(())
        }
        Command::LoginLink { email } => {
            let parsed = Email::parse(&email).map_err(|_| usage(format!("invalid e-mail address: {email:?}")))?;
            let store = open_store(&config.database_url).await?.shared();
            let user = store.user_by_email(&parsed).await?.ok_or_else(|| usage(format!("no account for {email}")))?;
            fill_base_url(&mut config);
            let state = AppState::new(store, config.web.clone(), mailer(&config.web)?).map_err(usage)?;
            let link = samenspoor_web::auth::links::issue_login_link(&state, &user, AuditContext::system()).await?;
            println!("{link}");
            Ok(())
        }
        Command::Export { kennisbank, hsds } => {
            let store = open_store(&config.database_url).await?.shared();
            samenspoor::import_shipped_content(&*store).await?;
            if let Some(dir) = kennisbank {
                let n = samenspoor::export_kennisbank(&*store, &dir).await?;
                println!("Wrote {n} articles to {}.", dir.display());
            }
            if let Some(file) = hsds {
                let entries: Vec<_> = store.hw_directory().await?.into_iter().map(|e| (e.organisation, e.verified_on)).collect();
                let json = serde_json::to_string_pretty(&samenspoor_domain::hulpwijzer::hsds::export(&entries))?;
                std::fs::write(&file, json).with_context(|| format!("cannot write {}", file.display()))?;
                println!("Wrote {} organisations to {}.", entries.len(), file.display());
            }
            Ok(())
        }
        Command::Import { hsds } => {
            let text = std::fs::read_to_string(&hsds).map_err(|e| usage(format!("cannot read {}: {e}", hsds.display())))?;
            let list = samenspoor_domain::hulpwijzer::hsds::import(&text)
                .map_err(|problems| usage(format!("{} was refused, nothing changed: {}", hsds.display(), problems.join("; "))))?;
            let store = open_store(&config.database_url).await?.shared();
            samenspoor::import_shipped_content(&*store).await?;
            let entries: Vec<_> = list
                .into_iter()
                .map(|(organisation, verified_on)| samenspoor_store::DirectoryEntry { organisation, verified_on })
                .collect();
            let n = store.hw_import(&entries, AuditContext::system()).await?;
            println!("Imported {n} organisations.");
            Ok(())
        }
        Command::Backup { to } => match open_store(&config.database_url).await? {
            AnyStore::Sqlite(store) => {
                samenspoor_store_sqlite::backup_to(&store, &to).await.map_err(|e| match e {
                    samenspoor_store::StoreError::Conflict(msg) => usage(msg),
                    other => anyhow::Error::from(other),
                })?;
                println!("Backup written to {}.", to.display());
                Ok(())
            }
            AnyStore::Postgres(_) => Err(usage(
                "backup copies SQLite databases; for PostgreSQL use pg_dump (e.g. pg_dump -Fc -f samenspoor.dump DBNAME)".into(),
            )),
        },
        Command::Restore { from, force } => {
            let url = &config.database_url;
            let Some(path) = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:")) else {
                return Err(usage(
                    "restore replaces SQLite databases; for PostgreSQL use pg_restore (e.g. pg_restore --clean --if-exists -d DBNAME samenspoor.dump)".into(),
                ));
            };
            let path = std::path::Path::new(path.split('?').next().unwrap_or(path));
            let kept = samenspoor_store_sqlite::restore_from(&from, path, force).await.map_err(|e| match e {
                samenspoor_store::StoreError::Conflict(msg) | samenspoor_store::StoreError::NotFound(msg) => usage(msg),
                other => anyhow::Error::from(other),
            })?;
            println!("Restored {} from {}.", path.display(), from.display());
            if let Some(kept) = kept {
                println!("The database it replaced is kept as {}.", kept.display());
            }
            Ok(())
        }
    }
}

/// Without a configured base URL, links point at the address the server listens on.
fn fill_base_url(config: &mut Config) {
    if config.web.base_url.is_empty() {
        let host = config.bind.replace("0.0.0.0", "localhost").replace("127.0.0.1", "localhost");
        config.web.base_url = format!("http://{host}");
    }
}

async fn run_serve(mut config: Config) -> anyhow::Result<()> {
    init_logs(&config);
    fill_base_url(&mut config);
    config.web.validate().map_err(usage)?;
    let store = samenspoor::open_store_with(&config.database_url, config.migrate_on_start).await?.shared();
    samenspoor::import_shipped_content(&*store).await?;
    let demo_users = if config.web.demo { demo::seed(&*store).await? } else { vec![] };
    if config.web.smtp.is_none() {
        tracing::warn!("no SMTP server configured: sign-in links are written to this log instead of mailed");
    }
    let state = AppState::new(store.clone(), config.web.clone(), mailer(&config.web)?).map_err(usage)?;
    let shutdown = shutdown_signal()?;
    let listener = tokio::net::TcpListener::bind(&config.bind)
        .await
        .with_context(|| format!("cannot listen on {}", config.bind))?;
    println!("Samenspoor is running at {} ({} database {})", config.web.base_url, store.backend(), config.database_url);
    if !demo_users.is_empty() {
        println!("Demo mode. Sign in on {}/inloggen with one click, or with a link for one of:", config.web.base_url);
        for u in &demo_users {
            println!("  {:<32} {}", u.email, u.role);
        }
    }
    println!("Stop with Ctrl+C.");
    serve(listener, state, shutdown).await?;
    tracing::info!("stopped");
    Ok(())
}

/// Ctrl+C or SIGTERM: stop accepting, finish what is in flight. The handlers are set up
/// when this is called, before the port opens, so a signal right after start is not lost.
#[cfg(unix)]
fn shutdown_signal() -> anyhow::Result<impl std::future::Future<Output = ()>> {
    use tokio::signal::unix::{SignalKind, signal};
    let mut interrupt = signal(SignalKind::interrupt())?;
    let mut term = signal(SignalKind::terminate())?;
    Ok(async move {
        tokio::select! { _ = interrupt.recv() => {}, _ = term.recv() => {} }
        tracing::info!("shutting down: finishing requests in flight");
    })
}

#[cfg(not(unix))]
fn shutdown_signal() -> anyhow::Result<impl std::future::Future<Output = ()>> {
    Ok(async {
        let _ = tokio::signal::ctrl_c().await;
        tracing::info!("shutting down: finishing requests in flight");
    })
}
