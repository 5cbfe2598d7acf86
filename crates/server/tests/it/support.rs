//! Starting the app on port 0 against a fresh database, with a cookie-keeping client.

use crate::smtp::SmtpSink;
use reqwest::cookie::{CookieStore, Jar};
use reqwest::redirect::Policy;
use samenspoor_domain::Role;
use samenspoor_store::{AuditContext, Store, User};
use samenspoor_web::{AppState, SmtpConfig, SmtpTls, WebConfig};
use scraper::{Html, Selector};
use std::sync::Arc;
use tempfile::TempDir;

/// True on CI: there a database or browser that is not configured is a failure, not a skip.
pub fn required(var: &str) -> bool {
    std::env::var_os("CI").is_some_and(|v| v != "false" && v != "0") || std::env::var_os(var).is_some()
}

pub async fn sqlite_store(dir: &TempDir) -> Arc<dyn Store> {
    let url = format!("sqlite://{}", dir.path().join("test.db").display());
    samenspoor::open_store(&url).await.unwrap().shared()
}

pub async fn sqlite_factory() -> Option<Arc<dyn Store>> {
    // Each test gets its own file; the few hundred kilobytes stay in the temp folder.
    let dir = Box::leak(Box::new(tempfile::tempdir().unwrap()));
    Some(sqlite_store(dir).await)
}

pub mod pg {
    use sqlx::{Connection, Executor, PgConnection};
    use tokio::sync::OnceCell;

    static TEMPLATE: OnceCell<Option<(String, String)>> = OnceCell::const_new();

    pub fn with_database(url: &str, db: &str) -> String {
        let (base, query) = url.split_once('?').map(|(b, q)| (b, format!("?{q}"))).unwrap_or((url, String::new()));
        let base = base.rsplit_once('/').map(|(b, _)| b).unwrap_or(base);
        format!("{base}/{db}{query}")
    }

    /// The server URL and the name of a migrated template database, made once per run.
    async fn template() -> Option<(String, String)> {
        TEMPLATE
            .get_or_init(|| async {
                let Ok(url) = std::env::var("SAMENSPOOR_TEST_POSTGRES") else {
                    if super::required("SAMENSPOOR_TEST_POSTGRES") {
                        panic!("SAMENSPOOR_TEST_POSTGRES is not set: the PostgreSQL tests must run here");
                    }
                    eprintln!("SAMENSPOOR_TEST_POSTGRES not set: PostgreSQL store tests skipped");
                    return None;
                };
                let mut admin = PgConnection::connect(&url).await.expect("connect to SAMENSPOOR_TEST_POSTGRES");
                let old: Vec<(String,)> =
                    sqlx::query_as("SELECT datname FROM pg_database WHERE datname LIKE 'ss\\_t%'")
                        .fetch_all(&mut admin)
                        .await
                        .unwrap();
                for (db,) in old {
                    let _ = admin.execute(format!("DROP DATABASE IF EXISTS \"{db}\" WITH (FORCE)").as_str()).await;
                }
                let name = format!("ss_tpl_{}", std::process::id());
                admin.execute(format!("CREATE DATABASE \"{name}\"").as_str()).await.unwrap();
                let store =
                    samenspoor_store_postgres::connect(&with_database(&url, &name)).await.expect("migrate template");
                store.close().await;
                Some((url, name))
            })
            .await
            .clone()
    }

