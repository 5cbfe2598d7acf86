//! Gesprekken over HTTP: planning with calendar invitations read back by an independent
//! parser, preparation that stays private unless shared, the agenda that keeps the
//! parents' points, a companion who sees one gesprek only, the report with agreements as
//! tasks on the timeline, answers, a follow-up, bad input, the API and the demo.

use crate::support::file_with_staff as file;
use crate::support::{Actor, TestApp, location, spawn_app, spawn_demo_app, to_page};
use samenspoor_domain::{Email, Role, TrajectId};
use serde_json::json;

async fn seat(app: &TestApp, id: TrajectId, actor: &Actor) -> String {
    let people = app.store.tr_participants(id).await.unwrap();
    people.iter().find(|p| p.user_id == Some(actor.user.id)).unwrap().id.to_string()
}

/// The coordinator plans a gesprek that everyone attends, on `date` at 10:00; its path.
async fn plan(app: &TestApp, file: &str, id: TrajectId, who: &Actor, by: &Actor, date: &str) -> String {
    let leader = seat(app, id, by).await;
    let mut fields = vec![
        ("purpose", "Hoe gaat het met lezen?".to_owned()),
        ("date", date.to_owned()),
        ("time", "10:00".to_owned()),
        ("minutes", "45".to_owned()),
        ("place", "School, kamer van de IB'er".to_owned()),
        ("leader", leader),
    ];
    for p in app.store.tr_participants(id).await.unwrap() {
        fields.push(("attendees", p.id.to_string()));
    }
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let res = who.post(&format!("{file}/gesprekken"), &fields).await;
    assert_eq!(res.status(), 303, "plan");
    location(&res)
}

fn next_year(month_day: &str) -> String {
    format!("{}-{month_day}", chrono::Utc::now().date_naive().format("%Y").to_string().parse::<i32>().unwrap() + 1)
}

#[tokio::test]
async fn everyone_invited_gets_a_calendar_invitation_an_update_and_a_cancellation_at_the_right_time() {
    let app = spawn_app().await;
    let (file, id, parent, coordinator, teacher) = file(&app).await;
    // The day before summer time starts, and the day after: 10:00 in Amsterdam both times.
    let winter = next_year("03-26");
    let g = plan(&app, &file, id, &coordinator, &coordinator, &winter).await;
    let first = app.smtp.wait_for(1).await;
    let second = app.smtp.wait_for(2).await;
    let mut to: Vec<String> = [first.to.clone(), second.to.clone()].concat();
    to.sort();
    assert_eq!(to, vec!["juf@school.nl", "ouder@voorbeeld.nl"], "everyone but the planner");
    assert!(first.text().contains("Hoe gaat het met lezen?"));
    let summer = next_year("03-29");
    let (date, time) = (summer.as_str(), "10:00");
    let leader = seat(&app, id, &coordinator).await;
    let everyone: Vec<String> = app.store.tr_participants(id).await.unwrap().iter().map(|p| p.id.to_string()).collect();
    let mut fields = vec![
        ("purpose", "Hoe gaat het met lezen?"),
        ("date", date),
        ("time", time),
        ("minutes", "60"),
        ("place", "School"),
    ];
    fields.push(("leader", &leader));
    fields.extend(everyone.iter().map(|p| ("attendees", p.as_str())));
    let res = coordinator.post(&g, &fields).await;
    assert_eq!(res.status(), 303, "moved");
    let update = app.smtp.wait_for(3).await;
    assert!(update.text().contains("is gewijzigd"), "the change is told");
    let refused = coordinator.post(&format!("{g}/afzeggen"), &[]).await;
    assert_eq!(refused.status(), 422, "calling off is confirmed first");
    assert_eq!(teacher.post(&format!("{g}/afzeggen"), &[("bevestigd", "ja")]).await.status(), 303);
    let cancel = app.smtp.wait_for(5).await;
    if crate::calendar::parser_available() {
        let invite = crate::calendar::read(first.data.as_bytes(), true);
        assert_eq!((invite["method"].as_str(), invite["mime_method"].as_str()), (Some("REQUEST"), Some("REQUEST")));
        assert_eq!(invite["start"].as_str().unwrap(), format!("{winter}T10:00:00+01:00"));
        assert_eq!(invite["sequence"], 0);
        let moved = crate::calendar::read(update.data.as_bytes(), true);
        assert_eq!(moved["start"].as_str().unwrap(), format!("{summer}T10:00:00+02:00"));
        assert_eq!(moved["end"].as_str().unwrap(), format!("{summer}T11:00:00+02:00"));
        assert_eq!((moved["sequence"].as_i64(), moved["uid"].as_str()), (Some(1), invite["uid"].as_str()));
        let off = crate::calendar::read(cancel.data.as_bytes(), true);
        assert_eq!(
            (off["method"].as_str(), off["status"].as_str(), off["sequence"].as_i64()),
            (Some("CANCEL"), Some("CANCELLED"), Some(2))
        );
        let downloaded = parent.get(&format!("{g}/agenda.ics")).await.bytes().await.unwrap();
        assert_eq!(crate::calendar::read(&downloaded, false)["method"], "CANCEL");
    }
    assert!(parent.page(&g).await.text.contains("Afgezegd"));
}

