//! The knowledge base as JSON: search and published articles.

use crate::AppState;
use crate::api::{LangParam, Problem, lang_param};
use crate::error::AppError;
use axum::Json;
use axum::extract::{Path, Query, State};
use serde::{Deserialize, Serialize};
use utoipa::{OpenApi, ToSchema};

#[derive(OpenApi)]
#[openapi(paths(search, article), components(schemas(SearchHit, Article)))]
pub struct KennisbankApi;

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SearchParams {
    /// What to look for, in plain words (at most 200 characters are used).
    q: String,
    /// `nl` (default) or `en`: which content to search.
    #[param(inline, value_type = Option<crate::api::LangCode>)]
    lang: Option<String>,
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
pub(super) async fn search(
    State(state): State<AppState>,
    Query(p): Query<SearchParams>,
) -> Result<Json<Vec<SearchHit>>, AppError> {
    let lang = lang_param(p.lang.as_deref())?;
    let q: String = p.q.trim().chars().take(crate::kennisbank::SEARCH_MAX_CHARS).collect();
    let hits = if q.is_empty() { vec![] } else { state.kennisbank.search(&state.store, lang, &q, 20).await? };
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
pub(super) async fn article(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Query(p): Query<LangParam>,
) -> Result<Json<Article>, AppError> {
    let lang = lang_param(p.lang.as_deref())?;
    let snap = state.kennisbank.snapshot(&state.store).await?;
    let v = snap.article(&id, lang).ok_or(AppError::NotFound)?;
    let tile = snap.articles.iter().find(|a| a.id == id).map(|a| a.tile.clone()).unwrap_or_default();
    let body = super::article_body(&*state.store, v).await?;
    Ok(Json(Article {
        url: format!("{}/kennisbank/artikel/{id}", state.config.base_url.trim_end_matches('/')),
        id,
        lang: v.lang.as_str().to_owned(),
        tile,
        title: v.title.clone(),
        summary: v.summary.clone(),
        body_html: super::markdown::to_html(&body),
        body_markdown: body,
        related: v.related.clone(),
    }))
}
