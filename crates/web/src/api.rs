//! The JSON API under /api/v1, on the same store and rules as the pages. Its OpenAPI 3.1
//! document is generated from this code and served at /api/v1/openapi.json. Errors are
//! RFC 9457 problem JSON (rendered by `error::render_error_pages`).

use crate::AppState;
use crate::error::AppError;
use crate::page::session_user;
use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
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
    paths(
        me,
        search,
        article,
        advice,
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
        Me,
        Problem,
        SearchHit,
        Article,
        AdviceRequest,
        Advice,
        TrajectSummary,
        NoteRequest,
        TransitionRequest,
        TickRequest,
        InvitationRequest,
        crate::traject::ConsentInput
    ))
)]
pub struct ApiDoc;

pub fn router() -> crate::routes::Routes {
    crate::routes::Routes::new()
        .route("/openapi.json", get(openapi))
        .route("/me", get(me))
        .route("/kennisbank/search", get(search))
        .route("/kennisbank/articles/{id}", get(article))
        .route("/hulpwijzer/advice", axum::routing::post(advice))
        .route("/trajecten", get(trajecten))
        .route("/trajecten/{id}", get(traject_file))
        .route("/trajecten/{id}/notes", axum::routing::post(add_traject_note))
        .route("/trajecten/{id}/transitions", axum::routing::post(move_traject))
        .route("/trajecten/{id}/checklist", axum::routing::post(tick))
        .route("/trajecten/{id}/invitations", axum::routing::post(invite))
        .route("/trajecten/{id}/participants/{pid}/withdraw", axum::routing::post(withdraw))
        .route("/trajecten/{id}/consents", axum::routing::post(give_consent))
        .route("/trajecten/{id}/consents/{cid}/revoke", axum::routing::post(revoke_consent))
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
    let q: String = p.q.trim().chars().take(crate::kennisbank::SEARCH_MAX_CHARS).collect();
    let snap = state.kennisbank.snapshot(&*state.store).await?;
    let hits = if q.is_empty() { vec![] } else { snap.index.search(lang, &q, 20) };
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
    let tile = snap.articles.iter().find(|a| a.id == id).map(|a| a.tile.clone()).unwrap_or_default();
    Ok(Json(Article {
        url: format!("{}/kennisbank/artikel/{id}", state.config.base_url.trim_end_matches('/')),
        id,
        lang: v.lang.as_str().to_owned(),
        tile,
        title: v.title.clone(),
        summary: v.summary.clone(),
        body_html: snap.body_html(v).to_string(),
        body_markdown: v.body.clone(),
        related: v.related.clone(),
    }))
}

/// The parent's answers. Every key is optional; a question left out counts as "nee"
/// (for `stappen`: no step taken yet). Unknown keys or values are refused with 422.
#[derive(ToSchema)]
#[allow(dead_code)]
pub struct AdviceRequest {
    /// Steps already taken: talked with the teacher, with the school's support staff or
    /// head, with the samenwerkingsverband.
    #[schema(inline)]
    stappen: Option<Vec<StepTaken>>,
    /// Is there a conflict, and with whom?
    #[schema(inline)]
    conflict: Option<ConflictWith>,
    /// Do you disagree with an advice or decision, and of which kind?
    #[schema(inline)]
    oneens: Option<Disagreement>,
    /// Is your child at home, or about to be, and for how long?
    #[schema(inline)]
    thuis: Option<AtHome>,
    /// Is there a chronic illness?
    #[schema(inline)]
    ziekte: Option<YesNo>,
    /// A severe disability or disorder?
    #[schema(inline)]
    beperking: Option<YesNo>,
    /// Is it unclear who pays for care at school?
    #[schema(inline)]
    betalen: Option<YesNo>,
    /// Is your question about rights and duties?
    #[schema(inline)]
    rechten: Option<YesNo>,
    /// About how you or your child were treated?
    #[schema(inline)]
    bejegening: Option<YesNo>,
    /// About children's rights?
    #[schema(inline)]
    kinderrechten: Option<YesNo>,
    /// Do you just want independent information?
    #[schema(inline)]
    informatie: Option<YesNo>,
}

