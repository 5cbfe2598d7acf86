//! The public knowledge base: tiles, questions, articles, glossary and search, in the
//! reader's language. Pages read an in-memory snapshot of the published content (without
//! the articles' bodies: a page reads its article's body when it is rendered), rebuilt
//! when the database's content version changes (checked at most every few seconds), so
//! any number of instances serve the same content without asking the database each time.
//! The search index is built beside serving, once per content version, by one background
//! task; searches use the last complete index and never build one themselves.

pub mod analysis;
mod api;
pub mod markdown;
mod redactie;
pub mod search;
mod typo;

use crate::AppState;
use crate::error::AppError;
use crate::page::PageCtx;
use crate::prepared::{self, PreparedPages};
use crate::security::{ClientIp, PublicForm, check_rate};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{MatchedPath, Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use samenspoor_domain::Lang;
use samenspoor_domain::auth::RateLimit;
use samenspoor_domain::kennisbank::readability::{self, Readability};
use samenspoor_store::{ArticleHead, KbArticle, NewFeedback, Store, Term, Tile};
use search::{Hit, SearchIndex};
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};
use tokio::sync::watch;

/// How long an instance trusts its snapshot before asking the database for the version.
const RECHECK: Duration = Duration::from_secs(3);

pub struct Snapshot {
    pub version: i64,
    pub tiles: Vec<Tile>,
    pub terms: Vec<Term>,
    pub articles: Vec<KbArticle>,
    /// Every published version without its body: bodies are read per article (see
    /// `article_body`), so that a knowledge base of any size loads quickly and lightly.
    published: Vec<ArticleHead>,
    /// (article, language) → its place in `published`.
    by_key: HashMap<(String, Lang), usize>,
    /// The build of the search index that follows this snapshot (see `wait_for_index`).
    index_generation: u64,
    /// Whole pages for visitors without a session, by path and language (see `prepared`).
    pub prepared: PreparedPages,
}

impl Snapshot {
    pub fn article(&self, id: &str, lang: Lang) -> Option<&ArticleHead> {
        let at = |lang| self.by_key.get(&(id.to_owned(), lang)).and_then(|&i| self.published.get(i));
        at(lang).or_else(|| at(Lang::Nl))
    }

    pub fn tile(&self, id: &str) -> Option<&Tile> {
        self.tiles.iter().find(|t| t.id == id)
    }

    /// The questions of a tile, in order, in `lang`.
    pub fn questions(&self, tile: &str, lang: Lang) -> Vec<&ArticleHead> {
        self.articles.iter().filter(|a| a.tile == tile).filter_map(|a| self.article(&a.id, lang)).collect()
    }
}

#[derive(Default)]
pub struct Kennisbank {
    current: RwLock<Option<Arc<Snapshot>>>,
    checked: Mutex<Option<Instant>>,
    /// Held while the snapshot is loaded, so concurrent requests load it once.
    loading: tokio::sync::Mutex<()>,
    /// How often the snapshot was loaded from the database (for tests and logs).
    loads: AtomicUsize,
    index: Arc<IndexSlot>,
    /// Page views counted in memory and written in batches by `flush_views`.
    pending_views: Mutex<HashMap<String, i64>>,
}

/// The last complete search index and the one background build that replaces it. Builds
/// are numbered (generations) in the order they were asked for, whatever the content
/// versions are.
struct IndexSlot {
    state: watch::Sender<IndexState>,
    /// One build at a time; a build older than the newest one asked for is skipped.
    building: tokio::sync::Mutex<()>,
    asked: AtomicU64,
    builds: AtomicUsize,
}

#[derive(Clone, Default)]
struct IndexState {
    /// The last complete index; None before the first build ends.
    ready: Option<Arc<SearchIndex>>,
    /// The newest generation whose build has ended, built or failed.
    settled: u64,
    /// A build failed while there was no index yet: searches fail until one succeeds.
    failed: bool,
}

impl Default for IndexSlot {
    fn default() -> Self {
        Self {
            state: watch::Sender::new(IndexState::default()),
            building: tokio::sync::Mutex::new(()),
            asked: AtomicU64::new(0),
            builds: AtomicUsize::new(0),
        }
    }
}

