//! Redactie: editors keep the knowledge base right. A change is saved as a concept, offered
//! for review (reviewers comment on a quoted passage and resolve), and published; every
//! version is kept and two versions can be compared side by side. Publishing refuses an
//! article whose links do not resolve, and names them. Editors and admins only.

use super::{Snapshot, tile_title};
use crate::AppState;
use crate::error::{AppError, safe_next};
use crate::page::{PageCtx, SignedIn};
use crate::security::{ClientIp, CsrfForm};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use samenspoor_domain::Lang;
use samenspoor_domain::kennisbank::diff::{Change, Row, side_by_side};
use samenspoor_domain::kennisbank::links::Known;
use samenspoor_domain::kennisbank::readability::{self, Readability};
use samenspoor_domain::kennisbank::{ArticleStatus, ArticleText};
use samenspoor_store::{
    ArticleVersion, AuditContext, Feedback, NewComment, NewVersion, ReviewComment, StoreError, User,
};
use serde::Deserialize;
use std::collections::BTreeSet;
use uuid::Uuid;

pub fn router() -> crate::routes::Routes {
    crate::routes::Routes::new()
        .route("/redactie", get(overview))
        .route("/redactie/feedback", get(feedback))
        .route("/redactie/synoniemen", get(synonyms_page).post(save_synonyms))
        .route("/redactie/zoekvragen", get(searches_page))
        .route("/redactie/artikel/{id}/{lang}", get(edit_page).post(save))
        .route("/redactie/artikel/{id}/{lang}/verschil", get(compare))
        .route("/redactie/versie/{id}/status", post(change_status))
        .route("/redactie/versie/{id}/opmerking", post(add_comment))
        .route("/redactie/opmerking/{id}/opgelost", post(resolve_comment))
}

fn require_editor(user: &User) -> Result<(), AppError> {
    if user.role.can(samenspoor_domain::Capability::EditContent) { Ok(()) } else { Err(AppError::Forbidden) }
}

fn parse_lang(s: &str) -> Result<Lang, AppError> {
    Lang::parse(s).ok_or(AppError::NotFound)
}

pub struct OverviewRow {
    pub id: String,
    pub tile: String,
    pub title: String,
    /// Per language: (lang, status of the newest version, B1 score, meets B1).
    pub langs: Vec<(Lang, ArticleStatus, String, bool)>,
    pub helpful: usize,
    pub not_helpful: usize,
}

#[derive(Template, WebTemplate)]
#[template(path = "redactie/overview.html")]
struct OverviewPage {
    ctx: PageCtx,
    rows: Vec<OverviewRow>,
}

impl OverviewPage {
    fn status(&self, s: &ArticleStatus) -> String {
        self.ctx.t(&s.label_key())
    }
}

async fn overview(State(state): State<AppState>, SignedIn(ctx, user): SignedIn) -> Result<OverviewPage, AppError> {
    require_editor(&user)?;
    let snap = state.kennisbank.snapshot(&state.store).await?;
    let feedback = state.store.kb_feedback().await?;
    let mut rows = vec![];
    for a in &snap.articles {
        let mut langs = vec![];
        for lang in Lang::ALL {
            if let Some(newest) = state.store.kb_versions(&a.id, lang).await?.into_iter().next() {
                let r = readability::measure(&newest.body, lang);
                langs.push((lang, newest.status, format!("{:.0}", r.score), r.meets_b1()));
            }
        }
        let mine: Vec<&Feedback> = feedback.iter().filter(|f| f.article_id == a.id).collect();
        rows.push(OverviewRow {
            id: a.id.clone(),
            tile: snap.tile(&a.tile).map(|t| tile_title(t, ctx.lang).to_owned()).unwrap_or_default(),
            title: snap.article(&a.id, ctx.lang).map(|v| v.title.clone()).unwrap_or_else(|| a.id.clone()),
            langs,
            helpful: mine.iter().filter(|f| f.helpful).count(),
            not_helpful: mine.iter().filter(|f| !f.helpful).count(),
        });
    }
    Ok(OverviewPage { ctx, rows })
}

#[derive(Template, WebTemplate)]
#[template(path = "redactie/feedback.html")]
struct FeedbackPage {
    ctx: PageCtx,
    items: Vec<(Feedback, String)>,
}

impl FeedbackPage {
    fn when(&self, f: &Feedback) -> String {
        samenspoor_domain::time::local_datetime(f.created_at)
    }
}