#[derive(ToSchema)]
#[allow(dead_code)]
#[schema(rename_all = "lowercase")]
enum StepTaken {
    Leerkracht,
    School,
    Swv,
}
#[derive(ToSchema)]
#[allow(dead_code)]
#[schema(rename_all = "lowercase")]
enum ConflictWith {
    Nee,
    School,
    Swv,
}
#[derive(ToSchema)]
#[allow(dead_code)]
#[schema(rename_all = "lowercase")]
enum Disagreement {
    Nee,
    Toelating,
    Opp,
    Tlv,
    Ondersteuning,
}
#[derive(ToSchema)]
#[allow(dead_code)]
#[schema(rename_all = "lowercase")]
enum AtHome {
    Nee,
    Dreigt,
    Korter,
    Langer,
}
#[derive(ToSchema)]
#[allow(dead_code)]
#[schema(rename_all = "lowercase")]
enum YesNo {
    Ja,
    Nee,
}

/// One recommendation; the list comes in escalation order (school first, formal routes last).
#[derive(Serialize, ToSchema)]
pub struct Advice {
    #[schema(example = "onderwijsconsulenten")]
    pub organisation_id: String,
    pub name: String,
    /// Why, in the parent's own terms.
    pub reason: String,
    /// The organisation's page on this site.
    pub url: String,
}

/// Where can I go? The ordered recommendations for a set of answers.
#[utoipa::path(
    post,
    path = "/api/v1/hulpwijzer/advice",
    request_body(content = AdviceRequest, description = "The answers, e.g. {\"stappen\": [\"school\", \"swv\"], \"thuis\": \"langer\"}"),
    params(LangParam),
    responses(
        (status = 200, description = "Recommendations in escalation order", body = [Advice]),
        (status = 422, description = "An unknown key or value; `field` names it", body = Problem, content_type = "application/problem+json")
    )
)]
async fn advice(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(p): Query<LangParam>,
    body: axum::body::Bytes,
) -> Result<axum::response::Response, AppError> {
    use axum::response::IntoResponse;
    let lang = lang_param(p.lang.as_deref())?;
    let problem = |field: &str, detail: String| {
        let ui = crate::page::lang_of(&headers);
        let body = serde_json::json!({
            "type": "about:blank",
            "title": state.i18n.t(ui, "error-422-title"),
            "status": 422,
            "detail": detail,
            "field": field,
        });
        (
            axum::http::StatusCode::UNPROCESSABLE_ENTITY,
            [(axum::http::header::CONTENT_TYPE, "application/problem+json")],
            body.to_string(),
        )
            .into_response()
    };
    let value: serde_json::Value = match serde_json::from_slice(&body) {
        Ok(v) => v,
        Err(e) => return Ok(problem("", format!("not valid JSON: {e}"))),
    };
    let Some(map) = value.as_object() else { return Ok(problem("", "the body must be a JSON object".into())) };
    let mut pairs = vec![];
    for (key, v) in map {
        match v {
            serde_json::Value::String(s) => pairs.push((key.clone(), s.clone())),
            serde_json::Value::Array(items) => {
                for item in items {
                    match item.as_str() {
                        Some(s) => pairs.push((key.clone(), s.to_owned())),
                        None => return Ok(problem(key, "values must be strings".into())),
                    }
                }
            }
            _ => return Ok(problem(key, "values must be strings or lists of strings".into())),
        }
    }
    let answers = match samenspoor_domain::hulpwijzer::rules::Answers::from_pairs(
        pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())),
        &[],
    ) {
        Ok(a) => a,
        Err(e) => return Ok(problem(&e.field, format!("{}: {}", e.field, e.message))),
    };
    let d = crate::hulpwijzer::directory(&state).await?;
    let (orgs, rules) = (&d.organisations, &d.rules);
    let base = state.config.base_url.trim_end_matches('/').to_owned();
    let list: Vec<Advice> = rules
        .advise(&answers, orgs, lang)
        .into_iter()
        .filter_map(|r| {
            let o = orgs.iter().find(|o| o.id == r.organisation_id)?;
            Some(Advice {
                url: format!("{base}/hulpwijzer/organisaties/{}", o.id),
                organisation_id: r.organisation_id,
                name: o.name.clone(),
                reason: r.reasons.join(" "),
            })
        })
        .collect();
    Ok(Json(list).into_response())
}