impl IndexSlot {
    /// Starts a build of the index of the published articles in the background and returns
    /// its generation at once.
    fn build_in_background(
        self: &Arc<Self>,
        store: Arc<dyn Store>,
        synonyms: Vec<samenspoor_domain::kennisbank::synonyms::Group>,
    ) -> u64 {
        let generation = self.asked.fetch_add(1, Ordering::SeqCst) + 1;
        let slot = self.clone();
        tokio::spawn(async move {
            let _one = slot.building.lock().await;
            if generation < slot.asked.load(Ordering::SeqCst) {
                return; // a newer build was asked for; its end settles this one too
            }
            let started = Instant::now();
            // The build reads the articles a page at a time on its own thread; it waits for
            // each page there (this thread is not one of the runtime's workers).
            let runtime = tokio::runtime::Handle::current();
            let pages = move |lang, after: &str| -> Result<_, search::BuildError> {
                Ok(runtime.block_on(store.kb_published_page(lang, after, INDEX_PAGE))?)
            };
            let built =
                tokio::task::spawn_blocking(move || SearchIndex::build(pages, &synonyms, markdown::to_plain_text))
                    .await;
            slot.builds.fetch_add(1, Ordering::SeqCst);
            let index = match built {
                Ok(Ok(index)) => {
                    tracing::info!(generation, ms = started.elapsed().as_millis() as u64, "search index built");
                    Some(Arc::new(index))
                }
                Ok(Err(e)) => {
                    tracing::error!(error = %e, generation, "search index build failed");
                    None
                }
                Err(e) => {
                    tracing::error!(error = %e, generation, "search index build stopped");
                    None
                }
            };
            slot.state.send_modify(|s| {
                s.settled = s.settled.max(generation);
                match index {
                    Some(index) => {
                        s.ready = Some(index);
                        s.failed = false;
                    }
                    None => s.failed = s.ready.is_none(),
                }
            });
        });
        generation
    }
}

/// How many articles the index build reads at once.
const INDEX_PAGE: u32 = 250;

/// How long a search waits for the first index of a fresh server before it gives up.
const FIRST_INDEX_WAIT: Duration = Duration::from_secs(60);

impl Kennisbank {
    pub fn count_view(&self, id: &str) {
        if let Ok(mut v) = self.pending_views.lock() {
            match v.get_mut(id) {
                Some(n) => *n += 1,
                None => _ = v.insert(id.to_owned(), 1),
            }
        }
    }

    /// Writes the views counted since the last flush (the server does so every few seconds).
    pub async fn flush_views(&self, store: &dyn Store) -> Result<(), AppError> {
        let batch: Vec<(String, i64)> = self.pending_views.lock().map(|mut v| v.drain().collect()).unwrap_or_default();
        if !batch.is_empty() {
            store.kb_add_views(&batch).await?;
        }
        Ok(())
    }

    /// The current snapshot; reloaded first when the published content changed. The
    /// search index for a new version is built in the background (see `search`).
    pub async fn snapshot(&self, store: &Arc<dyn Store>) -> Result<Arc<Snapshot>, AppError> {
        let current = self.current();
        let due = self
            .checked
            .lock()
            .map(|mut c| {
                let due = c.is_none_or(|t| t.elapsed() >= RECHECK);
                if due {
                    *c = Some(Instant::now());
                }
                due
            })
            .unwrap_or(true);
        match current {
            Some(snap) if !due => Ok(snap),
            Some(snap) if store.kb_content_version().await? == snap.version => Ok(snap),
            _ => self.refresh(store).await,
        }
    }

    /// The prepared page of `path` in `lang`, straight from memory, while the snapshot is
    /// within its recheck time (after it, the handler asks the database for the version
    /// first). Counts the view of an article.
    pub fn prepared(&self, path: &str, lang: Lang) -> Option<Arc<prepared::Prepared>> {
        let fresh = self.checked.lock().ok()?.is_some_and(|t| t.elapsed() < RECHECK);
        let page = self.current().filter(|_| fresh)?.prepared.get(path, lang)?;
        if let Some(id) = path.strip_prefix("/kennisbank/artikel/") {
            self.count_view(id);
        }
        Some(page)
    }

    fn current(&self) -> Option<Arc<Snapshot>> {
        self.current.read().map(|c| c.clone()).unwrap_or_default()
    }

