//! The JSON API under /api/v1, on the same store and rules as the pages. Each area keeps
//! its handlers in its own `api.rs`; what they share is here: the signed-in person of the
//! session, problem JSON, the language parameter, /api/v1/me, and the OpenAPI 3.1 document,
//! generated from the handlers and served at /api/v1/openapi.json. Errors are RFC 9457
//! problem JSON (rendered by `error::render_error_pages`).

use crate::AppState;
use crate::error::AppError;
use crate::page::session_user;
use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, Request, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use samenspoor_domain::Lang;
use serde::{Deserialize, Serialize};
use utoipa::{OpenApi, ToSchema};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Samenspoor API",
        version = "1",
        description = "The shared file of passend onderwijs, as JSON. A change made with a session cookie also needs the session's token in the X-CSRF-Token header: the csrf_token of GET /api/v1/me."
    ),
    paths(me),
    components(schemas(Me, Problem)),
    modifiers(&Areas)
)]
pub struct ApiDoc;

/// Each area's paths and schemas, from the API routers the app serves (`crate::api_routers`).
struct Areas;

impl utoipa::Modify for Areas {
    fn modify(&self, doc: &mut utoipa::openapi::OpenApi) {
        for routes in crate::api_routers() {
            doc.merge(routes.into_openapi());
        }
        document_shared_refusals(doc);
    }
}

/// A JSON body that is judged only after the caller's access: someone who may not write
/// here hears 401 or 404 whatever they send, and learns nothing from how it was read.
/// `read` gives the body or the refusal it got as it arrived (400, 413, 415, 422).
pub struct JsonBody<T>(Result<T, AppError>);

impl<T, S> FromRequest<S> for JsonBody<T>
where
    Json<T>: FromRequest<S, Rejection = JsonRejection>,
    S: Send + Sync,
{
    type Rejection = std::convert::Infallible;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let read = Json::<T>::from_request(req, state).await;
        Ok(JsonBody(read.map(|Json(body)| body).map_err(|r| AppError::Rejected(r.status()))))
    }
}

impl<T> JsonBody<T> {
    pub fn read(self) -> Result<T, AppError> {
        self.0
    }
}

/// A whole number as JSON may write it, `3` or `3.0`: JSON Schema's `integer` allows both,
/// so a client may send either.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Whole(pub u32);

impl<'de> Deserialize<'de> for Whole {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let n = f64::deserialize(d)?;
        if n.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(&n) {
            Ok(Whole(n as u32))
        } else {
            Err(serde::de::Error::custom("not a whole number from 0 to 4294967295"))
        }
    }
}

impl std::fmt::Display for Whole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// The API paths anyone may use; every other one needs a session.
const PUBLIC_PATHS: &[&str] = &["/api/v1/openapi.json", "/api/v1/kennisbank/", "/api/v1/hulpwijzer/"];

/// The refusals every operation of a kind can give, whatever its area, added to each
/// operation that does not document them itself: 400 for a path, query or body that cannot
/// be read, 413 for a body too large, 415 for a body that is not JSON, 401 without a
/// session, 403 for a change without the session's CSRF token, 429 when a limit is
/// reached, 409 for a change the file's state refuses (closed, among others). All are
/// problem JSON (`error::render_error_pages` makes them so).
fn document_shared_refusals(doc: &mut utoipa::openapi::OpenApi) {
    use utoipa::openapi::{ContentBuilder, Ref, ResponseBuilder};
    let problem = |description: &str| {
        ResponseBuilder::new()
            .description(description)
            .content(
                "application/problem+json",
                ContentBuilder::new().schema(Some(Ref::from_schema_name("Problem"))).build(),
            )
            .build()
    };
    for (path, item) in doc.paths.paths.iter_mut() {
        let public = PUBLIC_PATHS.iter().any(|p| path.starts_with(p));
        for (change, op) in [(false, item.get.as_mut()), (true, item.post.as_mut())] {
            let Some(op) = op else { continue };
            let mut add = |status: &str, description: &str| {
                op.responses.responses.entry(status.to_owned()).or_insert_with(|| problem(description).into());
            };
            let has_params = op.parameters.as_ref().is_some_and(|p| !p.is_empty());
            let has_body = op.request_body.is_some();
            if has_params || has_body {
                add("400", "The path, query or body could not be read (malformed JSON, an id that is not a UUID)");
            }
            if has_body {
                add("413", "The body is larger than the server takes");
                add("415", "The body is not sent as application/json");
            }
            if !public {
                add("401", "Not signed in");
                if change {
                    add("403", "The X-CSRF-Token header is missing or wrong, or this person may not do this");
                    add("429", "Too many requests of this kind for now; try again later");
                    if path.starts_with("/api/v1/trajecten/{id}/") {
                        add("409", "The file is closed, or its state does not allow this now (the detail says why)");
                    }
                }
            }
        }
    }
}

