//! The parents' clock over HTTP: dates entered by parents, the deadlines and signals that
//! follow (file page, clock, start page), letters filled in, bad input, and the demo.

use crate::support::{Actor, TestApp, location, spawn_app, spawn_demo_app, to_page};
use samenspoor_domain::Role;
use samenspoor_domain::TrajectId;

async fn file(app: &TestApp) -> (String, TrajectId, Actor) {
    let parent = app.actor("ouder@voorbeeld.nl", Role::Parent).await;
    let made = parent
        .post("/trajecten/nieuw", &[("first_name", "Noor"), ("last_name", "Smit"), ("date_of_birth", "2015-04-04")])
        .await;
    let path = location(&made);
    let id = path.trim_start_matches("/trajecten/").parse().unwrap();
    (path, id, parent)
}

fn days_ago(n: i64) -> String {
    (samenspoor_web::deadlines::today() - chrono::Duration::days(n)).to_string()
}

#[tokio::test]
async fn a_registration_six_weeks_ago_asks_for_the_decision_on_the_file_page_the_clock_and_the_start_page() {
    let app = spawn_app().await;
    let (file, id, parent) = file(&app).await;
    // 43 days ago: the decision was due yesterday.
    let res = parent.post(&format!("{file}/klok"), &[("kind", "registration"), ("day", &days_ago(43))]).await;
    assert_eq!(res.status(), 303);
    let page = parent.page(&file).await;
    let signals = page.select("#signalen li");
    assert!(signals.iter().any(|s| s.contains("School beslist uiterlijk op")), "{signals:?}");
    let clock = parent.page(&format!("{file}/klok")).await;
    let due = (samenspoor_web::deadlines::today() - chrono::Duration::days(1)).format("%d-%m-%Y").to_string();
    let first = clock.select(".clock li").into_iter().next().unwrap();
    assert!(first.contains(&due) && first.contains("Termijn voorbij") && first.contains("Zorgplicht"), "{first}");
    assert!(parent.page("/start").await.text.contains("School beslist uiterlijk op"), "on the start page too");
    // The letter is filled in: the child's name, the dates, no placeholder left.
    let letter = parent.page(&format!("{file}/klok/brief/zorgplicht")).await;
    let text = letter.select("#letter").join("");
    assert!(
        text.contains("Noor Smit")
            && text.contains(&due)
            && text.contains(&days_ago(43).split('-').rev().collect::<Vec<_>>().join("-")),
        "{text}"
    );
    assert!(!text.contains('{') && !text.contains('$'), "{text}");
    // 41 days ago: soon, not overdue; taking the old date off leaves only the new one.
    parent.post(&format!("{file}/klok"), &[("kind", "registration"), ("day", &days_ago(41))]).await;
    let dates = app.store.dl_dates(id).await.unwrap();
    let old = dates.iter().find(|d| d.date.day.to_string() == days_ago(43)).unwrap();
    assert_eq!(parent.post(&format!("{file}/klok/{}/weg", old.id), &[]).await.status(), 303);
    let clock = parent.page(&format!("{file}/klok")).await;
    assert!(clock.select(".clock li").into_iter().next().unwrap().contains("Binnenkort"));
}

#[tokio::test]
async fn bad_dates_change_nothing_and_strangers_see_no_clock() {
    let app = spawn_app().await;
    let (file, id, parent) = file(&app).await;
    let tomorrow = (samenspoor_web::deadlines::today() + chrono::Duration::days(1)).to_string();
    for (kind, day) in [
        ("registration", tomorrow.as_str()),
        ("registration", "1-9-2026"),
        ("verjaardag", "2026-01-01"),
        ("enrolment", "1999-01-01"),
    ] {
        let page = to_page(parent.post(&format!("{file}/klok"), &[("kind", kind), ("day", day)]).await).await;
        assert_eq!(page.status, 422, "{kind} {day}");
        assert!(!page.select(".error-summary li").is_empty());
    }
    assert!(app.store.dl_dates(id).await.unwrap().is_empty());
    let stranger = app.actor("ib@school.nl", Role::Coordinator).await;
    assert_eq!(stranger.get(&format!("{file}/klok")).await.status(), 404, "not in the file");
}