    /// Loads the snapshot from the database unless the one held is of the current content
    /// version, and starts the build of its search index beside serving. Concurrent callers
    /// wait for one load.
    pub async fn refresh(&self, store: &Arc<dyn Store>) -> Result<Arc<Snapshot>, AppError> {
        let _one = self.loading.lock().await;
        let version = store.kb_content_version().await?;
        if let Some(snap) = self.current().filter(|s| s.version == version) {
            return Ok(snap);
        }
        let published = store.kb_published_heads().await?;
        let mut synonyms = crate::content::shipped_synonyms().to_vec();
        synonyms.extend(store.kb_synonyms().await?);
        let tiles = store.kb_tiles().await?;
        let terms = store.kb_terms().await?;
        let articles = store.kb_articles().await?;
        // The index build starts after the snapshot's reads: the first visitors wait for
        // those, and the build would share the cores and the database with them.
        let index_generation = self.index.build_in_background(store.clone(), synonyms);
        let snap = Arc::new(Snapshot {
            version,
            tiles,
            terms,
            articles,
            by_key: published.iter().enumerate().map(|(i, v)| ((v.article_id.clone(), v.lang), i)).collect(),
            published,
            index_generation,
            prepared: PreparedPages::default(),
        });
        self.loads.fetch_add(1, Ordering::SeqCst);
        if let Ok(mut c) = self.current.write() {
            *c = Some(snap.clone());
        }
        Ok(snap)
    }

    /// Loads the snapshot and builds its index: the server calls this as it starts, so
    /// that the first visitors find both ready.
    pub async fn warm(&self, store: &Arc<dyn Store>) -> Result<(), AppError> {
        let snap = self.refresh(store).await?;
        self.wait_for_index(&snap, FIRST_INDEX_WAIT).await;
        Ok(())
    }

    /// Waits (at most `limit`) until the build of the index that follows `snap` has ended;
    /// after a publication the editor's request waits so that her next search finds it.
    pub async fn wait_for_index(&self, snap: &Snapshot, limit: Duration) {
        let mut rx = self.index.state.subscribe();
        let _ = tokio::time::timeout(limit, rx.wait_for(|s| s.settled >= snap.index_generation)).await;
    }

    /// Searches the last complete index. Only on a fresh server, before the first index is
    /// complete, does a search wait, for the one build that is under way.
    pub async fn search(
        &self,
        store: &Arc<dyn Store>,
        lang: Lang,
        query: &str,
        limit: usize,
    ) -> Result<Vec<Hit>, AppError> {
        let ready = |s: &IndexState| match (&s.ready, s.failed) {
            (Some(index), _) => Some(Ok(index.clone())),
            (None, true) => Some(Err(AppError::Internal)),
            (None, false) => None,
        };
        let mut found = ready(&self.index.state.borrow());
        if found.is_none() {
            // Nothing built yet: make sure a build is under way, then wait for it.
            self.snapshot(store).await?;
            let mut rx = self.index.state.subscribe();
            let waited = tokio::time::timeout(FIRST_INDEX_WAIT, rx.wait_for(|s| ready(s).is_some())).await;
            found = match waited {
                Ok(Ok(s)) => ready(&s),
                _ => Some(Err(AppError::Unavailable)),
            };
        }
        let index = found.unwrap_or(Err(AppError::Internal))?;
        Ok(index.search(lang, query, limit))
    }

    /// How often the snapshot was loaded and the search index built since the start.
    pub fn loads_and_builds(&self) -> (usize, usize) {
        (self.loads.load(Ordering::SeqCst), self.index.builds.load(Ordering::SeqCst))
    }
}

pub fn router() -> crate::routes::Routes {
    crate::routes::Routes::new()
        .route("/kennisbank", get(home))
        .route("/kennisbank/zoeken", get(search_page))
        .route("/kennisbank/begrippen", get(glossary))
        .route("/kennisbank/artikel/{id}", get(article))
        .route("/kennisbank/artikel/{id}/print", get(print))
        .route("/kennisbank/artikel/{id}/feedback", post(feedback))
        .route("/kennisbank/{tile}", get(tile))
        .merge(redactie::router())
}

pub fn api_router() -> crate::routes::Routes {
    use utoipa::OpenApi;
    crate::routes::Routes::new()
        .route("/kennisbank/search", get(api::search))
        .route("/kennisbank/articles/{id}", get(api::article))
        .documented(api::KennisbankApi::openapi())
}

