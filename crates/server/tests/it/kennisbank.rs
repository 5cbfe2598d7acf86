//! The knowledge base: shipped content, Dutch search, pages, feedback and the API.

use crate::support::{location, spawn_app, to_page};
use samenspoor_domain::kennisbank::readability;
use samenspoor_domain::kennisbank::synonyms::expansions;
use samenspoor_domain::{Lang, Role};
use samenspoor_web::kennisbank::analysis;

#[test]
fn the_shipped_content_loads_without_a_dangling_link_or_missing_translation() {
    let set = samenspoor_web::content::kennisbank().unwrap_or_else(|problems| panic!("{}", problems.join("\n")));
    assert_eq!(set.tiles.len(), 8);
    assert!(set.articles.len() >= 104, "{} article files", set.articles.len());
    assert!(set.terms.len() >= 30);
    assert_eq!(samenspoor_web::content::directory().len(), 23);
    for body in set.articles.iter().map(|a| &a.body) {
        assert!(!body.to_lowercase().contains("link naar"), "no placeholder links");
    }
}

#[test]
fn every_shipped_article_meets_b1_in_both_languages() {
    let set = samenspoor_web::content::kennisbank().unwrap();
    let failing: Vec<String> = set
        .articles
        .iter()
        .filter_map(|a| {
            let r = readability::measure(&a.body, a.lang);
            (!r.meets_b1()).then(|| format!("{}/{}: {r:?}", a.lang.as_str(), a.id))
        })
        .collect();
    assert!(failing.is_empty(), "{}", failing.join("\n"));
}

/// The section for children and young people is written simpler than B1: shorter sentences
/// and easier words (towards A2).
#[test]
fn the_pupils_section_is_written_simply_in_both_languages() {
    let set = samenspoor_web::content::kennisbank().unwrap();
    let pupils: Vec<_> = set.articles.iter().filter(|a| a.tile == "voor-jou").collect();
    assert_eq!(pupils.len(), 8, "four questions in two languages");
    for a in pupils {
        let r = readability::measure(&a.body, a.lang);
        assert!(
            r.average_sentence <= 10.0 && r.longest_sentence <= 20 && r.score >= 70.0,
            "{}/{}: {r:?}",
            a.lang.as_str(),
            a.id
        );
    }
}

fn stems(words: &str) -> Vec<String> {
    analysis::terms(&mut analysis::dutch(), words).into_iter().map(|(t, _)| t).collect()
}

#[test]
fn dutch_word_forms_meet_in_the_index() {
    for (a, b) in [
        ("geëvalueerd", "evalueren"),
        ("evalueert", "evalueren"),
        ("gehoord", "horen"),
        ("meeneemt", "meenemen"),
        ("onderwijsconsulenten", "onderwijsconsulent"),
        ("gesprekken", "gesprek"),
        ("Thuiszitten", "thuiszitten"),
    ] {
        assert_eq!(stems(a), stems(b), "{a} / {b}");
    }
    assert_ne!(stems("gesprek"), stems("sprek"), "ge- is only taken off participles");
    let shipped = samenspoor_web::content::synonyms().unwrap();
    assert!(expansions(&shipped, "Wat doet de IB’er?").contains(&"intern begeleider".to_owned()));
    assert!(expansions(&shipped, "het samenwerkingsverband").contains(&"swv".to_owned()));
    assert!(expansions(&shipped, "school").is_empty());
    // Stop words go, words that carry meaning here stay.
    assert!(stems("wat is een").is_empty());
    assert_eq!(stems("niet eens met iemand"), stems("niet eens iemand"));
    let english: Vec<String> =
        analysis::terms(&mut analysis::english(), "what is the OPP").into_iter().map(|(t, _)| t).collect();
    assert_eq!(english, vec!["opp"]);
}

async fn search_ids(app: &crate::support::TestApp, q: &str, lang: &str) -> Vec<String> {
    let url = format!("/api/v1/kennisbank/search?q={}&lang={lang}", samenspoor_web::error::urlencode(q));
    let hits: Vec<serde_json::Value> = app.get(&url).await.json().await.unwrap();
    hits.iter().map(|h| h["id"].as_str().unwrap().to_owned()).collect()
}

