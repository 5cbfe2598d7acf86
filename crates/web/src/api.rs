//! The JSON API under /api/v1, on the same store and rules as the pages. Its OpenAPI 3.1
//! document is generated from this code and served at /api/v1/openapi.json. Errors are
//! RFC 9457 problem JSON (rendered by `error::render_error_pages`).

use crate::AppState;
use crate::error::AppError;
use crate::page::session_user;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::routing::get;
use axum::{Json, Router};
use serde::Serialize;
use utoipa::{OpenApi, ToSchema};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Samenspoor API",
        version = "1",
        description = "The shared file of passend onderwijs, as JSON."
    ),
    paths(me),
    components(schemas(Me, Problem))
)]
pub struct ApiDoc;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/openapi.json", get(openapi))
        .route("/me", get(me))
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