    /// A fresh, migrated database for one test, copied from the template.
    pub async fn fresh_url() -> Option<String> {
        let (url, template) = template().await?;
        let name = format!("ss_t_{}", uuid::Uuid::now_v7().simple());
        let mut admin = PgConnection::connect(&url).await.unwrap();
        // Copies from one template can collide for a moment; retry briefly.
        for attempt in 0.. {
            match admin.execute(format!("CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"").as_str()).await {
                Ok(_) => break,
                Err(e) if attempt < 20 => {
                    eprintln!("retrying CREATE DATABASE: {e}");
                    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
                }
                Err(e) => panic!("cannot create test database: {e}"),
            }
        }
        let _ = admin.close().await;
        Some(with_database(&url, &name))
    }

    pub async fn factory() -> Option<std::sync::Arc<dyn samenspoor_store::Store>> {
        let url = fresh_url().await?;
        Some(samenspoor::open_store(&url).await.unwrap().shared())
    }
}

pub struct TestApp {
    pub base: String,
    pub client: reqwest::Client,
    pub jar: Arc<Jar>,
    pub store: Arc<dyn Store>,
    pub smtp: SmtpSink,
    /// The server's state, for running its jobs at a chosen time.
    pub state: AppState,
    _dir: Option<TempDir>,
}

#[derive(Debug, Clone, Copy)]
pub enum Db {
    Sqlite,
    Postgres,
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(Db::Sqlite, |_| {}).await.unwrap()
}

pub async fn spawn_demo_app() -> TestApp {
    spawn_app_with(Db::Sqlite, |c| c.demo = true).await.unwrap()
}

/// None when the database is PostgreSQL and none is configured (and it is not required).
pub async fn spawn_app_with(db: Db, configure: impl FnOnce(&mut WebConfig)) -> Option<TestApp> {
    let (store, dir): (Arc<dyn Store>, Option<TempDir>) = match db {
        Db::Sqlite => {
            let dir = tempfile::tempdir().unwrap();
            (sqlite_store(&dir).await, Some(dir))
        }
        Db::Postgres => (pg::factory().await?, None),
    };
    let smtp = SmtpSink::start().await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let mut config = WebConfig {
        base_url: base.clone(),
        smtp: Some(SmtpConfig {
            host: "127.0.0.1".into(),
            port: smtp.port,
            tls: SmtpTls::None,
            username: None,
            password: None,
            from: "Samenspoor <noreply@samenspoor.test>".into(),
        }),
        ..WebConfig::default()
    };
    configure(&mut config);
    samenspoor::import_shipped_content(&*store).await.unwrap();
    if config.demo {
        samenspoor::demo::seed(&*store).await.unwrap();
    }
    let state = AppState::new(store.clone(), config.clone(), samenspoor::mailer(&config).unwrap()).unwrap();
    tokio::spawn(samenspoor::serve(listener, state.clone(), std::future::pending()));
    let jar = Arc::new(Jar::default());
    let client = reqwest::Client::builder().cookie_provider(jar.clone()).redirect(Policy::none()).build().unwrap();
    Some(TestApp { base, client, jar, store, smtp, state, _dir: dir })
}

pub struct Page {
    pub status: u16,
    pub html: Html,
    pub text: String,
}

impl Page {
    pub fn select(&self, css: &str) -> Vec<String> {
        let sel = Selector::parse(css).unwrap();
        self.html.select(&sel).map(|e| e.text().collect::<String>().trim().to_owned()).collect()
    }

    pub fn attr(&self, css: &str, attr: &str) -> Option<String> {
        let sel = Selector::parse(css).unwrap();
        self.html.select(&sel).next().and_then(|e| e.value().attr(attr)).map(str::to_owned)
    }

    pub fn h1(&self) -> String {
        self.select("h1").into_iter().next().unwrap_or_default()
    }
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub fn cookie(&self, name: &str) -> Option<String> {
        let header = self.jar.cookies(&self.base.parse().unwrap())?;
        header.to_str().ok()?.split("; ").find_map(|c| c.strip_prefix(&format!("{name}=")).map(str::to_owned))
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.unwrap()
    }

    pub async fn page(&self, path: &str) -> Page {
        to_page(self.get(path).await).await
    }

    /// This client's CSRF token as the server gives it: from `/api/v1/me` when signed in,
    /// else from the sign-in page's form (it is bound to the session or visitor cookie).
    pub async fn csrf(&self) -> String {
        let me = self.get("/api/v1/me").await;
        if me.status() == 200 {
            return me.json::<serde_json::Value>().await.unwrap()["csrf_token"].as_str().unwrap().to_owned();
        }
        let page = self.page("/inloggen").await;
        page.attr("input[name=csrf]", "value").expect("the sign-in page has a form token")
    }

    /// Posts a form with this client's CSRF token added.
    pub async fn post(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        let csrf = self.csrf().await;
        let mut form: Vec<(&str, &str)> = fields.to_vec();
        form.push(("csrf", &csrf));
        self.client.post(self.url(path)).form(&form).send().await.unwrap()
    }

    pub async fn post_page(&self, path: &str, fields: &[(&str, &str)]) -> Page {
        to_page(self.post(path, fields).await).await
    }

    pub async fn create_user(&self, email: &str, role: Role) -> User {
        let new = samenspoor_store::testing::new_user(email, role);
        self.store.create_user(new, AuditContext::system()).await.unwrap()
    }