#[tokio::test]
async fn parents_find_the_right_article_first() {
    let app = spawn_app().await;
    for (query, expected) in [
        ("mijn kind zit thuis", &["thuiszitten"][..]),
        ("mag ik iemand meenemen", &["iemand-meenemen"]),
        ("onderwijsconsulnt", &["onderwijsconsulent-inschakelen", "hulp-onderwijsconsulent"]),
        ("Wat is een OPP", &["opp"]),
        ("ontwikkelingsperspectiefplan", &["opp"]),
    ] {
        let ids = search_ids(&app, query, "nl").await;
        assert!(expected.contains(&ids.first().map(String::as_str).unwrap_or("")), "{query:?} gave {ids:?}");
    }
    let evaluated = search_ids(&app, "geëvalueerd", "nl").await;
    assert!(evaluated.iter().take(3).any(|id| id == "stap-5-evalueren"), "{evaluated:?}");
    // gesprek-voorbereiden says "intern begeleider" and never "IB'er": only the synonym finds it.
    let ib = search_ids(&app, "IB'er", "nl").await;
    assert_eq!(ib.first().map(String::as_str), Some("hulp-op-school"), "{ib:?}");
    assert!(ib.iter().any(|id| id == "gesprek-voorbereiden"), "{ib:?}");
    assert_eq!(
        search_ids(&app, "may I bring someone", "en").await.first().map(String::as_str),
        Some("iemand-meenemen")
    );
    assert_eq!(
        search_ids(&app, "my child is not going to school", "en").await.first().map(String::as_str),
        Some("thuiszitten")
    );
    assert!(search_ids(&app, "xyzzy plorp", "nl").await.is_empty());
    assert!(search_ids(&app, "   ", "nl").await.is_empty());
    let bad = app.get("/api/v1/kennisbank/search?q=opp&lang=fr").await;
    assert_eq!(bad.status(), 422);
    assert_eq!(bad.headers()["content-type"], "application/problem+json");
}

#[derive(serde::Deserialize)]
struct Question {
    text: String,
    lang: String,
    first: String,
}

#[derive(serde::Deserialize)]
struct QuestionSet {
    q: Vec<Question>,
}

/// The parents' question set (`data/search_questions.toml`): the right article first for at
/// least 90% of the questions, and among the first three for at least 98%.
#[tokio::test]
async fn the_parents_question_set_meets_its_bar() {
    let set: QuestionSet = toml::from_str(include_str!("data/search_questions.toml")).unwrap();
    assert!(set.q.len() >= 100, "{} questions", set.q.len());
    let known = samenspoor_web::content::kennisbank().unwrap().article_ids();
    let app = spawn_app().await;
    let (mut top1, mut top3, mut misses) = (0, 0, vec![]);
    for q in &set.q {
        assert!(known.contains(&q.first), "{:?} expects unknown article {:?}", q.text, q.first);
        let ids = search_ids(&app, &q.text, &q.lang).await;
        let rank = ids.iter().position(|id| *id == q.first);
        top1 += usize::from(rank == Some(0));
        top3 += usize::from(rank.is_some_and(|r| r < 3));
        if rank != Some(0) {
            let got: Vec<_> = ids.iter().take(3).map(String::as_str).collect();
            misses.push(format!("  {} {:?}: wanted {}, got {got:?}", q.lang, q.text, q.first));
        }
    }
    let n = set.q.len() as f64;
    let (rate1, rate3) = (top1 as f64 / n * 100.0, top3 as f64 / n * 100.0);
    println!("search question set: {} questions, top-1 {rate1:.1}%, top-3 {rate3:.1}%", set.q.len());
    println!("not first:\n{}", misses.join("\n"));
    assert!(
        rate1 >= 90.0 && rate3 >= 98.0,
        "top-1 {rate1:.1}% (bar 90), top-3 {rate3:.1}% (bar 98)\n{}",
        misses.join("\n")
    );
}

