//! `samenspoor-bench`: how fast, how lean, and how cost grows. Generates data, starts the
//! real server binary on SQLite (and PostgreSQL when given), drives load over loopback,
//! serves the same article page from nginx under the same load, and writes a report
//! (Markdown and JSON). `--tiny` runs small sizes for a few seconds, to prove the harness.

mod data;
mod load;
mod wrk;

use anyhow::{Context, Result, bail};
use clap::Parser;
use load::{Outcome, Request};
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

#[derive(Parser)]
#[command(about = "Benchmark Samenspoor against nginx over loopback.")]
struct Args {
    /// Small sizes and short runs: proves the harness works, the figures mean little.
    #[arg(long)]
    tiny: bool,
    /// The server binary to measure.
    #[arg(long, default_value = "target/release/samenspoor")]
    server: PathBuf,
    /// Also measure on PostgreSQL: a server URL whose user may create databases.
    #[arg(long, env = "SAMENSPOOR_BENCH_POSTGRES")]
    postgres: Option<String>,
    /// Where data, logs and the report go.
    #[arg(long, default_value = "target/bench")]
    out: PathBuf,
    /// Seconds of load per measurement.
    #[arg(long)]
    seconds: Option<f64>,
    /// nginx binary (Debian's package).
    #[arg(long, default_value = "/usr/sbin/nginx")]
    nginx: PathBuf,
    /// wrk binary (Debian's package): drives the public pages and nginx when present.
    #[arg(long, default_value = "/usr/bin/wrk")]
    wrk: PathBuf,
}

#[derive(Serialize, Default)]
struct Report {
    machine: String,
    tiny: bool,
    articles: usize,
    organisations: usize,
    runs: Vec<Run>,
    nginx: Option<Outcome>,
    /// nginx driven by wrk, as the article page's `(wrk)` line is.
    nginx_wrk: Option<Outcome>,
    article_vs_nginx_percent: Option<f64>,
    article_vs_nginx_wrk_percent: Option<f64>,
    article_gzip_bytes: usize,
}

#[derive(Serialize)]
struct Run {
    backend: String,
    trajecten: usize,
    startup_ms: f64,
    first_article_ms: f64,
    idle_rss_mb: f64,
    peak_rss_mb: f64,
    database_mb: f64,
    results: Vec<Outcome>,
}

const SEARCHES: [&str; 6] =
    ["mijn kind zit thuis", "mag ik iemand meenemen", "onderwijsconsulnt", "opp", "zorgplicht", "geëvalueerd"];

fn rss_mb(pid: u32, field: &str) -> f64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(field))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse::<f64>().ok())
        })
        .map(|kb| kb / 1024.0)
        .unwrap_or(0.0)
}