    /// Signs in through the real mail path and returns the user.
    pub async fn sign_in(&self, email: &str, role: Role) -> User {
        let user = self.create_user(email, role).await;
        let before = self.smtp.count();
        let res = self.post("/inloggen/link", &[("email", email)]).await;
        assert_eq!(res.status(), 200);
        let mail = self.smtp.wait_for(before + 1).await;
        let path = mail.link().trim_start_matches(&self.base).to_owned();
        let res = self.post(&path, &[]).await;
        assert_eq!(res.status(), 303, "sign-in link should redirect");
        user
    }
}

pub async fn to_page(res: reqwest::Response) -> Page {
    let status = res.status().as_u16();
    let text = res.text().await.unwrap();
    Page { status, html: Html::parse_document(&text), text }
}

pub fn location(res: &reqwest::Response) -> String {
    res.headers().get("location").map(|v| v.to_str().unwrap().to_owned()).unwrap_or_default()
}

/// A signed-in person with their own browser-like client (own cookies, own CSRF token).
pub struct Actor {
    pub client: reqwest::Client,
    pub csrf: String,
    pub user: User,
    base: String,
}

impl Actor {
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(format!("{}{path}", self.base)).send().await.unwrap()
    }

    pub async fn page(&self, path: &str) -> Page {
        to_page(self.get(path).await).await
    }

    pub async fn post(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        let mut form: Vec<(&str, &str)> = fields.to_vec();
        form.push(("csrf", &self.csrf));
        self.client.post(format!("{}{path}", self.base)).form(&form).send().await.unwrap()
    }

    /// A JSON POST with the session's token in `X-CSRF-Token`, as an API client sends it.
    pub async fn post_json(&self, path: &str, body: &serde_json::Value) -> reqwest::Response {
        let url = format!("{}{path}", self.base);
        self.client.post(url).header("x-csrf-token", &self.csrf).json(body).send().await.unwrap()
    }
}

impl TestApp {
    /// A new account of `role`, signed in through a session made directly in the store.
    pub async fn actor(&self, email: &str, role: Role) -> Actor {
        let user = self.create_user(email, role).await;
        self.actor_for(user).await
    }

    pub async fn actor_for(&self, user: User) -> Actor {
        let token = samenspoor_web::security::random_token();
        let now = chrono::Utc::now();
        let session = samenspoor_store::NewSession {
            session_hash: samenspoor_web::security::hash_token(&token),
            user_id: user.id,
            created_at: now,
            expires_at: now + chrono::Duration::hours(1),
        };
        let entry = AuditContext::system().entry(samenspoor_domain::AuditAction::SignedInAsDemo, "user", None);
        self.store.start_session(session, entry).await.unwrap();
        let jar = Arc::new(Jar::default());
        let url: reqwest::Url = self.base.parse().unwrap();
        jar.add_cookie_str(&format!("ss_session={token}; Path=/"), &url);
        let client = reqwest::Client::builder().cookie_provider(jar).redirect(Policy::none()).build().unwrap();
        let me: serde_json::Value =
            client.get(format!("{}/api/v1/me", self.base)).send().await.unwrap().json().await.unwrap();
        let csrf = me["csrf_token"].as_str().unwrap().to_owned();
        Actor { client, csrf, user, base: self.base.clone() }
    }
}

/// A file started by a parent, with the coordinator and a teacher of the school in it.
pub async fn file_with_staff(app: &TestApp) -> (String, samenspoor_domain::TrajectId, Actor, Actor, Actor) {
    let parent = app.actor("ouder@voorbeeld.nl", Role::Parent).await;
    let made = parent
        .post("/trajecten/nieuw", &[("first_name", "Noor"), ("last_name", "Smit"), ("date_of_birth", "2015-04-04")])
        .await;
    let path = location(&made);
    let id: samenspoor_domain::TrajectId = path.trim_start_matches("/trajecten/").parse().unwrap();
    let mut staff = vec![];
    use samenspoor_domain::traject::ParticipantRole;
    for (email, role) in [("ib@school.nl", ParticipantRole::Coordinator), ("juf@school.nl", ParticipantRole::Teacher)] {
        let actor = app.actor(email, role.account_role()).await;
        let hash = format!("staff-{email}");
        let invitation = samenspoor_store::NewInvitation {
            traject_id: id,
            email: samenspoor_domain::Email::parse(email).unwrap(),
            role,
            token_hash: hash.clone(),
            expires_at: chrono::Utc::now() + chrono::Duration::days(1),
        };
        app.store.tr_invite(invitation, AuditContext { actor: Some(parent.user.id), ip: None }).await.unwrap();
        app.store.tr_accept(&hash, actor.user.id, chrono::Utc::now(), None).await.unwrap().unwrap();
        staff.push(actor);
    }
    let teacher = staff.pop().unwrap();
    let coordinator = staff.pop().unwrap();
    (path, id, parent, coordinator, teacher)
}