pub fn tile_title(t: &Tile, lang: Lang) -> &str {
    match lang {
        Lang::Nl => &t.nl.title,
        Lang::En => &t.en.title,
    }
}

pub fn tile_intro(t: &Tile, lang: Lang) -> &str {
    match lang {
        Lang::Nl => &t.nl.intro,
        Lang::En => &t.en.intro,
    }
}

/// A tile with its questions, for the home page and the front page.
pub struct TileView {
    pub id: String,
    pub title: String,
    pub intro: String,
    pub questions: Vec<(String, String)>,
}

pub fn tile_views(snap: &Snapshot, lang: Lang) -> Vec<TileView> {
    snap.tiles
        .iter()
        .map(|t| TileView {
            id: t.id.clone(),
            title: tile_title(t, lang).to_owned(),
            intro: tile_intro(t, lang).to_owned(),
            questions: snap
                .questions(&t.id, lang)
                .into_iter()
                .map(|v| (v.article_id.clone(), v.title.clone()))
                .collect(),
        })
        .collect()
}

#[derive(Template, WebTemplate)]
#[template(path = "kennisbank/home.html")]
struct HomePage {
    ctx: PageCtx,
    tiles: Vec<TileView>,
}

async fn home(
    State(state): State<AppState>,
    ctx: PageCtx,
    headers: HeaderMap,
    route: MatchedPath,
) -> Result<Response, AppError> {
    let snap = state.kennisbank.snapshot(&state.store).await?;
    let render = |ctx: PageCtx| async { Ok(HomePage { tiles: tile_views(&snap, ctx.lang), ctx }) };
    public_page(&state, &snap, ctx, &headers, &route, render).await
}

/// A page that is the same for every visitor without a session comes prepared (see
/// `prepared`); anyone signed in gets it rendered for them.
async fn public_page<T, Fut>(
    state: &AppState,
    snap: &Snapshot,
    ctx: PageCtx,
    headers: &HeaderMap,
    route: &MatchedPath,
    render: impl FnOnce(PageCtx) -> Fut,
) -> Result<Response, AppError>
where
    T: Template + IntoResponse,
    Fut: Future<Output = Result<T, AppError>>,
{
    if prepared::applies(&ctx.path, headers, state.config.session_cookie()) {
        snap.prepared.respond(ctx, headers, route, render).await
    } else {
        Ok(render(ctx).await?.into_response())
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "kennisbank/tile.html")]
struct TilePage {
    ctx: PageCtx,
    tile: TileView,
}

async fn tile(
    State(state): State<AppState>,
    ctx: PageCtx,
    headers: HeaderMap,
    route: MatchedPath,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let snap = state.kennisbank.snapshot(&state.store).await?;
    let render = |ctx: PageCtx| async {
        let tile = tile_views(&snap, ctx.lang).into_iter().find(|t| t.id == id).ok_or(AppError::NotFound)?;
        Ok(TilePage { ctx, tile })
    };
    public_page(&state, &snap, ctx, &headers, &route, render).await
}

#[derive(Template, WebTemplate)]
#[template(path = "kennisbank/article.html")]
struct ArticlePage {
    ctx: PageCtx,
    article: ArticleHead,
    body_html: String,
    tile_id: String,
    tile_title: String,
    related: Vec<(String, String)>,
    url: String,
    thanks: bool,
    feedback_error: Option<String>,
    comment: String,
    /// Only for editors: the B1 figures.
    readability: Option<Readability>,
}

impl ArticlePage {
    fn mailto(&self) -> String {
        format!(
            "mailto:?subject={}&body={}",
            crate::error::urlencode(&self.article.title),
            crate::error::urlencode(&self.url)
        )
    }

    fn whatsapp(&self) -> String {
        format!("https://wa.me/?text={}", crate::error::urlencode(&format!("{} {}", self.article.title, self.url)))
    }

    fn score(&self) -> String {
        self.readability.as_ref().map(|r| format!("{:.0}", r.score)).unwrap_or_default()
    }

    fn average(&self) -> String {
        self.readability.as_ref().map(|r| format!("{:.1}", r.average_sentence)).unwrap_or_default()
    }

    fn long_words(&self) -> String {
        self.readability.as_ref().map(|r| format!("{:.0}", r.long_words_percent)).unwrap_or_default()
    }
}

