//! The JSON API under /api/v1, on the same store and rules as the pages. Its OpenAPI 3.1
//! document is generated from this code and served at /api/v1/openapi.json. Errors are
//! RFC 9457 problem JSON (rendered by `error::render_error_pages`).

use crate::AppState;
use crate::error::AppError;
use crate::page::session_user;
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::routing::get;
use axum::{Json, Router};
use samenspoor_domain::Lang;
use serde::{Deserialize, Serialize};
use utoipa::{OpenApi, ToSchema};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Samenspoor API",
        version = "1",
        description = "The shared file of passend onderwijs, as JSON."
    ),
    paths(me, search, article),
    components(schemas(Me, Problem, SearchHit, Article))
)]
pub struct ApiDoc;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/openapi.json", get(openapi))
        .route("/me", get(me))
        .route("/kennisbank/search", get(search))
        .route("/kennisbank/articles/{id}", get(article))
}

async fn openapi() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}

/// The signed-in person.
#[derive(Serialize, ToSchema)]
pub struct Me {
    pub id: uuid::Uuid,
    pub name: String,
    pub email: String,
    /// One of parent, teacher, coordinator, director, swv_consultant,
    /// education_consultant, companion, editor, admin, council_member.
    pub role: String,
    pub organisation_id: Option<uuid::Uuid>,
}

/// An error, as RFC 9457 problem details; title and detail are in the reader's language.
#[derive(Serialize, ToSchema)]
pub struct Problem {
    #[schema(example = "about:blank")]
    pub r#type: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
}

/// Who is signed in with this session cookie.
#[utoipa::path(
    get,
    path = "/api/v1/me",
    responses(
        (status = 200, description = "The signed-in person", body = Me),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json")
    )
)]
async fn me(State(state): State<AppState>, headers: HeaderMap) -> Result<Json<Me>, AppError> {
    let user = session_user(&state, &headers)
        .await?
        .ok_or(AppError::SignInRequired)?;
    Ok(Json(Me {
        id: user.id.0,
        name: user.name,
        email: user.email,
        role: user.role.as_str().to_owned(),
        organisation_id: user.organisation_id.map(|o| o.0),
    }))
}

#[derive(Deserialize, utoipa::IntoParams)]
pub struct SearchParams {
    /// What to look for, in plain words (at most 200 characters are used).
    q: String,
    /// `nl` (default) or `en`: which content to search.
    lang: Option<String>,
}

#[derive(Deserialize, utoipa::IntoParams)]
pub struct LangParam {
    /// `nl` (default) or `en`.
    lang: Option<String>,
}

fn lang_param(lang: Option<&str>) -> Result<Lang, AppError> {
    match lang {
        None => Ok(Lang::Nl),
        Some(l) => Lang::parse(l).ok_or(AppError::Unprocessable),
    }
}

/// One search result, best first.
#[derive(Serialize, ToSchema)]
pub struct SearchHit {
    #[schema(example = "iemand-meenemen")]
    pub id: String,
    pub title: String,
    /// The article's page on this site.
    pub url: String,
    /// A passage of the article around the words found, as plain text.
    pub snippet: String,
}

/// Search the knowledge base: Dutch stemming, accents folded, one typo allowed in words of
/// five letters or more, and the field's abbreviations (OPP, SWV, TLV, ...) as synonyms.
#[utoipa::path(
    get,
    path = "/api/v1/kennisbank/search",
    params(SearchParams),
    responses(
        (status = 200, description = "Results, best first", body = [SearchHit]),
        (status = 422, description = "Unknown language", body = Problem, content_type = "application/problem+json")
    )
)]
async fn search(
    State(state): State<AppState>,
    Query(p): Query<SearchParams>,
) -> Result<Json<Vec<SearchHit>>, AppError> {
    let lang = lang_param(p.lang.as_deref())?;
    let q: String =
        p.q.trim()
            .chars()
            .take(crate::kennisbank::SEARCH_MAX_CHARS)
            .collect();
    let snap = state.kennisbank.snapshot(&*state.store).await?;
    let hits = if q.is_empty() {
        vec![]
    } else {
        snap.index.search(lang, &q, 20)
    };
    let base = state.config.base_url.trim_end_matches('/').to_owned();
    Ok(Json(
        hits.into_iter()
            .map(|h| SearchHit {
                url: format!("{base}/kennisbank/artikel/{}", h.id),
                snippet: h.snippet.iter().map(|(t, _)| t.as_str()).collect(),
                id: h.id,
                title: h.title,
            })
            .collect(),
    ))
}

/// A published article of the knowledge base.
#[derive(Serialize, ToSchema)]
pub struct Article {
    pub id: String,
    pub lang: String,
    pub tile: String,
    pub title: String,
    pub summary: String,
    /// The text in Markdown; links use artikel:, begrip:, organisatie: and hulpwijzer:.
    pub body_markdown: String,
    /// The text as sanitised HTML, links pointing at this site.
    pub body_html: String,
    pub related: Vec<String>,
    pub url: String,
}

#[utoipa::path(
    get,
    path = "/api/v1/kennisbank/articles/{id}",
    params(("id" = String, Path, description = "The article's id, e.g. iemand-meenemen"), LangParam),
    responses(
        (status = 200, description = "The article", body = Article),
        (status = 404, description = "No such article", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Unknown language", body = Problem, content_type = "application/problem+json")
    )
)]
async fn article(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(p): Query<LangParam>,
) -> Result<Json<Article>, AppError> {
    let lang = lang_param(p.lang.as_deref())?;
    let snap = state.kennisbank.snapshot(&*state.store).await?;
    let v = snap.article(&id, lang).ok_or(AppError::NotFound)?;
    let tile = snap
        .articles
        .iter()
        .find(|a| a.id == id)
        .map(|a| a.tile.clone())
        .unwrap_or_default();
    Ok(Json(Article {
        url: format!(
            "{}/kennisbank/artikel/{id}",
            state.config.base_url.trim_end_matches('/')
        ),
        id,
        lang: v.lang.as_str().to_owned(),
        tile,
        title: v.title.clone(),
        summary: v.summary.clone(),
        body_html: crate::kennisbank::markdown::to_html(&v.body),
        body_markdown: v.body.clone(),
        related: v.related.clone(),
    }))
}