#[tokio::test]
async fn the_search_page_highlights_and_helps_when_nothing_is_found() {
    let app = spawn_app().await;
    let page = app.page("/kennisbank/zoeken?q=iemand%20meenemen").await;
    assert_eq!(page.status, 200);
    assert_eq!(
        page.attr(".results li:first-child h2 a", "href").as_deref(),
        Some("/kennisbank/artikel/iemand-meenemen")
    );
    assert!(!page.select(".results mark").is_empty(), "words found are marked");
    assert_eq!(page.attr("#q", "value").as_deref(), Some("iemand meenemen"));
    app.get("/kennisbank/artikel/zorgplicht").await;
    let none = app.page("/kennisbank/zoeken?q=xyzzy").await;
    assert!(none.h1().contains("Zoeken"));
    assert_eq!(none.select("main h2")[0], "Niets gevonden voor \"xyzzy\"");
    assert!(none.attr("main a[href='/hulpwijzer']", "href").is_some());
    let most_read = none.select("main ul li a");
    assert_eq!(
        most_read.first().map(String::as_str),
        Some("Moet de school een plek zoeken voor mijn kind?"),
        "the most-read question first"
    );
    let long = "a".repeat(5000);
    assert_eq!(app.get(&format!("/kennisbank/zoeken?q={long}")).await.status(), 200);
}

#[tokio::test]
async fn tiles_articles_glossary_and_print_pages() {
    let app = spawn_app().await;
    let home = app.page("/kennisbank").await;
    assert_eq!(home.select(".tile h2").len(), 8);
    let tile = app.page("/kennisbank/gesprek-met-school").await;
    let questions = tile.select(".question-list a");
    assert_eq!(questions.len(), 11);
    assert_eq!(questions[0], "Hoe bereid ik me voor op het gesprek met school?");
    assert_eq!(app.get("/kennisbank/bestaat-niet").await.status(), 404);

    let article = app.page("/kennisbank/artikel/iemand-meenemen").await;
    assert_eq!(article.h1(), "Mag ik iemand meenemen naar het gesprek?");
    assert_eq!(
        article.select(".breadcrumbs li"),
        vec!["Kennisbank", "Het gesprek met school", "Mag ik iemand meenemen naar het gesprek?"]
    );
    assert!(!article.select("#related-heading + ul li").is_empty());
    assert!(article.attr("a[href^='mailto:?subject=']", "href").is_some());
    assert!(article.attr("a[href^='https://wa.me/?text=']", "href").is_some());
    assert_eq!(article.attr("#share-link", "value").unwrap(), app.url("/kennisbank/artikel/iemand-meenemen"));
    for href in article
        .html
        .select(&scraper::Selector::parse(".article-body a").unwrap())
        .filter_map(|a| a.value().attr("href"))
    {
        assert!(href.starts_with('/'), "body links stay on this site: {href}");
        assert_eq!(app.get(href.split('#').next().unwrap()).await.status(), 200, "{href} resolves");
    }
    assert!(article.select(".editor-box").is_empty(), "readers do not see the editors' figures");
    assert_eq!(app.get("/kennisbank/artikel/bestaat-niet").await.status(), 404);

    let glossary = app.page("/kennisbank/begrippen").await;
    assert!(glossary.attr("dt#opp", "id").is_some());
    let print = app.page("/kennisbank/artikel/iemand-meenemen/print").await;
    assert_eq!(print.h1(), "Mag ik iemand meenemen naar het gesprek?");
    assert!(print.select("nav").is_empty());

    app.get("/taal/en").await;
    let en = app.page("/kennisbank/artikel/iemand-meenemen").await;
    assert_eq!(en.h1(), "May I bring someone to the talk?");
    assert_eq!(en.attr("article", "lang").as_deref(), Some("en"));
}