/// The person of the session cookie. A change made with a session cookie also needs the
/// session's token in `X-CSRF-Token`: another site can make a browser send the cookie,
/// not the header.
async fn api_user(state: &AppState, headers: &HeaderMap, change: bool) -> Result<samenspoor_store::User, AppError> {
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

/// The signed-in person and a file they take part in, opened for `action` (404, audited,
/// for anyone else's file).
async fn api_open(
    state: &AppState,
    headers: &HeaderMap,
    ip: &str,
    id: &str,
    action: samenspoor_domain::traject::Action,
) -> Result<(samenspoor_store::User, crate::traject::FileAccess), AppError> {
    let change = action != samenspoor_domain::traject::Action::View;
    let user = api_user(state, headers, change).await?;
    let f = crate::traject::FileAccess::open(state, &user, id, ip, action).await?;
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
async fn trajecten(
    State(state): State<AppState>,
    headers: HeaderMap,
    crate::security::ClientIp(ip): crate::security::ClientIp,
) -> Result<Json<Vec<TrajectSummary>>, AppError> {
    let user = api_user(&state, &headers, false).await?;
    let list = crate::traject::my_files(&state, &user, &ip).await?;
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
async fn traject_file(
    State(state): State<AppState>,
    headers: HeaderMap,
    crate::security::ClientIp(ip): crate::security::ClientIp,
    Path(id): Path<String>,
) -> Result<Json<serde_json::Value>, AppError> {
    use samenspoor_domain::traject::Action;
    let (_, f) = api_open(&state, &headers, &ip, &id, Action::View).await?;
    let f = f.show(&state, samenspoor_domain::AuditAction::TrajectViewed).await?;
    let mut doc = crate::traject::whole_file(&state, &f).await?;
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
    body: String,
    /// `shared` (everyone in the file) or `private` (only you).
    visibility: String,
}

/// Add a note to a file.
#[utoipa::path(post, path = "/api/v1/trajecten/{id}/notes", params(("id" = uuid::Uuid, Path)), request_body = NoteRequest, responses(
    (status = 201, description = "The note was saved", body = Object),
    (status = 404, description = "No such file, or not yours", body = Problem, content_type = "application/problem+json"),
    (status = 422, description = "Empty or too long, or an unknown visibility", body = Problem, content_type = "application/problem+json")
))]
async fn add_traject_note(
    State(state): State<AppState>,
    headers: HeaderMap,
    crate::security::ClientIp(ip): crate::security::ClientIp,
    Path(id): Path<String>,
    Json(req): Json<NoteRequest>,
) -> Result<(axum::http::StatusCode, Json<samenspoor_store::Note>), AppError> {
    let (_, f) = api_open(&state, &headers, &ip, &id, samenspoor_domain::traject::Action::AddNote).await?;
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
    from: String,
    /// Where to go: a step that may follow `from`.
    to: String,
    /// Why, in a few words; kept on the timeline.
    why: String,
}

