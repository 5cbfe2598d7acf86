//! The parents' clock as JSON: every deadline with its words, and the dates it counts from.

use super::pages::describe;
use super::{for_file, today};
use crate::AppState;
use crate::api::{JsonBody, Problem, api_user, refused};
use crate::error::AppError;
use crate::page::PageCtx;
use crate::security::ClientIp;
use crate::traject::FileAccess;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use samenspoor_domain::AuditAction;
use samenspoor_domain::deadlines::parse_date;
use samenspoor_domain::traject::Action;
use serde::Deserialize;
use utoipa::{OpenApi, ToSchema};

#[derive(OpenApi)]
#[openapi(paths(clock, add_date, remove_date, notifications, acknowledge), components(schemas(DateRequest)))]
pub struct ClockApi;

/// Every deadline of the file (soonest first, done last), each with what it means, its
/// source and what you can do now, in the reader's language; and the dates entered.
#[utoipa::path(get, path = "/api/v1/trajecten/{id}/clock", params(("id" = uuid::Uuid, Path)), responses(
    (status = 200, description = "The clock", body = Object),
    (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
    (status = 404, description = "No such file, or not yours", body = Problem, content_type = "application/problem+json")
))]
pub(super) async fn clock(
    State(state): State<AppState>,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    Path(id): Path<String>,
) -> Result<Json<serde_json::Value>, AppError> {
    let user = api_user(&state, &headers, false).await?;
    let f = FileAccess::open(&state, &user, &id, &ip, Action::View).await?;
    let f = f.show(&state, AuditAction::TrajectViewed).await?;
    // Only the reader's language matters for the words.
    let ctx = PageCtx::anonymous(&state, &headers, String::new(), String::new());
    let deadlines: Vec<_> = for_file(&state, &f, f.role())
        .into_iter()
        .map(|d| {
            let (text, source, now) = describe(&ctx, &state, &d);
            serde_json::json!({ "deadline": d, "text": text, "source": source, "now": now, "article": d.kind.article() })
        })
        .collect();
    let dates = state.store.dl_dates(f.traject.id).await?;
    Ok(Json(serde_json::json!({ "deadlines": deadlines, "dates": dates })))
}

#[derive(Deserialize, ToSchema)]
pub struct DateRequest {
    /// registration, extension, enrolment, tlv_decision, admission_decision,
    /// removal_decision, opp_decision, first_day_at_home or back_at_school.
    #[schema(schema_with = crate::request_schema::date_kind)]
    kind: String,
    /// YYYY-MM-DD, today or before.
    #[schema(schema_with = crate::request_schema::day)]
    day: String,
}

/// Enter a date the clock counts from.
#[utoipa::path(post, path = "/api/v1/trajecten/{id}/clock/dates", params(("id" = uuid::Uuid, Path)), request_body = DateRequest, responses(
    (status = 201, description = "Entered", body = Object),
    (status = 403, description = "Your role may not enter dates", body = Problem, content_type = "application/problem+json"),
    (status = 404, description = "No such file, or not yours", body = Problem, content_type = "application/problem+json"),
    (status = 422, description = "Unknown kind, or not a day that has passed", body = Problem, content_type = "application/problem+json")
))]
pub(super) async fn add_date(
    State(state): State<AppState>,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    Path(id): Path<String>,
    body: JsonBody<DateRequest>,
) -> Result<Response, AppError> {
    let user = api_user(&state, &headers, true).await?;
    let f = FileAccess::open(&state, &user, &id, &ip, Action::EnterDate).await?;
    let req = body.read()?;
    match parse_date(&req.kind, &req.day, today()) {
        Ok(date) => {
            Ok((StatusCode::CREATED, Json(state.store.dl_add_date(f.id(), date, f.audit()).await?)).into_response())
        }
        Err(e) => Ok(refused(&state, &headers, &[e.key])),
    }
}

/// Take a date off (entered by mistake).
#[utoipa::path(post, path = "/api/v1/trajecten/{id}/clock/dates/{did}/remove", params(("id" = uuid::Uuid, Path), ("did" = uuid::Uuid, Path)), responses(
    (status = 204, description = "Taken off"),
    (status = 403, description = "Your role may not", body = Problem, content_type = "application/problem+json"),
    (status = 404, description = "No such date or file", body = Problem, content_type = "application/problem+json")
))]
pub(super) async fn remove_date(
    State(state): State<AppState>,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    Path((id, did)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let user = api_user(&state, &headers, true).await?;
    let f = FileAccess::open(&state, &user, &id, &ip, Action::EnterDate).await?;
    let did = did.parse().map_err(|_| AppError::NotFound)?;
    match state.store.dl_remove_date(f.id(), did, f.audit()).await {
        Ok(()) => Ok(StatusCode::NO_CONTENT.into_response()),
        Err(samenspoor_store::StoreError::NotFound(_)) => Err(AppError::NotFound),
        Err(e) => Err(e.into()),
    }
}

/// Your notifications, newest first, in your language (only of files you still take part
/// in); each to acknowledge.
#[utoipa::path(get, path = "/api/v1/notifications", responses(
    (status = 200, description = "Your notifications", body = [Object]),
    (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json")
))]
pub(super) async fn notifications(
    State(state): State<AppState>,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
) -> Result<Json<Vec<serde_json::Value>>, AppError> {
    let user = api_user(&state, &headers, false).await?;
    let ctx = PageCtx::anonymous(&state, &headers, String::new(), String::new());
    let rows = super::inbox::rows(&state, &ctx, &user, &ip).await?;
    Ok(Json(
        rows.into_iter()
            .map(|r| {
                serde_json::json!({
                    "id": r.n.id, "traject": r.n.traject, "child_first_name": r.n.child_first_name, "kind": r.n.kind,
                    "state": r.n.state, "due": r.n.due, "text": r.text, "now": r.now,
                    "created_at": r.n.created_at, "acknowledged_at": r.n.acknowledged_at,
                })
            })
            .collect(),
    ))
}

/// Seen: no more reminders for this notification.
#[utoipa::path(post, path = "/api/v1/notifications/{nid}/acknowledge", params(("nid" = uuid::Uuid, Path)), responses(
    (status = 204, description = "Acknowledged"),
    (status = 404, description = "Not yours, or already acknowledged", body = Problem, content_type = "application/problem+json")
))]
pub(super) async fn acknowledge(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(nid): Path<String>,
) -> Result<Response, AppError> {
    let user = api_user(&state, &headers, true).await?;
    let id = nid.parse().map_err(|_| AppError::NotFound)?;
    match state.store.nt_acknowledge(user.id, id, chrono::Utc::now()).await {
        Ok(()) => Ok(StatusCode::NO_CONTENT.into_response()),
        Err(samenspoor_store::StoreError::NotFound(_)) => Err(AppError::NotFound),
        Err(e) => Err(e.into()),
    }
}