fn free_port() -> Result<u16> {
    Ok(std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

async fn wait_until_up(url: &str) -> Result<()> {
    for _ in 0..600 {
        if reqwest::get(url).await.is_ok_and(|r| r.status().is_success()) {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    bail!("{url} did not come up")
}

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = Command::new("kill").args(["-TERM", &self.0.id().to_string()]).status();
        let _ = self.0.wait();
    }
}

fn samenspoor(args: &Args, db_url: &str, extra: &[&str], log: &Path) -> Result<Child> {
    let log = std::fs::File::create(log)?;
    Command::new(&args.server)
        .args(["--database-url", db_url])
        .args(extra)
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()
        .with_context(|| format!("cannot start {} (build it first: cargo build --release)", args.server.display()))
}

async fn database(args: &Args, backend: &str, n: usize) -> Result<(String, data::Db)> {
    if backend == "sqlite" {
        let path = args.out.join(format!("bench-{n}.db"));
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
        }
        let url = format!("sqlite://{}", path.display());
        migrate(args, &url)?;
        Ok((url.clone(), data::Db::Sqlite(sqlx::SqlitePool::connect(&url).await?)))
    } else {
        let admin = args.postgres.clone().context("no PostgreSQL URL")?;
        let name = format!("samenspoor_bench_{n}");
        let pool = sqlx::PgPool::connect(&admin).await?;
        // One statement each: PostgreSQL runs a multi-statement string as one transaction.
        sqlx::raw_sql(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).execute(&pool).await?;
        sqlx::raw_sql(&format!("CREATE DATABASE {name}")).execute(&pool).await?;
        pool.close().await;
        let (base, _) = admin.rsplit_once('/').context("a PostgreSQL URL ends with /database")?;
        let url = format!("{base}/{name}");
        migrate(args, &url)?;
        Ok((url.clone(), data::Db::Postgres(sqlx::PgPool::connect(&url).await?)))
    }
}

fn migrate(args: &Args, url: &str) -> Result<()> {
    let status = Command::new(&args.server).args(["--database-url", url, "migrate"]).stdout(Stdio::null()).status()?;
    if !status.success() {
        bail!("migrate failed for {url}");
    }
    Ok(())
}

async fn database_mb(db: &data::Db, url: &str) -> f64 {
    match db {
        data::Db::Sqlite(_) => {
            let path = url.trim_start_matches("sqlite://");
            ["", "-wal"]
                .iter()
                .filter_map(|s| std::fs::metadata(format!("{path}{s}")).ok())
                .map(|m| m.len() as f64)
                .sum::<f64>()
                / 1e6
        }
        data::Db::Postgres(p) => sqlx::query_scalar::<_, i64>("SELECT pg_database_size(current_database())")
            .fetch_one(p)
            .await
            .map(|b| b as f64 / 1e6)
            .unwrap_or(0.0),
    }
}

fn client(cookie: Option<&str>) -> Result<reqwest::Client> {
    let mut headers = reqwest::header::HeaderMap::new();
    if let Some(c) = cookie {
        headers.insert(reqwest::header::COOKIE, c.parse()?);
    }
    Ok(reqwest::Client::builder()
        .default_headers(headers)
        .redirect(reqwest::redirect::Policy::none())
        .pool_max_idle_per_host(256)
        .build()?)
}

#[tokio::main]
async fn main() -> Result<()> {
    let args = Args::parse();
    std::fs::create_dir_all(&args.out)?;
    let (articles, organisations, sizes, seconds) =
        if args.tiny { (200, 50, vec![100, 300], 1.0) } else { (10_000, 1_000, vec![1_000, 10_000, 100_000], 10.0) };
    let seconds = args.seconds.unwrap_or(seconds);
    let mut report = Report {
        machine: format!(
            "{} cores, {}",
            std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1),
            std::env::consts::ARCH
        ),
        tiny: args.tiny,
        articles,
        organisations,
        ..Default::default()
    };
    let mut backends = vec!["sqlite"];
    if args.postgres.is_some() {
        backends.push("postgres");
    }
    let mut article_html = String::new();
    for backend in backends {
        for (i, &n) in sizes.iter().enumerate() {
            let (url, db) = database(&args, backend, n).await?;
            let family = data::generate(&db, articles, organisations, n).await?;
            // A first start brings the generated database up to this build's shipped
            // content (a one-time upgrade); start-up is measured on the restart after it.
            let port = free_port()?;
            let log = args.out.join(format!("server-{backend}-{n}-first.log"));
            let first = Server(samenspoor(&args, &url, &["serve", "--bind", &format!("127.0.0.1:{port}")], &log)?);
            wait_until_up(&format!("http://127.0.0.1:{port}/healthz")).await?;
            drop(first);
            let port = free_port()?;
            let base = format!("http://127.0.0.1:{port}");
            let started = Instant::now();
            let child = samenspoor(
                &args,
                &url,
                &["serve", "--bind", &format!("127.0.0.1:{port}")],
                &args.out.join(format!("server-{backend}-{n}.log")),
            )?;
            let server = Server(child);
            wait_until_up(&format!("{base}/healthz")).await?;
            let startup_ms = started.elapsed().as_secs_f64() * 1000.0;
            let idle = rss_mb(server.0.id(), "VmRSS");
            let t = Instant::now();
            let first = reqwest::get(format!("{base}/kennisbank/artikel/zorgplicht")).await?;
            if !first.status().is_success() {
                bail!("article page answered {}", first.status());
            }
            article_html = first.text().await?;
            let first_article_ms = t.elapsed().as_secs_f64() * 1000.0;
            // The search index is built beside serving after a start; a search waits for
            // that build, so that no measurement below shares the machine with it.
            let search = reqwest::get(format!("{base}/api/v1/kennisbank/search?q=zorgplicht")).await?;
            if !search.status().is_success() {
                bail!("the first search answered {}", search.status());
            }

            let parent = client(Some(&format!("ss_session={}", family.session_token)))?;
            let coordinator = client(Some(&format!("ss_session={}", family.coordinator_token)))?;
            let csrf = csrf_of(&parent, &base).await?;
            let anonymous = client(None)?;
            let file = format!("{base}/trajecten/{}", family.traject);
            let (document, gesprek) = file_contents(&coordinator, &base, &family).await?;
            let mut results = vec![];
            if i == 0 {
                let ids =
                    ["zorgplicht", "iemand-meenemen", "opp", "thuiszitten", "gesprek-voorbereiden", "stap-4-plan"];
                let pages: Vec<String> = ids.iter().map(|id| format!("{base}/kennisbank/artikel/{id}")).collect();
                let searches: Vec<String> = SEARCHES
                    .iter()
                    .map(|q| format!("{base}/api/v1/kennisbank/search?q={}", samenspoor_web::error::urlencode(q)))
                    .collect();
                let advice = vec![
                    format!("{base}/hulpwijzer/advies?stappen=school&stappen=swv&thuis=langer"),
                    format!("{base}/hulpwijzer/advies?ziekte=ja&betalen=ja"),
                ];
                let gets = |urls: &[String]| urls.iter().cloned().map(Request::Get).collect::<Vec<_>>();
                results.push(load::run("article page", &anonymous, &gets(&pages), 64, seconds, 200).await);
                for (name, urls, connections) in [
                    ("article page", &pages, 64),
                    ("search", &searches, 1),
                    ("search", &searches, 16),
                    ("hulpwijzer advice", &advice, 16),
                ] {
                    let measured = match args.wrk.exists() {
                        true => wrk::run(&args.wrk, &format!("{name} (wrk)"), urls, 2, connections, seconds),
                        false => None,
                    };
                    match measured {
                        Some(o) => results.push(o),
                        None if name != "article page" => {
                            results.push(load::run(name, &anonymous, &gets(urls), connections, seconds, 200).await)
                        }
                        None => {}
                    }
                }
            }
            let pages = [
                ("traject page (parent)", &parent, file.clone()),
                ("traject page (coordinator)", &coordinator, file.clone()),
                ("document page (parent)", &parent, format!("{file}/documenten/{document}")),
                ("gesprek page (parent)", &parent, format!("{file}/gesprekken/{gesprek}")),
                ("start page (parent)", &parent, format!("{base}/start")),
            ];
            for (name, who, url) in pages {
                results.push(load::run(name, who, &[Request::Get(url)], 32, seconds, 200).await);
            }
            if i == 0 {
                let note = Request::Post(
                    format!("{file}/notities"),
                    vec![
                        ("csrf".into(), csrf.clone()),
                        ("body".into(), "Een notitie uit de benchmark.".into()),
                        ("visibility".into(), "shared".into()),
                    ],
                );
                results.push(load::run("add a note", &parent, &[note], 8, seconds, 303).await);
                let preparation = Request::Post(
                    format!("{file}/gesprekken/{gesprek}/voorbereiding"),
                    vec![
                        ("csrf".into(), csrf.clone()),
                        ("worries".into(), "Of hij genoeg rust krijgt in de klas ({n}).".into()),
                        ("share_worries".into(), "ja".into()),
                    ],
                );
                results.push(load::run("save a preparation", &parent, &[preparation], 8, seconds, 303).await);
            }
            let gz = anonymous
                .get(format!("{base}/kennisbank/artikel/zorgplicht"))
                .header("accept-encoding", "gzip")
                .send()
                .await?
                .bytes()
                .await?;
            report.article_gzip_bytes = gz.len();
            let run = Run {
                backend: backend.to_owned(),
                trajecten: n,
                startup_ms,
                first_article_ms,
                idle_rss_mb: idle,
                peak_rss_mb: rss_mb(server.0.id(), "VmHWM"),
                database_mb: database_mb(&db, &url).await,
                results,
            };
            eprintln!(
                "{backend} {n}: {:?}",
                run.results.iter().map(|r| (&r.name, r.per_second as u64, r.p99_ms)).collect::<Vec<_>>()
            );
            report.runs.push(run);
            drop(server);
        }
    }
    if let Some((nginx, nginx_wrk)) = run_nginx(&args, &article_html, seconds).await? {
        let ours = |name: &str| {
            report.runs.first().and_then(|r| r.results.iter().find(|o| o.name == name)).map(|o| o.per_second)
        };
        let percent = |ours: Option<f64>, theirs: &Outcome| ours.map(|o| 100.0 * o / theirs.per_second.max(1.0));
        report.article_vs_nginx_percent = percent(ours("article page"), &nginx);
        report.article_vs_nginx_wrk_percent = nginx_wrk.as_ref().and_then(|n| percent(ours("article page (wrk)"), n));
        report.nginx = Some(nginx);
        report.nginx_wrk = nginx_wrk;
    }
    std::fs::write(args.out.join("report.json"), serde_json::to_string_pretty(&report)?)?;
    std::fs::write(args.out.join("report.md"), markdown(&report))?;
    println!("{}", markdown(&report));
    let errors: usize = report.runs.iter().flat_map(|r| &r.results).map(|r| r.errors).sum();
    if errors > 0 {
        bail!("{errors} requests failed; see the server logs in {}", args.out.display());
    }
    Ok(())
}

