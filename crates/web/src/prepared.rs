//! Public pages that are the same for every visitor without a session (the kennisbank's
//! articles, tiles, home page and glossary) are rendered once per path and language and
//! kept as prepared bytes, plain and gzip, with an ETag. A repeat is answered from memory;
//! a browser that already has the page gets a 304.
//!
//! Such a page carries no per-visitor token. Its one form (an article's feedback) is
//! guarded without one: `security::csrf` refuses a cross-site POST by the browser's own
//! Sec-Fetch-Site / Origin headers, and `security::PublicForm` asks a token only of
//! someone signed in, who is never served a prepared page.

use crate::AppState;
use crate::error::AppError;
use crate::page::PageCtx;
use askama::Template;
use axum::body::{Body, Bytes};
use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use samenspoor_domain::Lang;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::io::Write;
use std::sync::{Arc, Mutex};

/// How many bytes of prepared pages one content version keeps: past it, pages are dropped
/// at random to make room (a dropped page is rendered again on its next visit).
const BUDGET_BYTES: usize = 32 * 1024 * 1024;

/// Marks a response as a prepared page, so no visitor cookie is set on it.
#[derive(Clone, Copy)]
pub struct PreparedMarker;

/// One page in both encodings.
pub struct Prepared {
    /// The route pattern, for the metrics.
    route: String,
    /// The ETags of the plain and the gzip bytes: another encoding is another representation.
    etag: HeaderValue,
    etag_gzip: HeaderValue,
    plain: Bytes,
    gzip: Bytes,
}

impl Prepared {
    fn new(route: &str, html: String) -> Self {
        let digest: String = Sha256::digest(html.as_bytes())[..12].iter().map(|b| format!("{b:02x}")).collect();
        let tag = |suffix: &str| {
            HeaderValue::from_str(&format!("\"{digest}{suffix}\"")).unwrap_or(HeaderValue::from_static("\"\""))
        };
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        // Writing to a Vec cannot fail; should it, the plain page is served instead.
        let gzip = gz.write_all(html.as_bytes()).and_then(|_| gz.finish()).unwrap_or_default();
        Self {
            route: route.to_owned(),
            etag: tag(""),
            etag_gzip: tag("-gz"),
            plain: Bytes::from(html),
            gzip: Bytes::from(gzip),
        }
    }

    fn size(&self) -> usize {
        self.plain.len() + self.gzip.len() + 64
    }

    /// The answer to one request: 304 when the browser has this version, else the page in
    /// the best encoding the browser takes. The ETag says which encoding it names.
    pub fn response(&self, request: &HeaderMap) -> Response {
        let gzip = !self.gzip.is_empty() && accepts_gzip(request);
        let etag = if gzip { &self.etag_gzip } else { &self.etag };
        let fresh = request.get(header::IF_NONE_MATCH).and_then(|v| v.to_str().ok()).is_some_and(|v| {
            v.split(',').map(|t| t.trim().trim_start_matches("W/")).any(|t| t.as_bytes() == etag.as_bytes() || t == "*")
        });
        let mut res = if fresh {
            StatusCode::NOT_MODIFIED.into_response()
        } else {
            let mut res = Response::new(Body::from(if gzip { self.gzip.clone() } else { self.plain.clone() }));
            let h = res.headers_mut();
            h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
            if gzip {
                h.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
            }
            res
        };
        let h = res.headers_mut();
        h.insert(header::ETAG, etag.clone());
        // A browser keeps it but asks each time whether it is still current.
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
        h.insert(header::VARY, HeaderValue::from_static("accept-encoding, accept-language, cookie"));
        res.extensions_mut().insert(PreparedMarker);
        res
    }
}

fn lang_index(lang: Lang) -> usize {
    match lang {
        Lang::Nl => 0,
        Lang::En => 1,
    }
}