#[tokio::test]
async fn the_demo_shows_an_upcoming_opp_evaluation_and_an_overdue_agreement() {
    let app = spawn_demo_app().await;
    let users = app.store.demo_users().await.unwrap();
    let mother = app.actor_for(users.iter().find(|u| u.role == Role::Parent).unwrap().clone()).await;
    let file = mother.page("/trajecten").await.attr(".cards a", "href").unwrap();
    let clock = mother.page(&format!("{file}/klok")).await;
    let rows = clock.select(".clock li");
    assert!(rows.iter().any(|r| r.contains("evaluatie van het OPP")), "{rows:?}");
    assert!(rows.iter().any(|r| r.contains("Afspraak uit een gesprek") && r.contains("Termijn voorbij")), "{rows:?}");
    assert!(rows.iter().any(|r| r.contains("Afgerond")), "the OPP due after enrolment was met");
    assert!(!mother.page(&file).await.select("#signalen li").is_empty());
    let inbox = mother.page("/meldingen").await;
    assert_eq!(inbox.select("form[action$='/gezien']").len(), 1, "one notification she has not seen");
    assert!(mother.page("/start").await.text.contains("Meldingen (1)"));
}

#[tokio::test]
async fn the_api_enters_dates_and_reads_the_clock_in_the_readers_language() {
    let app = spawn_app().await;
    let (_, id, parent) = file(&app).await;
    let base = format!("/api/v1/trajecten/{id}/clock");
    let bad = parent
        .post_json(&format!("{base}/dates"), &serde_json::json!({ "kind": "registration", "day": "2999-01-01" }))
        .await;
    assert_eq!(bad.status(), 422);
    let ok = parent
        .post_json(&format!("{base}/dates"), &serde_json::json!({ "kind": "first_day_at_home", "day": days_ago(30) }))
        .await;
    assert_eq!(ok.status(), 201);
    let clock: serde_json::Value = parent.get(&base).await.json().await.unwrap();
    let first = &clock["deadlines"][0];
    assert_eq!(first["deadline"]["kind"], "thuiszitten");
    assert_eq!(first["deadline"]["state"], "overdue", "30 days at home is past the 4 weeks");
    assert!(first["now"].as_str().unwrap().contains("onderwijsconsulent"));
    let date = clock["dates"][0]["id"].as_str().unwrap().to_owned();
    assert_eq!(parent.post_json(&format!("{base}/dates/{date}/remove"), &serde_json::json!({})).await.status(), 204);
    let clock: serde_json::Value = parent.get(&base).await.json().await.unwrap();
    assert!(clock["deadlines"].as_array().unwrap().is_empty());
}

