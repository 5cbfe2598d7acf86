//! Signing in and out. Everyone can sign in with a one-time e-mail link; professionals
//! can also use a password with a TOTP code; in demo mode, one click signs in as a demo
//! account. Each sign-in opens a fresh session (the old one, if any, ends).

pub mod credentials;
pub mod links;

use crate::AppState;
use crate::error::{AppError, safe_next};
use crate::mail::Mail;
use crate::page::PageCtx;
use crate::security::{ClientIp, CsrfForm, check_rate, cookie, hash_token, random_token, set_cookie};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use chrono::{Duration, Utc};
use samenspoor_domain::auth::{LinkProblem, RateLimit};
use samenspoor_domain::{AuditAction, Email, UserId};
use samenspoor_store::{AuditContext, NewSession, User};
use serde::Deserialize;

pub fn router() -> crate::routes::Routes {
    crate::routes::Routes::new()
        .route("/inloggen", get(sign_in_page))
        .route("/inloggen/link", post(request_link))
        .route("/inloggen/link/{token}", get(link_page).post(redeem_link))
        .route("/inloggen/wachtwoord", post(password_sign_in))
        .route("/inloggen/demo", post(demo_sign_in))
        .route("/uitloggen", post(sign_out))
}

#[derive(Template, WebTemplate)]
#[template(path = "sign_in.html")]
pub struct SignInPage {
    pub ctx: PageCtx,
    pub next: String,
    pub email: String,
    pub error: Option<String>,
    pub password_error: Option<String>,
    pub demo_users: Vec<User>,
}

#[derive(Deserialize)]
pub struct NextQuery {
    terug: Option<String>,
}

async fn sign_in_page(
    State(state): State<AppState>,
    ctx: PageCtx,
    Query(q): Query<NextQuery>,
) -> Result<Response, AppError> {
    if ctx.user.is_some() {
        return Ok(Redirect::to(&safe_next(q.terug.as_deref())).into_response());
    }
    Ok(sign_in_form(&state, ctx, q.terug, String::new(), None, None).await?.into_response())
}

async fn sign_in_form(
    state: &AppState,
    ctx: PageCtx,
    next: Option<String>,
    email: String,
    error: Option<String>,
    password_error: Option<String>,
) -> Result<SignInPage, AppError> {
    let demo_users = if state.config.demo { state.store.demo_users().await? } else { vec![] };
    Ok(SignInPage { ctx, next: safe_next(next.as_deref()), email, error, password_error, demo_users })
}

#[derive(Deserialize)]
struct LinkForm {
    email: String,
    #[serde(default)]
    terug: Option<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "sign_in_sent.html")]
struct LinkSentPage {
    ctx: PageCtx,
    email: String,
}

async fn request_link(
    State(state): State<AppState>,
    ctx: PageCtx,
    ClientIp(ip): ClientIp,
    CsrfForm(form): CsrfForm<LinkForm>,
) -> Result<Response, AppError> {
    let email = match Email::parse(&form.email) {
        Ok(e) => e,
        Err(e) => {
            let msg = ctx.t(e.key);
            let page = sign_in_form(&state, ctx, form.terug, form.email, Some(msg), None).await?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
        }
    };
    check_rate(&state, RateLimit::LINKS_PER_ADDRESS, &format!("link:ip:{ip}")).await?;
    check_rate(&state, RateLimit::LINKS_PER_EMAIL, &format!("link:email:{email}")).await?;
    // The same answer whether or not the address has an account, so the form does not
    // tell strangers who uses Samenspoor.
    if let Some(user) = state.store.user_by_email(&email).await? {
        let audit = AuditContext { actor: Some(user.id), ip: Some(ip) };
        let link = links::issue_login_link(&state, &user, audit).await?;
        let mail = Mail::text(
            user.email.clone(),
            ctx.t1("mail-link-subject", "site", &state.config.site_name),
            ctx.t_args("mail-link-body", &[("name", &user.name), ("link", &link), ("site", &state.config.site_name)]),
        );
        if let Err(e) = state.mailer.send(mail).await {
            tracing::error!(error = %e, "sign-in mail failed");
            return Err(AppError::Unavailable);
        }
    }
    Ok(LinkSentPage { ctx, email: email.to_string() }.into_response())
}

#[derive(Template, WebTemplate)]
#[template(path = "sign_in_link.html")]
struct LinkPage {
    ctx: PageCtx,
    token: String,
    problem: Option<String>,
}

/// Shows a button instead of signing in at once: mail scanners that open links must not
/// use up the link before the parent does.
async fn link_page(ctx: PageCtx, Path(token): Path<String>) -> LinkPage {
    LinkPage { ctx, token, problem: None }
}

#[derive(Deserialize)]
struct Empty {}

