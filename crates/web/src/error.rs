//! One error type for every handler, and the middleware that turns any error response into
//! a page in the reader's language, or RFC 9457 problem JSON under /api. No stack trace or
//! internal message ever reaches a user; those go to the log.

use crate::AppState;
use crate::page::{PageCtx, lang_of};
use askama::Template;
use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use samenspoor_store::StoreError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AppError {
    BadRequest,
    SignInRequired,
    CsrfFailed,
    Forbidden,
    NotFound,
    /// The file is closed: it can be read, not changed.
    FileClosed,
    /// The record changed meanwhile, or the change conflicts with what is stored.
    Conflict,
    Unprocessable,
    RateLimited,
    Unavailable,
    /// The database could not be reached: a 503 that also opens `ops::Breaker`.
    DatabaseAway,
    /// A request refused as it arrived (a body that cannot be read, too large, not JSON),
    /// with the status the framework gave it.
    Rejected(StatusCode),
    Internal,
}

impl AppError {
    pub fn status(self) -> StatusCode {
        match self {
            AppError::BadRequest => StatusCode::BAD_REQUEST,
            AppError::SignInRequired => StatusCode::UNAUTHORIZED,
            AppError::CsrfFailed | AppError::Forbidden => StatusCode::FORBIDDEN,
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::FileClosed | AppError::Conflict => StatusCode::CONFLICT,
            AppError::Unprocessable => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::RateLimited => StatusCode::TOO_MANY_REQUESTS,
            AppError::Unavailable | AppError::DatabaseAway => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Rejected(status) => status,
            AppError::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The message ids of the title and the explanation.
    fn keys(self, status: StatusCode) -> (&'static str, &'static str) {
        match (self, status.as_u16()) {
            (AppError::CsrfFailed, _) => ("error-csrf-title", "error-csrf-text"),
            (AppError::FileClosed, _) => ("error-409-title", "error-file-closed"),
            (_, 409) => ("error-409-title", "error-409-text"),
            (_, 400) => ("error-400-title", "error-400-text"),
            (_, 401) => ("error-401-title", "error-401-text"),
            (_, 403) => ("error-403-title", "error-403-text"),
            (_, 404) => ("error-404-title", "error-404-text"),
            (_, 405) => ("error-405-title", "error-405-text"),
            (_, 413) => ("error-413-title", "error-413-text"),
            (_, 415) => ("error-400-title", "error-400-text"),
            (_, 422) => ("error-422-title", "error-422-text"),
            (_, 429) => ("error-429-title", "error-429-text"),
            (_, 503) => ("error-503-title", "error-503-text"),
            _ => ("error-500-title", "error-500-text"),
        }
    }

    fn from_status(status: StatusCode) -> Self {
        match status.as_u16() {
            401 => AppError::SignInRequired,
            403 => AppError::Forbidden,
            404 => AppError::NotFound,
            409 => AppError::Conflict,
            422 => AppError::Unprocessable,
            429 => AppError::RateLimited,
            503 => AppError::Unavailable,
            400..=499 => AppError::BadRequest,
            _ => AppError::Internal,
        }
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound(_) => AppError::NotFound,
            StoreError::Conflict(msg) => {
                tracing::info!(conflict = %msg, "store conflict");
                AppError::Conflict
            }
            StoreError::Unavailable(msg) => {
                tracing::error!(error = %msg, "database unavailable");
                AppError::DatabaseAway
            }
            other => {
                tracing::error!(error = %other, "store error");
                AppError::Internal
            }
        }
    }
}

impl IntoResponse for AppError {
    /// An empty response carrying the error; `render_error_pages` fills it in, because
    /// only the middleware knows the reader's language and the path.
    fn into_response(self) -> Response {
        let mut res = self.status().into_response();
        res.extensions_mut().insert(self);
        res
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    ctx: &'a PageCtx,
    status: u16,
    title: String,
    text: String,
}

pub async fn not_found() -> AppError {
    AppError::NotFound
}

pub async fn render_error_pages(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let headers = req.headers().clone();
    let path = req.uri().path().to_owned();
    // This layer runs outside the CSRF one, so the token is computed here (for the
    // sign-out form of someone signed in).
    let csrf = crate::security::expected_csrf(&state, &headers).unwrap_or_default();
    let res = next.run(req).await;
    let status = res.status();
    let marked = res.extensions().get::<AppError>().copied();
    let is_page = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("text/html") || ct.starts_with("application/problem+json"));
    if marked.is_none() && (is_page || !(status.is_client_error() || status.is_server_error())) {
        return res;
    }
    let error = marked.unwrap_or_else(|| AppError::from_status(status));
    let lang = lang_of(&headers);
    let api = path.starts_with("/api/");
    if error == AppError::SignInRequired && !api {
        return Redirect::to(&format!("/inloggen?terug={}", urlencode(&path))).into_response();
    }
    let (title_key, text_key) = error.keys(status);
    let (title, text) = (state.i18n.t(lang, title_key), state.i18n.t(lang, text_key));
    let mut out = if api {
        let body =
            serde_json::json!({ "type": "about:blank", "title": title, "status": status.as_u16(), "detail": text });
        (status, [(header::CONTENT_TYPE, "application/problem+json")], body.to_string()).into_response()
    } else {
        let mut ctx = PageCtx::anonymous(&state, &headers, csrf, path);
        // Someone signed in keeps their header (not "Inloggen"); when the database is
        // down (503), the page is shown as to a visitor at once, without asking it again.
        if !matches!(error, AppError::Unavailable | AppError::DatabaseAway) {
            ctx.user = crate::page::session_user(&state, &headers).await.ok().flatten();
        }
        let page = ErrorPage { ctx: &ctx, status: status.as_u16(), title, text };
        match page.render() {
            Ok(html) => (status, [(header::CONTENT_TYPE, "text/html; charset=utf-8")], html).into_response(),
            Err(e) => {
                tracing::error!(error = %e, "error page failed to render");
                (status, "Error").into_response()
            }
        }
    };
    // Keep cookies and allow headers a handler set on the error response.
    for name in [header::SET_COOKIE, header::ALLOW, header::RETRY_AFTER] {
        for v in res.headers().get_all(&name) {
            out.headers_mut().append(name.clone(), v.clone());
        }
    }
    out
}

pub fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Only a path on this site may be a redirect target, so a crafted link cannot send
/// someone away. Browsers drop tabs and newlines and read `\\` as `/`, so `/<TAB>/host` and
/// `/\\host` mean `//host`: any control character, whitespace or backslash is refused, and
/// what remains must parse as a path that does not start with `//`.
pub fn local_path(next: Option<&str>) -> Option<String> {
    let p = next?;
    let plain = !p.chars().any(|c| c.is_control() || c.is_whitespace() || c == '\\');
    let parsed = p.parse::<axum::http::uri::PathAndQuery>().is_ok_and(|pq| pq.as_str() == p);
    (plain && parsed && p.starts_with('/') && !p.starts_with("//") && p.len() <= 2048).then(|| p.to_owned())
}

/// A local path to go to after signing in; the home page otherwise.
pub fn safe_next(next: Option<&str>) -> String {
    local_path(next).unwrap_or_else(|| "/start".to_owned())
}
