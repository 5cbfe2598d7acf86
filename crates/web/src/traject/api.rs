//! The shared file as JSON: the same rules and store calls as the pages, through the
//! functions the pages use too.

use crate::AppState;
use crate::api::{JsonBody, Problem, api_user, refused};
use crate::error::AppError;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use serde::{Deserialize, Serialize};
use utoipa::{OpenApi, ToSchema};

#[derive(OpenApi)]
#[openapi(
    paths(
        trajecten,
        traject_file,
        add_traject_note,
        move_traject,
        tick,
        invite,
        withdraw,
        give_consent,
        revoke_consent
    ),
    components(schemas(
        TrajectSummary,
        NoteRequest,
        TransitionRequest,
        TickRequest,
        InvitationRequest,
        super::forms::ConsentInput
    ))
)]
pub struct TrajectApi;

/// The signed-in person and a file they take part in, opened for `action` (404, audited,
/// for anyone else's file).
async fn api_open(
    state: &AppState,
    headers: &HeaderMap,
    ip: &str,
    id: &str,
    action: samenspoor_domain::traject::Action,
) -> Result<(samenspoor_store::User, super::FileAccess), AppError> {
    let change = action != samenspoor_domain::traject::Action::View;
    let user = api_user(state, headers, change).await?;
    let f = super::FileAccess::open(state, &user, id, ip, action).await?;
    Ok((user, f))
}

/// A file the signed-in person takes part in.
#[derive(Serialize, ToSchema)]
pub struct TrajectSummary {
    pub id: uuid::Uuid,
    pub child_first_name: String,
    pub child_last_name: String,
    /// talk, inform_orient, investigate, plan, evaluate, other_school or closed.
    pub step: String,
    /// Your role in this file.
    pub role: String,
}

/// The files you take part in.
#[utoipa::path(get, path = "/api/v1/trajecten", responses(
    (status = 200, description = "Your files", body = [TrajectSummary]),
    (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json")
))]
pub(super) async fn trajecten(
    State(state): State<AppState>,
    headers: HeaderMap,
    crate::security::ClientIp(ip): crate::security::ClientIp,
) -> Result<Json<Vec<TrajectSummary>>, AppError> {
    let user = api_user(&state, &headers, false).await?;
    let list = super::pages::my_files(&state, &user, &ip).await?;
    Ok(Json(
        list.into_iter()
            .map(|(t, role)| TrajectSummary {
                id: t.id.0,
                child_first_name: t.child_first_name,
                child_last_name: t.child_last_name,
                step: t.step.as_str().to_owned(),
                role: role.as_str().to_owned(),
            })
            .collect(),
    ))
}

/// The whole file: the child, participants, consent, checklist, the notes you may read and
/// the timeline. Reading it is recorded in the file's access log.
#[utoipa::path(get, path = "/api/v1/trajecten/{id}", params(("id" = uuid::Uuid, Path, description = "The file's id")), responses(
    (status = 200, description = "The file", body = Object),
    (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
    (status = 404, description = "No such file, or not yours", body = Problem, content_type = "application/problem+json")
))]
pub(super) async fn traject_file(
    State(state): State<AppState>,
    headers: HeaderMap,
    crate::security::ClientIp(ip): crate::security::ClientIp,
    Path(id): Path<String>,
) -> Result<Json<serde_json::Value>, AppError> {
    use samenspoor_domain::traject::Action;
    let (_, f) = api_open(&state, &headers, &ip, &id, Action::View).await?;
    let f = f.show(&state, samenspoor_domain::AuditAction::TrajectViewed).await?;
    let mut doc = super::export::whole_file(&state, &f).await?;
    if let Some(map) = doc.as_object_mut().filter(|_| !f.may(Action::ViewAccessLog)) {
        map.remove("access_log");
    }
    if let Some(map) = doc.as_object_mut() {
        map.insert("my_role".into(), serde_json::json!(f.role().as_str()));
    }
    Ok(Json(doc))
}