/// The body (Markdown) of a published version the snapshot holds.
pub async fn article_body(store: &dyn Store, head: &ArticleHead) -> Result<String, AppError> {
    Ok(store.kb_version(head.id).await?.ok_or(AppError::NotFound)?.body)
}

#[derive(Deserialize)]
struct ArticleQuery {
    bedankt: Option<String>,
}

async fn article_page(state: &AppState, ctx: PageCtx, id: &str) -> Result<ArticlePage, AppError> {
    let snap = state.kennisbank.snapshot(&state.store).await?;
    let article = snap.article(id, ctx.lang).ok_or(AppError::NotFound)?.clone();
    let tile = snap.articles.iter().find(|a| a.id == id).and_then(|a| snap.tile(&a.tile));
    let related = article
        .related
        .iter()
        .filter_map(|r| snap.article(r, ctx.lang))
        .map(|v| (v.article_id.clone(), v.title.clone()))
        .collect();
    let is_editor = ctx.can(samenspoor_domain::Capability::EditContent);
    let body = article_body(&*state.store, &article).await?;
    Ok(ArticlePage {
        body_html: markdown::to_html(&body),
        tile_id: tile.map(|t| t.id.clone()).unwrap_or_default(),
        tile_title: tile.map(|t| tile_title(t, ctx.lang).to_owned()).unwrap_or_default(),
        related,
        url: format!("{}/kennisbank/artikel/{id}", state.config.base_url.trim_end_matches('/')),
        thanks: false,
        feedback_error: None,
        comment: String::new(),
        readability: is_editor.then(|| readability::measure(&body, article.lang)),
        article,
        ctx,
    })
}

async fn article(
    State(state): State<AppState>,
    ctx: PageCtx,
    headers: HeaderMap,
    route: MatchedPath,
    Path(id): Path<String>,
    Query(q): Query<ArticleQuery>,
) -> Result<Response, AppError> {
    let snap = state.kennisbank.snapshot(&state.store).await?;
    if snap.article(&id, ctx.lang).is_none() {
        return Err(AppError::NotFound);
    }
    state.kennisbank.count_view(&id);
    let thanks = q.bedankt.is_some();
    let render = |ctx: PageCtx| async {
        let mut page = article_page(&state, ctx, &id).await?;
        page.thanks = thanks;
        Ok(page)
    };
    public_page(&state, &snap, ctx, &headers, &route, render).await
}

#[derive(Template, WebTemplate)]
#[template(path = "kennisbank/print.html")]
struct PrintPage {
    ctx: PageCtx,
    article: ArticleHead,
    body_html: String,
    url: String,
}

async fn print(State(state): State<AppState>, ctx: PageCtx, Path(id): Path<String>) -> Result<PrintPage, AppError> {
    let page = article_page(&state, ctx, &id).await?;
    Ok(PrintPage { ctx: page.ctx, article: page.article, body_html: page.body_html, url: page.url })
}

#[derive(Deserialize)]
struct FeedbackForm {
    #[serde(default)]
    helpful: String,
    #[serde(default)]
    comment: String,
}

pub const FEEDBACK_MAX_CHARS: usize = 1000;

