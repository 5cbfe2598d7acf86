//! Reliability: the search index built once beside serving, the API against its own
//! OpenAPI document (schemathesis), restore, crash safety and database outages.

use crate::support::spawn_app;

/// On a fresh server, 200 concurrent first searches (pages and API) wait for one load of
/// the knowledge base and one build of its index, and every one of them finds something.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_first_searches_on_a_fresh_server_build_the_index_once() {
    let app = spawn_app().await;
    let requests = (0..200).map(|i| {
        let path = if i % 2 == 0 {
            "/api/v1/kennisbank/search?q=opp"
        } else {
            "/kennisbank/zoeken?q=ontwikkelingsperspectief"
        };
        let (client, url) = (app.client.clone(), app.url(path));
        async move {
            let res = client.get(url).send().await.unwrap();
            (res.status().as_u16(), res.text().await.unwrap())
        }
    });
    let answers = futures_util::future::join_all(requests).await;
    for (status, body) in &answers {
        assert_eq!(*status, 200, "{body}");
        assert!(body.contains("/kennisbank/artikel/opp"), "every search finds the OPP article: {body:.300}");
    }
    let (loads, builds) = app.state.kennisbank.loads_and_builds();
    assert_eq!((loads, builds), (1, 1), "one load and one index build for 200 concurrent first searches");
}

/// The Python that has schemathesis: `SAMENSPOOR_SCHEMATHESIS_PYTHON` (CI's virtual
/// environment) or python3.
fn schemathesis_python() -> String {
    std::env::var("SAMENSPOOR_SCHEMATHESIS_PYTHON").unwrap_or_else(|_| "python3".into())
}

/// True when that Python can import schemathesis; where it cannot, a skip, or on CI a failure.
fn schemathesis_available() -> bool {
    let ok = std::process::Command::new(schemathesis_python())
        .args(["-c", "import schemathesis"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            !crate::support::required("SAMENSPOOR_REQUIRE_SCHEMATHESIS"),
            "python3 cannot import schemathesis: run `python3 -m pip install schemathesis==4.32.5` or set \
             SAMENSPOOR_SCHEMATHESIS_PYTHON (see .ci/run)"
        );
        eprintln!("python3's schemathesis is not installed: API schema fuzzing skipped");
    }
    ok
}

/// Runs schemathesis for `seconds` against the app's OpenAPI document with these headers,
/// on the file, document and gesprek in `ids` (see schemathesis.toml); returns whether it
/// passed and its report.
async fn schemathesis(base: &str, headers: &[String], ids: &FuzzedIds, seconds: u32) -> (bool, String) {
    let config = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/schemathesis/schemathesis.toml");
    // Run in a folder of its own: schemathesis keeps a cache in its working directory.
    let cwd = tempfile::tempdir().unwrap();
    let mut command = tokio::process::Command::new(schemathesis_python());
    command
        .current_dir(cwd.path())
        .args(["-c", "import sys\nfrom schemathesis.cli import schemathesis\nsys.argv[0] = 'schemathesis'\nsys.exit(schemathesis())"])
        .args(["--no-color", "--config-file", config, "run", &format!("{base}/api/v1/openapi.json")])
        .args(["--max-time", &seconds.to_string(), "--request-timeout", "30"])
        .env("SAMENSPOOR_FILE", &ids.file)
        .env("SAMENSPOOR_DOCUMENT", &ids.document)
        .env("SAMENSPOOR_GESPREK", &ids.gesprek);
    for h in headers {
        command.args(["-H", h]);
    }
    let out = tokio::time::timeout(std::time::Duration::from_secs(u64::from(seconds) + 120), command.output())
        .await
        .expect("schemathesis stops within its time budget")
        .expect("python3 runs");
    let report = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    (out.status.success(), report)
}

/// The demo family's file with its OPP and a gesprek: the ids schemathesis uses for the file
/// operations, so that as their parent a schema-valid request meets the rules, not a 404.
struct FuzzedIds {
    file: String,
    document: String,
    gesprek: String,
}

/// schemathesis against /api/v1/openapi.json, anonymous and as the demo parent on her own
/// child's file, 40 seconds each: no 5xx, every status code and response as documented,
/// schema-invalid requests refused and schema-valid ones accepted.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_api_keeps_to_its_openapi_document_under_schemathesis() {
    if !schemathesis_available() {
        return;
    }
    let app = crate::support::spawn_demo_app().await;
    let email = samenspoor_domain::Email::parse("sanne.devries@demo.invalid").unwrap();
    let sanne = app.store.user_by_email(&email).await.unwrap().expect("the demo parent");
    let (file, _) = app.store.tr_list_for_user(sanne.id).await.unwrap().remove(0);
    let document = app
        .store
        .doc_list(file.id)
        .await
        .unwrap()
        .into_iter()
        .find(|d| d.kind == samenspoor_domain::document::DocumentKind::Opp)
        .expect("the demo's OPP");
    let gesprek = app.store.gs_list(file.id).await.unwrap().remove(0);
    let ids =
        FuzzedIds { file: file.id.to_string(), document: document.id.to_string(), gesprek: gesprek.id.to_string() };

    let (ok, report) = schemathesis(&app.base, &[], &ids, 40).await;
    assert!(ok, "schemathesis, anonymous:\n{report}");
    println!("anonymous: {}", report.lines().rev().find(|l| l.contains("generated")).unwrap_or_default());

    let res = app.post("/inloggen/demo", &[("user_id", &sanne.id.to_string())]).await;
    assert_eq!(res.status(), 303, "demo sign-in");
    let session = app.cookie("ss_session").expect("a session cookie");
    let csrf = app.csrf().await;
    let headers = [format!("Cookie: ss_session={session}"), format!("X-CSRF-Token: {csrf}")];
    let (ok, report) = schemathesis(&app.base, &headers, &ids, 40).await;
    assert!(ok, "schemathesis, signed in as a parent:\n{report}");
    println!("parent: {}", report.lines().rev().find(|l| l.contains("generated")).unwrap_or_default());
    let changed = app.store.tr_notes(file.id).await.unwrap().len();
    println!("notes in the fuzzed file afterwards: {changed}");
}

