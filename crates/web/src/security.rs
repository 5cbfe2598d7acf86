//! Cookies, tokens, CSRF, security headers, client addresses and rate limits.

use crate::AppState;
use crate::error::AppError;
use axum::extract::{ConnectInfo, FromRequest, FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Method, header};
use axum::middleware::Next;
use axum::response::IntoResponse;
use axum::response::Response;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::Utc;
use rand::RngCore;
use samenspoor_domain::auth::RateLimit;
use serde::de::DeserializeOwned;
use sha2::{Digest, Sha256};
use std::net::SocketAddr;

pub const CSRF_FIELD: &str = "csrf";
/// The header a signed-in API client sends with every POST (the token from `GET /api/v1/me`).
pub const CSRF_HEADER: &str = "x-csrf-token";

/// A fresh random token: 256 bits, URL-safe.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Tokens are stored only as their SHA-256, so a copy of the database opens no session.
pub fn hash_token(token: &str) -> String {
    Sha256::digest(token.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_owned())
}

/// A Set-Cookie value. `max_age` None means a session cookie; Some(0) deletes it.
pub fn set_cookie(name: &str, value: &str, max_age: Option<i64>, same_site: &str, secure: bool) -> HeaderValue {
    let mut s = format!("{name}={value}; Path=/; HttpOnly; SameSite={same_site}");
    if let Some(age) = max_age {
        s.push_str(&format!("; Max-Age={age}"));
    }
    if secure {
        s.push_str("; Secure");
    }
    HeaderValue::from_str(&s).unwrap_or(HeaderValue::from_static(""))
}

/// The server's key for CSRF tokens: from the configured secret, or random for this run.
pub fn csrf_key(secret: Option<&str>) -> [u8; 32] {
    match secret {
        Some(s) => Sha256::digest(s.as_bytes()).into(),
        None => {
            let mut key = [0u8; 32];
            rand::thread_rng().fill_bytes(&mut key);
            key
        }
    }
}

/// The CSRF token of this request: an HMAC of the session cookie (or, before sign-in, of
/// a random visitor cookie) under the server's key. A token is worthless for any other
/// session, and nobody can make one without the key.
#[derive(Clone)]
pub struct CsrfToken(pub String);

fn csrf_binding(config: &crate::WebConfig, headers: &HeaderMap) -> Option<String> {
    match cookie(headers, config.session_cookie()) {
        Some(session) => Some(format!("session:{session}")),
        None => cookie(headers, config.csrf_cookie()).filter(|v| v.len() == 43).map(|v| format!("visitor:{v}")),
    }
}

fn csrf_token(key: &[u8; 32], binding: &str) -> String {
    use hmac::{Hmac, Mac};
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(key) else { return String::new() };
    mac.update(binding.as_bytes());
    URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes())
}

/// The token a form or API call of this request must carry, if it can carry one.
pub fn expected_csrf(state: &AppState, headers: &HeaderMap) -> Option<String> {
    csrf_binding(&state.config, headers).map(|b| csrf_token(&state.csrf_key, &b))
}

/// Whether a state-changing request comes from our own pages: browsers say where a request
/// comes from (Sec-Fetch-Site, Origin); anything cross-site is refused before a handler runs.
fn same_origin(state: &AppState, headers: &HeaderMap) -> bool {
    if let Some(site) = headers.get("sec-fetch-site") {
        return matches!(site.to_str(), Ok("same-origin" | "none"));
    }
    // Older browsers: Origin. Our `Referrer-Policy: no-referrer` makes browsers send
    // `Origin: null` on our own form posts, so "null" says nothing either way.
    let Some(origin) = headers.get(header::ORIGIN) else { return true };
    let origin = origin.to_str().unwrap_or_default();
    if origin == "null" {
        return true;
    }
    let ours = state.config.base_url.trim_end_matches('/');
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok()).unwrap_or_default();
    let scheme = if state.config.secure_cookies() { "https" } else { "http" };
    origin == ours || (!host.is_empty() && origin == format!("{scheme}://{host}"))
}