/// Whether the request's Accept-Encoding takes gzip (by name or `*`, with a q above 0).
fn accepts_gzip(headers: &HeaderMap) -> bool {
    headers.get_all(header::ACCEPT_ENCODING).iter().filter_map(|v| v.to_str().ok()).flat_map(|v| v.split(',')).any(
        |item| {
            let mut parts = item.split(';');
            let name = parts.next().unwrap_or_default().trim();
            let q = parts
                .filter_map(|p| p.trim().strip_prefix("q="))
                .find_map(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            (name.eq_ignore_ascii_case("gzip") || name == "*") && q > 0.0
        },
    )
}

/// The outermost layer: a GET of a page kept prepared is answered here, before the other
/// layers and the handler run (they cost more than the page itself). The answer is the
/// one the handler would give: the same bytes, the security headers, the view counted.
pub async fn fast_path(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let address = req.uri().path_and_query().map_or("/", |p| p.as_str());
    if req.method() == Method::GET && applies(address, req.headers(), state.config.session_cookie()) {
        let lang = crate::page::lang_of(req.headers());
        if let Some(page) = state.kennisbank.prepared(req.uri().path(), lang) {
            let start = std::time::Instant::now();
            let mut res = page.response(req.headers());
            crate::security::set_headers(&state, res.headers_mut());
            state.metrics.record("GET", &page.route, res.status().as_u16(), start.elapsed().as_secs_f64());
            return res;
        }
    }
    next.run(req).await
}

/// Whether a request for `address` (path and query) may be answered with a prepared page:
/// the address has no query and nobody is signed in (no session cookie at all, not even an
/// expired one).
pub fn applies(address: &str, headers: &HeaderMap, session_cookie: &str) -> bool {
    !address.contains('?') && crate::security::cookie(headers, session_cookie).is_none()
}

/// The prepared pages of one content version, by path and language.
#[derive(Default)]
pub struct PreparedPages {
    /// Path → the page in Dutch and in English (`Lang::index`): looked up by `&str`.
    pages: Mutex<HashMap<String, [Option<Arc<Prepared>>; 2]>>,
}

impl PreparedPages {
    /// The page for `ctx`'s path and language: from memory, or rendered now (without a
    /// form token) and kept.
    pub async fn respond<T, Fut>(
        &self,
        mut ctx: PageCtx,
        request: &HeaderMap,
        route: &MatchedPath,
        render: impl FnOnce(PageCtx) -> Fut,
    ) -> Result<Response, AppError>
    where
        T: Template,
        Fut: Future<Output = Result<T, AppError>>,
    {
        let kept = self.get(&ctx.path, ctx.lang);
        let key = (ctx.path.clone(), ctx.lang);
        let page = match kept {
            Some(page) => page,
            None => {
                ctx.csrf.clear();
                let html = render(ctx).await?.render().map_err(|e| {
                    tracing::error!(error = %e, "template failed");
                    AppError::Internal
                })?;
                let page = Arc::new(Prepared::new(route.as_str(), html));
                self.keep(key, page.clone());
                page
            }
        };
        Ok(page.response(request))
    }

    fn keep(&self, (path, lang): (String, Lang), page: Arc<Prepared>) {
        let Ok(mut pages) = self.pages.lock() else { return };
        let size = |both: &[Option<Arc<Prepared>>; 2]| both.iter().flatten().map(|p| p.size()).sum::<usize>();
        let mut total: usize = pages.values().map(size).sum::<usize>() + page.size();
        while total > BUDGET_BYTES {
            let Some(k) = pages.keys().next().cloned() else { break };
            total -= pages.remove(&k).as_ref().map(size).unwrap_or(0);
        }
        pages.entry(path).or_default()[lang_index(lang)] = Some(page);
    }

    pub fn get(&self, path: &str, lang: Lang) -> Option<Arc<Prepared>> {
        self.pages.lock().ok()?.get(path)?[lang_index(lang)].clone()
    }

    /// How many pages are kept, both languages counted (for tests).
    pub fn len(&self) -> usize {
        self.pages.lock().map(|p| p.values().flatten().flatten().count()).unwrap_or(0)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.append(*k, HeaderValue::from_str(v).unwrap());
        }
        h
    }

    #[test]
    fn gzip_only_when_taken() {
        assert!(accepts_gzip(&request(&[("accept-encoding", "gzip, deflate, br")])));
        assert!(accepts_gzip(&request(&[("accept-encoding", "br;q=1.0, *;q=0.5")])));
        assert!(!accepts_gzip(&request(&[("accept-encoding", "gzip;q=0, br")])));
        assert!(!accepts_gzip(&request(&[("accept-encoding", "identity")])));
        assert!(!accepts_gzip(&request(&[])));
    }

    #[test]
    fn etag_answers_304_for_its_own_encoding_only() {
        let page = Prepared::new("/p", "<p>hallo</p>".repeat(50));
        let plain = page.response(&request(&[]));
        assert_eq!(plain.status(), StatusCode::OK);
        let etag = plain.headers()[header::ETAG].to_str().unwrap().to_owned();
        assert!(plain.headers().get(header::CONTENT_ENCODING).is_none());
        assert_eq!(page.response(&request(&[("if-none-match", &etag)])).status(), StatusCode::NOT_MODIFIED);
        assert_eq!(
            page.response(&request(&[("if-none-match", &format!("W/{etag}"))])).status(),
            StatusCode::NOT_MODIFIED
        );
        // The gzip variant is another representation with its own tag.
        let gz = page.response(&request(&[("accept-encoding", "gzip"), ("if-none-match", &etag)]));
        assert_eq!(gz.status(), StatusCode::OK);
        assert_eq!(gz.headers()[header::CONTENT_ENCODING], "gzip");
        assert_ne!(gz.headers()[header::ETAG].to_str().unwrap(), etag);
        assert_eq!(page.response(&request(&[("if-none-match", "\"other\"")])).status(), StatusCode::OK);
    }
}