/// The advice API parses its body as the documented type: `null` (allowed there) counts as
/// not answered; a value outside the documented set is refused and named.
#[tokio::test]
async fn the_advice_api_takes_the_null_its_schema_allows() {
    let app = spawn_app().await;
    let url = app.url("/api/v1/hulpwijzer/advice");
    let none = app.client.post(&url).json(&serde_json::json!({})).send().await.unwrap();
    let none: serde_json::Value = none.json().await.unwrap();
    let nulls = serde_json::json!({"thuis": null, "stappen": null, "ziekte": null});
    let res = app.client.post(&url).json(&nulls).send().await.unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.json::<serde_json::Value>().await.unwrap(), none, "null is the same as no answer");
    let res = app.client.post(&url).json(&serde_json::json!({"stappen": ["school", 3]})).send().await.unwrap();
    assert_eq!(res.status(), 422);
    assert_eq!(res.json::<serde_json::Value>().await.unwrap()["field"], "stappen");
}

fn samenspoor_cli(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_samenspoor")).args(args).output().unwrap()
}

/// Every row of every table of a SQLite database, as text, per table.
async fn sqlite_rows(path: &std::path::Path) -> std::collections::BTreeMap<String, Vec<String>> {
    use sqlx::ConnectOptions;
    let mut conn = sqlx::sqlite::SqliteConnectOptions::new().filename(path).read_only(true).connect().await.unwrap();
    let tables: Vec<(String,)> =
        sqlx::query_as("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY 1")
            .fetch_all(&mut conn)
            .await
            .unwrap();
    let mut all = std::collections::BTreeMap::new();
    for (table,) in tables {
        let columns: Vec<(String,)> =
            sqlx::query_as("SELECT name FROM pragma_table_info(?)").bind(&table).fetch_all(&mut conn).await.unwrap();
        let row = columns.iter().map(|(c,)| format!("quote(\"{c}\")")).collect::<Vec<_>>().join(" || '|' || ");
        let rows: Vec<(String,)> = sqlx::query_as(&format!("SELECT {row} AS r FROM \"{table}\" ORDER BY r"))
            .fetch_all(&mut conn)
            .await
            .unwrap();
        all.insert(table, rows.into_iter().map(|(r,)| r).collect());
    }
    all
}

/// A backup of a SQLite database full of data restores every row of every table; a
/// restore into a database that holds data is refused without --force, and with it the
/// replaced file is kept.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sqlite_backup_restores_every_record_and_needs_force_over_data() {
    let dir = tempfile::tempdir().unwrap();
    let live = dir.path().join("live.db");
    let url = |p: &std::path::Path| format!("sqlite://{}", p.display());
    let store = samenspoor::open_store(&url(&live)).await.unwrap().shared();
    samenspoor::import_shipped_content(&*store).await.unwrap();
    samenspoor::demo::seed(&*store).await.unwrap();
    drop(store);

    let backup = dir.path().join("backup.db");
    let out = samenspoor_cli(&["--database-url", &url(&live), "backup", "--to", backup.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let restored = dir.path().join("data/restored.db");
    let restore = |force: bool| {
        let mut args = vec!["--database-url".to_owned(), url(&restored), "restore".into(), "--from".into()];
        args.push(backup.to_str().unwrap().into());
        if force {
            args.push("--force".into());
        }
        samenspoor_cli(&args.iter().map(String::as_str).collect::<Vec<_>>())
    };
    let out = restore(false);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));

    let before = sqlite_rows(&live).await;
    let after = sqlite_rows(&restored).await;
    let rows: usize = before.values().map(Vec::len).sum();
    for table in
        ["users", "trajecten", "tr_notes", "documents", "document_versions", "gesprekken", "audit_log", "kb_versions"]
    {
        assert!(before.get(table).is_some_and(|r| !r.is_empty()), "the demo data fills {table}: {:?}", before.keys());
    }
    assert_eq!(before.keys().collect::<Vec<_>>(), after.keys().collect::<Vec<_>>());
    for (table, rows) in &before {
        assert_eq!(rows, &after[table], "table {table} restored row for row");
    }
    println!("restored {rows} rows in {} tables", before.len());

    // Into a database that holds data: refused, nothing changed; with --force, replaced.
    let out = samenspoor_cli(&[
        "--database-url",
        &url(&restored),
        "create-user",
        "--email",
        "nieuw@voorbeeld.nl",
        "--name",
        "Nieuw",
        "--role",
        "parent",
    ]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let changed = sqlite_rows(&restored).await;
    let out = restore(false);
    assert_eq!(out.status.code(), Some(2));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("holds data") && said.contains("--force"), "{said}");
    assert_eq!(sqlite_rows(&restored).await, changed, "a refused restore changes nothing");
    let out = restore(true);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("kept as"));
    assert_eq!(sqlite_rows(&restored).await, before, "the forced restore is the backup again");
    let kept = std::fs::read_dir(dir.path().join("data"))
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with("restored.db.before-restore-"))
        .count();
    assert_eq!(kept, 1, "the replaced database is kept");

    // Not a database: refused, and the target is left alone.
    std::fs::write(&backup, b"not a database").unwrap();
    let out = restore(true);
    assert!(!out.status.success());
    assert_eq!(sqlite_rows(&restored).await, before);
}