/// The form token of a session: the API hands it out.
async fn csrf_of(client: &reqwest::Client, base: &str) -> Result<String> {
    let me: serde_json::Value = client.get(format!("{base}/api/v1/me")).send().await?.json().await?;
    Ok(me["csrf_token"].as_str().context("no csrf_token from /api/v1/me")?.to_owned())
}

/// A groeidocument with text and a planned gesprek in the family's file, made by the
/// coordinator through the API as a school would: returns their ids.
async fn file_contents(coordinator: &reqwest::Client, base: &str, family: &data::Family) -> Result<(String, String)> {
    let csrf = csrf_of(coordinator, base).await?;
    let api = format!("{base}/api/v1/trajecten/{}", family.traject);
    let post = |url: String, body: serde_json::Value| {
        coordinator.post(url).header("x-csrf-token", csrf.clone()).json(&body).send()
    };
    let created = |r: reqwest::Response| async move {
        let status = r.status();
        let body: serde_json::Value = r.json().await.unwrap_or_default();
        if !status.is_success() {
            bail!("the API answered {status}: {body}");
        }
        Ok::<_, anyhow::Error>(body)
    };
    let doc = created(
        post(format!("{api}/documents"), serde_json::json!({"kind": "groeidocument", "title": "Groeidocument Daan"}))
            .await?,
    )
    .await?;
    let doc_id = doc["id"].as_str().context("no document id")?.to_owned();
    let text = "Daan leest graag en rekent vlot. Hij heeft moeite met drukte in de klas en met veranderingen. ";
    let sections = serde_json::json!({"strengths": text.repeat(4), "needs": text.repeat(3), "works": text.repeat(2)});
    created(
        post(
            format!("{api}/documents/{doc_id}/versions"),
            serde_json::json!({"base_version": 1, "sections": sections}),
        )
        .await?,
    )
    .await?;
    let day = (chrono::Utc::now() + chrono::Duration::days(7)).format("%Y-%m-%d").to_string();
    let gesprek = created(
        post(
            format!("{api}/gesprekken"),
            serde_json::json!({
                "purpose": "Het plan voor de komende periode bespreken",
                "date": day, "time": "14:30", "minutes": 45, "place": "De Vlinder, kamer 2",
                "leader": family.coordinator_participant.to_string(),
                "attendees": [family.parent_participant.to_string()],
            }),
        )
        .await?,
    )
    .await?;
    let gesprek_id = gesprek["id"].as_str().context("no gesprek id")?.to_owned();
    Ok((doc_id, gesprek_id))
}