async fn redeem_link(
    State(state): State<AppState>,
    ctx: PageCtx,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    Path(token): Path<String>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, AppError> {
    check_rate(&state, RateLimit::REDEEMS_PER_ADDRESS, &format!("redeem:ip:{ip}")).await?;
    let (session_token, session) = new_session(&state, UserId::default());
    let outcome = state.store.redeem_login_token(&hash_token(&token), session, Utc::now(), Some(ip)).await?;
    match outcome {
        Ok(_) => Ok(signed_in(&state, &headers, &session_token, "/start").await),
        Err(problem) => {
            let key = match problem {
                LinkProblem::Expired => "sign-in-link-expired",
                LinkProblem::AlreadyUsed => "sign-in-link-used",
                LinkProblem::Unknown => "sign-in-link-unknown",
            };
            let problem = Some(ctx.t(key));
            Ok((StatusCode::GONE, LinkPage { ctx, token: String::new(), problem }).into_response())
        }
    }
}

#[derive(Deserialize)]
struct PasswordForm {
    email: String,
    password: String,
    code: String,
    #[serde(default)]
    terug: Option<String>,
}

async fn password_sign_in(
    State(state): State<AppState>,
    ctx: PageCtx,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    CsrfForm(form): CsrfForm<PasswordForm>,
) -> Result<Response, AppError> {
    check_rate(&state, RateLimit::PASSWORDS_PER_ADDRESS, &format!("password:ip:{ip}")).await?;
    let email = Email::parse(&form.email).ok();
    if let Some(email) = &email {
        check_rate(&state, RateLimit::PASSWORDS_PER_EMAIL, &format!("password:email:{email}")).await?;
    }
    let user = match &email {
        Some(e) => state.store.user_by_email(e).await?,
        None => None,
    };
    let creds = match &user {
        Some(u) if u.role.is_professional() => state.store.user_credentials(u.id).await?,
        _ => None,
    };
    let password_ok = match &creds {
        Some(c) => credentials::verify_password(&form.password, &c.password_hash),
        None => {
            let _ = credentials::verify_password(&form.password, credentials::dummy_hash());
            false
        }
    };
    let code_ok = match (&creds, &user) {
        (Some(c), Some(u)) if password_ok => totp_once(&state, u.id, &c.totp_secret, &form.code).await?,
        _ => false,
    };
    match user {
        Some(user) if password_ok && code_ok => {
            let (token, session) = new_session(&state, user.id);
            let audit = AuditContext { actor: Some(user.id), ip: Some(ip) };
            let entry = audit.entry(AuditAction::SignedInWithPassword, "user", Some(user.id.to_string()));
            state.store.start_session(session, entry).await?;
            Ok(signed_in(&state, &headers, &token, &safe_next(form.terug.as_deref())).await)
        }
        user => {
            if let Some(user) = user {
                let audit = AuditContext { actor: Some(user.id), ip: Some(ip) };
                state
                    .store
                    .append_audit(audit.entry(AuditAction::SignInRefused, "user", Some(user.id.to_string())))
                    .await?;
            }
            let msg = Some(ctx.t("sign-in-password-wrong"));
            let page = sign_in_form(&state, ctx, form.terug, form.email, None, msg).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
    }
}

#[derive(Deserialize)]
struct DemoForm {
    user_id: String,
}

async fn demo_sign_in(
    State(state): State<AppState>,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    CsrfForm(form): CsrfForm<DemoForm>,
) -> Result<Response, AppError> {
    if !state.config.demo {
        return Err(AppError::NotFound);
    }
    let id: UserId = form.user_id.parse().map_err(|_| AppError::BadRequest)?;
    let user = state.store.user(id).await?.filter(|u| u.is_demo).ok_or(AppError::Forbidden)?;
    let (token, session) = new_session(&state, user.id);
    let audit = AuditContext { actor: Some(user.id), ip: Some(ip) };
    state
        .store
        .start_session(session, audit.entry(AuditAction::SignedInAsDemo, "user", Some(user.id.to_string())))
        .await?;
    Ok(signed_in(&state, &headers, &token, "/start").await)
}

async fn sign_out(
    State(state): State<AppState>,
    ctx: PageCtx,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, AppError> {
    if let Some(token) = cookie(&headers, state.config.session_cookie()) {
        let audit = AuditContext { actor: ctx.user.as_ref().map(|u| u.id), ip: Some(ip) };
        state.store.end_session(&hash_token(&token), audit).await?;
    }
    let clear = set_cookie(state.config.session_cookie(), "", Some(0), "Lax", state.config.secure_cookies());
    Ok(([(header::SET_COOKIE, clear)], Redirect::to("/")).into_response())
}

/// Accepts a TOTP code once. The step it belongs to is counted in the store under a key
/// of this user and secret, so a code seen over someone's shoulder or replayed from a
/// recording fails, on every instance.
pub(crate) async fn totp_once(state: &AppState, user: UserId, secret: &str, code: &str) -> Result<bool, AppError> {
    let unix = u64::try_from(Utc::now().timestamp()).unwrap_or_default();
    let Some(step) = credentials::totp_step(secret, code, unix) else { return Ok(false) };
    let start = chrono::DateTime::from_timestamp(i64::try_from(step * 30).unwrap_or_default(), 0).unwrap_or_default();
    let key = format!("totp:{user}:{}:{step}", &hash_token(secret)[..12]);
    Ok(state.store.count_attempt(&key, start).await? == 1)
}

pub(crate) fn new_session(state: &AppState, user_id: UserId) -> (String, NewSession) {
    let token = random_token();
    let now = Utc::now();
    let session = NewSession {
        session_hash: hash_token(&token),
        user_id,
        created_at: now,
        expires_at: now + Duration::hours(state.config.session_hours),
    };
    (token, session)
}

/// Sets the new session cookie and ends the session the browser had before, if any, so a
/// session id planted before sign-in is worthless after it.
pub(crate) async fn signed_in(state: &AppState, headers: &HeaderMap, token: &str, next: &str) -> Response {
    if let Some(old) = cookie(headers, state.config.session_cookie())
        && let Err(e) = state.store.end_session(&hash_token(&old), AuditContext::system()).await
    {
        tracing::warn!(error = %e, "could not end the previous session");
    }
    let max_age = state.config.session_hours * 3600;
    let c = set_cookie(state.config.session_cookie(), token, Some(max_age), "Lax", state.config.secure_cookies());
    ([(header::SET_COOKIE, c)], Redirect::to(next)).into_response()
}
