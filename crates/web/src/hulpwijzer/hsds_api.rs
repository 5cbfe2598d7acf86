//! The directory as a read-only HSDS 3.0 API, as in the Open Referral specification's
//! `openapi.json`: the API's meta information, organizations and services, each as a
//! paginated list and one by id, so other directory tools can read ours. The records are
//! the ones `samenspoor export --hsds` writes.

use crate::AppState;
use crate::api::Problem;
use crate::error::AppError;
use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use samenspoor_domain::hulpwijzer::hsds;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::{IntoParams, OpenApi, ToSchema};

/// The largest page a client may ask for.
pub const MAX_PER_PAGE: usize = 200;
const DEFAULT_PER_PAGE: usize = 50;

#[derive(OpenApi)]
#[openapi(paths(meta, organizations, organization, services, service), components(schemas(HsdsMeta, HsdsPage)))]
pub struct HsdsApi;

/// Which HSDS this API speaks.
#[derive(Serialize, ToSchema)]
pub struct HsdsMeta {
    #[schema(example = "3.0")]
    version: String,
    /// The HSDS profile: the core specification.
    profile: String,
    /// This API's OpenAPI document.
    openapi_url: String,
}

/// One page of a list, as the HSDS `Page`.
#[derive(Serialize, ToSchema)]
pub struct HsdsPage {
    total_items: usize,
    total_pages: usize,
    page_number: usize,
    size: usize,
    first_page: bool,
    last_page: bool,
    empty: bool,
    /// HSDS organizations or services.
    #[schema(value_type = Vec<Object>)]
    contents: Vec<Value>,
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PageParams {
    /// The page, from 1.
    #[param(value_type = Option<u32>, minimum = 1, maximum = 1_000_000)]
    page: Option<String>,
    /// Items per page, 1 to 200 (default 50).
    #[param(value_type = Option<u32>, minimum = 1, maximum = 200)]
    per_page: Option<String>,
}

/// The directory's organizations as HSDS, in escalation order.
async fn all(state: &AppState) -> Result<Vec<Value>, AppError> {
    let d = super::directory(state).await?;
    let entries: Vec<_> = d.entries.iter().map(|e| (e.organisation.clone(), e.verified_on)).collect();
    Ok(hsds::export(&entries).as_array().cloned().unwrap_or_default())
}

fn services_of(organizations: &[Value]) -> Vec<Value> {
    organizations
        .iter()
        .flat_map(|o| o.get("services").and_then(Value::as_array).cloned().unwrap_or_default())
        .collect()
}

/// The page asked for, or a problem that names the bad parameter.
fn page_of(items: Vec<Value>, p: &PageParams) -> Result<HsdsPage, (&'static str, String)> {
    let number = |name: &'static str, v: &Option<String>, default: usize, max: usize| match v {
        None => Ok(default),
        Some(s) => s
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=max).contains(n))
            .ok_or((name, format!("{name} must be a whole number from 1 to {max}"))),
    };
    let page = number("page", &p.page, 1, 1_000_000)?;
    let per_page = number("per_page", &p.per_page, DEFAULT_PER_PAGE, MAX_PER_PAGE)?;
    let total_items = items.len();
    let total_pages = total_items.div_ceil(per_page);
    let contents: Vec<Value> = items.into_iter().skip((page - 1) * per_page).take(per_page).collect();
    Ok(HsdsPage {
        total_items,
        total_pages,
        page_number: page,
        size: contents.len(),
        first_page: page == 1,
        last_page: page >= total_pages,
        empty: contents.is_empty(),
        contents,
    })
}

fn respond(state: &AppState, headers: &HeaderMap, page: Result<HsdsPage, (&'static str, String)>) -> Response {
    match page {
        Ok(page) => Json(page).into_response(),
        Err((field, detail)) => crate::api::unprocessable(state, headers, detail, Some(field)),
    }
}

/// What this API is: HSDS 3.0, and where its OpenAPI document is.
#[utoipa::path(get, path = "/api/v1/hsds", responses((status = 200, body = HsdsMeta)))]
pub(super) async fn meta(State(state): State<AppState>) -> Json<HsdsMeta> {
    let base = state.config.base_url.trim_end_matches('/');
    Json(HsdsMeta {
        version: "3.0".into(),
        profile: "https://docs.openreferral.org/en/latest/hsds/".into(),
        openapi_url: format!("{base}/api/v1/openapi.json"),
    })
}

/// The directory's organizations, each with its one service, a page at a time.
#[utoipa::path(
    get,
    path = "/api/v1/hsds/organizations",
    params(PageParams),
    responses(
        (status = 200, description = "A page of HSDS organizations", body = HsdsPage),
        (status = 422, description = "page or per_page out of range; `field` names it", body = Problem, content_type = "application/problem+json")
    )
)]
pub(super) async fn organizations(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(p): Query<PageParams>,
) -> Result<Response, AppError> {
    let items = all(&state).await?;
    Ok(respond(&state, &headers, page_of(items, &p)))
}

/// One organization by its HSDS id.
#[utoipa::path(
    get,
    path = "/api/v1/hsds/organizations/{id}",
    params(("id" = String, Path, description = "The organization's HSDS id (a UUID)")),
    responses(
        (status = 200, description = "An HSDS organization with its service", body = Object),
        (status = 404, description = "No such organization", body = Problem, content_type = "application/problem+json")
    )
)]
pub(super) async fn organization(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<Value>, AppError> {
    all(&state).await?.into_iter().find(|o| o["id"] == id.as_str()).map(Json).ok_or(AppError::NotFound)
}

/// The directory's services, one per organization, a page at a time.
#[utoipa::path(
    get,
    path = "/api/v1/hsds/services",
    params(PageParams),
    responses(
        (status = 200, description = "A page of HSDS services", body = HsdsPage),
        (status = 422, description = "page or per_page out of range; `field` names it", body = Problem, content_type = "application/problem+json")
    )
)]
pub(super) async fn services(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(p): Query<PageParams>,
) -> Result<Response, AppError> {
    let items = services_of(&all(&state).await?);
    Ok(respond(&state, &headers, page_of(items, &p)))
}

/// One service by its HSDS id.
#[utoipa::path(
    get,
    path = "/api/v1/hsds/services/{id}",
    params(("id" = String, Path, description = "The service's HSDS id (a UUID)")),
    responses(
        (status = 200, description = "An HSDS service", body = Object),
        (status = 404, description = "No such service", body = Problem, content_type = "application/problem+json")
    )
)]
pub(super) async fn service(State(state): State<AppState>, Path(id): Path<String>) -> Result<Json<Value>, AppError> {
    services_of(&all(&state).await?).into_iter().find(|s| s["id"] == id.as_str()).map(Json).ok_or(AppError::NotFound)
}