#[tokio::test]
async fn preparation_stays_private_unless_shared_and_the_parents_points_stay_on_the_agenda() {
    let app = spawn_app().await;
    let (file, id, parent, coordinator, teacher) = file(&app).await;
    let g = plan(&app, &file, id, &coordinator, &coordinator, &next_year("02-02")).await;
    let page = parent.page(&format!("{g}/voorbereiding")).await;
    assert_eq!(page.select("textarea").len(), 8, "the guidance's eight questions");
    assert!(page.select(".prep-question a").iter().all(|a| !a.is_empty()), "each links to the kennisbank");
    let saved = parent
        .post(
            &format!("{g}/voorbereiding"),
            &[("expect", "Een plan voor lezen."), ("share_expect", "ja"), ("worries", "Hij slaapt slecht.")],
        )
        .await;
    assert_eq!(saved.status(), 303);
    let school = coordinator.page(&g).await;
    assert!(school.text.contains("Een plan voor lezen."), "a shared answer is seen");
    assert!(!school.text.contains("Hij slaapt slecht."), "a private answer is not");
    let theirs = coordinator.page(&format!("{g}/voorbereiding")).await;
    assert!(!theirs.text.contains("Hij slaapt slecht.") && theirs.select("textarea").len() == 2, "their own questions");
    let api = format!("/api/v1{g}");
    let got: serde_json::Value = coordinator.get(&api).await.json().await.unwrap();
    assert!(!got.to_string().contains("slaapt"), "the API neither");
    let mine: serde_json::Value = parent.get(&format!("{api}/preparation")).await.json().await.unwrap();
    assert_eq!(mine.as_array().unwrap().len(), 2);
    let sheet = parent.page(&format!("{g}/voorbereiding/afdruk")).await;
    assert!(sheet.text.contains("Hij slaapt slecht.") && sheet.text.contains("gedeeld"));
    let long = "x".repeat(3001);
    let refused =
        to_page(parent.post(&format!("{g}/voorbereiding"), &[("expect", &long), ("worries", "Nog steeds.")]).await)
            .await;
    assert_eq!(refused.status, 422);
    assert!(refused.text.contains("Nog steeds."), "typed text comes back");
    // The agenda: a parent's point stays unless a parent takes it off.
    assert_eq!(parent.post(&format!("{g}/agenda"), &[("text", "Rekenen na school is te veel")]).await.status(), 303);
    assert_eq!(teacher.post(&format!("{g}/agenda"), &[("text", "Werkhouding")]).await.status(), 303);
    assert_eq!(parent.post(&format!("{g}/agenda"), &[("text", "  ")]).await.status(), 422);
    let rec = app.store.gs_get(id, g.rsplit('/').next().unwrap().parse().unwrap()).await.unwrap().unwrap();
    let (theirs, teachers) = (rec.agenda[0].id.to_string(), rec.agenda[1].id.to_string());
    assert_eq!(coordinator.post(&format!("{g}/agenda/{theirs}/weg"), &[]).await.status(), 403, "not even the leader");
    assert_eq!(teacher.post(&format!("{g}/agenda/{theirs}/weg"), &[]).await.status(), 403);
    assert_eq!(
        teacher.post(&format!("{g}/agenda/{theirs}/verplaatsen"), &[("richting", "omlaag")]).await.status(),
        403,
        "the leader orders"
    );
    assert_eq!(
        coordinator.post(&format!("{g}/agenda/{teachers}/verplaatsen"), &[("richting", "omhoog")]).await.status(),
        303
    );
    let order = coordinator.page(&g).await.select(".agenda > li .note-body");
    assert_eq!(order, vec!["Werkhouding", "Rekenen na school is te veel"]);
    assert_eq!(
        coordinator.post(&format!("{g}/agenda/{teachers}/weg"), &[]).await.status(),
        303,
        "the leader takes off others' points"
    );
    assert_eq!(parent.post(&format!("{g}/agenda/{theirs}/weg"), &[]).await.status(), 303);
    assert!(coordinator.page(&g).await.select(".agenda > li").is_empty());
}

