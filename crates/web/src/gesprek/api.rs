//! Gesprekken as JSON, under /api/v1/trajecten/{id}/gesprekken: the same door, rules and
//! changes (`ops`) as the pages.

use super::access::GesprekAccess;
use super::ops::{self, Refused};
use super::pages::planned;
use crate::AppState;
use crate::api::{JsonBody, Problem, Whole, api_user, refused};
use crate::error::AppError;
use crate::security::ClientIp;
use crate::traject::FileAccess;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use samenspoor_domain::gesprek::plan::PlanInput;
use samenspoor_domain::gesprek::preparation::{Answer, Question, parse_answers};
use samenspoor_domain::gesprek::{parse_companion, parse_plan, parse_report, parse_response};
use samenspoor_domain::time::amsterdam;
use samenspoor_domain::traject::Action;
use serde::Deserialize;
use utoipa::{OpenApi, ToSchema};

#[derive(OpenApi)]
#[openapi(
    paths(list, plan, gesprek, cancel, add_point, remove_point, bring, preparation, prepare, report, respond),
    components(schemas(
        CancelRequest,
        PlanRequest,
        PointRequest,
        CompanionRequest,
        AnswerInput,
        PreparationRequest,
        ReportRequest,
        CommitmentInput,
        ResponseRequest
    ))
)]
pub struct GesprekApi;

async fn open(
    state: &AppState,
    headers: &HeaderMap,
    ip: &str,
    id: &str,
    gid: &str,
    action: Action,
) -> Result<GesprekAccess, AppError> {
    let user = api_user(state, headers, action != Action::View).await?;
    GesprekAccess::open(state, &user, id, gid, ip, action).await
}

/// 204, 403 or 422 for a change.
fn done(state: &AppState, headers: &HeaderMap, outcome: Result<(), Refused>) -> Result<Response, AppError> {
    match outcome {
        Ok(()) => Ok(StatusCode::NO_CONTENT.into_response()),
        Err(Refused::Forbidden) => Err(AppError::Forbidden),
        Err(Refused::Invalid(e)) => Ok(refused(state, headers, &e.iter().map(|e| e.key).collect::<Vec<_>>())),
        Err(Refused::NotNow(e)) => Ok(crate::api::not_now(state, headers, e.key)),
    }
}

/// The file's gesprekken, soonest first.
#[utoipa::path(get, path = "/api/v1/trajecten/{id}/gesprekken", params(("id" = uuid::Uuid, Path)), responses(
    (status = 200, description = "The gesprekken", body = [Object]),
    (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
    (status = 404, description = "No such file, or not yours", body = Problem, content_type = "application/problem+json")
))]
pub(super) async fn list(
    State(state): State<AppState>,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    Path(id): Path<String>,
) -> Result<Json<Vec<samenspoor_store::Gesprek>>, AppError> {
    let user = api_user(&state, &headers, false).await?;
    let f = FileAccess::open(&state, &user, &id, &ip, Action::View).await?;
    let list = state.store.gs_list(f.id()).await?;
    f.show(&state, samenspoor_domain::AuditAction::TrajectViewed).await?;
    Ok(Json(list))
}

#[derive(Deserialize, ToSchema)]
pub struct PlanRequest {
    /// What the gesprek is for.
    #[schema(schema_with = crate::request_schema::gesprek_purpose)]
    purpose: String,
    /// The day, YYYY-MM-DD (Amsterdam), today or later.
    #[schema(schema_with = crate::request_schema::day)]
    date: String,
    /// The time, HH:MM (Amsterdam), still to come.
    #[schema(schema_with = crate::request_schema::time_of_day)]
    time: String,
    /// 15 to 240.
    #[schema(schema_with = crate::request_schema::gesprek_minutes)]
    minutes: Whole,
    /// Where; a place or a link (or both) is needed.
    #[serde(default)]
    #[schema(schema_with = crate::request_schema::gesprek_place)]
    place: String,
    /// An https link for an online gesprek.
    #[serde(default)]
    #[schema(schema_with = crate::request_schema::gesprek_link)]
    link: String,
    /// The participant id of who leads it.
    #[schema(schema_with = crate::request_schema::participant_id)]
    leader: String,
    /// Participant ids of who attends (the leader always does).
    #[serde(default)]
    #[schema(schema_with = crate::request_schema::participant_ids)]
    attendees: Vec<String>,
}