/// Every row of every table of a PostgreSQL database, as text, per table.
async fn postgres_rows(url: &str) -> std::collections::BTreeMap<String, Vec<String>> {
    use sqlx::Connection;
    let mut conn = sqlx::PgConnection::connect(url).await.unwrap();
    let tables: Vec<(String,)> = sqlx::query_as(
        "SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1",
    )
    .fetch_all(&mut conn)
    .await
    .unwrap();
    let mut all = std::collections::BTreeMap::new();
    for (table,) in tables {
        let rows: Vec<(String,)> = sqlx::query_as(&format!("SELECT t::text AS r FROM \"{table}\" t ORDER BY r"))
            .fetch_all(&mut conn)
            .await
            .unwrap();
        all.insert(table, rows.into_iter().map(|(r,)| r).collect());
    }
    all
}

/// The README's PostgreSQL backup and restore (pg_dump -Fc, pg_restore into an empty
/// database) brings back every row of every table; run where pg_dump is installed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_postgres_dump_restores_every_record_with_pg_restore() {
    let Some(url) = crate::support::pg::fresh_url().await else { return };
    let tools = ["pg_dump", "pg_restore"]
        .iter()
        .all(|t| std::process::Command::new(t).arg("--version").output().is_ok_and(|o| o.status.success()));
    if !tools {
        assert!(!crate::support::required("SAMENSPOOR_TEST_POSTGRES"), "pg_dump and pg_restore are needed here");
        eprintln!("pg_dump is not installed: PostgreSQL restore test skipped");
        return;
    }
    let store = samenspoor::open_store(&url).await.unwrap().shared();
    samenspoor::import_shipped_content(&*store).await.unwrap();
    samenspoor::demo::seed(&*store).await.unwrap();
    drop(store);
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("samenspoor.dump");
    let out = std::process::Command::new("pg_dump").args(["-Fc", "-f", dump.to_str().unwrap(), &url]).output().unwrap();
    assert!(out.status.success(), "pg_dump: {}", String::from_utf8_lossy(&out.stderr));

    // An empty database (not from the migrated template), as an operator would create it.
    let admin_url = std::env::var("SAMENSPOOR_TEST_POSTGRES").unwrap();
    let name = format!("ss_t_{}", uuid::Uuid::now_v7().simple());
    {
        use sqlx::{Connection, Executor};
        let mut admin = sqlx::PgConnection::connect(&admin_url).await.unwrap();
        admin.execute(format!("CREATE DATABASE \"{name}\"").as_str()).await.unwrap();
    }
    let target = crate::support::pg::with_database(&admin_url, &name);
    let out = std::process::Command::new("pg_restore")
        .args(["--no-owner", "--exit-on-error", "-d", &target, dump.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success(), "pg_restore: {}", String::from_utf8_lossy(&out.stderr));

    let before = postgres_rows(&url).await;
    let after = postgres_rows(&target).await;
    for table in ["users", "trajecten", "tr_notes", "documents", "gesprekken", "audit_log", "kb_versions"] {
        assert!(before.get(table).is_some_and(|r| !r.is_empty()), "the demo data fills {table}");
    }
    assert_eq!(before, after, "every row of every table restored");
    // The restored database serves: the store opens it and finds the demo parent.
    let restored = samenspoor::open_store(&target).await.unwrap().shared();
    let email = samenspoor_domain::Email::parse("sanne.devries@demo.invalid").unwrap();
    assert!(restored.user_by_email(&email).await.unwrap().is_some());
}

/// A real `samenspoor serve` process on a fixed port, with a settings file in `dir` (a
/// fixed secret key, so that form tokens stay valid across restarts).
struct RealServer {
    child: std::process::Child,
}

impl RealServer {
    async fn start(url: &str, dir: &std::path::Path, port: u16) -> RealServer {
        Self::start_with(url, dir, port, &format!("base_url = \"http://127.0.0.1:{port}\"")).await
    }