/// nginx serving the saved article page as a static file, under the same load: by the
/// harness's generator and, when present, by wrk.
async fn run_nginx(args: &Args, html: &str, seconds: f64) -> Result<Option<(Outcome, Option<Outcome>)>> {
    if !args.nginx.exists() {
        eprintln!("no nginx at {}: the comparison is left out", args.nginx.display());
        return Ok(None);
    }
    let dir = std::fs::canonicalize(&args.out)?.join("nginx");
    std::fs::create_dir_all(dir.join("html"))?;
    std::fs::write(dir.join("html/article.html"), html)?;
    let port = free_port()?;
    let conf = format!(
        "worker_processes 1; pid {d}/nginx.pid; error_log {d}/error.log; events {{ worker_connections 1024; }}\n\
         http {{ access_log off; gzip on; gzip_types text/html; client_body_temp_path {d}/tmp; proxy_temp_path {d}/tmp;\n\
         fastcgi_temp_path {d}/tmp; uwsgi_temp_path {d}/tmp; scgi_temp_path {d}/tmp;\n\
         server {{ listen 127.0.0.1:{port}; root {d}/html; default_type text/html; }} }}\n",
        d = dir.display()
    );
    std::fs::create_dir_all(dir.join("tmp"))?;
    std::fs::write(dir.join("nginx.conf"), conf)?;
    let child = Command::new(&args.nginx)
        .args([
            "-p",
            &dir.display().to_string(),
            "-c",
            &dir.join("nginx.conf").display().to_string(),
            "-g",
            "daemon off; user root;",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()?;
    let nginx = Server(child);
    let url = format!("http://127.0.0.1:{port}/article.html");
    wait_until_up(&url).await?;
    let outcome = load::run("nginx, same page", &client(None)?, &[Request::Get(url.clone())], 64, seconds, 200).await;
    let by_wrk = match args.wrk.exists() {
        true => wrk::run(&args.wrk, "nginx, same page (wrk)", &[url], 2, 64, seconds),
        false => None,
    };
    drop(nginx);
    Ok(Some((outcome, by_wrk)))
}

fn markdown(r: &Report) -> String {
    let mut s = format!(
        "# Samenspoor benchmark\n\nMachine: {}. {} articles, {} organisations{}.\n\n",
        r.machine,
        r.articles,
        r.organisations,
        if r.tiny { " (tiny run: the figures prove the harness, nothing more)" } else { "" }
    );
    s.push_str("| backend | trajecten | measurement | connections | requests/s | p50 ms | p99 ms | errors |\n|---|---:|---|---:|---:|---:|---:|---:|\n");
    for run in &r.runs {
        for o in &run.results {
            s.push_str(&format!(
                "| {} | {} | {} | {} | {:.0} | {:.2} | {:.2} | {} |\n",
                run.backend, run.trajecten, o.name, o.connections, o.per_second, o.p50_ms, o.p99_ms, o.errors
            ));
        }
    }
    for n in r.nginx.iter().chain(&r.nginx_wrk) {
        s.push_str(&format!(
            "| nginx | | {} | {} | {:.0} | {:.2} | {:.2} | {} |\n",
            n.name, n.connections, n.per_second, n.p50_ms, n.p99_ms, n.errors
        ));
    }
    s.push_str("\n| backend | trajecten | start-up ms | first article ms | idle RSS MB | peak RSS MB | database MB |\n|---|---:|---:|---:|---:|---:|---:|\n");
    for run in &r.runs {
        s.push_str(&format!(
            "| {} | {} | {:.0} | {:.0} | {:.1} | {:.1} | {:.1} |\n",
            run.backend,
            run.trajecten,
            run.startup_ms,
            run.first_article_ms,
            run.idle_rss_mb,
            run.peak_rss_mb,
            run.database_mb
        ));
    }
    if let Some(p) = r.article_vs_nginx_percent {
        s.push_str(&format!(
            "\nArticle page throughput: {p:.0}% of nginx serving the same page as a file (the harness's generator).\n"
        ));
    }
    if let Some(p) = r.article_vs_nginx_wrk_percent {
        s.push_str(&format!("Article page throughput: {p:.0}% of nginx serving the same page as a file (wrk).\n"));
    }
    s.push_str(&format!("Article page compressed (gzip): {} bytes.\n", r.article_gzip_bytes));
    s
}
