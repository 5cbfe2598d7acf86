//! Documents as JSON, under /api/v1/trajecten/{id}/documents: the same door, rules and
//! store calls as the pages.

use super::access::DocumentAccess;
use super::pages::{after_record, record_body};
use crate::AppState;
use crate::api::{JsonBody, Problem, Whole, api_user, refused};
use crate::error::AppError;
use crate::fields::Fields;
use crate::security::ClientIp;
use crate::traject::FileAccess;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use samenspoor_domain::document::content::{next_content, parse_title};
use samenspoor_domain::document::status::opp_status;
use samenspoor_domain::document::{Content, DocumentKind, Draft, GoalDraft, SectionKey, may_read, may_start};
use samenspoor_domain::traject::Action;
use samenspoor_domain::{DocumentId, time::amsterdam};
use samenspoor_store::{NewDocument, StoreError};
use serde::Deserialize;
use std::collections::BTreeMap;
use utoipa::{OpenApi, ToSchema};

#[derive(OpenApi)]
#[openapi(
    paths(documents, create_document, document, document_version, save_version, add_record),
    components(schemas(DocumentRequest, SaveRequest, GoalInput, RecordRequest, GoalResultInput))
)]
pub struct DocumentApi;

async fn open(
    state: &AppState,
    headers: &HeaderMap,
    ip: &str,
    id: &str,
    doc: &str,
    action: Action,
) -> Result<DocumentAccess, AppError> {
    let user = api_user(state, headers, action != Action::View).await?;
    DocumentAccess::open(state, &user, id, doc, ip, action).await
}

/// The documents of a file that you may read, oldest first.
#[utoipa::path(get, path = "/api/v1/trajecten/{id}/documents", params(("id" = uuid::Uuid, Path)), responses(
    (status = 200, description = "The documents", body = [Object]),
    (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
    (status = 404, description = "No such file, or not yours", body = Problem, content_type = "application/problem+json")
))]
pub(super) async fn documents(
    State(state): State<AppState>,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    Path(id): Path<String>,
) -> Result<Json<Vec<samenspoor_store::DocumentHead>>, AppError> {
    let user = api_user(&state, &headers, false).await?;
    let f = FileAccess::open(&state, &user, &id, &ip, Action::View).await?;
    let f = f.show(&state, samenspoor_domain::AuditAction::TrajectViewed).await?;
    let consents = f.consent_list();
    let heads = f.documents.iter().map(|d| d.head.clone());
    Ok(Json(heads.filter(|d| may_read(f.role(), d.id, &consents, Utc::now())).collect()))
}

#[derive(Deserialize, ToSchema)]
pub struct DocumentRequest {
    /// groeidocument, opp, handelingsplan or arrangement.
    #[schema(schema_with = crate::request_schema::document_kind)]
    kind: String,
    /// 1 to 120 characters.
    #[schema(schema_with = crate::request_schema::document_title)]
    title: String,
}

/// Start a document (version 1 is empty).
#[utoipa::path(post, path = "/api/v1/trajecten/{id}/documents", params(("id" = uuid::Uuid, Path)), request_body = DocumentRequest, responses(
    (status = 201, description = "The new document", body = Object),
    (status = 403, description = "Your role may not start this kind of document", body = Problem, content_type = "application/problem+json"),
    (status = 404, description = "No such file, or not yours", body = Problem, content_type = "application/problem+json"),
    (status = 422, description = "Unknown kind or a bad title", body = Problem, content_type = "application/problem+json")
))]
pub(super) async fn create_document(
    State(state): State<AppState>,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    Path(id): Path<String>,
    body: JsonBody<DocumentRequest>,
) -> Result<Response, AppError> {
    let user = api_user(&state, &headers, true).await?;
    let f = FileAccess::open(&state, &user, &id, &ip, Action::WriteDocument).await?;
    let req = body.read()?;
    let Some(kind) = DocumentKind::parse(&req.kind) else { return Ok(refused(&state, &headers, &["error-doc-kind"])) };
    if !may_start(f.role(), kind) {
        return Err(AppError::Forbidden);
    }
    let title = match parse_title(&req.title) {
        Ok(t) => t,
        Err(e) => return Ok(refused(&state, &headers, &[e.key])),
    };
    let new = NewDocument { id: DocumentId::new(), traject_id: f.id(), kind, title, content: Content::default() };
    let head = state.store.doc_create(new, f.audit()).await?;
    Ok((StatusCode::CREATED, Json(head)).into_response())
}

