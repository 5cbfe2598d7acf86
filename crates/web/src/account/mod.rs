//! The public front page, the language switch, and what a signed-in person sees of their
//! own account: their home page, what happened with their account, and (professionals)
//! a password with a TOTP code.

use crate::AppState;
use crate::auth::credentials;
use crate::error::AppError;
use crate::page::{LANG_COOKIE, PageCtx, SignedIn};
use crate::security::{ClientIp, CsrfForm, check_rate, set_cookie};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use samenspoor_domain::AuditAction;
use samenspoor_domain::Lang;
use samenspoor_domain::auth::{Password, RateLimit};
use samenspoor_store::{AuditContext, AuditEntry, Credentials, Organisation};
use serde::Deserialize;

mod start;

pub fn router() -> crate::routes::Routes {
    crate::routes::Routes::new()
        .route("/", get(front))
        .route("/taal/{lang}", get(switch_language))
        .route("/start", get(home))
        .route("/account/activiteit", get(activity))
        .route("/account/beveiliging", get(security_page).post(save_security))
}

#[derive(Template, WebTemplate)]
#[template(path = "front.html")]
struct FrontPage {
    ctx: PageCtx,
    tiles: Vec<crate::kennisbank::TileView>,
}

async fn front(State(state): State<AppState>, ctx: PageCtx) -> Result<Response, AppError> {
    if ctx.user.is_some() {
        return Ok(Redirect::to("/start").into_response());
    }
    let snap = state.kennisbank.snapshot(&state.store).await?;
    Ok(FrontPage { tiles: crate::kennisbank::tile_views(&snap, ctx.lang), ctx }.into_response())
}

#[derive(Deserialize)]
struct Back {
    terug: Option<String>,
}

/// A plain link, so the switch works without JavaScript; the choice is kept for a year.
async fn switch_language(
    State(state): State<AppState>,
    Path(lang): Path<String>,
    Query(q): Query<Back>,
) -> Result<Response, AppError> {
    let lang = Lang::parse(&lang).ok_or(AppError::NotFound)?;
    let next = crate::error::local_path(q.terug.as_deref()).unwrap_or_else(|| "/".to_owned());
    let c = set_cookie(LANG_COOKIE, lang.as_str(), Some(31_536_000), "Lax", state.config.secure_cookies());
    Ok(([(header::SET_COOKIE, c)], Redirect::to(&next)).into_response())
}

#[derive(Template, WebTemplate)]
#[template(path = "home.html")]
struct HomePage {
    ctx: PageCtx,
    role_intro: String,
    organisation: Option<Organisation>,
    /// A companion's way in is the gesprekken a parent brought them to.
    companion: bool,
    /// Each child: the route, what waits for the reader, what comes next, what changed.
    children: Vec<start::ChildSummary>,
    /// Files in all, and the name searched for (school staff with many files search).
    total: usize,
    search: String,
    can_start: bool,
    staff: bool,
    /// Notifications not yet acknowledged.
    unread: usize,
}

#[derive(Deserialize, Default)]
struct StartQuery {
    #[serde(default)]
    zoek: String,
}

async fn home(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    crate::security::ClientIp(ip): crate::security::ClientIp,
    Query(q): Query<StartQuery>,
) -> Result<HomePage, AppError> {
    use samenspoor_domain::traject::ParticipantRole;
    let organisation = match user.organisation_id {
        Some(id) => state.store.organisation(id).await?,
        None => None,
    };
    let role_intro = ctx.t(&format!("home-intro-{}", user.role.as_str().replace('_', "-")));
    let companion = user.role == samenspoor_domain::Role::Companion;
    // Only the children summarised below are shown by name; each summary is audited there.
    let files = crate::traject::visible_files(&state, &user).await?;
    let total = files.len();
    let search = q.zoek.trim().chars().take(60).collect::<String>();
    let wanted = search.to_lowercase();
    let files: Vec<_> = files
        .into_iter()
        .filter(|f| {
            let t = &f.traject;
            wanted.is_empty()
                || format!("{} {}", t.child_first_name, t.child_last_name).to_lowercase().contains(&wanted)
        })
        .collect();
    let children = start::summaries(&state, &ctx, &user, &ip, files).await?;
    let unread = state.store.nt_inbox(user.id).await?.iter().filter(|n| n.acknowledged_at.is_none()).count();
    let staff = user.role.is_professional();
    let can_start = ParticipantRole::starter(user.role).is_some();
    Ok(HomePage { ctx, role_intro, organisation, companion, children, total, search, can_start, staff, unread })
}