/// Plan a gesprek; everyone invited gets an e-mail with a calendar invitation.
#[utoipa::path(post, path = "/api/v1/trajecten/{id}/gesprekken", params(("id" = uuid::Uuid, Path)), request_body = PlanRequest, responses(
    (status = 201, description = "Planned", body = Object),
    (status = 403, description = "Your role may not plan", body = Problem, content_type = "application/problem+json"),
    (status = 404, description = "No such file, or not yours", body = Problem, content_type = "application/problem+json"),
    (status = 422, description = "A field is not right", body = Problem, content_type = "application/problem+json")
))]
pub(super) async fn plan(
    State(state): State<AppState>,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    Path(id): Path<String>,
    body: JsonBody<PlanRequest>,
) -> Result<Response, AppError> {
    let user = api_user(&state, &headers, true).await?;
    let f = FileAccess::open(&state, &user, &id, &ip, Action::PlanGesprek).await?;
    let req = body.read()?;
    let in_file: Vec<_> = f.participants().iter().filter(|p| p.active()).map(|p| p.id).collect();
    let minutes = req.minutes.to_string();
    let input = PlanInput {
        purpose: &req.purpose,
        date: &req.date,
        time: &req.time,
        minutes: &minutes,
        place: &req.place,
        link: &req.link,
        leader: &req.leader,
        attendees: req.attendees.iter().map(String::as_str).collect(),
    };
    match parse_plan(&input, &in_file, chrono::Utc::now()) {
        Ok(p) => Ok((StatusCode::CREATED, Json(planned(&state, &f, &user, &ip, p, None).await?)).into_response()),
        Err(e) => Ok(refused(&state, &headers, &e.iter().map(|e| e.key).collect::<Vec<_>>())),
    }
}

/// One gesprek with its agenda, companions, the answers people share, the report and
/// the answers to it. No one's private preparation. Reading it is recorded.
#[utoipa::path(get, path = "/api/v1/trajecten/{id}/gesprekken/{gid}", params(("id" = uuid::Uuid, Path), ("gid" = uuid::Uuid, Path)), responses(
    (status = 200, description = "The gesprek", body = Object),
    (status = 404, description = "No such gesprek, or not yours", body = Problem, content_type = "application/problem+json")
))]
pub(super) async fn gesprek(
    State(state): State<AppState>,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    Path((id, gid)): Path<(String, String)>,
) -> Result<Json<serde_json::Value>, AppError> {
    let g = open(&state, &headers, &ip, &id, &gid, Action::View).await?.show(&state).await?;
    let r = g.record;
    Ok(Json(serde_json::json!({
        "gesprek": r.gesprek,
        "agenda": r.agenda,
        "companions": r.companions,
        "shared_preparation": r.shared,
        "responses": r.responses,
    })))
}

#[derive(Deserialize, ToSchema)]
pub struct CancelRequest {
    /// Must be true: calling off tells everyone at once.
    #[schema(schema_with = crate::request_schema::confirmed)]
    confirm: bool,
}