/// Move a file to its next step.
#[utoipa::path(post, path = "/api/v1/trajecten/{id}/transitions", params(("id" = uuid::Uuid, Path)), request_body = TransitionRequest, responses(
    (status = 200, description = "The file after the move", body = Object),
    (status = 403, description = "Your role may not move the file", body = Problem, content_type = "application/problem+json"),
    (status = 404, description = "No such file, or not yours", body = Problem, content_type = "application/problem+json"),
    (status = 422, description = "Not a step that may follow, or the file is no longer at `from`", body = Problem, content_type = "application/problem+json")
))]
async fn move_traject(
    State(state): State<AppState>,
    headers: HeaderMap,
    crate::security::ClientIp(ip): crate::security::ClientIp,
    Path(id): Path<String>,
    Json(req): Json<TransitionRequest>,
) -> Result<Json<samenspoor_store::Traject>, AppError> {
    use samenspoor_domain::traject::Step;
    let (_, f) = api_open(&state, &headers, &ip, &id, samenspoor_domain::traject::Action::MoveStep).await?;
    let (Some(from), Some(to)) = (Step::parse(&req.from), Step::parse(&req.to)) else {
        return Err(AppError::Unprocessable);
    };
    let why = samenspoor_domain::traject::step::parse_reason(&req.why).map_err(|_| AppError::Unprocessable)?;
    match crate::traject::move_file(&state, &f, from, to, &why).await {
        Ok(t) => Ok(Json(t)),
        Err(samenspoor_store::StoreError::Conflict(_)) => Err(AppError::Unprocessable),
        Err(e) => Err(e.into()),
    }
}

/// A 422 problem whose detail lists the reader's messages (in their language).
fn refused(state: &AppState, headers: &HeaderMap, keys: &[&str]) -> axum::response::Response {
    use axum::response::IntoResponse;
    let lang = crate::page::lang_of(headers);
    let detail: Vec<String> = keys.iter().map(|k| state.i18n.t(lang, k)).collect();
    let body = serde_json::json!({
        "type": "about:blank",
        "title": state.i18n.t(lang, "error-422-title"),
        "status": 422,
        "detail": detail.join(" "),
    });
    (
        axum::http::StatusCode::UNPROCESSABLE_ENTITY,
        [(axum::http::header::CONTENT_TYPE, "application/problem+json")],
        body.to_string(),
    )
        .into_response()
}

fn created<T: Serialize>(value: T) -> axum::response::Response {
    use axum::response::IntoResponse;
    (axum::http::StatusCode::CREATED, Json(value)).into_response()
}

#[derive(Deserialize, ToSchema)]
pub struct TickRequest {
    /// The file's current step, e.g. `plan`.
    step: String,
    /// A checklist item of that step, e.g. `plan-goals`.
    item: String,
    ticked: bool,
}

/// Tick or untick an item of the current step's checklist.
#[utoipa::path(post, path = "/api/v1/trajecten/{id}/checklist", params(("id" = uuid::Uuid, Path)), request_body = TickRequest, responses(
    (status = 204, description = "Done"),
    (status = 403, description = "Your role may not tick", body = Problem, content_type = "application/problem+json"),
    (status = 404, description = "No such file, or not yours", body = Problem, content_type = "application/problem+json"),
    (status = 422, description = "Not an item of the current step", body = Problem, content_type = "application/problem+json")
))]
async fn tick(
    State(state): State<AppState>,
    headers: HeaderMap,
    crate::security::ClientIp(ip): crate::security::ClientIp,
    Path(id): Path<String>,
    Json(req): Json<TickRequest>,
) -> Result<axum::http::StatusCode, AppError> {
    let (_, f) = api_open(&state, &headers, &ip, &id, samenspoor_domain::traject::Action::TickChecklist).await?;
    crate::traject::tick_item(&state, &f, &req.step, &req.item, req.ticked).await?;
    Ok(axum::http::StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
pub struct InvitationRequest {
    email: String,
    /// parent, teacher, coordinator, director, swv_consultant, education_consultant or
    /// outside_expert. The last three need the parents' consent first.
    role: String,
}

/// Invite someone to the file; they get an e-mail with a link that works 14 days, once.
#[utoipa::path(post, path = "/api/v1/trajecten/{id}/invitations", params(("id" = uuid::Uuid, Path)), request_body = InvitationRequest, responses(
    (status = 201, description = "Invited", body = Object),
    (status = 403, description = "Your role may not invite", body = Problem, content_type = "application/problem+json"),
    (status = 404, description = "No such file, or not yours", body = Problem, content_type = "application/problem+json"),
    (status = 422, description = "Bad address or role, or no consent for this role", body = Problem, content_type = "application/problem+json")
))]
async fn invite(
    State(state): State<AppState>,
    headers: HeaderMap,
    crate::security::ClientIp(ip): crate::security::ClientIp,
    Path(id): Path<String>,
    Json(req): Json<InvitationRequest>,
) -> Result<axum::response::Response, AppError> {
    let (user, f) = api_open(&state, &headers, &ip, &id, samenspoor_domain::traject::Action::Invite).await?;
    let lang = crate::page::lang_of(&headers);
    match crate::traject::invite_person(&state, &f, &user, &req.email, &req.role, lang).await {
        Ok(p) => Ok(created(p)),
        Err(crate::traject::Refused::Input(keys)) => Ok(refused(&state, &headers, &keys)),
        Err(crate::traject::Refused::Error(e)) => Err(e),
    }
}