#[derive(Deserialize, ToSchema)]
pub struct NoteRequest {
    /// At most 5000 characters.
    #[schema(schema_with = crate::request_schema::note)]
    body: String,
    /// `shared` (everyone in the file) or `private` (only you).
    #[schema(schema_with = crate::request_schema::visibility)]
    visibility: String,
}

/// Add a note to a file.
#[utoipa::path(post, path = "/api/v1/trajecten/{id}/notes", params(("id" = uuid::Uuid, Path)), request_body = NoteRequest, responses(
    (status = 201, description = "The note was saved", body = Object),
    (status = 404, description = "No such file, or not yours", body = Problem, content_type = "application/problem+json"),
    (status = 422, description = "Empty or too long, or an unknown visibility", body = Problem, content_type = "application/problem+json")
))]
pub(super) async fn add_traject_note(
    State(state): State<AppState>,
    headers: HeaderMap,
    crate::security::ClientIp(ip): crate::security::ClientIp,
    Path(id): Path<String>,
    body: JsonBody<NoteRequest>,
) -> Result<(axum::http::StatusCode, Json<samenspoor_store::Note>), AppError> {
    let (_, f) = api_open(&state, &headers, &ip, &id, samenspoor_domain::traject::Action::AddNote).await?;
    let req = body.read()?;
    let body = samenspoor_domain::traject::parse_note(&req.body).map_err(|_| AppError::Unprocessable)?;
    let visibility =
        samenspoor_domain::traject::NoteVisibility::parse(&req.visibility).ok_or(AppError::Unprocessable)?;
    let note =
        state.store.tr_add_note(samenspoor_store::NewNote { traject_id: f.id(), visibility, body }, f.audit()).await?;
    Ok((axum::http::StatusCode::CREATED, Json(note)))
}

#[derive(Deserialize, ToSchema)]
pub struct TransitionRequest {
    /// The step the file is at now (so two people cannot move it at once by accident).
    #[schema(schema_with = crate::request_schema::step)]
    from: String,
    /// Where to go: a step that may follow `from`.
    #[schema(schema_with = crate::request_schema::step)]
    to: String,
    /// Why, in a few words; kept on the timeline.
    #[schema(schema_with = crate::request_schema::reason)]
    why: String,
}

/// Move a file to its next step, or close it. Closing before the route's end is a parent's
/// decision: when school asks it, the proposal is recorded for the parents (202).
#[utoipa::path(post, path = "/api/v1/trajecten/{id}/transitions", params(("id" = uuid::Uuid, Path)), request_body = TransitionRequest, responses(
    (status = 200, description = "The file after the move", body = Object),
    (status = 202, description = "School proposed closing early; the file is unchanged until a parent closes it", body = Object),
    (status = 403, description = "Your role may not move the file", body = Problem, content_type = "application/problem+json"),
    (status = 404, description = "No such file, or not yours", body = Problem, content_type = "application/problem+json"),
    (status = 409, description = "The file is no longer at `from`, or `to` may not follow it", body = Problem, content_type = "application/problem+json"),
    (status = 422, description = "An unknown step, or no reason given", body = Problem, content_type = "application/problem+json")
))]
pub(super) async fn move_traject(
    State(state): State<AppState>,
    headers: HeaderMap,
    crate::security::ClientIp(ip): crate::security::ClientIp,
    Path(id): Path<String>,
    body: JsonBody<TransitionRequest>,
) -> Result<axum::response::Response, AppError> {
    use axum::response::IntoResponse;
    use samenspoor_domain::traject::Step;
    use samenspoor_domain::traject::step::{Closing, closing};
    let (user, f) = api_open(&state, &headers, &ip, &id, samenspoor_domain::traject::Action::MoveStep).await?;
    let req = body.read()?;
    let (Some(from), Some(to)) = (Step::parse(&req.from), Step::parse(&req.to)) else {
        return Err(AppError::Unprocessable);
    };
    let why = samenspoor_domain::traject::step::parse_reason(&req.why).map_err(|_| AppError::Unprocessable)?;
    let proposes = to == Step::Closed && closing(from, f.role()) == Closing::Propose;
    let result = if proposes {
        super::closing::propose(&state, &f, from, &why, &user.name).await.map(|()| None)
    } else {
        super::steps::move_file(&state, &f, from, to, &why).await.map(Some)
    };
    match result {
        Ok(Some(t)) => Ok(Json(t).into_response()),
        Ok(None) => {
            let t = state.store.tr_get(f.id()).await?.ok_or(AppError::NotFound)?;
            Ok((axum::http::StatusCode::ACCEPTED, Json(t)).into_response())
        }
        // Not at `from` any more, or `to` may not follow it: the file's state says no.
        Err(samenspoor_store::StoreError::Conflict(_)) => Err(AppError::Conflict),
        Err(e) => Err(e.into()),
    }
}