/// Call a planned gesprek off; everyone gets a calendar cancellation.
#[utoipa::path(post, path = "/api/v1/trajecten/{id}/gesprekken/{gid}/cancel", params(("id" = uuid::Uuid, Path), ("gid" = uuid::Uuid, Path)), request_body = CancelRequest, responses(
    (status = 204, description = "Called off"),
    (status = 403, description = "Your role may not", body = Problem, content_type = "application/problem+json"),
    (status = 404, description = "No such gesprek, or not yours", body = Problem, content_type = "application/problem+json"),
    (status = 409, description = "Not planned any more", body = Problem, content_type = "application/problem+json"),
    (status = 422, description = "Not confirmed", body = Problem, content_type = "application/problem+json")
))]
pub(super) async fn cancel(
    State(state): State<AppState>,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    Path((id, gid)): Path<(String, String)>,
    body: JsonBody<CancelRequest>,
) -> Result<Response, AppError> {
    let g = open(&state, &headers, &ip, &id, &gid, Action::PlanGesprek).await?;
    let req = body.read()?;
    let outcome = if req.confirm {
        ops::cancel(&state, &g).await?.map(|_| ())
    } else {
        Err(Refused::Invalid(vec![samenspoor_domain::InvalidInput::new("error-gesprek-confirm-cancel")]))
    };
    done(&state, &headers, outcome)
}

#[derive(Deserialize, ToSchema)]
pub struct PointRequest {
    /// 1 to 500 characters.
    #[schema(schema_with = crate::request_schema::agenda_point)]
    text: String,
}

/// Add a point to the agenda (a parent's point can only be taken off by a parent).
#[utoipa::path(post, path = "/api/v1/trajecten/{id}/gesprekken/{gid}/agenda", params(("id" = uuid::Uuid, Path), ("gid" = uuid::Uuid, Path)), request_body = PointRequest, responses(
    (status = 204, description = "Added"),
    (status = 404, description = "No such gesprek, or not yours", body = Problem, content_type = "application/problem+json"),
    (status = 409, description = "Not planned any more", body = Problem, content_type = "application/problem+json"),
    (status = 422, description = "Empty or too long", body = Problem, content_type = "application/problem+json")
))]
pub(super) async fn add_point(
    State(state): State<AppState>,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    Path((id, gid)): Path<(String, String)>,
    body: JsonBody<PointRequest>,
) -> Result<Response, AppError> {
    let g = open(&state, &headers, &ip, &id, &gid, Action::TakePart).await?;
    let req = body.read()?;
    let outcome = ops::add_point(&state, &g, &req.text).await?;
    done(&state, &headers, outcome)
}

/// Take a point off the agenda.
#[utoipa::path(post, path = "/api/v1/trajecten/{id}/gesprekken/{gid}/agenda/{pid}/remove", params(("id" = uuid::Uuid, Path), ("gid" = uuid::Uuid, Path), ("pid" = uuid::Uuid, Path)), responses(
    (status = 204, description = "Taken off"),
    (status = 403, description = "Not yours to take off (a parent's point stays)", body = Problem, content_type = "application/problem+json"),
    (status = 404, description = "No such point or gesprek", body = Problem, content_type = "application/problem+json")
))]
pub(super) async fn remove_point(
    State(state): State<AppState>,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    Path((id, gid, pid)): Path<(String, String, String)>,
) -> Result<Response, AppError> {
    let g = open(&state, &headers, &ip, &id, &gid, Action::TakePart).await?;
    let outcome = ops::remove_point(&state, &g, &pid).await?;
    done(&state, &headers, outcome)
}

#[derive(Deserialize, ToSchema)]
pub struct CompanionRequest {
    #[schema(schema_with = crate::request_schema::companion_name)]
    name: String,
    #[schema(schema_with = crate::request_schema::email)]
    email: String,
    /// relative, friend, network_parent or advocate.
    #[schema(schema_with = crate::request_schema::companion_relation)]
    relation: String,
    /// listen, take_notes, speak_for_me or stand_up_for_rights.
    #[schema(schema_with = crate::request_schema::companion_role)]
    role: String,
    /// Why they come (told to the person leading the gesprek).
    #[serde(default)]
    #[schema(schema_with = crate::request_schema::companion_why)]
    why: String,
}