/// Gives every visitor a random visitor cookie (what their token is bound to before they
/// sign in), computes this request's CSRF token for the forms, and refuses a cross-site
/// POST before any handler runs.
pub async fn csrf(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let unsafe_method = !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    if unsafe_method && !same_origin(&state, req.headers()) {
        return AppError::CsrfFailed.into_response();
    }
    let existing = cookie(req.headers(), state.config.csrf_cookie()).filter(|t| t.len() == 43);
    let visitor = existing.clone().unwrap_or_else(random_token);
    let binding = match cookie(req.headers(), state.config.session_cookie()) {
        Some(session) => format!("session:{session}"),
        None => format!("visitor:{visitor}"),
    };
    req.extensions_mut().insert(CsrfToken(csrf_token(&state.csrf_key, &binding)));
    let mut res = next.run(req).await;
    // A prepared public page holds no token, so it needs no visitor cookie either.
    if existing.is_none() && res.extensions().get::<crate::prepared::PreparedMarker>().is_none() {
        let c = set_cookie(state.config.csrf_cookie(), &visitor, None, "Strict", state.config.secure_cookies());
        res.headers_mut().append(header::SET_COOKIE, c);
    }
    res
}

/// A form whose `csrf` field is this session's token; anything else is refused before the
/// handler runs, and changes nothing.
pub struct CsrfForm<T>(pub T);

impl<T: DeserializeOwned> FromRequest<AppState> for CsrfForm<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let expected = expected_csrf(state, req.headers());
        let bytes = axum::body::Bytes::from_request(req, &()).await.map_err(|_| AppError::BadRequest)?;
        let fields: Vec<(String, String)> = serde_urlencoded::from_bytes(&bytes).map_err(|_| AppError::BadRequest)?;
        let sent = fields.iter().find(|(k, _)| k == CSRF_FIELD).map(|(_, v)| v.as_str());
        match (expected.as_deref(), sent) {
            (Some(e), Some(s)) if !e.is_empty() && constant_time_eq(e.as_bytes(), s.as_bytes()) => {}
            _ => return Err(AppError::CsrfFailed),
        }
        serde_urlencoded::from_bytes(&bytes).map(CsrfForm).map_err(|_| AppError::BadRequest)
    }
}

/// A form on a public page. Someone with a session sends its token, as with `CsrfForm`. A
/// visitor without one sends none: public pages are prepared alike for every visitor
/// (see `prepared`), and a cross-site POST was already refused by `csrf` on the browser's
/// Sec-Fetch-Site / Origin headers.
pub struct PublicForm<T>(pub T);

impl<T: DeserializeOwned> FromRequest<AppState> for PublicForm<T> {
    type Rejection = AppError;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        if cookie(req.headers(), state.config.session_cookie()).is_some() {
            return CsrfForm::from_request(req, state).await.map(|CsrfForm(form)| PublicForm(form));
        }
        let bytes = axum::body::Bytes::from_request(req, &()).await.map_err(|_| AppError::BadRequest)?;
        serde_urlencoded::from_bytes(&bytes).map(PublicForm).map_err(|_| AppError::BadRequest)
    }
}

pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Security headers on every response. No inline script anywhere, so the CSP can be strict.
pub async fn headers(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let mut res = next.run(req).await;
    set_headers(&state, res.headers_mut());
    res
}

/// The headers `headers` sets, for an answer made outside the layers (`prepared::fast_path`).
pub fn set_headers(state: &AppState, h: &mut HeaderMap) {
    use axum::http::HeaderName;
    use std::sync::LazyLock;
    // Parsed once: this runs on every response.
    static ALWAYS: LazyLock<[(HeaderName, HeaderValue); 6]> = LazyLock::new(|| {
        let pair = |k: &'static str, v: &'static str| (HeaderName::from_static(k), HeaderValue::from_static(v));
        [
            pair(
                "content-security-policy",
                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; \
                 frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
            ),
            pair("x-content-type-options", "nosniff"),
            pair("x-frame-options", "DENY"),
            pair("referrer-policy", "no-referrer"),
            pair("permissions-policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"),
            pair("cross-origin-opener-policy", "same-origin"),
        ]
    });
    for (k, v) in ALWAYS.iter() {
        h.insert(k.clone(), v.clone());
    }
    if state.config.secure_cookies() {
        h.insert(header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static("max-age=31536000; includeSubDomains"));
    }
    if !h.contains_key(header::CACHE_CONTROL) {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
}

/// The client's network address, for rate limits and the audit log.
pub struct ClientIp(pub String);

impl FromRequestParts<AppState> for ClientIp {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let peer = parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip());
        let forwarded: Vec<&str> = parts
            .headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .map(str::trim)
            .collect();
        let ip = client_address(peer, &forwarded, state.config.proxy_hops());
        Ok(ClientIp(ip.map(|ip| ip.to_string()).unwrap_or_else(|| "unknown".into())))
    }
}