fn created<T: Serialize>(value: T) -> axum::response::Response {
    use axum::response::IntoResponse;
    (axum::http::StatusCode::CREATED, Json(value)).into_response()
}

#[derive(Deserialize, ToSchema)]
pub struct TickRequest {
    /// The file's current step, e.g. `plan`.
    #[schema(schema_with = crate::request_schema::step)]
    step: String,
    /// A checklist item of that step, e.g. `plan-goals`.
    #[schema(schema_with = crate::request_schema::checklist_item)]
    item: String,
    ticked: bool,
}

/// Tick or untick an item of the current step's checklist.
#[utoipa::path(post, path = "/api/v1/trajecten/{id}/checklist", params(("id" = uuid::Uuid, Path)), request_body = TickRequest, responses(
    (status = 204, description = "Done"),
    (status = 403, description = "Your role may not tick", body = Problem, content_type = "application/problem+json"),
    (status = 404, description = "No such file, or not yours", body = Problem, content_type = "application/problem+json"),
    (status = 409, description = "Not an item of the file's current step", body = Problem, content_type = "application/problem+json"),
    (status = 422, description = "An unknown step or item", body = Problem, content_type = "application/problem+json")
))]
pub(super) async fn tick(
    State(state): State<AppState>,
    headers: HeaderMap,
    crate::security::ClientIp(ip): crate::security::ClientIp,
    Path(id): Path<String>,
    body: JsonBody<TickRequest>,
) -> Result<axum::http::StatusCode, AppError> {
    let (_, f) = api_open(&state, &headers, &ip, &id, samenspoor_domain::traject::Action::TickChecklist).await?;
    let req = body.read()?;
    super::steps::tick_item(&state, &f, &req.step, &req.item, req.ticked).await?;
    Ok(axum::http::StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
pub struct InvitationRequest {
    #[schema(schema_with = crate::request_schema::email)]
    email: String,
    /// parent, teacher, coordinator, director, swv_consultant, education_consultant or
    /// outside_expert. The last three need the parents' consent first.
    #[schema(schema_with = crate::request_schema::participant_role)]
    role: String,
}

/// Invite someone to the file; they get an e-mail with a link that works 14 days, once.
#[utoipa::path(post, path = "/api/v1/trajecten/{id}/invitations", params(("id" = uuid::Uuid, Path)), request_body = InvitationRequest, responses(
    (status = 201, description = "Invited", body = Object),
    (status = 403, description = "Your role may not invite", body = Problem, content_type = "application/problem+json"),
    (status = 404, description = "No such file, or not yours", body = Problem, content_type = "application/problem+json"),
    (status = 409, description = "Already invited, no consent for this role yet, or the address belongs to an account that does not fit the role", body = Problem, content_type = "application/problem+json"),
    (status = 422, description = "Bad address or role", body = Problem, content_type = "application/problem+json")
))]
pub(super) async fn invite(
    State(state): State<AppState>,
    headers: HeaderMap,
    crate::security::ClientIp(ip): crate::security::ClientIp,
    Path(id): Path<String>,
    body: JsonBody<InvitationRequest>,
) -> Result<axum::response::Response, AppError> {
    let (user, f) = api_open(&state, &headers, &ip, &id, samenspoor_domain::traject::Action::Invite).await?;
    let req = body.read()?;
    let lang = crate::page::lang_of(&headers);
    match super::participants::invite_person(&state, &f, &user, &req.email, &req.role, lang).await {
        Ok(p) => Ok(created(p)),
        Err(super::participants::Refused::Input(keys)) => Ok(refused(&state, &headers, &keys)),
        Err(super::participants::Refused::NotNow(key)) => Ok(crate::api::not_now(&state, &headers, key)),
        Err(super::participants::Refused::Error(e)) => Err(e),
    }
}