/// Take someone out of the file, or withdraw their invitation.
#[utoipa::path(post, path = "/api/v1/trajecten/{id}/participants/{pid}/withdraw", params(("id" = uuid::Uuid, Path), ("pid" = uuid::Uuid, Path)), responses(
    (status = 204, description = "Done"),
    (status = 403, description = "Your role may not, or only a parent may take a parent out", body = Problem, content_type = "application/problem+json"),
    (status = 404, description = "No such file or participant", body = Problem, content_type = "application/problem+json")
))]
async fn withdraw(
    State(state): State<AppState>,
    headers: HeaderMap,
    crate::security::ClientIp(ip): crate::security::ClientIp,
    Path((id, pid)): Path<(String, samenspoor_domain::ParticipantId)>,
) -> Result<axum::http::StatusCode, AppError> {
    let (_, f) = api_open(&state, &headers, &ip, &id, samenspoor_domain::traject::Action::Invite).await?;
    crate::traject::withdraw_person(&state, &f, pid).await?;
    Ok(axum::http::StatusCode::NO_CONTENT)
}

/// Give consent (parents only).
#[utoipa::path(post, path = "/api/v1/trajecten/{id}/consents", params(("id" = uuid::Uuid, Path)), request_body = crate::traject::ConsentInput, responses(
    (status = 201, description = "Recorded", body = Object),
    (status = 403, description = "Only parents give consent", body = Problem, content_type = "application/problem+json"),
    (status = 404, description = "No such file, or not yours", body = Problem, content_type = "application/problem+json"),
    (status = 422, description = "A field is not right", body = Problem, content_type = "application/problem+json")
))]
async fn give_consent(
    State(state): State<AppState>,
    headers: HeaderMap,
    crate::security::ClientIp(ip): crate::security::ClientIp,
    Path(id): Path<String>,
    Json(req): Json<crate::traject::ConsentInput>,
) -> Result<axum::response::Response, AppError> {
    let (_, f) = api_open(&state, &headers, &ip, &id, samenspoor_domain::traject::Action::GiveConsent).await?;
    match crate::traject::consent_from(f.id(), &req.kind, &req.subject, &req.purpose, &req.valid_until) {
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
async fn revoke_consent(
    State(state): State<AppState>,
    headers: HeaderMap,
    crate::security::ClientIp(ip): crate::security::ClientIp,
    Path((id, cid)): Path<(String, samenspoor_domain::ConsentId)>,
) -> Result<axum::http::StatusCode, AppError> {
    let (_, f) = api_open(&state, &headers, &ip, &id, samenspoor_domain::traject::Action::GiveConsent).await?;
    state.store.tr_revoke_consent(f.id(), cid, f.audit()).await?;
    Ok(axum::http::StatusCode::NO_CONTENT)
}
