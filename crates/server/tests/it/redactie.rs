//! The editors' flow over HTTP: concept, review with anchored comments, publish, history
//! and comparison; publishing refuses dangling links; only editors and admins get in.

use crate::support::{location, spawn_app};
use samenspoor_domain::kennisbank::ArticleStatus;
use samenspoor_domain::{Lang, Role};

const PAGES: [&str; 6] = [
    "/redactie",
    "/redactie/feedback",
    "/redactie/artikel/opp/nl",
    "/redactie/artikel/opp/nl/verschil?van=1&naar=1",
    "/redactie/synoniemen",
    "/redactie/zoekvragen",
];

#[tokio::test]
async fn only_editors_and_admins_reach_the_editors_pages() {
    let app = spawn_app().await;
    for path in PAGES {
        assert_eq!(app.get(path).await.status(), 303, "visitor on {path}");
    }
    let version = app.store.kb_versions("opp", Lang::Nl).await.unwrap().remove(0);
    for role in Role::ALL {
        let app = spawn_app().await;
        app.sign_in(&format!("{}@voorbeeld.nl", role.as_str()), role).await;
        let expected = if matches!(role, Role::Editor | Role::Admin) { 200 } else { 403 };
        for path in PAGES {
            assert_eq!(app.get(path).await.status(), expected, "{role} on {path}");
        }
        if expected == 403 {
            let save = app.post("/redactie/artikel/opp/nl", &[("title", "x"), ("summary", "y"), ("body", "z")]).await;
            assert_eq!(save.status(), 403, "{role}");
            let status = app.post(&format!("/redactie/versie/{}/status", version.id), &[("to", "in_review")]).await;
            assert_eq!(status.status(), 403, "{role}");
            assert_eq!(app.store.kb_versions("opp", Lang::Nl).await.unwrap().len(), 1, "{role} changed nothing");
            assert_eq!(app.post("/redactie/synoniemen", &[("groups", "a, b")]).await.status(), 403, "{role}");
            assert!(app.store.kb_synonyms().await.unwrap().is_empty(), "{role} changed nothing");
        }
    }
}

#[tokio::test]
async fn an_editor_takes_a_change_from_concept_through_review_to_published() {
    let app = spawn_app().await;
    app.sign_in("redactie@voorbeeld.nl", Role::Editor).await;
    let edit = app.page("/redactie/artikel/opp/nl").await;
    assert_eq!(edit.status, 200);
    let body = edit.select("#body").remove(0);
    assert!(edit.select(".editor-box li")[0].starts_with("Flesch-Douma"));

    let empty = app
        .post_page(
            "/redactie/artikel/opp/nl",
            &[("title", " "), ("summary", "Kort."), ("body", &body), ("related", "Geen Id")],
        )
        .await;
    assert_eq!(empty.status, 422);
    assert_eq!(empty.select(".error-summary li").len(), 2);
    assert_eq!(app.store.kb_versions("opp", Lang::Nl).await.unwrap().len(), 1, "nothing saved");

    let new_body = format!("{body}\n\nEen OPP maak je samen met school. Dit is een nieuwe zin over plantenbakken.");
    let saved = app
        .post(
            "/redactie/artikel/opp/nl",
            &[
                ("title", "Wat is een OPP precies?"),
                ("summary", "Een plan voor je kind."),
                ("body", &new_body),
                ("related", "opp-instemming-evaluatie, groeidocument"),
            ],
        )
        .await;
    assert_eq!(saved.status(), 303);
    let versions = app.store.kb_versions("opp", Lang::Nl).await.unwrap();
    assert_eq!((versions[0].number, versions[0].status), (2, ArticleStatus::Concept));
    assert_eq!(
        app.page("/kennisbank/artikel/opp").await.h1(),
        "Wat is een OPP?",
        "readers still see the published version"
    );

    let publish_now =
        app.post_page(&format!("/redactie/versie/{}/status", versions[0].id), &[("to", "published")]).await;
    assert_eq!(publish_now.status, 422, "a concept goes to review first");
    let review = app.post(&format!("/redactie/versie/{}/status", versions[0].id), &[("to", "in_review")]).await;
    assert_eq!(review.status(), 303);
    let page = app.page("/redactie/artikel/opp/nl").await;
    assert_eq!(page.select("#status"), vec!["in review"]);

    let vid = versions[0].id;
    let wrong_quote = app
        .post_page(&format!("/redactie/versie/{vid}/opmerking"), &[("quote", "staat er niet in"), ("body", "Hm")])
        .await;
    assert_eq!(wrong_quote.status, 422);
    let comment = app
        .post(
            &format!("/redactie/versie/{vid}/opmerking"),
            &[("quote", "nieuwe zin over plantenbakken"), ("body", "Dit hoort hier niet.")],
        )
        .await;
    assert_eq!(comment.status(), 303);
    let page = app.page("/redactie/artikel/opp/nl").await;
    assert_eq!(page.select(".comment blockquote"), vec!["nieuwe zin over plantenbakken"]);
    let comments = app.store.kb_comments(vid).await.unwrap();
    let resolve = app
        .post(&format!("/redactie/opmerking/{}/opgelost", comments[0].id), &[("terug", "/redactie/artikel/opp/nl")])
        .await;
    assert_eq!(location(&resolve), "/redactie/artikel/opp/nl#opmerkingen");
    assert!(app.store.kb_comments(vid).await.unwrap()[0].resolved_at.is_some());

    let publish = app.post(&format!("/redactie/versie/{vid}/status"), &[("to", "published")]).await;
    assert_eq!(publish.status(), 303);
    assert_eq!(app.page("/kennisbank/artikel/opp").await.h1(), "Wat is een OPP precies?");
    let hits: Vec<serde_json::Value> = app.get("/api/v1/kennisbank/search?q=plantenbakken").await.json().await.unwrap();
    assert_eq!(hits[0]["id"], "opp", "the search index follows a publication at once");
    let statuses: Vec<_> = app.store.kb_versions("opp", Lang::Nl).await.unwrap().iter().map(|v| v.status).collect();
    assert_eq!(statuses, vec![ArticleStatus::Published, ArticleStatus::Superseded]);

    let compare = app.page("/redactie/artikel/opp/nl/verschil?van=1&naar=2").await;
    assert_eq!(compare.status, 200);
    assert_eq!(compare.select("tr.changed td:first-child")[0], "# Wat is een OPP?");
    assert_eq!(compare.select("tr.changed td:last-child")[0], "# Wat is een OPP precies?");
    let new_lines = [compare.select("tr.added td:last-child"), compare.select("tr.changed td:last-child")].concat();
    assert!(new_lines.iter().any(|t| t.contains("plantenbakken")), "{new_lines:?}");
    assert_eq!(app.get("/redactie/artikel/opp/nl/verschil?van=1&naar=9").await.status(), 404);
    assert_eq!(app.get("/redactie/artikel/opp/fr").await.status(), 404);
}