/// Take someone out of the file, or withdraw their invitation.
#[utoipa::path(post, path = "/api/v1/trajecten/{id}/participants/{pid}/withdraw", params(("id" = uuid::Uuid, Path), ("pid" = uuid::Uuid, Path)), responses(
    (status = 204, description = "Done"),
    (status = 403, description = "Your role may not, or only a parent may take a parent out", body = Problem, content_type = "application/problem+json"),
    (status = 404, description = "No such file or participant", body = Problem, content_type = "application/problem+json")
))]
pub(super) async fn withdraw(
    State(state): State<AppState>,
    headers: HeaderMap,
    crate::security::ClientIp(ip): crate::security::ClientIp,
    Path((id, pid)): Path<(String, samenspoor_domain::ParticipantId)>,
) -> Result<axum::http::StatusCode, AppError> {
    let (_, f) = api_open(&state, &headers, &ip, &id, samenspoor_domain::traject::Action::Invite).await?;
    super::participants::withdraw_person(&state, &f, pid).await?;
    Ok(axum::http::StatusCode::NO_CONTENT)
}

/// Give consent (parents only).
#[utoipa::path(post, path = "/api/v1/trajecten/{id}/consents", params(("id" = uuid::Uuid, Path)), request_body = super::forms::ConsentInput, responses(
    (status = 201, description = "Recorded", body = Object),
    (status = 403, description = "Only parents give consent", body = Problem, content_type = "application/problem+json"),
    (status = 404, description = "No such file, or not yours", body = Problem, content_type = "application/problem+json"),
    (status = 422, description = "A field is not right", body = Problem, content_type = "application/problem+json")
))]
pub(super) async fn give_consent(
    State(state): State<AppState>,
    headers: HeaderMap,
    crate::security::ClientIp(ip): crate::security::ClientIp,
    Path(id): Path<String>,
    body: JsonBody<super::forms::ConsentInput>,
) -> Result<axum::response::Response, AppError> {
    let (_, f) = api_open(&state, &headers, &ip, &id, samenspoor_domain::traject::Action::GiveConsent).await?;
    let req = body.read()?;
    match super::consent::checked_in_file(&state, &req, &f).await? {
        Ok(new) => Ok(created(state.store.tr_give_consent(new, f.audit()).await?)),
        Err(keys) => Ok(refused(&state, &headers, &keys)),
    }
}

/// Revoke consent (parents only); access it gave ends at once.
#[utoipa::path(post, path = "/api/v1/trajecten/{id}/consents/{cid}/revoke", params(("id" = uuid::Uuid, Path), ("cid" = uuid::Uuid, Path)), responses(
    (status = 204, description = "Revoked"),
    (status = 403, description = "Only parents revoke consent", body = Problem, content_type = "application/problem+json"),
    (status = 404, description = "No such file or consent", body = Problem, content_type = "application/problem+json")
))]
pub(super) async fn revoke_consent(
    State(state): State<AppState>,
    headers: HeaderMap,
    crate::security::ClientIp(ip): crate::security::ClientIp,
    Path((id, cid)): Path<(String, samenspoor_domain::ConsentId)>,
) -> Result<axum::http::StatusCode, AppError> {
    let (_, f) = api_open(&state, &headers, &ip, &id, samenspoor_domain::traject::Action::GiveConsent).await?;
    state.store.tr_revoke_consent(f.id(), cid, f.audit()).await?;
    Ok(axum::http::StatusCode::NO_CONTENT)
}