#[tokio::test]
async fn an_article_page_stays_small_over_the_wire() {
    let app = spawn_app().await;
    let res = app
        .client
        .get(app.url("/kennisbank/artikel/zorgplicht"))
        .header("accept-encoding", "gzip")
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()["content-encoding"], "gzip");
    let compressed = res.bytes().await.unwrap().len();
    let css = app
        .client
        .get(app.url("/static/style.css"))
        .header("accept-encoding", "gzip")
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap()
        .len();
    assert!(compressed + css < 50 * 1024, "article {compressed} B + stylesheet {css} B compressed");
}

#[tokio::test]
async fn good_article_feedback_is_anonymous_checked_and_rate_limited() {
    let app = spawn_app().await;
    let res = app
        .post("/kennisbank/artikel/opp/feedback", &[("helpful", "ja"), ("comment", "  Duidelijk, dank je.  ")])
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(location(&res), "/kennisbank/artikel/opp?bedankt=1#feedback");
    let thanks = app.page("/kennisbank/artikel/opp?bedankt=1").await;
    assert!(!thanks.select(".feedback .notice").is_empty());
    let stored = app.store.kb_feedback().await.unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(
        (stored[0].article_id.as_str(), stored[0].helpful, stored[0].comment.as_deref(), stored[0].lang),
        ("opp", true, Some("Duidelijk, dank je."), Lang::Nl)
    );

    let no_choice = app.post_page("/kennisbank/artikel/opp/feedback", &[("comment", "hmm")]).await;
    assert_eq!(no_choice.status, 422);
    assert!(no_choice.text.contains("Kies ja of nee."));
    assert_eq!(no_choice.select("#comment"), vec!["hmm"], "the comment is kept");
    let long = "x".repeat(1001);
    let too_long = app.post_page("/kennisbank/artikel/opp/feedback", &[("helpful", "nee"), ("comment", &long)]).await;
    assert_eq!(too_long.status, 422);
    assert_eq!(app.post("/kennisbank/artikel/bestaat-niet/feedback", &[("helpful", "ja")]).await.status(), 404);
    assert_eq!(app.store.kb_feedback().await.unwrap().len(), 1, "refused answers stored nothing");
    // The article page is the same for every visitor, so it holds no token: a visitor
    // without any cookie sends none.
    let fresh = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let visitor = fresh
        .post(app.url("/kennisbank/artikel/zorgplicht/feedback"))
        .header("sec-fetch-site", "same-origin")
        .form(&[("helpful", "ja")])
        .send()
        .await
        .unwrap();
    assert_eq!(visitor.status(), 303, "a visitor's form needs no token");

    for _ in 0..8 {
        assert_eq!(app.post("/kennisbank/artikel/opp/feedback", &[("helpful", "nee")]).await.status(), 303);
    }
    assert_eq!(app.post("/kennisbank/artikel/opp/feedback", &[("helpful", "nee")]).await.status(), 429);
    assert_eq!(app.store.kb_feedback().await.unwrap().len(), 10);
    // A visitor's form is guarded by where the browser says it comes from.
    let cross_site = app
        .client
        .post(app.url("/kennisbank/artikel/zorgplicht/feedback"))
        .header("sec-fetch-site", "cross-site")
        .form(&[("helpful", "ja")])
        .send()
        .await
        .unwrap();
    assert_eq!(cross_site.status(), 403, "a post from another site is refused");
    // Someone signed in is never served a prepared page, and sends their session's token.
    app.sign_in("lezer@voorbeeld.invalid", Role::Parent).await;
    let none = app
        .client
        .post(app.url("/kennisbank/artikel/iemand-meenemen/feedback"))
        .form(&[("helpful", "ja")])
        .send()
        .await
        .unwrap();
    assert_eq!(none.status(), 403, "with a session the token is required");
    assert_eq!(app.store.kb_feedback().await.unwrap().len(), 10);
}

/// A client without cookies, as a first-time visitor.
fn visitor() -> reqwest::Client {
    reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap()
}