async fn feedback(State(state): State<AppState>, SignedIn(ctx, user): SignedIn) -> Result<FeedbackPage, AppError> {
    require_editor(&user)?;
    let snap = state.kennisbank.snapshot(&state.store).await?;
    let items = state
        .store
        .kb_feedback()
        .await?
        .into_iter()
        .map(|f| {
            let title =
                snap.article(&f.article_id, f.lang).map(|v| v.title.clone()).unwrap_or_else(|| f.article_id.clone());
            (f, title)
        })
        .collect();
    Ok(FeedbackPage { ctx, items })
}

#[derive(Default)]
pub struct EditForm {
    pub title: String,
    pub summary: String,
    pub body: String,
    pub related: String,
    pub keywords: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "redactie/edit.html")]
struct EditPage {
    ctx: PageCtx,
    article_id: String,
    lang: Lang,
    versions: Vec<ArticleVersion>,
    newest: ArticleVersion,
    comments: Vec<ReviewComment>,
    form: EditForm,
    readability: Readability,
    errors: Vec<String>,
}

impl EditPage {
    fn status(&self, s: &ArticleStatus) -> String {
        self.ctx.t(&s.label_key())
    }
    fn score(&self) -> String {
        format!("{:.0}", self.readability.score)
    }
    fn average(&self) -> String {
        format!("{:.1}", self.readability.average_sentence)
    }
    fn long_words(&self) -> String {
        format!("{:.0}", self.readability.long_words_percent)
    }
    fn when(&self, v: &ArticleVersion) -> String {
        samenspoor_domain::time::local_datetime(v.created_at)
    }
    fn path(&self) -> String {
        format!("/redactie/artikel/{}/{}", self.article_id, self.lang.as_str())
    }
    fn can_review(&self) -> bool {
        self.newest.status == ArticleStatus::Concept
    }
    fn in_review(&self) -> bool {
        self.newest.status == ArticleStatus::InReview
    }
}

async fn edit_data(state: &AppState, ctx: PageCtx, id: &str, lang: Lang) -> Result<EditPage, AppError> {
    let versions = state.store.kb_versions(id, lang).await?;
    let newest = versions.first().cloned().ok_or(AppError::NotFound)?;
    let comments = state.store.kb_comments(newest.id).await?;
    let form = EditForm {
        title: newest.title.clone(),
        summary: newest.summary.clone(),
        body: newest.body.clone(),
        related: newest.related.join(", "),
        keywords: newest.keywords.join(", "),
    };
    Ok(EditPage {
        readability: readability::measure(&newest.body, lang),
        ctx,
        article_id: id.to_owned(),
        lang,
        versions,
        newest,
        comments,
        form,
        errors: vec![],
    })
}

async fn edit_page(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path((id, lang)): Path<(String, String)>,
) -> Result<EditPage, AppError> {
    require_editor(&user)?;
    edit_data(&state, ctx, &id, parse_lang(&lang)?).await
}

#[derive(Deserialize)]
struct SaveForm {
    title: String,
    summary: String,
    body: String,
    #[serde(default)]
    related: String,
    #[serde(default)]
    keywords: String,
}

