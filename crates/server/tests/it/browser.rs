//! A real browser (Debian's chromium and chromium-driver, over WebDriver) signs in with a
//! mailed link and sees the home page. Skipped where no browser is installed, except on
//! CI or with SAMENSPOOR_REQUIRE_BROWSER set, where a missing browser fails the test.
//! JavaScript is off in these sessions: every flow must work without it.

use crate::support::{required, spawn_app, spawn_demo_app};
use base64::Engine;
use samenspoor_domain::Role;
use serde_json::{Value, json};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// A failed test must not leave its chromedriver (and its browser) running.
impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

pub struct Browser {
    driver: Child,
    base: String,
    session: String,
    http: reqwest::Client,
    _profile: tempfile::TempDir,
}

impl Browser {
    /// Starts chromedriver and a headless Chromium with JavaScript off, or returns None
    /// where neither is installed.
    pub async fn start() -> Option<Browser> {
        Self::start_with(false, 390).await
    }

    /// With JavaScript on, for checks that run a script in the page (axe-core).
    pub async fn start_with_js(width: u32) -> Option<Browser> {
        Self::start_with(true, width).await
    }

    async fn start_with(javascript: bool, width: u32) -> Option<Browser> {
        let driver_path = std::env::var("SAMENSPOOR_CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into());
        let chromium = std::env::var("SAMENSPOOR_CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
        if !std::path::Path::new(&driver_path).exists() || !std::path::Path::new(&chromium).exists() {
            assert!(
                !required("SAMENSPOOR_REQUIRE_BROWSER"),
                "{driver_path} or {chromium} is missing: browser tests must run here"
            );
            eprintln!("no chromium/chromedriver: browser test skipped");
            return None;
        }
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let driver = Command::new(&driver_path)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver");
        let base = format!("http://127.0.0.1:{port}");
        let http = reqwest::Client::new();
        for _ in 0..100 {
            if let Ok(r) = http.get(format!("{base}/status")).send().await
                && r.json::<Value>().await.is_ok_and(|v| v["value"]["ready"] == true)
            {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let profile = tempfile::tempdir().unwrap();
        let caps = json!({"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": {
            "binary": chromium,
            "prefs": {"intl.accept_languages": "nl-NL,nl"},
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                     "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     format!("--window-size={width},900"), "--lang=nl-NL", format!("--blink-settings=scriptEnabled={javascript}"), format!("--user-data-dir={}", profile.path().display())]
        }}}});
        let res: Value = http.post(format!("{base}/session")).json(&caps).send().await.unwrap().json().await.unwrap();
        let session = res["value"]["sessionId"].as_str().unwrap_or_else(|| panic!("no session: {res}")).to_owned();
        Some(Browser { driver, base, session, http, _profile: profile })
    }

    async fn call(&self, method: reqwest::Method, path: &str, body: Option<Value>) -> Value {
        let url = format!("{}/session/{}{path}", self.base, self.session);
        let mut req = self.http.request(method, url);
        if let Some(b) = body {
            req = req.json(&b);
        }
        let v: Value = req.send().await.unwrap().json().await.unwrap();
        assert!(v["value"]["error"].is_null(), "webdriver {path}: {v}");
        v["value"].clone()
    }

    pub async fn goto(&self, url: &str) {
        self.call(reqwest::Method::POST, "/url", Some(json!({ "url": url }))).await;
    }

    pub async fn find(&self, css: &str) -> String {
        let v =
            self.call(reqwest::Method::POST, "/element", Some(json!({"using": "css selector", "value": css}))).await;
        v[ELEMENT].as_str().unwrap().to_owned()
    }

    pub async fn type_into(&self, css: &str, text: &str) {
        let el = self.find(css).await;
        self.call(reqwest::Method::POST, &format!("/element/{el}/value"), Some(json!({ "text": text }))).await;
    }

    pub async fn clear(&self, css: &str) {
        let el = self.find(css).await;
        self.call(reqwest::Method::POST, &format!("/element/{el}/clear"), Some(json!({}))).await;
    }

    pub async fn click(&self, css: &str) {
        let el = self.find(css).await;
        self.call(reqwest::Method::POST, &format!("/element/{el}/click"), Some(json!({}))).await;
    }

    /// Runs an async script; it calls its last argument with the result.
    pub async fn run_async(&self, script: &str) -> Value {
        self.call(reqwest::Method::POST, "/execute/async", Some(json!({ "script": script, "args": [] }))).await
    }

    pub async fn run(&self, script: &str) -> Value {
        self.call(reqwest::Method::POST, "/execute/sync", Some(json!({ "script": script, "args": [] }))).await
    }

    pub async fn resize(&self, width: u32, height: u32) {
        self.call(reqwest::Method::POST, "/window/rect", Some(json!({ "width": width, "height": height }))).await;
    }

    /// Presses one key (e.g. "\u{E004}" for Tab) the way a keyboard would.
    pub async fn press(&self, key: &str) {
        let actions = json!({"actions": [{"type": "key", "id": "keyboard", "actions": [{"type": "keyDown", "value": key}, {"type": "keyUp", "value": key}]}]});
        self.call(reqwest::Method::POST, "/actions", Some(actions)).await;
    }

    pub async fn current_url(&self) -> String {
        self.call(reqwest::Method::GET, "/url", None).await.as_str().unwrap_or_default().to_owned()
    }

    pub async fn source(&self) -> String {
        self.call(reqwest::Method::GET, "/source", None).await.as_str().unwrap_or_default().to_owned()
    }

    /// Waits up to ten seconds for the element to show `expected` (a click on a submit
    /// button returns before the next page has loaded).
    pub async fn wait_for_text(&self, css: &str, expected: &str) {
        let mut last = String::new();
        for _ in 0..100 {
            let url = format!("{}/session/{}/element", self.base, self.session);
            let found: Value = self
                .http
                .post(url)
                .json(&json!({"using": "css selector", "value": css}))
                .send()
                .await
                .unwrap()
                .json()
                .await
                .unwrap();
            if let Some(el) = found["value"][ELEMENT].as_str() {
                let url = format!("{}/session/{}/element/{el}/text", self.base, self.session);
                let v: Value = self.http.get(url).send().await.unwrap().json().await.unwrap();
                last = v["value"].as_str().unwrap_or_default().to_owned();
                if last == expected {
                    return;
                }
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("{css} shows {last:?}, expected {expected:?}");
    }

    /// Saves a PNG under target/screenshots/ for a reviewer to look at.
    pub async fn screenshot(&self, name: &str) {
        let b64 = self.call(reqwest::Method::GET, "/screenshot", None).await;
        let png = base64::engine::general_purpose::STANDARD.decode(b64.as_str().unwrap()).unwrap();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/screenshots");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(format!("{name}.png")), png).unwrap();
    }

    pub async fn quit(mut self) {
        let _ = self.http.delete(format!("{}/session/{}", self.base, self.session)).send().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_parent_signs_in_with_a_mailed_link_in_a_real_browser() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let app = spawn_app().await;
    app.create_user("sanne@voorbeeld.nl", Role::Parent).await;

    browser.goto(&app.url("/inloggen")).await;
    browser.wait_for_text("h1", "Inloggen").await;
    browser.screenshot("sign-in-390").await;
    browser.type_into("#email", "sanne@voorbeeld.nl").await;
    browser.click("form[action='/inloggen/link'] button[type=submit]").await;
    browser.wait_for_text("h1", "Kijk in je mail").await;

    let link = app.smtp.wait_for(1).await.link();
    browser.goto(&link).await;
    browser.click("#confirm-sign-in").await;
    browser.wait_for_text("h1", "Welkom, Test Persoon").await;
    browser.screenshot("home-parent-390").await;

    // Signing out with the header button brings the front page back.
    browser.click("form[action='/uitloggen'] button").await;
    browser.wait_for_text("h1", "Samen op één spoor voor je kind").await;
    browser.quit().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_editor_publishes_a_change_in_a_real_browser() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let app = spawn_demo_app().await;
    let editor = app.store.demo_users().await.unwrap().into_iter().find(|u| u.role == Role::Editor).unwrap();

    browser.goto(&app.url("/inloggen")).await;
    browser.click(&format!("input[name=user_id][value='{}'] ~ button", editor.id)).await;
    browser.wait_for_text("h1", "Welkom, Ruben de Groot").await;

    browser.goto(&app.url("/redactie/artikel/opp/nl")).await;
    browser.wait_for_text("#status", "gepubliceerd").await;
    browser.clear("#title").await;
    browser.type_into("#title", "Wat is een OPP, in het kort?").await;
    browser.click("#save").await;
    browser.wait_for_text("#status", "concept").await;
    browser.click("#to-review").await;
    browser.wait_for_text("#status", "in review").await;
    browser.screenshot("editor-review-390").await;
    browser.click("#publish").await;
    browser.wait_for_text("#status", "gepubliceerd").await;

    browser.goto(&app.url("/kennisbank/artikel/opp")).await;
    browser.wait_for_text("h1", "Wat is een OPP, in het kort?").await;
    browser.screenshot("article-390").await;
    browser.quit().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_parent_searches_and_answers_good_article_without_javascript() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let app = spawn_app().await;
    browser.goto(&app.url("/")).await;
    browser.type_into("#q", "mag ik iemand meenemen").await;
    browser.click(".search-form button").await;
    browser.wait_for_text(".results li:first-child h2", "Mag ik iemand meenemen naar het gesprek?").await;
    browser.click(".results li:first-child h2 a").await;
    browser.wait_for_text("h1", "Mag ik iemand meenemen naar het gesprek?").await;
    browser.click("label[for=helpful-yes]").await;
    browser.click(".feedback button[type=submit]").await;
    browser.wait_for_text(".feedback .notice", "Dank je wel. Met jouw antwoord maken we de teksten beter.").await;
    assert_eq!(app.store.kb_feedback().await.unwrap().len(), 1);
    browser.quit().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_hulpwijzer_wizard_works_without_javascript() {
    let Some(browser) = Browser::start().await else { return };
    let app = spawn_app().await;
    browser.goto(&app.url("/hulpwijzer")).await;
    browser.click("main a.button").await;
    for step in 1..=11 {
        browser.wait_for_text(".progress-label", &format!("Vraag {step} van 11")).await;
        match step {
            1 => {
                browser.click("label[for=a-school]").await;
                browser.click("label[for=a-swv]").await;
            }
            4 => browser.click("label[for=a-langer]").await,
            5 => browser.click("label[for=a-ja]").await,
            _ => {}
        }
        browser.click("#next").await;
    }
    browser.wait_for_text("h1", "Hier kun je terecht").await;
    browser.screenshot("hulpwijzer-advice-390").await;
    let html = browser.source().await;
    assert!(html.contains(">Onderwijsconsulenten</a>") && html.contains(">Ziezon</a>"), "advice lists both");
    assert!(html.contains("meer dan 4 weken thuis"), "with the reason in the parent's terms");
    browser.quit().await;
}

/// The parent and the coordinator, each in their own browser, follow one file from step 1
/// to step 5 and back to 4; the parent then sees who looked at the file.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_parent_and_a_coordinator_follow_one_file_in_their_own_browsers() {
    let Some(parent) = Browser::start().await else { return };
    let Some(school) = Browser::start().await else { return };
    let app = spawn_app().await;
    app.create_user("sanne@voorbeeld.nl", Role::Parent).await;
    // The school and its coordinator's account exist (made by the admin): school roles
    // are only for staff of the file's school.
    let school_org = app
        .store
        .create_organisation(
            samenspoor_store::NewOrganisation {
                id: samenspoor_domain::OrganisationId::new(),
                kind: samenspoor_domain::OrganisationKind::School,
                name: samenspoor_domain::OrganisationName::parse("De Linde").unwrap(),
                swv_id: None,
            },
            samenspoor_store::AuditContext::system(),
        )
        .await
        .unwrap();
    let coordinator = samenspoor_store::NewUser {
        organisation_id: Some(school_org.id),
        name: samenspoor_domain::PersonName::parse("Ilse Bakker").unwrap(),
        ..samenspoor_store::testing::new_user("ib@delinde.nl", Role::Coordinator)
    };
    app.store.create_user(coordinator, samenspoor_store::AuditContext::system()).await.unwrap();

    parent.goto(&app.url("/inloggen")).await;
    parent.type_into("#email", "sanne@voorbeeld.nl").await;
    parent.click("form[action='/inloggen/link'] button[type=submit]").await;
    parent.wait_for_text("h1", "Kijk in je mail").await;
    parent.goto(&app.smtp.wait_for(1).await.link()).await;
    parent.click("#confirm-sign-in").await;
    parent.wait_for_text("h1", "Welkom, Test Persoon").await;

    parent.goto(&app.url("/trajecten/nieuw")).await;
    parent.type_into("#first_name", "Daan").await;
    parent.type_into("#last_name", "de Vries").await;
    // A day that does not exist: the message sits at the date, and nothing typed is lost.
    parent.type_into("#dob_day", "31").await;
    parent.type_into("#dob_month", "2").await;
    parent.type_into("#dob_year", "2017").await;
    parent.click("#start-file").await;
    parent
        .wait_for_text(
            "#dob_day-error",
            "Vul de geboortedatum in met dag, maand en jaar, bijvoorbeeld 14 3 2017. Het kind is tussen 2 en 25 jaar.",
        )
        .await;
    let kept = parent.source().await;
    assert!(kept.contains("id=\"dob_day\"") && kept.contains("value=\"31\"") && kept.contains("value=\"de Vries\""));
    assert!(kept.contains("href=\"#dob_day\""), "the summary links to the field");
    parent.clear("#dob_day").await;
    parent.type_into("#dob_day", "14").await;
    parent.clear("#dob_month").await;
    parent.type_into("#dob_month", "3").await;
    parent.type_into("#class_name", "groep 6").await;
    parent.click(&format!("#school option[value='{}']", school_org.id)).await;
    parent.click("#start-file").await;
    parent.wait_for_text("#step-name", "Stap 1: In gesprek").await;
    let file = parent.current_url().await;

    parent.click(".file-nav a[href$='/deelnemers']").await;
    parent.type_into("#invite-email", "ib@delinde.nl").await;
    parent.click("#invite-role option[value=coordinator]").await;
    parent.click("#invite").await;
    parent.wait_for_text(".notice.done", "De uitnodiging is verstuurd.").await;

    school.goto(&app.smtp.wait_for(2).await.link()).await;
    school.click("#accept").await;
    school.wait_for_text("#step-name", "Stap 1: In gesprek").await;

    let moves = [
        (&parent, "inform_orient", "Stap 2: Informeren en oriënteren"),
        (&school, "investigate", "Stap 3: Onderzoek naar de oorzaak"),
        (&parent, "plan", "Stap 4: Een plan maken"),
        (&school, "evaluate", "Stap 5: Evalueren"),
        (&parent, "plan", "Stap 4: Een plan maken"),
    ];
    for (who, to, name) in moves {
        who.goto(&file).await;
        who.click(&format!("label[for=to-{to}]")).await;
        who.type_into("#why", "Samen besproken in het gesprek.").await;
        who.click("#move").await;
        who.wait_for_text("#step-name", name).await;
    }
    parent.screenshot("file-parent-390").await;

    // The coordinator writes an OPP with three goals; the parent agrees with two of them
    // and adds her view; the coordinator sees both.
    school.goto(&format!("{file}/documenten")).await;
    school.click("label[for=kind-opp]").await;
    school.type_into("#title", "OPP Daan 2026-2027").await;
    school.click("#create-doc").await;
    school.wait_for_text("h1", "Bewerken: OPP Daan 2026-2027").await;
    school.type_into("#outflow_level", "vmbo-t").await;
    for (i, goal) in ["Lezen op AVI-E5", "Rustig starten in de ochtend", "Elke dag extra rekenen"].iter().enumerate() {
        school.type_into(&format!("#goal_{}", i + 1), goal).await;
    }
    school.click("#save-doc").await;
    school
        .wait_for_text(
            "#agreement-state",
            "De ouders hebben nog niet gereageerd op het handelingsdeel. De steun gaat gewoon door.",
        )
        .await;
    let doc = school.current_url().await.split('?').next().unwrap().to_owned();

    parent.goto(&doc).await;
    parent.click("label[for=choice-partial]").await;
    parent.click("label[for=agreed-1]").await;
    parent.click("label[for=agreed-2]").await;
    parent.type_into("#view", "Extra rekenen na een lange dag is te veel voor Daan.").await;
    parent.click("#agree").await;
    parent.wait_for_text("#agreement-state", "De ouders stemmen in met een deel van de doelen.").await;
    school.goto(&doc).await;
    school.wait_for_text("#agreement-state", "De ouders stemmen in met een deel van de doelen.").await;
    school.wait_for_text("#parents-view", "Extra rekenen na een lange dag is te veel voor Daan.").await;
    let marks = school.source().await;
    assert_eq!(marks.matches("class=\"agreed\"").count(), 2, "two goals agreed");
    assert_eq!(marks.matches("class=\"not-agreed\"").count(), 1, "one goal not agreed");
    // The signed-in pages this file has, at a phone's and a desktop's width.
    let coordinator_id = app
        .store
        .tr_participants(file.rsplit('/').next().unwrap().parse().unwrap())
        .await
        .unwrap()
        .into_iter()
        .find(|p| p.role == samenspoor_domain::traject::ParticipantRole::Coordinator)
        .unwrap()
        .id;
    let pages = [
        ("file-participants", format!("{file}/deelnemers")),
        ("file-access", format!("{file}/inzage")),
        ("file-print", format!("{file}/afdruk")),
        ("file-confirm-withdraw", format!("{file}/deelnemers/{coordinator_id}/intrekken")),
        ("documents", format!("{file}/documenten")),
        ("document-opp", doc.clone()),
        ("document-edit", format!("{doc}/bewerken")),
        ("document-versions", format!("{doc}/versies")),
    ];
    for width in [390, 1280] {
        parent.resize(width, 900).await;
        for (name, url) in &pages {
            parent.goto(url).await;
            parent.screenshot(&format!("{name}-{width}")).await;
        }
    }

    parent.goto(&format!("{file}/inzage")).await;
    parent.wait_for_text("h1", "Wie heeft het dossier bekeken").await;
    let log = parent.source().await;
    assert!(log.contains(">Ilse Bakker<"), "the coordinator's visits are listed");
    parent.quit().await;
    school.quit().await;
}

/// In Daan's demo file: Sanne prepares the coming gesprek (one answer shared), brings a
/// friend to take notes; the coordinator writes the report; Sanne confirms it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_parent_prepares_a_gesprek_brings_a_friend_and_confirms_the_report() {
    let Some(browser) = Browser::start().await else { return };
    let app = spawn_demo_app().await;
    let users = app.store.demo_users().await.unwrap();
    let sanne = users.iter().find(|u| u.role == Role::Parent).unwrap().clone();
    let fatima = app.actor_for(users.iter().find(|u| u.role == Role::Coordinator).unwrap().clone()).await;
    let daan = app.store.tr_list_for_user(sanne.id).await.unwrap()[0].0.id;
    let coming = app.store.gs_list(daan).await.unwrap().into_iter().find(|g| g.report.is_none()).unwrap();
    let gesprek = format!("/trajecten/{daan}/gesprekken/{}", coming.id);

    browser.goto(&app.url("/inloggen")).await;
    browser.click(&format!("input[name=user_id][value='{}'] ~ button", sanne.id)).await;
    browser.wait_for_text("h1", "Welkom, Sanne de Vries").await;
    browser.goto(&app.url(&gesprek)).await;
    browser.click("#prepare").await;
    browser.wait_for_text("h1", "Mijn voorbereiding").await;
    browser.clear("#at_ease").await;
    browser.type_into("#at_ease", "Dat ik eerst mag vertellen hoe het thuis gaat.").await;
    browser.click("label[for=share_at_ease]").await;
    browser.click("#save-prep").await;
    browser.wait_for_text("h1", "Mijn voorbereiding").await;
    browser.screenshot("gesprek-prepare-390").await;

    browser.goto(&app.url(&gesprek)).await;
    browser.click("#begeleider summary").await;
    browser.type_into("#c-name", "Joke Bos").await;
    browser.type_into("#c-email", "joke.bos@voorbeeld.nl").await;
    browser.click("label[for=rel-relative]").await;
    browser.click("label[for=role-listen]").await;
    browser.type_into("#c-why", "Mijn zus luistert mee.").await;
    browser.click("#bring").await;
    browser.wait_for_text("#gesprek-status", "Gepland").await;
    let page = browser.source().await;
    assert!(page.contains("Joke Bos") && page.contains("Mijn zus luistert mee."), "the companion is listed");

    // The coordinator leads it and writes the report.
    let res = fatima
        .post(
            &format!("{gesprek}/verslag"),
            &[
                ("summary", "We spraken over rekenen."),
                ("who_1", "Fatima el Amrani"),
                ("what_1", "Rekenen onder schooltijd regelen"),
                ("due_1", "2099-01-01"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    browser.goto(&app.url(&gesprek)).await;
    browser.wait_for_text("#report-summary", "We spraken over rekenen.").await;
    browser.screenshot("gesprek-report-390").await;
    browser.click("#confirm-report").await;
    browser.wait_for_text("#responses li:last-child .note-body", "Bevestigt het verslag.").await;
    let shared = fatima.page(&gesprek).await;
    assert!(
        shared.text.contains("Dat ik eerst mag vertellen hoe het thuis gaat."),
        "her shared answer reaches the school"
    );
    browser.quit().await;
}