/// One document: its newest content, every version's number and author, the records, and
/// for an OPP where it stands. Reading it is recorded in the file's access log.
#[utoipa::path(get, path = "/api/v1/trajecten/{id}/documents/{doc}", params(("id" = uuid::Uuid, Path), ("doc" = uuid::Uuid, Path)), responses(
    (status = 200, description = "The document", body = Object),
    (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
    (status = 404, description = "No such document, or not yours to read", body = Problem, content_type = "application/problem+json")
))]
pub(super) async fn document(
    State(state): State<AppState>,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    Path((id, doc)): Path<(String, String)>,
) -> Result<Json<serde_json::Value>, AppError> {
    let d = open(&state, &headers, &ip, &id, &doc, Action::View).await?;
    let (_, doc) = d.show(&state).await?;
    let today = amsterdam(Utc::now()).date_naive();
    let status = opp_status(&doc.versions, &doc.records, today).filter(|_| doc.head.kind == DocumentKind::Opp);
    let versions: Vec<_> = doc
        .versions
        .iter()
        .map(|v| serde_json::json!({ "number": v.number, "saved_at": v.saved_at, "saved_by_name": v.saved_by_name }))
        .collect();
    Ok(Json(serde_json::json!({
        "head": doc.head,
        "content": doc.current().map(|v| &v.content),
        "versions": versions,
        "records": doc.records,
        "status": status,
    })))
}

/// One version's content, as it was saved.
#[utoipa::path(get, path = "/api/v1/trajecten/{id}/documents/{doc}/versions/{n}", params(("id" = uuid::Uuid, Path), ("doc" = uuid::Uuid, Path), ("n" = u32, Path, minimum = 1)), responses(
    (status = 200, description = "The version", body = Object),
    (status = 404, description = "No such version, or not yours to read", body = Problem, content_type = "application/problem+json")
))]
pub(super) async fn document_version(
    State(state): State<AppState>,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    Path((id, doc, n)): Path<(String, String, String)>,
) -> Result<Json<samenspoor_domain::document::status::Version>, AppError> {
    let d = open(&state, &headers, &ip, &id, &doc, Action::View).await?;
    let n: u32 = n.parse().map_err(|_| AppError::NotFound)?;
    let (_, doc) = d.show(&state).await?;
    doc.version(n).cloned().map(Json).ok_or(AppError::NotFound)
}

#[derive(Deserialize, ToSchema)]
pub struct GoalInput {
    /// The goal's number when it exists already; leave out for a new goal.
    #[schema(value_type = Option<u32>)]
    number: Option<Whole>,
    goal: String,
    #[serde(default)]
    support: String,
    #[serde(default)]
    given_by: String,
    #[serde(default)]
    how_often: String,
}

#[derive(Deserialize, ToSchema)]
pub struct SaveRequest {
    /// The version you started from: when someone saved after it, the answer is 409.
    #[schema(value_type = u32)]
    base_version: Whole,
    /// Section key → text, for the sections you change (e.g. `parents_part`).
    #[serde(default)]
    sections: BTreeMap<String, String>,
    /// The whole list of goals (plans only); leave out to keep them.
    goals: Option<Vec<GoalInput>>,
    /// The OPP's enrolment day, YYYY-MM-DD.
    enrolled_on: Option<String>,
}

/// Save a new version. Nothing is overwritten: version `base_version + 1` is added.
#[utoipa::path(post, path = "/api/v1/trajecten/{id}/documents/{doc}/versions", params(("id" = uuid::Uuid, Path), ("doc" = uuid::Uuid, Path)), request_body = SaveRequest, responses(
    (status = 201, description = "The new version's number", body = Object),
    (status = 404, description = "No such document, or not yours", body = Problem, content_type = "application/problem+json"),
    (status = 409, description = "Someone saved a newer version first; nothing was saved", body = Problem, content_type = "application/problem+json"),
    (status = 422, description = "A part you may not write, too long, or no change", body = Problem, content_type = "application/problem+json")
))]
pub(super) async fn save_version(
    State(state): State<AppState>,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    Path((id, doc)): Path<(String, String)>,
    body: JsonBody<SaveRequest>,
) -> Result<Response, AppError> {
    let d = open(&state, &headers, &ip, &id, &doc, Action::WriteDocument).await?;
    let req = body.read()?;
    let mut sections = vec![];
    for (key, text) in req.sections {
        match SectionKey::parse(&key) {
            Some(k) => sections.push((k, text)),
            None => return Ok(refused(&state, &headers, &["error-doc-not-your-part"])),
        }
    }
    let goals = req.goals.map(|gs| {
        gs.into_iter()
            .map(|g| GoalDraft {
                number: g.number.map(|n| n.0),
                goal: g.goal,
                support: g.support,
                given_by: g.given_by,
                how_often: g.how_often,
            })
            .collect()
    });
    let draft = Draft { sections, goals, enrolled_on: req.enrolled_on };
    if req.base_version.0 != d.version() {
        return Err(AppError::Conflict);
    }
    let content = match next_content(d.kind(), &d.content(), &draft, d.author(), Utc::now()) {
        Ok(c) => c,
        Err(errors) => return Ok(refused(&state, &headers, &errors.iter().map(|e| e.key).collect::<Vec<_>>())),
    };
    match state.store.doc_save(d.traject_id(), d.id(), req.base_version.0, &content, d.audit()).await {
        Ok(n) => Ok((StatusCode::CREATED, Json(serde_json::json!({ "version": n }))).into_response()),
        Err(StoreError::Conflict(_)) => Err(AppError::Conflict),
        Err(e) => Err(e.into()),
    }
}