#[tokio::test]
async fn public_pages_are_prepared_once_answer_304_and_follow_a_publication() {
    let app = spawn_app().await;
    let reader = visitor();
    let url = app.url("/kennisbank/artikel/opp");
    let first = reader.get(&url).send().await.unwrap();
    assert_eq!(first.status(), 200);
    let headers = first.headers().clone();
    assert!(headers.get("set-cookie").is_none(), "a public page sets no visitor cookie");
    assert_eq!(headers["cache-control"], "no-cache");
    assert!(headers["content-security-policy"].to_str().unwrap().contains("default-src 'self'"));
    assert!(headers["vary"].to_str().unwrap().contains("cookie"));
    let etag = headers["etag"].to_str().unwrap().to_owned();
    let html = first.text().await.unwrap();
    assert!(html.contains(r#"<input type="hidden" name="csrf" value="">"#), "no per-visitor token");
    let snapshot = app.state.kennisbank.snapshot(&app.store).await.unwrap();
    assert_eq!(snapshot.prepared.len(), 1, "the page is kept");

    // Again, from memory: the same bytes and tag; the view is counted all the same.
    for _ in 0..3 {
        let again = reader.get(&url).send().await.unwrap();
        assert_eq!(again.headers()["etag"].to_str().unwrap(), etag);
        assert_eq!(again.text().await.unwrap(), html);
    }
    app.state.kennisbank.flush_views(&*app.store).await.unwrap();
    let views = app.store.kb_articles().await.unwrap().into_iter().find(|a| a.id == "opp").unwrap().views;
    assert_eq!(views, 4, "every view is counted, from memory or not");

    let not_modified = reader.get(&url).header("if-none-match", &etag).send().await.unwrap();
    assert_eq!(not_modified.status(), 304);
    assert_eq!(not_modified.headers()["etag"].to_str().unwrap(), etag);
    assert!(not_modified.bytes().await.unwrap().is_empty());
    let other = reader.get(&url).header("if-none-match", "\"iets-anders\"").send().await.unwrap();
    assert_eq!(other.status(), 200);

    let gzip = reader.get(&url).header("accept-encoding", "gzip").send().await.unwrap();
    assert_eq!(gzip.headers()["content-encoding"], "gzip");
    assert_ne!(gzip.headers()["etag"].to_str().unwrap(), etag, "the gzip bytes have their own tag");
    let mut unpacked = String::new();
    std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&gzip.bytes().await.unwrap()[..]), &mut unpacked)
        .unwrap();
    assert_eq!(unpacked, html);

    let english = reader.get(&url).header("accept-language", "en").send().await.unwrap();
    assert_ne!(english.headers()["etag"].to_str().unwrap(), etag);
    assert!(english.text().await.unwrap().contains("<html lang=\"en\""));
    let thanks = reader.get(app.url("/kennisbank/artikel/opp?bedankt=1")).send().await.unwrap();
    assert!(thanks.headers().get("etag").is_none(), "an address with a query is rendered, not prepared");
    let missing = reader.get(app.url("/kennisbank/artikel/bestaat-niet")).send().await.unwrap();
    assert_eq!(missing.status(), 404);

    // Someone signed in gets the page made for them, with their token.
    app.sign_in("redacteur@voorbeeld.invalid", Role::Editor).await;
    let own = app.page("/kennisbank/artikel/opp").await;
    assert!(own.attr(".feedback input[name=csrf]", "value").is_some_and(|t| !t.is_empty()));
    assert!(!own.select(".editor-box").is_empty(), "the editor's own box is there");

    // A publication replaces the prepared page at once.
    let body = app.store.kb_versions("opp", Lang::Nl).await.unwrap()[0].body.clone();
    let fields =
        [("title", "Wat is een OPP nu precies?"), ("summary", "Een plan voor je kind."), ("body", body.as_str())];
    assert_eq!(app.post("/redactie/artikel/opp/nl", &fields).await.status(), 303);
    let vid = app.store.kb_versions("opp", Lang::Nl).await.unwrap()[0].id;
    for to in ["in_review", "published"] {
        assert_eq!(app.post(&format!("/redactie/versie/{vid}/status"), &[("to", to)]).await.status(), 303);
    }
    let after = to_page(reader.get(&url).send().await.unwrap()).await;
    assert_eq!(after.h1(), "Wat is een OPP nu precies?");
    let not_any_more = reader.get(&url).header("if-none-match", &etag).send().await.unwrap();
    assert_eq!(not_any_more.status(), 200, "the old tag no longer matches");
}