/// Walks the clock's round through the weeks: a notification is made once, mailed without
/// the child's details, repeated at growing intervals until acknowledged, and the parent
/// who chose a digest gets one e-mail a day at seven.
#[tokio::test]
async fn notifications_are_mailed_once_repeated_until_seen_and_told_when_the_deadline_passed() {
    use samenspoor_web::deadlines::notify::round;
    let app = spawn_app().await;
    let (file, id, parent) = file(&app).await;
    // Enrolled 40 days ago: the OPP is due in 2 days.
    parent.post(&format!("{file}/klok"), &[("kind", "enrolment"), ("day", &days_ago(40))]).await;
    let now = chrono::Utc::now();
    assert_eq!(round(&app.state, now).await.unwrap(), (1, 1), "one notification, one e-mail");
    let mail = app.smtp.wait_for(1).await;
    assert_eq!(mail.to, vec!["ouder@voorbeeld.nl".to_owned()]);
    let text = mail.text();
    assert!(text.contains("/meldingen") && !text.contains("Noor") && !text.contains("OPP"), "no details: {text}");
    assert_eq!(round(&app.state, now).await.unwrap(), (0, 0), "the same round again makes and sends nothing");
    // A day later: the first reminder. Then the deadline passes: the overdue notice comes.
    assert_eq!(round(&app.state, now + chrono::Duration::hours(25)).await.unwrap().1, 1);
    let later = now + chrono::Duration::days(3);
    let (made, sent) = round(&app.state, later).await.unwrap();
    assert_eq!((made, sent), (1, 1), "the overdue notice");
    assert_eq!(app.smtp.count(), 3);
    let inbox = parent.page("/meldingen").await;
    assert_eq!(inbox.select(".clock li").len(), 2);
    assert!(inbox.text.contains("Noor") && inbox.text.contains("Het OPP moet er uiterlijk"), "details in the app");
    // Seen: no more reminders for it.
    let forms: Vec<String> = inbox
        .html
        .select(&scraper::Selector::parse("form[action$='/gezien']").unwrap())
        .map(|f| f.value().attr("action").unwrap().to_owned())
        .collect();
    for action in &forms {
        assert_eq!(parent.post(action, &[]).await.status(), 303);
    }
    assert_eq!(round(&app.state, later + chrono::Duration::days(30)).await.unwrap(), (0, 0));
    let stranger = app.actor("vreemd@voorbeeld.nl", Role::Parent).await;
    assert_eq!(stranger.post(&forms[0], &[]).await.status(), 404, "not theirs");
    let api: serde_json::Value = parent.get("/api/v1/notifications").await.json().await.unwrap();
    assert_eq!(api.as_array().unwrap().len(), 2);
    assert!(api[0]["acknowledged_at"].is_string() && api[0]["text"].as_str().unwrap().contains("OPP"));
    let theirs: serde_json::Value = stranger.get("/api/v1/notifications").await.json().await.unwrap();
    assert!(theirs.as_array().unwrap().is_empty());
    assert_eq!(app.store.dl_dates(id).await.unwrap().len(), 1);
}

#[tokio::test]
async fn a_daily_digest_waits_for_seven_in_the_morning() {
    use samenspoor_web::deadlines::notify::round;
    let app = spawn_app().await;
    let (file, _, parent) = file(&app).await;
    assert_eq!(parent.post("/meldingen/bezorging", &[("delivery", "daily")]).await.status(), 303);
    assert_eq!(parent.post("/meldingen/bezorging", &[("delivery", "weekly")]).await.status(), 422);
    parent.post(&format!("{file}/klok"), &[("kind", "first_day_at_home"), ("day", &days_ago(27))]).await;
    parent.post(&format!("{file}/klok"), &[("kind", "registration"), ("day", &days_ago(40))]).await;
    // 12:00 in Amsterdam today (winter or summer: from_local knows).
    let noon =
        samenspoor_domain::time::from_local(samenspoor_web::deadlines::today().and_hms_opt(12, 0, 0).unwrap()).unwrap();
    let (made, sent) = round(&app.state, noon).await.unwrap();
    assert!(made >= 2 && sent == 0, "made {made}, sent {sent}: nothing before seven");
    let seven = samenspoor_domain::deadlines::notify::next_morning(noon);
    assert_eq!(round(&app.state, seven).await.unwrap().1, 1, "one e-mail for all of them");
    assert_eq!(app.smtp.count(), 1);
    assert!(app.smtp.wait_for(1).await.text().contains(&format!("{made} meldingen")));
}

