//! The knowledge base: importing content, editing, review, feedback and views.

use super::{ctx, user};
use crate::*;
use samenspoor_domain::kennisbank::ArticleStatus;
use samenspoor_domain::{AuditAction, Lang};
use std::sync::Arc;
use uuid::Uuid;

fn small_content() -> ContentSet {
    use samenspoor_domain::kennisbank::source::ArticleFile;
    let text = |t: &str| LangText { title: t.into(), intro: format!("Over {t}.") };
    let term = |t: &str| TermText { term: t.into(), definition: format!("{t} uitgelegd.") };
    let article = |lang: Lang, id: &str, order: i32, related: &[&str]| ArticleFile {
        lang,
        id: id.into(),
        tile: "gesprek".into(),
        order,
        title: format!("Vraag {id} {}", lang.as_str()),
        summary: "Kort antwoord.".into(),
        related: related.iter().map(|r| r.to_string()).collect(),
        keywords: vec!["van school sturen".into(), id.into()],
        body: format!("Tekst van {id}.\n\nZie [ander](artikel:b)."),
    };
    ContentSet {
        tiles: vec![Tile { id: "gesprek".into(), order: 1, nl: text("Gesprek"), en: text("Talk") }],
        terms: vec![Term { id: "opp".into(), article: Some("a".into()), nl: term("OPP"), en: term("OPP") }],
        articles: vec![
            article(Lang::Nl, "a", 1, &["b"]),
            article(Lang::En, "a", 1, &["b"]),
            article(Lang::Nl, "b", 2, &[]),
            article(Lang::En, "b", 2, &[]),
        ],
    }
}

pub async fn kb_import_once_and_read_back(store: Arc<dyn Store>) {
    let store = &*store;
    assert_eq!(store.kb_content_version().await.unwrap(), 0);
    assert!(store.kb_import(&small_content(), ctx()).await.unwrap());
    assert!(!store.kb_import(&small_content(), ctx()).await.unwrap(), "a second import changes nothing");
    assert_eq!(store.kb_tiles().await.unwrap(), small_content().tiles);
    assert_eq!(store.kb_terms().await.unwrap(), small_content().terms);
    let articles = store.kb_articles().await.unwrap();
    assert_eq!(articles.iter().map(|a| (a.id.as_str(), a.position)).collect::<Vec<_>>(), vec![("a", 1), ("b", 2)]);
    let published = store.kb_published().await.unwrap();
    assert_eq!(published.len(), 4);
    let a_nl = published.iter().find(|v| v.article_id == "a" && v.lang == Lang::Nl).unwrap();
    assert_eq!((a_nl.number, a_nl.status), (1, ArticleStatus::Published));
    assert_eq!(a_nl.related, vec!["b"]);
    assert_eq!(a_nl.keywords, vec!["van school sturen", "a"]);
    assert_eq!(a_nl.title, "Vraag a nl");
    assert!(a_nl.body.contains("artikel:b"));
    assert!(a_nl.published_at.is_some());
    assert_eq!(store.kb_content_version().await.unwrap(), 4);
}