/// With `hops` proxies of our own in front, each appends the address it saw to
/// X-Forwarded-For, so the client is `hops` entries from the right. Anything further left
/// was written by the client and could say anything.
pub fn client_address(peer: Option<std::net::IpAddr>, forwarded: &[&str], hops: usize) -> Option<std::net::IpAddr> {
    if hops == 0 {
        return peer;
    }
    match forwarded.len().checked_sub(hops).and_then(|i| forwarded.get(i)) {
        Some(entry) => entry.parse().ok(),
        // Fewer entries than proxies: the request did not come through all of them.
        None => peer,
    }
}

/// Counts an attempt against a limit; refuses once the limit is passed.
pub async fn check_rate(state: &AppState, limit: RateLimit, key: &str) -> Result<(), AppError> {
    let count = state.store.count_attempt(key, limit.window_start(Utc::now())).await?;
    if limit.allows(count) { Ok(()) } else { Err(AppError::RateLimited) }
}

/// No one types a NUL character, and PostgreSQL cannot keep one in text (it answered 500). A
/// form or JSON body that carries one (`%00`, or `\u0000` in a string) has it replaced by
/// U+FFFD, the mark for a character that could not be kept, so every handler sees text
/// both databases store alike. A raw NUL byte belongs to neither format: 400.
pub async fn replace_nul(request: Request, next: Next) -> Response {
    if request.method() != Method::POST {
        return next.run(request).await;
    }
    let (parts, body) = request.into_parts();
    // The body limit (an outer layer) has already bounded what is read here.
    let Ok(bytes) = axum::body::to_bytes(body, usize::MAX).await else {
        return axum::http::StatusCode::PAYLOAD_TOO_LARGE.into_response();
    };
    if bytes.contains(&0) {
        return AppError::BadRequest.into_response();
    }
    let json = parts.headers.get(header::CONTENT_TYPE).is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    let bytes = if json {
        match serde_json::from_slice::<serde_json::Value>(&bytes) {
            Ok(mut v) => {
                if replace_in(&mut v) {
                    serde_json::to_vec(&v).map(Into::into).unwrap_or(bytes)
                } else {
                    bytes
                }
            }
            Err(_) => bytes,
        }
    } else if bytes.windows(3).any(|w| w.eq_ignore_ascii_case(b"%00")) {
        let text = String::from_utf8_lossy(&bytes).replace("%00", "%EF%BF%BD");
        text.into_bytes().into()
    } else {
        bytes
    };
    next.run(Request::from_parts(parts, axum::body::Body::from(bytes))).await
}

/// Replaces NUL in every string (keys too); true when there was one.
fn replace_in(v: &mut serde_json::Value) -> bool {
    use serde_json::Value;
    match v {
        Value::String(s) if s.contains('\0') => {
            *s = s.replace('\0', "\u{FFFD}");
            true
        }
        Value::Array(a) => a.iter_mut().fold(false, |found, x| replace_in(x) | found),
        Value::Object(o) if o.keys().any(|k| k.contains('\0')) => {
            let old = std::mem::take(o);
            for (k, mut x) in old {
                replace_in(&mut x);
                o.insert(k.replace('\0', "\u{FFFD}"), x);
            }
            true
        }
        Value::Object(o) => o.values_mut().fold(false, |found, x| replace_in(x) | found),
        _ => false,
    }
}