async fn feedback(
    State(state): State<AppState>,
    ctx: PageCtx,
    ClientIp(ip): ClientIp,
    Path(id): Path<String>,
    PublicForm(form): PublicForm<FeedbackForm>,
) -> Result<Response, AppError> {
    let helpful = match form.helpful.as_str() {
        "ja" => Some(true),
        "nee" => Some(false),
        _ => None,
    };
    let comment = form.comment.trim();
    let error = match helpful {
        None => Some("feedback-choose"),
        Some(_) if comment.chars().count() > FEEDBACK_MAX_CHARS => Some("feedback-too-long"),
        Some(_) => None,
    };
    if let Some(key) = error {
        let mut page = article_page(&state, ctx, &id).await?;
        page.feedback_error = Some(page.ctx.t(key));
        page.comment = form.comment;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    let snap = state.kennisbank.snapshot(&state.store).await?;
    let lang = snap.article(&id, ctx.lang).map(|a| a.lang).ok_or(AppError::NotFound)?;
    check_rate(&state, RateLimit::FEEDBACK_PER_ADDRESS, &format!("feedback:{ip}")).await?;
    let new = NewFeedback {
        article_id: id.clone(),
        lang,
        helpful: helpful.unwrap_or_default(),
        comment: (!comment.is_empty()).then(|| comment.to_owned()),
    };
    state.store.kb_add_feedback(new).await?;
    Ok(Redirect::to(&format!("/kennisbank/artikel/{id}?bedankt=1#feedback")).into_response())
}

#[derive(Template, WebTemplate)]
#[template(path = "kennisbank/search.html")]
struct SearchPage {
    ctx: PageCtx,
    query: String,
    hits: Vec<Hit>,
    most_read: Vec<(String, String)>,
}

#[derive(Deserialize)]
struct SearchQuery {
    #[serde(default)]
    q: String,
    /// The query of the results page this search was made from, if any.
    #[serde(default)]
    vorige: String,
}

/// A query as the editors' list counts it: lower case, single spaces, at most 100 characters.
pub fn counted_query(q: &str) -> String {
    q.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase().chars().take(100).collect()
}

/// The ISO week of a moment in Dutch time, as `2026-W49`.
pub fn search_week(at: chrono::DateTime<chrono::Utc>) -> String {
    use chrono::Datelike;
    let week = samenspoor_domain::time::amsterdam(at).date_naive().iso_week();
    format!("{}-W{:02}", week.year(), week.week())
}

/// Counts, for the editors, a search that found nothing and the search a reader replaced
/// with another one. Only the query text and the week are kept. A failure is logged and
/// does not stop the search.
async fn count_searches(state: &AppState, query: &str, found: bool, previous: &str) {
    use samenspoor_store::SearchOutcome;
    let week = search_week(chrono::Utc::now());
    let (query, previous) = (counted_query(query), counted_query(previous));
    let mut counts = vec![];
    if !query.is_empty() && !found {
        counts.push((query.clone(), SearchOutcome::Nothing));
    }
    if !previous.is_empty() && previous != query {
        counts.push((previous, SearchOutcome::Followed));
    }
    for (q, outcome) in counts {
        if let Err(e) = state.store.kb_count_search(&week, &q, outcome).await {
            tracing::warn!(error = %e, "search not counted");
        }
    }
}

pub const SEARCH_MAX_CHARS: usize = 200;

async fn search_page(
    State(state): State<AppState>,
    ctx: PageCtx,
    Query(q): Query<SearchQuery>,
) -> Result<SearchPage, AppError> {
    let query: String = q.q.trim().chars().take(SEARCH_MAX_CHARS).collect();
    let snap = state.kennisbank.snapshot(&state.store).await?;
    let hits =
        if query.is_empty() { vec![] } else { state.kennisbank.search(&state.store, ctx.lang, &query, 20).await? };
    count_searches(&state, &query, !hits.is_empty(), &q.vorige).await;
    let most_read = if hits.is_empty() {
        state.kennisbank.flush_views(&*state.store).await?;
        let mut articles = state.store.kb_articles().await?;
        articles.sort_by(|a, b| b.views.cmp(&a.views).then(a.position.cmp(&b.position)));
        articles
            .iter()
            .take(5)
            .filter_map(|a| snap.article(&a.id, ctx.lang))
            .map(|v| (v.article_id.clone(), v.title.clone()))
            .collect()
    } else {
        vec![]
    };
    Ok(SearchPage { ctx, query, hits, most_read })
}

#[derive(Template, WebTemplate)]
#[template(path = "kennisbank/glossary.html")]
struct GlossaryPage {
    ctx: PageCtx,
    terms: Vec<(String, String, String, Option<String>)>,
}

async fn glossary(
    State(state): State<AppState>,
    ctx: PageCtx,
    headers: HeaderMap,
    route: MatchedPath,
) -> Result<Response, AppError> {
    let snap = state.kennisbank.snapshot(&state.store).await?;
    public_page(&state, &snap, ctx, &headers, &route, |ctx| async { Ok(glossary_page(&snap, ctx)) }).await
}

fn glossary_page(snap: &Snapshot, ctx: PageCtx) -> GlossaryPage {
    let mut terms: Vec<_> = snap
        .terms
        .iter()
        .map(|t| {
            let text = match ctx.lang {
                Lang::Nl => &t.nl,
                Lang::En => &t.en,
            };
            (t.id.clone(), text.term.clone(), text.definition.clone(), t.article.clone())
        })
        .collect();
    terms.sort_by_key(|t| t.1.to_lowercase());
    GlossaryPage { ctx, terms }
}