#[derive(Template, WebTemplate)]
#[template(path = "activity.html")]
struct ActivityPage {
    ctx: PageCtx,
    entries: Vec<AuditEntry>,
}

impl ActivityPage {
    fn when(&self, e: &AuditEntry) -> String {
        samenspoor_domain::time::local_datetime(e.at)
    }

    fn what(&self, e: &AuditEntry) -> String {
        self.ctx.t(&e.action.label_key())
    }
}

async fn activity(State(state): State<AppState>, SignedIn(ctx, user): SignedIn) -> Result<ActivityPage, AppError> {
    let entries = state.store.audit_by_actor(user.id, 100).await?;
    Ok(ActivityPage { ctx, entries })
}

#[derive(Template, WebTemplate)]
#[template(path = "security.html")]
struct SecurityPage {
    ctx: PageCtx,
    /// Changing an existing password asks for the current password and code first.
    has_password: bool,
    secret: String,
    otpauth: String,
    errors: Vec<String>,
    saved: bool,
}

#[derive(Deserialize)]
struct Saved {
    klaar: Option<String>,
}

fn security_form(state: &AppState, ctx: PageCtx, secret: String, errors: Vec<String>, saved: bool) -> SecurityPage {
    let account = ctx.user.as_ref().map(|u| u.email.clone()).unwrap_or_default();
    let otpauth = credentials::totp_url(&secret, &account, &state.config.site_name.replace(':', ""));
    let has_password = ctx.user.as_ref().is_some_and(|u| u.has_password);
    SecurityPage { ctx, has_password, secret, otpauth, errors, saved }
}

async fn security_page(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Query(q): Query<Saved>,
) -> Result<SecurityPage, AppError> {
    if !user.role.can(samenspoor_domain::Capability::SetPassword) {
        return Err(AppError::Forbidden);
    }
    Ok(security_form(&state, ctx, credentials::new_totp_secret(), vec![], q.klaar.is_some()))
}

#[derive(Deserialize)]
struct SecurityForm {
    #[serde(default)]
    current_password: String,
    #[serde(default)]
    current_code: String,
    password: String,
    repeat: String,
    secret: String,
    code: String,
}

async fn save_security(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    headers: axum::http::HeaderMap,
    ClientIp(ip): ClientIp,
    CsrfForm(form): CsrfForm<SecurityForm>,
) -> Result<Response, AppError> {
    if !user.role.can(samenspoor_domain::Capability::SetPassword) {
        return Err(AppError::Forbidden);
    }
    check_rate(&state, RateLimit::PASSWORDS_PER_EMAIL, &format!("password:email:{}", user.email)).await?;
    let mut errors = vec![];
    let current_ok = if user.has_password {
        match state.store.user_credentials(user.id).await? {
            Some(c) if credentials::verify_password(&form.current_password, &c.password_hash) => {
                crate::auth::totp_once(&state, user.id, &c.totp_secret, &form.current_code).await?
            }
            _ => false,
        }
    } else {
        true
    };
    if !current_ok {
        errors.push(ctx.t("error-current-credentials"));
    }
    let password = Password::parse(&form.password).map_err(|e| errors.push(ctx.t(e.key))).ok();
    if form.password != form.repeat {
        errors.push(ctx.t("error-password-mismatch"));
    }
    if current_ok && !crate::auth::totp_once(&state, user.id, &form.secret, &form.code).await? {
        errors.push(ctx.t("error-totp-wrong"));
    }
    let Some(password) = password.filter(|_| errors.is_empty()) else {
        let page = security_form(&state, ctx, form.secret, errors, false);
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    };
    let password_hash = credentials::hash_password(password.expose()).map_err(|e| {
        tracing::error!(error = %e, "password hashing failed");
        AppError::Internal
    })?;
    let audit = AuditContext { actor: Some(user.id), ip: Some(ip) };
    // The store ends every session of this account with the change; this browser gets a
    // fresh one, so whoever knew the old password is signed out everywhere else.
    state
        .store
        .set_credentials(user.id, Credentials { password_hash, totp_secret: form.secret }, audit.clone())
        .await?;
    let (token, session) = crate::auth::new_session(&state, user.id);
    state
        .store
        .start_session(session, audit.entry(AuditAction::SecuritySet, "user", Some(user.id.to_string())))
        .await?;
    Ok(crate::auth::signed_in(&state, &headers, &token, "/account/beveiliging?klaar=1").await)
}