pub async fn kb_editors_flow(store: Arc<dyn Store>) {
    let store = &*store;
    store.kb_import(&small_content(), ctx()).await.unwrap();
    let editor = user(store, "redactie@voorbeeld.nl").await;
    let as_editor = AuditContext { actor: Some(editor.id), ip: None };
    let text = samenspoor_domain::kennisbank::ArticleText::parse(
        "Nieuwe titel?",
        "Nieuw.",
        "Nieuwe tekst.",
        "b",
        "wegsturen, thuis zitten",
    )
    .unwrap();
    let v2 = store
        .kb_save_version(NewVersion { article_id: "a".into(), lang: Lang::Nl, text: text.clone() }, as_editor.clone())
        .await
        .unwrap();
    assert_eq!((v2.number, v2.status, v2.author), (2, ArticleStatus::Concept, Some(editor.id)));
    assert_eq!(v2.keywords, vec!["wegsturen", "thuis zitten"]);
    let err = store.kb_change_status(v2.id, ArticleStatus::Published, as_editor.clone()).await.unwrap_err();
    assert!(matches!(err, StoreError::Conflict(_)), "a concept cannot be published directly: {err:?}");
    let v2 = store.kb_change_status(v2.id, ArticleStatus::InReview, as_editor.clone()).await.unwrap();
    assert_eq!(v2.status, ArticleStatus::InReview);
    let v2 = store.kb_change_status(v2.id, ArticleStatus::Published, as_editor.clone()).await.unwrap();
    assert_eq!(v2.status, ArticleStatus::Published);
    assert!(v2.published_at.is_some());
    let versions = store.kb_versions("a", Lang::Nl).await.unwrap();
    assert_eq!(
        versions.iter().map(|v| (v.number, v.status)).collect::<Vec<_>>(),
        vec![(2, ArticleStatus::Published), (1, ArticleStatus::Superseded)]
    );
    let published = store.kb_published().await.unwrap();
    assert_eq!(published.iter().filter(|v| v.article_id == "a" && v.lang == Lang::Nl).count(), 1);
    assert!(published.iter().any(|v| v.id == v2.id && v.title == "Nieuwe titel?"));
    // Without bodies, the same versions; a page at a time, each published version once, in
    // the order of the article ids, the superseded one left out.
    let heads = store.kb_published_heads().await.unwrap();
    assert_eq!(heads, published.iter().cloned().map(ArticleHead::from).collect::<Vec<_>>());
    let page = |after: &'static str, limit| store.kb_published_page(Lang::Nl, after, limit);
    let first = page("", 1).await.unwrap();
    assert_eq!(first.iter().map(|v| (v.id, v.body.as_str())).collect::<Vec<_>>(), [(v2.id, "Nieuwe tekst.")]);
    let rest = page("a", 5).await.unwrap();
    assert_eq!(rest.iter().map(|v| (v.article_id.as_str(), v.lang)).collect::<Vec<_>>(), [("b", Lang::Nl)]);
    assert!(page("b", 5).await.unwrap().is_empty(), "the walk ends");
    let english = store.kb_published_page(Lang::En, "", 5).await.unwrap();
    assert_eq!(english.iter().map(|v| v.article_id.as_str()).collect::<Vec<_>>(), ["a", "b"]);
    assert!(english.iter().all(|v| v.lang == Lang::En && v.status == ArticleStatus::Published && !v.body.is_empty()));
    assert_eq!(store.kb_content_version().await.unwrap(), 5);
    assert_eq!(store.kb_versions("a", Lang::En).await.unwrap().len(), 1, "the English version is untouched");
    let err = store
        .kb_save_version(NewVersion { article_id: "bestaat-niet".into(), lang: Lang::Nl, text }, as_editor.clone())
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::NotFound(_)), "{err:?}");
    assert!(matches!(
        store.kb_change_status(Uuid::now_v7(), ArticleStatus::InReview, as_editor).await.unwrap_err(),
        StoreError::NotFound(_)
    ));
    let log = store.audit_by_actor(editor.id, 10).await.unwrap();
    assert_eq!(log.iter().filter(|e| e.action == AuditAction::ArticleStatusChanged).count(), 2);
    assert_eq!(log.last().unwrap().action, AuditAction::ArticleVersionSaved);
    assert_eq!(log[0].object_id.as_deref(), Some("a"));
}

pub async fn kb_review_comments(store: Arc<dyn Store>) {
    let store = &*store;
    store.kb_import(&small_content(), ctx()).await.unwrap();
    let reviewer = user(store, "recensent@voorbeeld.nl").await;
    let as_reviewer = AuditContext { actor: Some(reviewer.id), ip: None };
    let version = store.kb_versions("b", Lang::Nl).await.unwrap().remove(0);
    let c = store
        .kb_add_comment(
            NewComment { version_id: version.id, quote: "Tekst van b".into(), body: "Korter?".into() },
            as_reviewer.clone(),
        )
        .await
        .unwrap();
    assert_eq!(c.author_name.as_deref(), Some("Test Persoon"));
    assert!(c.resolved_at.is_none());
    store.kb_resolve_comment(c.id, as_reviewer.clone()).await.unwrap();
    let comments = store.kb_comments(version.id).await.unwrap();
    assert_eq!(comments.len(), 1);
    assert!(comments[0].resolved_at.is_some());
    assert_eq!(comments[0].quote, "Tekst van b");
    let err = store
        .kb_add_comment(
            NewComment { version_id: Uuid::now_v7(), quote: "x".into(), body: "y".into() },
            as_reviewer.clone(),
        )
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::NotFound(_)), "{err:?}");
    assert!(matches!(
        store.kb_resolve_comment(Uuid::now_v7(), as_reviewer).await.unwrap_err(),
        StoreError::NotFound(_)
    ));
}

pub async fn kb_feedback_and_views(store: Arc<dyn Store>) {
    let store = &*store;
    store.kb_import(&small_content(), ctx()).await.unwrap();
    store
        .kb_add_feedback(NewFeedback { article_id: "a".into(), lang: Lang::Nl, helpful: true, comment: None })
        .await
        .unwrap();
    store
        .kb_add_feedback(NewFeedback {
            article_id: "a".into(),
            lang: Lang::En,
            helpful: false,
            comment: Some("Unclear.".into()),
        })
        .await
        .unwrap();
    let fb = store.kb_feedback().await.unwrap();
    assert_eq!(fb.len(), 2);
    assert_eq!((fb[0].helpful, fb[0].comment.as_deref(), fb[0].lang), (false, Some("Unclear."), Lang::En));
    let err = store
        .kb_add_feedback(NewFeedback { article_id: "nee".into(), lang: Lang::Nl, helpful: true, comment: None })
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::NotFound(_)), "{err:?}");
    store.kb_add_views(&[("b".into(), 2)]).await.unwrap();
    store.kb_add_views(&[("b".into(), 1), ("bestaat-niet".into(), 5)]).await.unwrap();
    let views: Vec<_> = store.kb_articles().await.unwrap().into_iter().map(|a| a.views).collect();
    assert_eq!(views, vec![0, 3]);
}