/// A parent brings someone to this gesprek (they see this gesprek only).
#[utoipa::path(post, path = "/api/v1/trajecten/{id}/gesprekken/{gid}/companions", params(("id" = uuid::Uuid, Path), ("gid" = uuid::Uuid, Path)), request_body = CompanionRequest, responses(
    (status = 204, description = "Added and invited"),
    (status = 403, description = "Only parents bring someone", body = Problem, content_type = "application/problem+json"),
    (status = 404, description = "No such gesprek, or not yours", body = Problem, content_type = "application/problem+json"),
    (status = 422, description = "A field is not right", body = Problem, content_type = "application/problem+json")
))]
pub(super) async fn bring(
    State(state): State<AppState>,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    Path((id, gid)): Path<(String, String)>,
    body: JsonBody<CompanionRequest>,
) -> Result<Response, AppError> {
    let g = open(&state, &headers, &ip, &id, &gid, Action::TakePart).await?;
    let req = body.read()?;
    if !g.seat.may_bring_companion() {
        return Err(AppError::Forbidden);
    }
    let outcome = match parse_companion(&req.name, &req.email, &req.relation, &req.role, &req.why) {
        Ok(c) => ops::bring(&state, &g, c).await?,
        Err(e) => Err(Refused::Invalid(e)),
    };
    done(&state, &headers, outcome)
}

#[derive(Deserialize, ToSchema)]
pub struct AnswerInput {
    /// A question key, e.g. expect, worries, pause_signal (parents), aim, points (others), notes.
    #[schema(schema_with = crate::request_schema::question)]
    question: String,
    #[schema(schema_with = crate::request_schema::answer)]
    text: String,
    /// Share this answer with the people at the table (never for notes).
    #[serde(default)]
    shared: bool,
}

#[derive(Deserialize, ToSchema)]
pub struct PreparationRequest {
    answers: Vec<AnswerInput>,
}

/// Your own preparation of this gesprek: private unless you share an answer.
#[utoipa::path(get, path = "/api/v1/trajecten/{id}/gesprekken/{gid}/preparation", params(("id" = uuid::Uuid, Path), ("gid" = uuid::Uuid, Path)), responses(
    (status = 200, description = "Your answers", body = [Object]),
    (status = 404, description = "No such gesprek, or not yours", body = Problem, content_type = "application/problem+json")
))]
pub(super) async fn preparation(
    State(state): State<AppState>,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    Path((id, gid)): Path<(String, String)>,
) -> Result<Json<Vec<Answer>>, AppError> {
    let g = open(&state, &headers, &ip, &id, &gid, Action::View).await?;
    let answers = state.store.gs_answers(g.id(), g.user().id).await?;
    g.show(&state).await?;
    Ok(Json(answers))
}

/// Save your own answers (only the questions for your seat).
#[utoipa::path(post, path = "/api/v1/trajecten/{id}/gesprekken/{gid}/preparation", params(("id" = uuid::Uuid, Path), ("gid" = uuid::Uuid, Path)), request_body = PreparationRequest, responses(
    (status = 204, description = "Saved"),
    (status = 403, description = "A question that is not yours to answer", body = Problem, content_type = "application/problem+json"),
    (status = 404, description = "No such gesprek, or not yours", body = Problem, content_type = "application/problem+json"),
    (status = 422, description = "Unknown question or too long", body = Problem, content_type = "application/problem+json")
))]
pub(super) async fn prepare(
    State(state): State<AppState>,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    Path((id, gid)): Path<(String, String)>,
    body: JsonBody<PreparationRequest>,
) -> Result<Response, AppError> {
    let g = open(&state, &headers, &ip, &id, &gid, Action::TakePart).await?;
    let req = body.read()?;
    let Some(questions) = req.answers.iter().map(|a| Question::parse(&a.question)).collect::<Option<Vec<_>>>() else {
        return Ok(refused(&state, &headers, &["error-prep-question"]));
    };
    let text =
        |q: Question| req.answers.iter().find(|a| a.question == q.as_str()).map(|a| a.text.clone()).unwrap_or_default();
    let shared = |q: Question| req.answers.iter().any(|a| a.question == q.as_str() && a.shared);
    let outcome = match parse_answers(&questions, text, shared) {
        Ok(a) => ops::save_answers(&state, &g, a).await?,
        Err(e) => Err(Refused::Invalid(vec![e])),
    };
    done(&state, &headers, outcome)
}

