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