#[tokio::test]
async fn a_companion_sees_this_gesprek_only_and_the_leader_hears_who_comes_and_why() {
    let app = spawn_app().await;
    let (file, id, parent, coordinator, _) = file(&app).await;
    let g = plan(&app, &file, id, &coordinator, &coordinator, &next_year("02-03")).await;
    let other = plan(&app, &file, id, &coordinator, &coordinator, &next_year("02-04")).await;
    parent
        .post(
            &format!("{g}/voorbereiding"),
            &[("worries", "Privé zorgen."), ("expect", "Gedeelde wens."), ("share_expect", "ja")],
        )
        .await;
    let sent = app.smtp.count();
    assert_eq!(
        coordinator
            .post(
                &format!("{g}/begeleider"),
                &[("name", "Els"), ("email", "els@voorbeeld.nl"), ("relation", "friend"), ("role", "take_notes")]
            )
            .await
            .status(),
        403
    );
    let bad = to_page(
        parent
            .post(
                &format!("{g}/begeleider"),
                &[("name", "Els Visser"), ("email", "geen-adres"), ("relation", "friend"), ("role", "take_notes")],
            )
            .await,
    )
    .await;
    assert_eq!(bad.status, 422);
    assert_eq!(bad.attr("#c-name", "value").as_deref(), Some("Els Visser"), "typed text comes back");
    let ok = parent
        .post(
            &format!("{g}/begeleider"),
            &[
                ("name", "Els Visser"),
                ("email", "els@voorbeeld.nl"),
                ("relation", "friend"),
                ("role", "take_notes"),
                ("why", "Zij schrijft mee."),
            ],
        )
        .await;
    assert_eq!(ok.status(), 303);
    let to_leader = app.smtp.wait_for(sent + 2).await;
    let to_companion = app.smtp.wait_for(sent + 1).await;
    let (leader_mail, companion_mail) = if to_leader.to == vec!["ib@school.nl".to_owned()] {
        (to_leader, to_companion)
    } else {
        (to_companion, to_leader)
    };
    assert_eq!(companion_mail.to, vec!["els@voorbeeld.nl".to_owned()]);
    assert!(
        leader_mail.text().contains("Zij schrijft mee.") && leader_mail.text().contains("Aantekeningen maken"),
        "who comes and why"
    );
    let els = app.store.user_by_email(&Email::parse("els@voorbeeld.nl").unwrap()).await.unwrap().unwrap();
    assert_eq!(els.role, Role::Companion);
    let els = app.actor_for(els).await;
    let page = els.page(&g).await;
    assert_eq!(page.status, 200);
    assert!(page.text.contains("Gedeelde wens.") && !page.text.contains("Privé zorgen."));
    assert!(page.select("#bring").is_empty() && page.select("#save-report").is_empty());
    assert_eq!(els.get(&file).await.status(), 404, "not the file");
    assert_eq!(els.get(&format!("{file}/documenten")).await.status(), 404);
    assert_eq!(els.get(&other).await.status(), 404, "not another gesprek");
    assert_eq!(els.post(&format!("{g}/agenda"), &[("text", "Hoe kan ik helpen?")]).await.status(), 303);
    assert_eq!(els.post(&g, &[("purpose", "x")]).await.status(), 403, "a companion does not plan");
    assert_eq!(els.post(&format!("{g}/voorbereiding"), &[("notes", "Mijn aantekening.")]).await.status(), 303);
    assert!(!parent.page(&g).await.text.contains("Mijn aantekening."), "her notes are hers");
    let mine = els.page("/gesprekken").await;
    assert_eq!(mine.select(".doc-list li").len(), 1);
}