pub async fn kb_synonyms_saved_and_counted(store: Arc<dyn Store>) {
    let store = &*store;
    store.kb_import(&small_content(), ctx()).await.unwrap();
    assert!(store.kb_synonyms().await.unwrap().is_empty());
    let editor = user(store, "redactie@voorbeeld.nl").await;
    let as_editor = AuditContext { actor: Some(editor.id), ip: None };
    let before = store.kb_content_version().await.unwrap();
    let groups = samenspoor_domain::kennisbank::synonyms::parse("wegsturen, van school sturen\nmoe, uitgeput").unwrap();
    store.kb_save_synonyms(&groups, as_editor.clone()).await.unwrap();
    assert_eq!(store.kb_synonyms().await.unwrap(), groups);
    assert_eq!(store.kb_content_version().await.unwrap(), before + 1, "instances rebuild their index");
    store.kb_save_synonyms(&groups[..1], as_editor.clone()).await.unwrap();
    assert_eq!(store.kb_synonyms().await.unwrap(), groups[..1].to_vec());
    assert_eq!(store.kb_content_version().await.unwrap(), before + 2);
    store.kb_save_synonyms(&[], as_editor).await.unwrap();
    assert!(store.kb_synonyms().await.unwrap().is_empty());
    let log = store.audit_by_actor(editor.id, 10).await.unwrap();
    assert_eq!(log.iter().filter(|e| e.action == AuditAction::SynonymsSaved).count(), 3);
}

pub async fn kb_searches_counted_per_week(store: Arc<dyn Store>) {
    let store = &*store;
    assert!(store.kb_search_misses(8).await.unwrap().is_empty());
    for _ in 0..3 {
        store.kb_count_search("2026-W49", "plofkip", SearchOutcome::Nothing).await.unwrap();
    }
    store.kb_count_search("2026-W49", "plofkip", SearchOutcome::Followed).await.unwrap();
    store.kb_count_search("2026-W49", "opp tekenen", SearchOutcome::Followed).await.unwrap();
    store.kb_count_search("2026-W48", "oud", SearchOutcome::Nothing).await.unwrap();
    let misses = store.kb_search_misses(8).await.unwrap();
    let rows: Vec<_> = misses.iter().map(|m| (m.week.as_str(), m.query.as_str(), m.nothing, m.followed)).collect();
    assert_eq!(rows, vec![("2026-W49", "plofkip", 3, 1), ("2026-W49", "opp tekenen", 0, 1), ("2026-W48", "oud", 1, 0)]);
    assert_eq!(store.kb_search_misses(1).await.unwrap().len(), 2, "only the newest week");
}

pub async fn kb_update_shipped_leaves_the_editors_work_alone(store: Arc<dyn Store>) {
    let store = &*store;
    store.kb_import(&small_content(), ctx()).await.unwrap();
    assert_eq!(store.kb_update_shipped(&small_content(), ctx()).await.unwrap(), 0, "nothing new");
    let editor = user(store, "redactie@voorbeeld.nl").await;
    let as_editor = AuditContext { actor: Some(editor.id), ip: None };
    let text =
        samenspoor_domain::kennisbank::ArticleText::parse("Eigen titel?", "Eigen.", "Eigen tekst.", "", "").unwrap();
    store.kb_save_version(NewVersion { article_id: "a".into(), lang: Lang::Nl, text }, as_editor).await.unwrap();
    let before = store.kb_content_version().await.unwrap();

    let mut newer = small_content();
    newer.tiles.push(Tile {
        id: "jong".into(),
        order: 2,
        nl: newer.tiles[0].nl.clone(),
        en: newer.tiles[0].en.clone(),
    });
    for a in newer.articles.iter_mut() {
        a.body = format!("{} Nieuw sinds 2025.", a.body);
    }
    let mut c = newer.articles[0].clone();
    (c.id, c.tile) = ("c".into(), "jong".into());
    newer.articles.push(c);
    // a/nl has an editor's version: left alone; a/en, b/nl, b/en updated; c/nl added.
    assert_eq!(store.kb_update_shipped(&newer, ctx()).await.unwrap(), 4);
    let a_nl = store.kb_versions("a", Lang::Nl).await.unwrap();
    assert_eq!(a_nl.len(), 2, "the editor's article got no shipped version");
    assert!(!a_nl.iter().any(|v| v.body.contains("2025")));
    let b_en = store.kb_versions("b", Lang::En).await.unwrap();
    assert_eq!((b_en[0].number, b_en[0].status), (2, ArticleStatus::Published));
    assert!(b_en[0].body.ends_with("Nieuw sinds 2025."));
    assert_eq!(b_en[1].status, ArticleStatus::Superseded);
    assert!(store.kb_tiles().await.unwrap().iter().any(|t| t.id == "jong"));
    assert!(store.kb_published().await.unwrap().iter().any(|v| v.article_id == "c"));
    assert_eq!(store.kb_content_version().await.unwrap(), before + 4, "instances rebuild their index");
    assert_eq!(store.kb_update_shipped(&newer, ctx()).await.unwrap(), 0, "a second run changes nothing");
}