async fn save(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path((id, lang)): Path<(String, String)>,
    CsrfForm(form): CsrfForm<SaveForm>,
) -> Result<Response, AppError> {
    require_editor(&user)?;
    let lang = parse_lang(&lang)?;
    match ArticleText::parse(&form.title, &form.summary, &form.body, &form.related, &form.keywords) {
        Ok(text) => {
            let audit = AuditContext { actor: Some(user.id), ip: Some(ip) };
            state.store.kb_save_version(NewVersion { article_id: id.clone(), lang, text }, audit).await?;
            Ok(Redirect::to(&format!("/redactie/artikel/{id}/{}", lang.as_str())).into_response())
        }
        Err(errors) => {
            let mut page = edit_data(&state, ctx, &id, lang).await?;
            page.errors = errors.iter().map(|e| page.ctx.t(e.key)).collect();
            page.form = EditForm {
                title: form.title,
                summary: form.summary,
                body: form.body,
                related: form.related,
                keywords: form.keywords,
            };
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
    }
}

/// What must resolve before a version may be published: every link and related id,
/// against the published articles, the glossary and the directory.
fn link_problems(snap: &Snapshot, organisations: &BTreeSet<String>, version: &ArticleVersion) -> Vec<String> {
    let articles: BTreeSet<String> = snap.articles.iter().map(|a| a.id.clone()).collect();
    let terms: BTreeSet<String> = snap.terms.iter().map(|t| t.id.clone()).collect();
    Known { articles: &articles, terms: &terms, organisations }.problems(&version.body, &version.related)
}

#[derive(Deserialize)]
struct StatusForm {
    to: String,
}

async fn change_status(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path(id): Path<Uuid>,
    CsrfForm(form): CsrfForm<StatusForm>,
) -> Result<Response, AppError> {
    require_editor(&user)?;
    let to = ArticleStatus::parse(&form.to).ok_or(AppError::BadRequest)?;
    let version = state.store.kb_version(id).await?.ok_or(AppError::NotFound)?;
    if to == ArticleStatus::Published {
        let snap = state.kennisbank.snapshot(&state.store).await?;
        let organisations = state.store.hw_directory().await?.into_iter().map(|e| e.organisation.id).collect();
        let problems = link_problems(&snap, &organisations, &version);
        if !problems.is_empty() {
            let mut page = edit_data(&state, ctx, &version.article_id, version.lang).await?;
            let intro = page.ctx.t("redactie-publish-refused");
            page.errors = std::iter::once(intro).chain(problems).collect();
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    }
    let audit = AuditContext { actor: Some(user.id), ip: Some(ip) };
    match state.store.kb_change_status(id, to, audit).await {
        Ok(_) => {}
        Err(StoreError::Conflict(_)) => {
            let mut page = edit_data(&state, ctx, &version.article_id, version.lang).await?;
            page.errors = vec![page.ctx.t("redactie-status-not-allowed")];
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
        Err(e) => return Err(e.into()),
    }
    if to == ArticleStatus::Published {
        // The new version's index is built once, in the background; the editor's request
        // waits for it so that what she sees next (and searches) is what she published.
        let snap = state.kennisbank.refresh(&state.store).await?;
        state.kennisbank.wait_for_index(&snap, std::time::Duration::from_secs(30)).await;
    }
    Ok(Redirect::to(&format!("/redactie/artikel/{}/{}", version.article_id, version.lang.as_str())).into_response())
}

#[derive(Deserialize)]
struct CommentForm {
    quote: String,
    body: String,
}

async fn add_comment(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path(id): Path<Uuid>,
    CsrfForm(form): CsrfForm<CommentForm>,
) -> Result<Response, AppError> {
    require_editor(&user)?;
    let version = state.store.kb_version(id).await?.ok_or(AppError::NotFound)?;
    let quote = form.quote.trim();
    let body = form.body.trim();
    let mut errors = vec![];
    if quote.is_empty() || !version.body.contains(quote) {
        errors.push("redactie-comment-quote");
    }
    if body.is_empty() || body.chars().count() > 2000 {
        errors.push("redactie-comment-body");
    }
    if !errors.is_empty() {
        let mut page = edit_data(&state, ctx, &version.article_id, version.lang).await?;
        page.errors = errors.into_iter().map(|k| page.ctx.t(k)).collect();
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    let audit = AuditContext { actor: Some(user.id), ip: Some(ip) };
    state
        .store
        .kb_add_comment(NewComment { version_id: id, quote: quote.to_owned(), body: body.to_owned() }, audit)
        .await?;
    Ok(Redirect::to(&format!("/redactie/artikel/{}/{}#opmerkingen", version.article_id, version.lang.as_str()))
        .into_response())
}

#[derive(Deserialize)]
struct ResolveForm {
    terug: String,
}

async fn resolve_comment(
    State(state): State<AppState>,
    SignedIn(_, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path(id): Path<Uuid>,
    CsrfForm(form): CsrfForm<ResolveForm>,
) -> Result<Response, AppError> {
    require_editor(&user)?;
    let audit = AuditContext { actor: Some(user.id), ip: Some(ip) };
    state.store.kb_resolve_comment(id, audit).await?;
    Ok(Redirect::to(&format!("{}#opmerkingen", safe_next(Some(&form.terug)))).into_response())
}

#[derive(Template, WebTemplate)]
#[template(path = "redactie/compare.html")]
struct ComparePage {
    ctx: PageCtx,
    article_id: String,
    lang: Lang,
    old: ArticleVersion,
    new: ArticleVersion,
    rows: Vec<Row>,
}

impl ComparePage {
    fn caption(&self) -> String {
        self.ctx.t_args(
            "redactie-compare-caption",
            &[("old", &self.old.number.to_string()), ("new", &self.new.number.to_string())],
        )
    }

    fn class(&self, r: &Row) -> &'static str {
        match r.change {
            Change::Same => "same",
            Change::Removed => "removed",
            Change::Added => "added",
            Change::Changed => "changed",
        }
    }
}

#[derive(Deserialize)]
struct CompareQuery {
    van: i32,
    naar: i32,
}

async fn compare(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path((id, lang)): Path<(String, String)>,
    q: Result<Query<CompareQuery>, QueryRejection>,
) -> Result<ComparePage, AppError> {
    require_editor(&user)?;
    // Asked for after the editor check, so that others are refused, not told what is missing.
    let Ok(Query(q)) = q else { return Err(AppError::NotFound) };
    let lang = parse_lang(&lang)?;
    let versions = state.store.kb_versions(&id, lang).await?;
    let find = |n: i32| versions.iter().find(|v| v.number == n).cloned().ok_or(AppError::NotFound);
    let (old, new) = (find(q.van)?, find(q.naar)?);
    let text = |v: &ArticleVersion| {
        format!("# {}\n\n{}\n\n{}\n\n{}\n\n{}", v.title, v.summary, v.body, v.related.join(", "), v.keywords.join(", "))
    };
    let rows = side_by_side(&text(&old), &text(&new));
    Ok(ComparePage { ctx, article_id: id, lang, old, new, rows })
}

#[derive(Template, WebTemplate)]
#[template(path = "redactie/synonyms.html")]
struct SynonymsPage {
    ctx: PageCtx,
    shipped: Vec<String>,
    text: String,
    errors: Vec<String>,
    saved: bool,
}

async fn synonyms_data(state: &AppState, ctx: PageCtx) -> Result<SynonymsPage, AppError> {
    use samenspoor_domain::kennisbank::synonyms;
    Ok(SynonymsPage {
        ctx,
        shipped: crate::content::shipped_synonyms().iter().map(|g| g.join(", ")).collect(),
        text: synonyms::render(&state.store.kb_synonyms().await?),
        errors: vec![],
        saved: false,
    })
}

#[derive(Deserialize)]
struct SavedQuery {
    #[serde(default)]
    opgeslagen: Option<String>,
}

/// The synonym list: the shipped groups to read, the editors' own groups to change.
async fn synonyms_page(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Query(q): Query<SavedQuery>,
) -> Result<SynonymsPage, AppError> {
    require_editor(&user)?;
    let mut page = synonyms_data(&state, ctx).await?;
    page.saved = q.opgeslagen.is_some();
    Ok(page)
}

#[derive(Deserialize)]
struct SynonymsForm {
    groups: String,
}

async fn save_synonyms(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    CsrfForm(form): CsrfForm<SynonymsForm>,
) -> Result<Response, AppError> {
    require_editor(&user)?;
    match samenspoor_domain::kennisbank::synonyms::parse(&form.groups) {
        Ok(groups) => {
            let audit = AuditContext { actor: Some(user.id), ip: Some(ip) };
            state.store.kb_save_synonyms(&groups, audit).await?;
            // As after a publication: the editor's next search already uses the new groups.
            let snap = state.kennisbank.refresh(&state.store).await?;
            state.kennisbank.wait_for_index(&snap, std::time::Duration::from_secs(30)).await;
            Ok(Redirect::to("/redactie/synoniemen?opgeslagen=1").into_response())
        }
        Err(e) => {
            let mut page = synonyms_data(&state, ctx).await?;
            page.errors = vec![page.ctx.t(e.key)];
            page.text = form.groups;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
    }
}

/// How many weeks the editors' list of searches shows.
const SEARCH_WEEKS: usize = 8;

#[derive(Template, WebTemplate)]
#[template(path = "redactie/searches.html")]
struct SearchesPage {
    ctx: PageCtx,
    /// Per week, newest first: (week, its searches, most frequent first).
    weeks: Vec<(String, Vec<samenspoor_store::SearchMiss>)>,
}

/// The searches that found nothing or were followed by another, per week: what to write.
async fn searches_page(State(state): State<AppState>, SignedIn(ctx, user): SignedIn) -> Result<SearchesPage, AppError> {
    require_editor(&user)?;
    let mut weeks: Vec<(String, Vec<samenspoor_store::SearchMiss>)> = vec![];
    for m in state.store.kb_search_misses(SEARCH_WEEKS).await? {
        match weeks.last_mut() {
            Some((week, list)) if *week == m.week => list.push(m),
            _ => weeks.push((m.week.clone(), vec![m])),
        }
    }
    Ok(SearchesPage { ctx, weeks })
}