#[derive(Deserialize, ToSchema)]
pub struct GoalResultInput {
    #[schema(value_type = u32)]
    goal: Whole,
    /// yes, partly or no.
    reached: String,
    #[serde(default)]
    note: String,
}

/// One record about the newest version; which fields count depends on `kind`.
#[derive(Deserialize, ToSchema)]
pub struct RecordRequest {
    /// consultation, agreement, pupil_view, evaluation, parents_asked or established.
    #[schema(schema_with = crate::request_schema::record_kind)]
    kind: String,
    /// consultation, evaluation: the day it was held (YYYY-MM-DD, not in the future).
    #[serde(default)]
    #[schema(schema_with = crate::request_schema::day_or_empty)]
    date: String,
    /// consultation, evaluation: who was there.
    #[serde(default)]
    who: String,
    /// consultation: what was said.
    #[serde(default)]
    said: String,
    /// agreement: whole, partial or none.
    #[serde(default)]
    choice: String,
    /// agreement (partial): the numbers of the goals you agree with.
    #[serde(default)]
    #[schema(value_type = Vec<u32>)]
    agreed_goals: Vec<Whole>,
    /// agreement: your own view (needed for partial and none).
    #[serde(default)]
    view: String,
    /// pupil_view: own_words or heard.
    #[serde(default)]
    how: String,
    /// pupil_view: the pupil's view.
    #[serde(default)]
    text: String,
    /// evaluation: every goal with what was reached.
    #[serde(default)]
    goals: Vec<GoalResultInput>,
    /// evaluation: what changes.
    #[serde(default)]
    changes: String,
    /// evaluation: the next evaluation (YYYY-MM-DD), optional.
    #[serde(default)]
    #[schema(schema_with = crate::request_schema::day_or_empty)]
    next_date: String,
    /// evaluation: the plan is rewritten (the file goes back from evaluating to planning).
    #[serde(default)]
    new_version: bool,
    /// parents_asked: a message to the parents.
    #[serde(default)]
    message: String,
}

impl RecordRequest {
    /// The same fields the page's form sends, so one parser serves both.
    fn fields(&self) -> Fields {
        let mut f: Vec<(String, String)> = [
            ("soort", &self.kind),
            ("date", &self.date),
            ("who", &self.who),
            ("said", &self.said),
            ("choice", &self.choice),
            ("view", &self.view),
            ("how", &self.how),
            ("text", &self.text),
            ("changes", &self.changes),
            ("next_date", &self.next_date),
            ("message", &self.message),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.clone()))
        .collect();
        f.extend(self.agreed_goals.iter().map(|n| ("agreed".to_owned(), n.to_string())));
        for g in &self.goals {
            f.push((format!("reached_{}", g.goal), g.reached.clone()));
            f.push((format!("note_{}", g.goal), g.note.clone()));
        }
        if self.new_version {
            f.push(("new_version".into(), "ja".into()));
        }
        Fields(f)
    }
}

/// Record a consultation, the parents' agreement, the pupil's view, an evaluation, a
/// request to the parents, or that the OPP is set; about the newest version.
#[utoipa::path(post, path = "/api/v1/trajecten/{id}/documents/{doc}/records", params(("id" = uuid::Uuid, Path), ("doc" = uuid::Uuid, Path)), request_body = RecordRequest, responses(
    (status = 201, description = "Recorded", body = Object),
    (status = 403, description = "Your role may not record this", body = Problem, content_type = "application/problem+json"),
    (status = 404, description = "No such document, or not yours", body = Problem, content_type = "application/problem+json"),
    (status = 422, description = "Missing or bad fields, or an OPP that may not be set yet", body = Problem, content_type = "application/problem+json")
))]
pub(super) async fn add_record(
    State(state): State<AppState>,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    Path((id, doc)): Path<(String, String)>,
    body: JsonBody<RecordRequest>,
) -> Result<Response, AppError> {
    let d = open(&state, &headers, &ip, &id, &doc, Action::WriteDocument).await?;
    let req = body.read()?;
    let body = match record_body(&d, &req.fields()) {
        Ok(b) => b,
        Err(errors) => return Ok(refused(&state, &headers, &errors.iter().map(|e| e.key).collect::<Vec<_>>())),
    };
    if !body.may_record(d.role(), d.kind()) {
        return Err(AppError::Forbidden);
    }
    state.store.doc_record(d.traject_id(), d.id(), d.version(), &body, d.audit()).await?;
    after_record(&state, &d, &body).await?;
    Ok((StatusCode::CREATED, Json(serde_json::json!({ "version": d.version(), "kind": body.kind() }))).into_response())
}