#[derive(Deserialize, ToSchema)]
pub struct CommitmentInput {
    who: String,
    what: String,
    /// YYYY-MM-DD, on or after the gesprek's day.
    due: String,
}

#[derive(Deserialize, ToSchema)]
pub struct ReportRequest {
    summary: String,
    #[serde(default)]
    commitments: Vec<CommitmentInput>,
}

/// The leader's report; each agreement becomes a task on the file's timeline.
#[utoipa::path(post, path = "/api/v1/trajecten/{id}/gesprekken/{gid}/report", params(("id" = uuid::Uuid, Path), ("gid" = uuid::Uuid, Path)), request_body = ReportRequest, responses(
    (status = 204, description = "Saved"),
    (status = 403, description = "Only the person leading the gesprek", body = Problem, content_type = "application/problem+json"),
    (status = 404, description = "No such gesprek, or not yours", body = Problem, content_type = "application/problem+json"),
    (status = 422, description = "A field is not right", body = Problem, content_type = "application/problem+json")
))]
pub(super) async fn report(
    State(state): State<AppState>,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    Path((id, gid)): Path<(String, String)>,
    body: JsonBody<ReportRequest>,
) -> Result<Response, AppError> {
    let g = open(&state, &headers, &ip, &id, &gid, Action::TakePart).await?;
    let req = body.read()?;
    if !g.seat.may_report(g.record().gesprek.status) {
        return Err(AppError::Forbidden);
    }
    let rows: Vec<(&str, &str, &str)> =
        req.commitments.iter().map(|c| (c.who.as_str(), c.what.as_str(), c.due.as_str())).collect();
    let held_on = amsterdam(g.record().gesprek.plan.starts_at).date_naive();
    let outcome = match parse_report(&req.summary, &rows, held_on) {
        Ok(r) => ops::report(&state, &g, r).await?,
        Err(e) => Err(Refused::Invalid(e)),
    };
    done(&state, &headers, outcome)
}

/// `confirm` (with an optional text) or `comment` (with its text).
#[derive(Deserialize)]
pub struct ResponseRequest {
    /// confirm or comment.
    kind: String,
    /// The comment (for comment).
    #[serde(default)]
    text: String,
}

impl utoipa::PartialSchema for ResponseRequest {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::Schema> {
        crate::request_schema::response()
    }
}

impl ToSchema for ResponseRequest {}

/// Confirm the report, or add a comment that everyone sees.
#[utoipa::path(post, path = "/api/v1/trajecten/{id}/gesprekken/{gid}/responses", params(("id" = uuid::Uuid, Path), ("gid" = uuid::Uuid, Path)), request_body = ResponseRequest, responses(
    (status = 204, description = "Saved"),
    (status = 404, description = "No such gesprek, or not yours", body = Problem, content_type = "application/problem+json"),
    (status = 409, description = "No report yet", body = Problem, content_type = "application/problem+json"),
    (status = 422, description = "An empty or too long comment", body = Problem, content_type = "application/problem+json")
))]
pub(super) async fn respond(
    State(state): State<AppState>,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    Path((id, gid)): Path<(String, String)>,
    body: JsonBody<ResponseRequest>,
) -> Result<Response, AppError> {
    let g = open(&state, &headers, &ip, &id, &gid, Action::TakePart).await?;
    let req = body.read()?;
    let outcome = match parse_response(&req.kind, &req.text) {
        Ok(r) => ops::respond(&state, &g, r).await?,
        Err(e) => Err(Refused::Invalid(vec![e])),
    };
    done(&state, &headers, outcome)
}