#[tokio::test]
async fn the_article_api_and_its_documentation() {
    let app = spawn_app().await;
    let a: serde_json::Value =
        app.get("/api/v1/kennisbank/articles/iemand-meenemen?lang=en").await.json().await.unwrap();
    assert_eq!(a["title"], "May I bring someone to the talk?");
    assert_eq!(a["tile"], "gesprek-met-school");
    assert!(a["body_html"].as_str().unwrap().contains("href=\"/kennisbank/"));
    assert!(a["body_markdown"].as_str().unwrap().contains("](begrip:"));
    let missing = app.get("/api/v1/kennisbank/articles/bestaat-niet").await;
    assert_eq!(missing.status(), 404);
    let doc: serde_json::Value = app.get("/api/v1/openapi.json").await.json().await.unwrap();
    let search = &doc["paths"]["/api/v1/kennisbank/search"]["get"];
    let params: Vec<_> = search["parameters"].as_array().unwrap().iter().map(|p| p["name"].as_str().unwrap()).collect();
    assert_eq!(params, vec!["q", "lang"]);
    assert!(doc["paths"]["/api/v1/kennisbank/articles/{id}"]["get"].is_object());
}

#[tokio::test]
async fn every_organisation_has_its_page() {
    let app = spawn_app().await;
    let overview = app.page("/hulpwijzer").await;
    assert_eq!(overview.select(".levels > li").len(), 5);
    for org in samenspoor_web::content::directory() {
        let page = app.page(&format!("/hulpwijzer/organisaties/{}", org.id)).await;
        assert_eq!(page.status, 200, "{}", org.id);
        assert_eq!(page.h1(), org.name);
        if !org.direct_contact {
            assert!(!page.select(".notice").is_empty(), "{} says it cannot be reached directly", org.id);
        }
    }
    assert_eq!(app.get("/hulpwijzer/organisaties/verzonnen").await.status(), 404);
}

#[test]
fn export_writes_the_published_content_back_as_files() {
    let dir = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_samenspoor"))
        .args(["export", "--kennisbank", "uit"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let root = dir.path().join("uit");
    let mut files = vec![];
    for sub in ["", "nl", "en"] {
        for entry in std::fs::read_dir(root.join(sub)).unwrap().flatten() {
            if entry.path().is_file() {
                let rel = entry.path().strip_prefix(&root).unwrap().to_string_lossy().into_owned();
                files.push((rel, std::fs::read_to_string(entry.path()).unwrap()));
            }
        }
    }
    let set =
        samenspoor_domain::kennisbank::source::ContentSet::parse(files.iter().map(|(p, t)| (p.as_str(), t.as_str())))
            .unwrap();
    let shipped = samenspoor_web::content::kennisbank().unwrap();
    assert_eq!(set.articles.len(), shipped.articles.len());
    assert_eq!(set.tiles, shipped.tiles);
    assert_eq!(set.terms.len(), shipped.terms.len());
    assert!(set.problems(&samenspoor_web::content::organisation_ids()).is_empty());
}

#[tokio::test]
async fn editors_see_the_b1_figures_on_articles() {
    let app = spawn_app().await;
    app.sign_in("redactie@voorbeeld.nl", samenspoor_domain::Role::Editor).await;
    let page = to_page(app.get("/kennisbank/artikel/opp").await).await;
    let figures = page.select(".editor-box li");
    assert_eq!(figures.len(), 4);
    assert!(figures[0].starts_with("Flesch-Douma: "), "{figures:?}");
}