#[tokio::test]
async fn publishing_refuses_dangling_links_and_names_them() {
    let app = spawn_app().await;
    app.sign_in("redactie@voorbeeld.nl", Role::Editor).await;
    let body = "Lees ook [dit](artikel:bestaat-niet) en [dat](begrip:geen-begrip) en [elders](https://elders.example).";
    app.post(
        "/redactie/artikel/opp/en",
        &[("title", "What is an OPP?"), ("summary", "A plan."), ("body", body), ("related", "ook-niet")],
    )
    .await;
    let v = app.store.kb_versions("opp", Lang::En).await.unwrap().remove(0);
    app.post(&format!("/redactie/versie/{}/status", v.id), &[("to", "in_review")]).await;
    let refused = app.post_page(&format!("/redactie/versie/{}/status", v.id), &[("to", "published")]).await;
    assert_eq!(refused.status, 422);
    let errors = refused.select(".error-summary li").join("\n");
    for name in ["bestaat-niet", "geen-begrip", "https://elders.example", "ook-niet"] {
        assert!(errors.contains(name), "{name} named in: {errors}");
    }
    assert_eq!(app.store.kb_version(v.id).await.unwrap().unwrap().status, ArticleStatus::InReview);
    let api: serde_json::Value = app.get("/api/v1/kennisbank/articles/opp?lang=en").await.json().await.unwrap();
    assert_eq!(api["summary"].as_str().map(|s| s != "A plan."), Some(true), "the published version is unchanged");
}

#[test]
fn article_bodies_cannot_load_or_inject_anything() {
    let html = samenspoor_web::kennisbank::markdown::to_html(
        "Zie ![plaatje](https://elders.example/p.png) en [link](https://elders.example) en <script>x()</script> en [goed](artikel:opp).",
    );
    assert!(!html.contains("elders.example") && !html.contains("<script") && !html.contains("<img"), "{html}");
    assert!(html.contains("plaatje") && html.contains("href=\"/kennisbank/artikel/opp\""), "{html}");
}

#[tokio::test]
async fn reader_feedback_reaches_the_editors() {
    let app = spawn_app().await;
    app.post("/kennisbank/artikel/zorgplicht/feedback", &[("helpful", "nee"), ("comment", "Ik mis de termijnen.")])
        .await;
    app.sign_in("redactie@voorbeeld.nl", Role::Editor).await;
    let list = app.page("/redactie/feedback").await;
    let row = list.select("tbody tr td");
    assert_eq!(&row[1..], ["Moet de school een plek zoeken voor mijn kind? (NL)", "Nee", "Ik mis de termijnen."]);
    let overview = app.page("/redactie").await;
    assert!(overview.text.contains("0 ja, 1 nee"), "scores per article");
}

async fn search_first(app: &crate::support::TestApp, q: &str) -> Option<String> {
    let url = format!("/api/v1/kennisbank/search?q={}&lang=nl", samenspoor_web::error::urlencode(q));
    let hits: Vec<serde_json::Value> = app.get(&url).await.json().await.unwrap();
    hits.first().and_then(|h| h["id"].as_str()).map(str::to_owned)
}