    /// With more `[web]` settings (one per line).
    async fn start_with(url: &str, dir: &std::path::Path, port: u16, web: &str) -> RealServer {
        let settings = format!("[web]\n{web}\nsecret_key = \"crash-test-secret-key-0123456789abcdef\"\n");
        std::fs::write(dir.join("samenspoor.toml"), settings).unwrap();
        let log = std::fs::OpenOptions::new().create(true).append(true).open(dir.join("server.log")).unwrap();
        let child = std::process::Command::new(env!("CARGO_BIN_EXE_samenspoor"))
            .args(["--database-url", url, "serve", "--bind", &format!("127.0.0.1:{port}")])
            .current_dir(dir)
            .stdout(std::process::Stdio::null())
            .stderr(log)
            .spawn()
            .unwrap();
        let server = RealServer { child };
        let health = format!("http://127.0.0.1:{port}/healthz");
        let client = reqwest::Client::new();
        for _ in 0..600 {
            if client.get(&health).send().await.is_ok_and(|r| r.status() == 200) {
                return server;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        drop(server);
        panic!("the server did not start: {}", std::fs::read_to_string(dir.join("server.log")).unwrap_or_default());
    }

    /// kill -9: no shutdown, no flush, nothing finished.
    fn kill(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for RealServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// A parent with a file of her own in the database at `url`; returns her e-mail and the
/// file's id.
async fn parent_with_a_file(url: &str) -> (String, String) {
    use samenspoor_domain::Role;
    let store = samenspoor::open_store(url).await.unwrap().shared();
    let email = "ouder@voorbeeld.nl".to_owned();
    let parent = store
        .create_user(
            samenspoor_store::testing::new_user(&email, Role::Parent),
            samenspoor_store::AuditContext::system(),
        )
        .await
        .unwrap();
    let today = samenspoor_web::deadlines::today();
    let child = samenspoor_domain::traject::ChildDetails::parse("Kind", "Test", "2016-01-01", "", today).unwrap();
    let new = samenspoor_store::NewTraject {
        id: samenspoor_domain::TrajectId::new(),
        child,
        school_id: None,
        creator: parent.id,
        creator_role: samenspoor_domain::traject::ParticipantRole::Parent,
    };
    let by = samenspoor_store::AuditContext { actor: Some(parent.id), ip: None };
    let file = store.tr_create(new, by).await.unwrap();
    (email, file.id.to_string())
}

/// A client signed in as `email` through a sign-in link from the CLI, and its CSRF token.
async fn signed_in_client(url: &str, dir: &std::path::Path, port: u16, email: &str) -> (reqwest::Client, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_samenspoor"))
        .args(["--database-url", url, "login-link", "--email", email])
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let link = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    let jar = std::sync::Arc::new(reqwest::cookie::Jar::default());
    let client = reqwest::Client::builder()
        .cookie_provider(jar)
        .redirect(reqwest::redirect::Policy::none())
        .timeout(std::time::Duration::from_secs(30))
        .build()
        .unwrap();
    let page = crate::support::to_page(client.get(&link).send().await.unwrap()).await;
    let csrf = page.attr("input[name=csrf]", "value").expect("the link page has a form");
    let res = client.post(&link).form(&[("csrf", csrf.as_str())]).send().await.unwrap();
    assert_eq!(res.status(), 303, "sign-in");
    let me: serde_json::Value =
        client.get(format!("http://127.0.0.1:{port}/api/v1/me")).send().await.unwrap().json().await.unwrap();
    (client, me["csrf_token"].as_str().unwrap().to_owned())
}

/// kill -9 the server `cycles` times during a stream of notes written through the API by
/// four writers; after each restart every note that was answered 201 is there. Returns
/// (acknowledged, lost).
async fn crash_cycles(url: &str, cycles: u32) -> (usize, usize) {
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let (email, file) = parent_with_a_file(url).await;
    let server = RealServer::start(url, dir.path(), port).await;
    let (client, csrf) = signed_in_client(url, dir.path(), port, &email).await;
    let notes_url = format!("http://127.0.0.1:{port}/api/v1/trajecten/{file}/notes");
    let mut acknowledged: Vec<String> = vec![];
    let mut server = Some(server);
    for cycle in 0..cycles {
        let running = match server.take() {
            Some(first) => first,
            None => RealServer::start(url, dir.path(), port).await,
        };
        let writers: Vec<_> = (0..4)
            .map(|w| {
                let (client, csrf, notes_url) = (client.clone(), csrf.clone(), notes_url.clone());
                tokio::spawn(async move {
                    let mut acked = vec![];
                    for n in 0.. {
                        let body = format!("cycle {cycle} writer {w} note {n}");
                        let sent = client
                            .post(&notes_url)
                            .header("X-CSRF-Token", &csrf)
                            .json(&serde_json::json!({"body": body, "visibility": "shared"}))
                            .send()
                            .await;
                        match sent {
                            Ok(res) if res.status() == 201 => acked.push(body),
                            Ok(res) => panic!("a note was refused: {} {}", res.status(), res.text().await.unwrap()),
                            Err(_) => break, // the server is gone
                        }
                    }
                    acked
                })
            })
            .collect();
        // Let the stream run for a while that differs per cycle, then pull the plug.
        tokio::time::sleep(std::time::Duration::from_millis(300 + u64::from(cycle * 73 % 500))).await;
        running.kill();
        for w in writers {
            acknowledged.extend(w.await.unwrap());
        }
    }
    // Start once more and read the file's notes through the API.
    let _last = RealServer::start(url, dir.path(), port).await;
    let doc: serde_json::Value = client
        .get(format!("http://127.0.0.1:{port}/api/v1/trajecten/{file}"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let stored: std::collections::HashSet<&str> =
        doc["notes"].as_array().expect("the file's notes").iter().filter_map(|n| n["body"].as_str()).collect();
    let lost: Vec<&String> = acknowledged.iter().filter(|b| !stored.contains(b.as_str())).collect();
    assert!(acknowledged.len() >= cycles as usize, "writes were acknowledged in every cycle: {}", acknowledged.len());
    assert!(
        lost.is_empty(),
        "{} of {} acknowledged notes lost, e.g. {:?}",
        lost.len(),
        acknowledged.len(),
        lost.first()
    );
    (acknowledged.len(), lost.len())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_acknowledged_note_is_lost_when_the_server_is_killed_on_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("crash.db").display());
    let (acked, lost) = crash_cycles(&url, 20).await;
    println!("SQLite: 20 kill -9 cycles, {acked} notes acknowledged, {lost} lost");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_acknowledged_note_is_lost_when_the_server_is_killed_on_postgres() {
    let Some(url) = crate::support::pg::fresh_url().await else { return };
    let (acked, lost) = crash_cycles(&url, 20).await;
    println!("PostgreSQL: 20 kill -9 cycles, {acked} notes acknowledged, {lost} lost");
}

/// A TCP proxy in front of PostgreSQL that the test can take down (refusing new
/// connections and cutting the open ones, as a stopped database does) and bring back.
struct PgProxy {
    port: u16,
    target: String,
    tasks: std::sync::Arc<std::sync::Mutex<Vec<tokio::task::JoinHandle<()>>>>,
}

impl PgProxy {
    async fn start(target: String) -> PgProxy {
        let proxy = PgProxy { port: free_port(), target, tasks: Default::default() };
        proxy.up().await;
        proxy
    }

    async fn up(&self) {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", self.port)).await.unwrap();
        let (target, tasks) = (self.target.clone(), self.tasks.clone());
        let accept = tokio::spawn(async move {
            while let Ok((mut inbound, _)) = listener.accept().await {
                let target = target.clone();
                let conn = tokio::spawn(async move {
                    if let Ok(mut outbound) = tokio::net::TcpStream::connect(&target).await {
                        let _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound).await;
                    }
                });
                tasks.lock().unwrap().push(conn);
            }
        });
        self.tasks.lock().unwrap().push(accept);
    }

    fn down(&self) {
        for t in self.tasks.lock().unwrap().drain(..) {
            t.abort();
        }
    }
}

/// PostgreSQL goes away under a running server: pages answer 503 with the page that says
/// so, the API a 503 problem, /healthz fails; when it is back the server recovers by
/// itself (same process, same session) and takes writes again.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_server_answers_503_while_postgres_is_away_and_recovers_without_a_restart() {
    let Some(url) = crate::support::pg::fresh_url().await else { return };
    let direct = reqwest::Url::parse(&url).unwrap();
    let target = format!("{}:{}", direct.host_str().unwrap(), direct.port().unwrap_or(5432));
    let proxy = PgProxy::start(target).await;
    let mut via_proxy = direct.clone();
    via_proxy.set_host(Some("127.0.0.1")).unwrap();
    via_proxy.set_port(Some(proxy.port)).unwrap();

    let (email, file) = parent_with_a_file(&url).await;
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let _server = RealServer::start(via_proxy.as_str(), dir.path(), port).await;
    let (client, csrf) = signed_in_client(&url, dir.path(), port, &email).await;
    let base = format!("http://127.0.0.1:{port}");
    let note = |body: &str| {
        client
            .post(format!("{base}/api/v1/trajecten/{file}/notes"))
            .header("X-CSRF-Token", &csrf)
            .json(&serde_json::json!({"body": body, "visibility": "shared"}))
            .send()
    };
    assert_eq!(client.get(format!("{base}/trajecten/{file}")).send().await.unwrap().status(), 200);
    assert_eq!(note("before").await.unwrap().status(), 201);

    proxy.down();
    let started = std::time::Instant::now();
    // The first read to find the database away waits a second, then a check beside the
    // pools finds it gone (not the pool's 5 s of trying).
    let page = client.get(format!("{base}/trajecten/{file}")).header("accept-language", "nl").send().await.unwrap();
    let first = started.elapsed();
    assert_eq!(page.status(), 503);
    assert!(first < std::time::Duration::from_millis(2500), "the first read answered in {first:?}");
    println!("the first read after PostgreSQL went away answered 503 in {first:?}");
    let asked = std::time::Instant::now();
    let health = client.get(format!("{base}/healthz")).send().await.unwrap();
    assert_eq!(health.status(), 503);
    assert!(asked.elapsed() < std::time::Duration::from_secs(2), "/healthz said so in {:?}", asked.elapsed());
    assert!(page.headers()["content-type"].to_str().unwrap().starts_with("text/html"));
    let html = page.text().await.unwrap();
    assert!(html.contains("Samenspoor is even niet bereikbaar") && html.contains("Er is niets opgeslagen"), "{html}");
    let api = note("during").await.unwrap();
    assert_eq!(api.status(), 503);
    assert_eq!(api.headers()["content-type"], "application/problem+json");
    // Twenty at once, as under load: each answered, each a 503.
    let many = |path: String| {
        let requests = (0..20).map(|_| {
            let (client, url) = (client.clone(), format!("{base}{path}"));
            async move { client.get(url).send().await.unwrap().status().as_u16() }
        });
        futures_util::future::join_all(requests)
    };
    // The first request that found the database away opened the breaker: these do not
    // each wait the pool's 5 s timeout, neither now nor later in the outage.
    for _ in 0..3 {
        let at_once = std::time::Instant::now();
        assert_eq!(many(format!("/trajecten/{file}")).await, vec![503; 20]);
        assert!(at_once.elapsed() < std::time::Duration::from_secs(1), "answered in {:?}", at_once.elapsed());
        tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    }
    let style = client.get(format!("{base}/static/style.css")).send().await.unwrap();
    assert_eq!(style.status(), 200, "the 503 page keeps its style sheet");
    let outage_answers = started.elapsed();
    println!(
        "while PostgreSQL was away: /healthz, a page, a write and 20 pages at once answered 503 in {outage_answers:?}"
    );

    proxy.up().await;
    // Pages come back by themselves (nobody asks /healthz), within a moment.
    let back = std::time::Instant::now();
    loop {
        let res = client.get(format!("{base}/trajecten/{file}")).send().await.unwrap();
        if res.status() == 200 {
            break;
        }
        assert!(back.elapsed() < std::time::Duration::from_secs(5), "recovered within 5 s");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    println!("recovered {:?} after PostgreSQL was back", back.elapsed());
    assert_eq!(client.get(format!("{base}/healthz")).send().await.unwrap().status(), 200);
    assert_eq!(many(format!("/trajecten/{file}")).await, vec![200; 20], "same process, same session");
    assert_eq!(note("after").await.unwrap().status(), 201);
    let doc: serde_json::Value =
        client.get(format!("{base}/api/v1/trajecten/{file}")).send().await.unwrap().json().await.unwrap();
    let bodies: Vec<&str> = doc["notes"].as_array().unwrap().iter().filter_map(|n| n["body"].as_str()).collect();
    assert!(bodies.contains(&"before") && bodies.contains(&"after") && !bodies.contains(&"during"), "{bodies:?}");
}

/// nginx (Debian's) as the load balancer in front of server processes on one machine.
struct Nginx {
    child: std::process::Child,
    _dir: tempfile::TempDir,
}

impl Nginx {
    /// None where nginx is not installed (CI installs it; there its absence fails).
    async fn start(port: u16, backends: &[u16]) -> Option<Nginx> {
        if !std::path::Path::new("/usr/sbin/nginx").exists() {
            assert!(!crate::support::required("SAMENSPOOR_REQUIRE_NGINX"), "nginx is missing: CI installs it");
            eprintln!("no nginx: the test of two servers behind it is skipped");
            return None;
        }
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path().display();
        let servers: String =
            backends.iter().map(|b| format!("server 127.0.0.1:{b} max_fails=1 fail_timeout=5s; ")).collect();
        let conf = format!(
            "daemon off; worker_processes 1; pid {d}/nginx.pid; error_log {d}/error.log;\n\
             events {{ worker_connections 512; }}\n\
             http {{ access_log off; client_body_temp_path {d}/body; proxy_temp_path {d}/proxy;\n\
               fastcgi_temp_path {d}/fastcgi; uwsgi_temp_path {d}/uwsgi; scgi_temp_path {d}/scgi;\n\
               upstream samenspoor {{ {servers} }}\n\
               server {{ listen 127.0.0.1:{port};\n\
                 location / {{ proxy_pass http://samenspoor; proxy_set_header Host $http_host;\n\
                   proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for; proxy_next_upstream error timeout; }} }} }}\n"
        );
        std::fs::write(dir.path().join("nginx.conf"), conf).unwrap();
        let child = std::process::Command::new("/usr/sbin/nginx")
            .args(["-c", &format!("{d}/nginx.conf"), "-p", &d.to_string()])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let nginx = Nginx { child, _dir: dir };
        for _ in 0..100 {
            if reqwest::get(format!("http://127.0.0.1:{port}/healthz")).await.is_ok_and(|r| r.status() == 200) {
                return Some(nginx);
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        panic!(
            "nginx did not start: {}",
            std::fs::read_to_string(nginx._dir.path().join("error.log")).unwrap_or_default()
        );
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Two server processes behind nginx on one PostgreSQL: a session made on one holds on the
/// other, a rate limit counts on both together, and when one is killed under a stream of
/// writes the other carries on and no acknowledged write is lost.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_servers_behind_nginx_share_sessions_limits_and_carry_on_when_one_dies() {
    let Some(url) = crate::support::pg::fresh_url().await else { return };
    let (front, a, b) = (free_port(), free_port(), free_port());
    let web = format!("base_url = \"http://127.0.0.1:{front}\"\ntrusted_proxies = 1");
    let (dir_a, dir_b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (email, file) = parent_with_a_file(&url).await;
    let server_a = RealServer::start_with(&url, dir_a.path(), a, &web).await;
    let _server_b = RealServer::start_with(&url, dir_b.path(), b, &web).await;
    let Some(_nginx) = Nginx::start(front, &[a, b]).await else { return };

    // The sign-in link (made with the front's address) opens a session that both know.
    let (client, csrf) = signed_in_client(&url, dir_a.path(), front, &email).await;
    for port in [a, b, front, front] {
        let me = client.get(format!("http://127.0.0.1:{port}/api/v1/me")).send().await.unwrap();
        assert_eq!(me.status(), 200, "the session holds on :{port}");
    }

    // Each server keeps the files it read in memory: a note written through one shows at
    // once on the other, which read the file just before.
    for (write, read) in [(a, b), (b, a)] {
        let file_on = |port: u16| client.get(format!("http://127.0.0.1:{port}/api/v1/trajecten/{file}")).send();
        let before: serde_json::Value = file_on(read).await.unwrap().json().await.unwrap();
        let body = format!("geschreven via :{write}");
        let sent = client
            .post(format!("http://127.0.0.1:{write}/api/v1/trajecten/{file}/notes"))
            .header("X-CSRF-Token", &csrf)
            .json(&serde_json::json!({"body": body, "visibility": "shared"}))
            .send()
            .await
            .unwrap();
        assert_eq!(sent.status(), 201);
        let after: serde_json::Value = file_on(read).await.unwrap().json().await.unwrap();
        let bodies = |doc: &serde_json::Value| {
            doc["notes"]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(|n| n["body"].as_str().map(str::to_owned))
                .collect::<Vec<_>>()
        };
        assert!(!bodies(&before).contains(&body));
        assert!(bodies(&after).contains(&body), "the note written via :{write} shows on :{read}");
    }

    // Five sign-in links per address in 15 minutes, counted across both servers.
    let anonymous = reqwest::Client::builder().cookie_store(true).build().unwrap();
    let form =
        crate::support::to_page(anonymous.get(format!("http://127.0.0.1:{a}/inloggen")).send().await.unwrap()).await;
    let token = form.attr("input[name=csrf]", "value").unwrap();
    let mut statuses = vec![];
    for i in 0..7 {
        let port = if i % 2 == 0 { a } else { b };
        let fields = [("csrf", token.as_str()), ("email", "iemand@voorbeeld.nl"), ("terug", "")];
        let res = anonymous.post(format!("http://127.0.0.1:{port}/inloggen/link")).form(&fields).send().await.unwrap();
        statuses.push(res.status().as_u16());
    }
    assert_eq!(statuses.iter().filter(|s| **s == 429).count(), 2, "the 6th and 7th are refused: {statuses:?}");

    // A stream of notes through nginx; one server is killed halfway.
    let notes = format!("http://127.0.0.1:{front}/api/v1/trajecten/{file}/notes");
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let killed_at = std::sync::Arc::new(std::sync::Mutex::new(None::<std::time::Instant>));
    let writers: Vec<_> = (0..4)
        .map(|w| {
            let (client, csrf, notes, stop) = (client.clone(), csrf.clone(), notes.clone(), stop.clone());
            tokio::spawn(async move {
                let mut acked = vec![];
                let mut n = 0;
                while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                    n += 1;
                    let body = format!("writer {w} note {n}");
                    let sent = client
                        .post(&notes)
                        .header("X-CSRF-Token", &csrf)
                        .json(&serde_json::json!({"body": body, "visibility": "shared"}))
                        .send()
                        .await;
                    if sent.is_ok_and(|r| r.status() == 201) {
                        acked.push((std::time::Instant::now(), body));
                    }
                }
                acked
            })
        })
        .collect();
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    *killed_at.lock().unwrap() = Some(std::time::Instant::now());
    server_a.kill();
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let mut acked = vec![];
    for w in writers {
        acked.extend(w.await.unwrap());
    }
    let killed = killed_at.lock().unwrap().unwrap();
    let after = acked.iter().filter(|(at, _)| *at > killed + std::time::Duration::from_millis(200)).count();
    assert!(after >= 20, "the other server carries on: {after} notes after the kill");
    let doc: serde_json::Value = client
        .get(format!("http://127.0.0.1:{front}/api/v1/trajecten/{file}"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let stored: std::collections::HashSet<&str> =
        doc["notes"].as_array().unwrap().iter().filter_map(|n| n["body"].as_str()).collect();
    let lost = acked.iter().filter(|(_, b)| !stored.contains(b.as_str())).count();
    assert_eq!(lost, 0, "{lost} of {} acknowledged notes lost", acked.len());
    println!("two servers behind nginx: {} notes acknowledged ({after} after one was killed), 0 lost", acked.len());
}

/// A client signed in with the demo's one-click button for `name` (demo mode only).
async fn demo_client(base: &str, name: &str) -> reqwest::Client {
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .timeout(std::time::Duration::from_secs(60))
        .pool_max_idle_per_host(200)
        .build()
        .unwrap();
    let page = crate::support::to_page(client.get(format!("{base}/inloggen")).send().await.unwrap()).await;
    let form = scraper::Selector::parse("form[action='/inloggen/demo']").unwrap();
    let field = |f: scraper::ElementRef, name: &str| {
        let sel = scraper::Selector::parse(&format!("input[name={name}]")).unwrap();
        f.select(&sel).next().and_then(|i| i.value().attr("value")).unwrap().to_owned()
    };
    let button = page.html.select(&form).find(|f| f.text().collect::<String>().contains(name)).expect(name);
    let fields = [("csrf", field(button, "csrf")), ("user_id", field(button, "user_id"))];
    let res = client.post(format!("{base}/inloggen/demo")).form(&fields).send().await.unwrap();
    assert_eq!(res.status(), 303, "demo sign-in as {name}");
    client
}

fn rss_mb(pid: u32) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let kb = status.lines().find_map(|l| l.strip_prefix("VmRSS:")).and_then(|v| v.split_whitespace().next());
    kb.and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0) / 1024.0
}

/// 200 clients at once for two rounds on `serve --demo`: parents (Daan's file, its access
/// log, his documents and gesprekken, the start page), the coordinator (the file and her
/// caseload) and visitors (articles, search, the hulpwijzer). Every answer is a 200, and
/// memory is flat: the second round adds no more than a little to what the first built up.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_hundred_clients_at_once_get_every_answer_and_memory_stays_flat() {
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let url = format!("sqlite://{}", dir.path().join("load.db").display());
    let base = format!("http://127.0.0.1:{port}");
    let log = std::fs::File::create(dir.path().join("server.log")).unwrap();
    let child = std::process::Command::new(env!("CARGO_BIN_EXE_samenspoor"))
        .args(["--database-url", &url, "serve", "--demo", "--bind", &format!("127.0.0.1:{port}")])
        .current_dir(dir.path())
        .stdout(std::process::Stdio::null())
        .stderr(log)
        .spawn()
        .unwrap();
    let server = RealServer { child };
    let pid = server.child.id();
    let probe = reqwest::Client::new();
    for _ in 0..600 {
        if probe.get(format!("{base}/healthz")).send().await.is_ok_and(|r| r.status() == 200) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let parent = demo_client(&base, "Sanne de Vries").await;
    let coordinator = demo_client(&base, "Fatima el Amrani").await;
    let files: serde_json::Value =
        parent.get(format!("{base}/api/v1/trajecten")).send().await.unwrap().json().await.unwrap();
    let file = files.as_array().unwrap().iter().find(|f| f["child_first_name"] == "Daan").expect("Daan's file")["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let visitor = reqwest::Client::builder().timeout(std::time::Duration::from_secs(60)).build().unwrap();
    let paths = |who: usize| -> Vec<String> {
        let f = format!("/trajecten/{file}");
        match who % 5 {
            0 | 1 => vec![
                f.clone(),
                format!("{f}/inzage"),
                format!("{f}/documenten"),
                format!("{f}/gesprekken"),
                "/start".into(),
            ],
            2 => vec![f.clone(), "/start".into(), format!("{f}/klok")],
            _ => vec![
                "/kennisbank/artikel/zorgplicht".into(),
                "/kennisbank/zoeken?q=mijn%20kind%20zit%20thuis".into(),
                "/hulpwijzer/advies?stappen=school&thuis=langer".into(),
                "/kennisbank".into(),
            ],
        }
    };
    let round = |seconds: u64| {
        let tasks = (0..200).map(|i| {
            let client = match i % 5 {
                0 | 1 => parent.clone(),
                2 => coordinator.clone(),
                _ => visitor.clone(),
            };
            let (paths, base) = (paths(i), base.clone());
            tokio::spawn(async move {
                let end = std::time::Instant::now() + std::time::Duration::from_secs(seconds);
                let (mut ok, mut failed) = (0usize, vec![]);
                let mut n = i;
                while std::time::Instant::now() < end {
                    let path = &paths[n % paths.len()];
                    n += 1;
                    match client.get(format!("{base}{path}")).send().await {
                        Ok(r) if r.status() == 200 => {
                            let _ = r.bytes().await;
                            ok += 1;
                        }
                        Ok(r) => failed.push(format!("{path}: {}", r.status())),
                        Err(e) => failed.push(format!("{path}: {e}")),
                    }
                }
                (ok, failed)
            })
        });
        futures_util::future::join_all(tasks)
    };
    let idle = rss_mb(pid);
    let mut rss = vec![];
    let mut total = 0;
    for _ in 0..2 {
        let mut failed = vec![];
        for (ok, f) in round(8).await.into_iter().map(Result::unwrap) {
            total += ok;
            failed.extend(f);
        }
        assert!(failed.is_empty(), "{} failed, first: {:?}", failed.len(), &failed[..failed.len().min(5)]);
        rss.push(rss_mb(pid));
    }
    println!(
        "200 clients, 2 × 8 s: {total} answers, all 200; RSS idle {idle:.1} MB, after round 1 {:.1} MB, after round 2 {:.1} MB",
        rss[0], rss[1]
    );
    assert!(total > 1000, "the server kept answering: {total}");
    assert!(
        rss[1] < rss[0] * 1.15 + 5.0,
        "memory flat: {:.1} MB after round 1, {:.1} MB after round 2",
        rss[0],
        rss[1]
    );
    assert!(rss[1] < 150.0, "peak under 150 MB: {:.1}", rss[1]);
}