#[tokio::test]
async fn the_report_lists_who_does_what_by_when_and_everyone_confirms_or_comments() {
    let app = spawn_app().await;
    let (file, id, parent, coordinator, teacher) = file(&app).await;
    let g = plan(&app, &file, id, &coordinator, &coordinator, &next_year("01-12")).await;
    assert_eq!(parent.post(&format!("{g}/reactie"), &[("kind", "confirm")]).await.status(), 422, "no report yet");
    assert_eq!(teacher.post(&format!("{g}/verslag"), &[("summary", "x")]).await.status(), 403, "the leader writes it");
    let due = next_year("02-01");
    let bad = to_page(
        coordinator
            .post(
                &format!("{g}/verslag"),
                &[("summary", "We spraken over lezen."), ("who_1", "Juf"), ("what_1", ""), ("due_1", &due)],
            )
            .await,
    )
    .await;
    assert_eq!(bad.status, 422);
    assert!(bad.text.contains("We spraken over lezen."), "the typed report comes back");
    let ok = coordinator
        .post(
            &format!("{g}/verslag"),
            &[
                ("summary", "We spraken over lezen."),
                ("who_1", "Juf Mark"),
                ("what_1", "Leesplan maken"),
                ("due_1", &due),
            ],
        )
        .await;
    assert_eq!(ok.status(), 303);
    assert_eq!(parent.post(&format!("{g}/reactie"), &[("kind", "confirm")]).await.status(), 303);
    assert_eq!(
        teacher
            .post(&format!("{g}/reactie"), &[("kind", "comment"), ("text", "Ook rekenen bespreken.")])
            .await
            .status(),
        303
    );
    let page = coordinator.page(&g).await;
    assert_eq!(page.select(".commitments tbody tr").len(), 1);
    let responses = page.select("#responses li");
    assert!(
        responses.iter().any(|r| r.contains("Bevestigt het verslag."))
            && responses.iter().any(|r| r.contains("Ook rekenen"))
    );
    assert!(parent.page(&g).await.select("#confirm-report").is_empty(), "confirmed once");
    // The agreement is a task on the file's timeline, with its due date.
    let timeline = parent.page(&format!("{file}?soort=gesprekken")).await.select(".timeline li");
    let due_local = chrono::NaiveDate::parse_from_str(&due, "%Y-%m-%d").unwrap().format("%d-%m-%Y").to_string();
    assert!(timeline.iter().any(|t| t.contains("Leesplan maken") && t.contains(&due_local)), "{timeline:?}");
    // Stopped early: a follow-up carries the agenda and the preparation over.
    let g2 = plan(&app, &file, id, &coordinator, &coordinator, &next_year("03-01")).await;
    parent.post(&format!("{g2}/agenda"), &[("text", "Huiswerk")]).await;
    parent.post(&format!("{g2}/voorbereiding"), &[("at_ease", "Even pauze.")]).await;
    let leader = seat(&app, id, &coordinator).await;
    assert_eq!(
        parent
            .post(
                &format!("{g2}/vervolg"),
                &[
                    ("date", "2001-01-01"),
                    ("time", "10:00"),
                    ("minutes", "45"),
                    ("place", "School"),
                    ("purpose", "x"),
                    ("leader", &leader)
                ]
            )
            .await
            .status(),
        422
    );
    let res = parent
        .post(
            &format!("{g2}/vervolg"),
            &[
                ("date", &next_year("03-08")),
                ("time", "10:00"),
                ("minutes", "45"),
                ("place", "School"),
                ("purpose", "Vervolg"),
                ("leader", &leader),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    let g3 = location(&res);
    assert!(parent.page(&g2).await.text.contains("Vroeg gestopt"));
    assert!(parent.page(&g3).await.text.contains("Huiswerk"));
    assert!(parent.page(&format!("{g3}/voorbereiding")).await.text.contains("Even pauze."));
}

#[tokio::test]
async fn bad_plans_change_nothing() {
    let app = spawn_app().await;
    let (file, id, parent, coordinator, _) = file(&app).await;
    let leader = seat(&app, id, &coordinator).await;
    for (field, value) in [
        ("date", "2001-01-01"),
        ("link", "javascript:alert(1)"),
        ("minutes", "999"),
        ("purpose", ""),
        ("leader", "geen"),
    ] {
        let mut fields = vec![
            ("purpose", "Lezen"),
            ("date", "2099-01-01"),
            ("time", "10:00"),
            ("minutes", "45"),
            ("leader", leader.as_str()),
        ];
        fields.retain(|(k, _)| *k != field);
        fields.push((field, value));
        if field == "link" {
            fields.retain(|(k, _)| *k != "place");
        }
        let page = to_page(parent.post(&format!("{file}/gesprekken"), &fields).await).await;
        assert_eq!(page.status, 422, "{field}");
        assert!(!page.select(".error-summary li").is_empty(), "{field}");
    }
    assert!(app.store.gs_list(id).await.unwrap().is_empty());
    assert_eq!(app.smtp.count(), 0, "nobody was mailed");
}

#[tokio::test]
async fn the_api_plans_and_keeps_preparation_private() {
    let app = spawn_app().await;
    let (_, id, parent, coordinator, teacher) = file(&app).await;
    let base = format!("/api/v1/trajecten/{id}/gesprekken");
    let leader = seat(&app, id, &coordinator).await;
    let plan = json!({ "purpose": "Via de API", "date": next_year("04-01"), "time": "09:00", "minutes": 30, "link": "https://meet.voorbeeld.nl/abc", "leader": leader, "attendees": [] });
    let res = parent.post_json(&base, &plan).await;
    assert_eq!(res.status(), 201);
    let g: serde_json::Value = res.json().await.unwrap();
    let gid = g["id"].as_str().unwrap();
    let one = format!("{base}/{gid}");
    assert_eq!(parent.post_json(&format!("{one}/agenda"), &json!({ "text": "Punt van moeder" })).await.status(), 204);
    let got: serde_json::Value = teacher.get(&one).await.json().await.unwrap();
    let point = got["agenda"][0]["id"].as_str().unwrap().to_owned();
    assert_eq!(coordinator.post_json(&format!("{one}/agenda/{point}/remove"), &json!({})).await.status(), 403);
    let answers = json!({ "answers": [{ "question": "worries", "text": "Geheim", "shared": false }, { "question": "aim", "text": "x" }] });
    assert_eq!(
        parent.post_json(&format!("{one}/preparation"), &answers).await.status(),
        403,
        "aim is not a parent's question"
    );
    let answers = json!({ "answers": [{ "question": "worries", "text": "Geheim" }] });
    assert_eq!(parent.post_json(&format!("{one}/preparation"), &answers).await.status(), 204);
    let theirs: serde_json::Value = coordinator.get(&format!("{one}/preparation")).await.json().await.unwrap();
    assert!(theirs.as_array().unwrap().is_empty(), "each reads only their own");
    let report = json!({ "summary": "Kort gesprek.", "commitments": [{ "who": "IB", "what": "Bellen", "due": next_year("04-02") }] });
    assert_eq!(teacher.post_json(&format!("{one}/report"), &report).await.status(), 403);
    assert_eq!(coordinator.post_json(&format!("{one}/report"), &report).await.status(), 204);
    assert_eq!(parent.post_json(&format!("{one}/responses"), &json!({ "kind": "confirm" })).await.status(), 204);
    assert_eq!(
        coordinator.post_json(&format!("{one}/cancel"), &json!({ "confirm": true })).await.status(),
        409,
        "a held gesprek is not called off: a good request the gesprek's state does not allow"
    );
    let list: serde_json::Value = teacher.get(&base).await.json().await.unwrap();
    assert_eq!(list[0]["status"], "held");
}

#[tokio::test]
async fn the_demo_shows_a_past_gesprek_with_its_report_and_one_to_come_with_a_companion() {
    let app = spawn_demo_app().await;
    let users = app.store.demo_users().await.unwrap();
    let mother = app.actor_for(users.iter().find(|u| u.role == Role::Parent).unwrap().clone()).await;
    let file = mother.page("/trajecten").await.attr(".cards a", "href").unwrap();
    let list = mother.page(&format!("{file}/gesprekken")).await;
    let links: Vec<String> = list
        .html
        .select(&scraper::Selector::parse(".doc-list a").unwrap())
        .map(|a| a.value().attr("href").unwrap().to_owned())
        .collect();
    assert_eq!(links.len(), 2);
    let held = mother.page(&links[0]).await;
    assert_eq!(held.select(".commitments tbody tr").len(), 3);
    assert!(held.select("#responses li").len() >= 2);
    let coming = mother.page(&links[1]).await;
    assert!(coming.select(".agenda > li").len() >= 2 && coming.text.contains("Els Visser"));
    let els = app.actor_for(users.iter().find(|u| u.role == Role::Companion).unwrap().clone()).await;
    assert_eq!(els.page("/gesprekken").await.select(".doc-list li").len(), 1);
    assert_eq!(els.get(&links[1]).await.status(), 200);
    assert_eq!(els.get(&links[0]).await.status(), 404, "only the gesprek she was brought to");
    let timeline = mother.page(&format!("{file}?soort=gesprekken")).await.select(".timeline li");
    assert!(timeline.iter().any(|t| t.contains("Leesbegeleiding aanvragen")));
    // The next evaluation of the OPP picks the agreements up.
    let coordinator = app.actor_for(users.iter().find(|u| u.role == Role::Coordinator).unwrap().clone()).await;
    let docs = coordinator.page(&format!("{file}/documenten")).await;
    let opp = docs
        .html
        .select(&scraper::Selector::parse(".doc-list li a").unwrap())
        .find(|a| a.text().collect::<String>().contains("OPP"))
        .unwrap();
    let page = coordinator.page(opp.value().attr("href").unwrap()).await;
    assert!(page.select("#commitments li").iter().any(|c| c.contains("Leesbegeleiding aanvragen")));
}