#[tokio::test]
async fn an_editor_gives_an_article_search_words_and_search_follows_on_publication() {
    let app = spawn_app().await;
    app.sign_in("redactie@voorbeeld.nl", Role::Editor).await;
    let edit = app.page("/redactie/artikel/ouderpanel/nl").await;
    let shipped = edit.select("#keywords").remove(0);
    assert!(shipped.contains("ouderpanel"), "the shipped search words are in the form: {shipped}");
    assert_ne!(search_first(&app, "klankbordgroep").await.as_deref(), Some("ouderpanel"));
    let field = |p: &crate::support::Page, id: &str| p.select(id).remove(0);
    let title = edit.attr("#title", "value").unwrap();
    let (summary, body) = (field(&edit, "#summary"), field(&edit, "#body"));
    let bad_words = "x".repeat(61);
    let refused = app
        .post_page(
            "/redactie/artikel/ouderpanel/nl",
            &[("title", &title), ("summary", &summary), ("body", &body), ("keywords", &bad_words)],
        )
        .await;
    assert_eq!(refused.status, 422);
    assert_eq!(refused.select(".error-summary li").len(), 1);
    assert_eq!(refused.select("#keywords"), vec![bad_words.clone()], "the editor's text is kept");
    assert_eq!(app.store.kb_versions("ouderpanel", Lang::Nl).await.unwrap().len(), 1, "nothing saved");

    let words = format!("{shipped}, Klankbordgroep");
    let saved = app
        .post(
            "/redactie/artikel/ouderpanel/nl",
            &[("title", &title), ("summary", &summary), ("body", &body), ("keywords", &words)],
        )
        .await;
    assert_eq!(saved.status(), 303);
    let v = app.store.kb_versions("ouderpanel", Lang::Nl).await.unwrap().remove(0);
    assert!(v.keywords.contains(&"klankbordgroep".to_owned()), "{:?}", v.keywords);
    app.post(&format!("/redactie/versie/{}/status", v.id), &[("to", "in_review")]).await;
    app.post(&format!("/redactie/versie/{}/status", v.id), &[("to", "published")]).await;
    assert_eq!(search_first(&app, "klankbordgroep").await.as_deref(), Some("ouderpanel"));
}

#[tokio::test]
async fn editors_extend_the_synonyms_and_bad_groups_change_nothing() {
    let app = spawn_app().await;
    app.sign_in("redactie@voorbeeld.nl", Role::Editor).await;
    let page = app.page("/redactie/synoniemen").await;
    assert_eq!(page.status, 200);
    assert!(page.select("#shipped-synonyms li").iter().any(|g| g.starts_with("opp, ")), "the shipped groups are shown");
    // "plofkip" is in no article: without a synonym it finds nothing.
    assert_eq!(search_first(&app, "plofkip").await, None);

    let bad = app.post_page("/redactie/synoniemen", &[("groups", "plofkip\nmoe, uitgeput")]).await;
    assert_eq!(bad.status, 422);
    assert_eq!(bad.select(".error-summary li").len(), 1);
    assert_eq!(bad.select("#groups"), vec!["plofkip\nmoe, uitgeput"]);
    assert!(app.store.kb_synonyms().await.unwrap().is_empty(), "nothing saved");

    let saved = app.post("/redactie/synoniemen", &[("groups", "plofkip, ouderpanel")]).await;
    assert_eq!(location(&saved), "/redactie/synoniemen?opgeslagen=1");
    assert_eq!(app.page("/redactie/synoniemen?opgeslagen=1").await.select("#groups"), vec!["plofkip, ouderpanel"]);
    assert_eq!(search_first(&app, "plofkip").await.as_deref(), Some("ouderpanel"), "search uses it at once");
}

#[tokio::test]
async fn editors_see_per_week_the_searches_that_found_nothing_or_were_searched_again() {
    let app = spawn_app().await;
    let nothing = app.page("/kennisbank/zoeken?q=Plofkip%20%20vandaag").await;
    assert_eq!(nothing.attr("input[name=vorige]", "value").as_deref(), Some("Plofkip  vandaag"));
    app.page("/kennisbank/zoeken?q=opp&vorige=Plofkip%20%20vandaag").await;
    app.page("/kennisbank/zoeken?q=opp&vorige=opp").await;
    app.page("/kennisbank/zoeken?q=thuiszitten").await;
    let week = samenspoor_web::kennisbank::search_week(chrono::Utc::now());
    let misses = app.store.kb_search_misses(1).await.unwrap();
    let rows: Vec<_> = misses.iter().map(|m| (m.week.as_str(), m.query.as_str(), m.nothing, m.followed)).collect();
    assert_eq!(rows, vec![(week.as_str(), "plofkip vandaag", 1, 1)], "a search that found something is not kept");

    app.sign_in("redactie@voorbeeld.nl", Role::Editor).await;
    let page = app.page("/redactie/zoekvragen").await;
    assert_eq!(page.status, 200);
    assert_eq!(page.select("table.searches tbody td"), vec!["plofkip vandaag", "1", "1"]);
    assert!(page.select("caption")[0].contains(&week));
}