/// The routes every area shares: the document and the signed-in person.
pub fn router() -> crate::routes::Routes {
    crate::routes::Routes::new().route("/openapi.json", get(openapi)).route("/me", get(me))
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
    /// Send this in the `X-CSRF-Token` header with every POST made with this session.
    pub csrf_token: String,
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
    let user = session_user(&state, &headers).await?.ok_or(AppError::SignInRequired)?;
    Ok(Json(Me {
        csrf_token: crate::security::expected_csrf(&state, &headers).unwrap_or_default(),
        id: user.id.0,
        name: user.name,
        email: user.email,
        role: user.role.as_str().to_owned(),
        organisation_id: user.organisation_id.map(|o| o.0),
    }))
}

#[derive(Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct LangParam {
    /// `nl` (default) or `en`.
    #[param(inline, value_type = Option<LangCode>)]
    pub lang: Option<String>,
}

/// A language of the content, as documented; the handlers parse it with `lang_param`, so
/// anything else is a 422 that names it.
#[derive(ToSchema)]
#[allow(dead_code)]
#[schema(rename_all = "lowercase")]
pub enum LangCode {
    Nl,
    En,
}

pub(crate) fn lang_param(lang: Option<&str>) -> Result<Lang, AppError> {
    match lang {
        None => Ok(Lang::Nl),
        Some(l) => Lang::parse(l).ok_or(AppError::Unprocessable),
    }
}

/// The person of the session cookie. A change made with a session cookie also needs the
/// session's token in `X-CSRF-Token`: another site can make a browser send the cookie,
/// not the header.
pub(crate) async fn api_user(
    state: &AppState,
    headers: &HeaderMap,
    change: bool,
) -> Result<samenspoor_store::User, AppError> {
    let user = session_user(state, headers).await?.ok_or(AppError::SignInRequired)?;
    if change {
        let sent = headers.get(crate::security::CSRF_HEADER).and_then(|v| v.to_str().ok()).unwrap_or_default();
        let expected = crate::security::expected_csrf(state, headers).unwrap_or_default();
        if expected.is_empty() || !crate::security::constant_time_eq(expected.as_bytes(), sent.as_bytes()) {
            return Err(AppError::CsrfFailed);
        }
    }
    Ok(user)
}

/// A 422 problem in the reader's language; `field` names the input at fault, when known.
pub(crate) fn unprocessable(state: &AppState, headers: &HeaderMap, detail: String, field: Option<&str>) -> Response {
    problem(state, headers, axum::http::StatusCode::UNPROCESSABLE_ENTITY, detail, field)
}

fn problem(
    state: &AppState,
    headers: &HeaderMap,
    status: axum::http::StatusCode,
    detail: String,
    field: Option<&str>,
) -> Response {
    let lang = crate::page::lang_of(headers);
    let mut body = serde_json::json!({
        "type": "about:blank",
        "title": state.i18n.t(lang, &format!("error-{}-title", status.as_u16())),
        "status": status.as_u16(),
        "detail": detail,
    });
    if let Some(field) = field {
        body["field"] = field.into();
    }
    (status, [(axum::http::header::CONTENT_TYPE, "application/problem+json")], body.to_string()).into_response()
}

/// A 409 problem: the request is well formed, but the record's state does not allow it
/// now (a gesprek called off, a file at another step); the detail says which.
pub(crate) fn not_now(state: &AppState, headers: &HeaderMap, key: &str) -> Response {
    let detail = state.i18n.t(crate::page::lang_of(headers), key);
    problem(state, headers, axum::http::StatusCode::CONFLICT, detail, None)
}

/// A 422 problem whose detail lists the reader's messages (in their language).
pub(crate) fn refused(state: &AppState, headers: &HeaderMap, keys: &[&str]) -> Response {
    let lang = crate::page::lang_of(headers);
    let detail: Vec<String> = keys.iter().map(|k| state.i18n.t(lang, k)).collect();
    unprocessable(state, headers, detail.join(" "), None)
}