/// Two real server processes on one PostgreSQL database, each running the clock's round
/// every second: each notification is mailed exactly once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_servers_on_one_postgres_mail_each_notification_once() {
    let Some(url) = crate::support::pg::fresh_url().await else { return };
    let store = samenspoor::open_store(&url).await.unwrap().shared();
    let smtp = crate::smtp::SmtpSink::start().await;
    // Three families, each with an OPP due in 2 days: three notifications, three e-mails.
    let today = samenspoor_web::deadlines::today();
    for n in 0..3 {
        let email = format!("ouder{n}@voorbeeld.nl");
        let parent = store
            .create_user(
                samenspoor_store::testing::new_user(&email, Role::Parent),
                samenspoor_store::AuditContext::system(),
            )
            .await
            .unwrap();
        let child = samenspoor_domain::traject::ChildDetails::parse("Kind", "Test", "2016-01-01", "", today).unwrap();
        let new = samenspoor_store::NewTraject {
            id: TrajectId::new(),
            child,
            school_id: None,
            creator: parent.id,
            creator_role: samenspoor_domain::traject::ParticipantRole::Parent,
        };
        let by = samenspoor_store::AuditContext { actor: Some(parent.id), ip: None };
        let t = store.tr_create(new, by.clone()).await.unwrap();
        let enrolled = samenspoor_domain::deadlines::KnownDate {
            kind: samenspoor_domain::deadlines::DateKind::Enrolment,
            day: today - chrono::Duration::days(40),
        };
        store.dl_add_date(t.id, enrolled, by).await.unwrap();
    }
    let dir = tempfile::tempdir().unwrap();
    let config = format!(
        "[web]\nnotify_seconds = 1\nbase_url = \"http://localhost\"\n[web.smtp]\nhost = \"127.0.0.1\"\nport = {}\ntls = \"none\"\nfrom = \"Samenspoor <noreply@samenspoor.test>\"\n",
        smtp.port
    );
    std::fs::write(dir.path().join("samenspoor.toml"), config).unwrap();
    let mut servers = vec![];
    for _ in 0..2 {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let child = std::process::Command::new(env!("CARGO_BIN_EXE_samenspoor"))
            .args(["--database-url", &url, "serve", "--bind", &format!("127.0.0.1:{port}")])
            .current_dir(dir.path())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        servers.push(child);
    }
    // Both run several rounds.
    for _ in 0..60 {
        if smtp.count() >= 3 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    tokio::time::sleep(std::time::Duration::from_secs(4)).await;
    for mut s in servers {
        let _ = s.kill();
        let _ = s.wait();
    }
    let mut to = vec![];
    for i in 1..=smtp.count() {
        to.extend(smtp.wait_for(i).await.to);
    }
    to.sort();
    assert_eq!(to, vec!["ouder0@voorbeeld.nl", "ouder1@voorbeeld.nl", "ouder2@voorbeeld.nl"], "each once");
}

#[tokio::test]
async fn editors_change_a_letter_and_parents_get_it_filled_in() {
    let app = spawn_app().await;
    let (file, _, parent) = file(&app).await;
    parent.post(&format!("{file}/klok"), &[("kind", "registration"), ("day", &days_ago(20))]).await;
    let editor = app.actor("redactie@voorbeeld.nl", Role::Editor).await;
    assert_eq!(parent.get("/redactie/brieven").await.status(), 403);
    let page = editor.page("/redactie/brieven").await;
    assert_eq!(page.select("textarea").len(), 8, "four letters in two languages");
    assert!(page.select("#body-zorgplicht-nl").join("").contains("{ $child }"), "placeholders shown as such");
    let bad = to_page(
        editor.post("/redactie/brieven/zorgplicht/nl", &[("body", "Beste { $directeur }, over { $child }.")]).await,
    )
    .await;
    assert_eq!(bad.status, 422);
    assert_eq!(
        bad.select("#body-zorgplicht-nl").join(""),
        "Beste { $directeur }, over { $child }.",
        "typed text comes back"
    );
    let ok = editor
        .post(
            "/redactie/brieven/zorgplicht/nl",
            &[("body", "Beste { $school },\n\nWanneer beslist u over { $child }? De termijn loopt tot { $due }.")],
        )
        .await;
    assert_eq!(ok.status(), 303);
    let letter = parent.page(&format!("{file}/klok/brief/zorgplicht")).await.select("#letter").join("");
    assert!(
        letter.starts_with("Beste de school,") && letter.contains("over Noor Smit?") && !letter.contains('{'),
        "{letter}"
    );
    assert_eq!(editor.post("/redactie/brieven/zorgplicht/nl", &[("reset", "ja")]).await.status(), 303);
    let letter = parent.page(&format!("{file}/klok/brief/zorgplicht")).await.select("#letter").join("");
    assert!(letter.starts_with("Aan de school,"), "{letter}");
    assert_eq!(editor.post("/redactie/brieven/verzonnen/nl", &[("body", "x")]).await.status(), 404);
}
