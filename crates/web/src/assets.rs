//! Static files, compiled into the binary: no request ever goes to another host. The
//! installation's own colour and logo come from the configuration, checked at start.

use crate::AppState;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;

const STYLE: &str = include_str!("../static/style.css");
const PRINT_JS: &str = include_str!("../static/print.js");
const SITE_JS: &str = include_str!("../static/site.js");

pub fn router() -> crate::routes::Routes {
    crate::routes::Routes::new()
        .route("/static/style.css", get(style))
        .route("/static/print.js", get(|| script(PRINT_JS)))
        .route("/static/site.js", get(|| script(SITE_JS)))
        .route("/static/brand.css", get(brand))
        .route("/static/logo", get(logo))
}

async fn style() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=3600")], STYLE)
}

async fn script(body: &'static str) -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/javascript; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=3600")], body)
}

/// The installation's brand: its colour (as CSS) and logo, read once at start.
#[derive(Default)]
pub struct Brand {
    pub css: String,
    pub logo: Option<(Vec<u8>, &'static str)>,
}

impl Brand {
    pub fn load(config: &crate::WebConfig) -> Result<Self, String> {
        let css = match config.brand_color()? {
            Some((r, g, b)) => {
                let dark = |v: u8| (f64::from(v) * 0.7) as u8;
                format!(
                    ":root {{ --ss-color-primary: #{r:02x}{g:02x}{b:02x}; --ss-color-primary-dark: #{:02x}{:02x}{:02x}; }}\n",
                    dark(r),
                    dark(g),
                    dark(b)
                )
            }
            None => String::new(),
        };
        let logo = match &config.logo {
            None => None,
            Some(path) => {
                let kind = match path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
                    Some("png") => "image/png",
                    Some("svg") => "image/svg+xml",
                    _ => return Err(format!("web.logo {}: use a .png or .svg file", path.display())),
                };
                let bytes = std::fs::read(path).map_err(|e| format!("web.logo {}: {e}", path.display()))?;
                Some((bytes, kind))
            }
        };
        Ok(Self { css, logo })
    }
}

async fn brand(State(state): State<AppState>) -> Response {
    (
        [(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=3600")],
        state.brand.css.clone(),
    )
        .into_response()
}

async fn logo(State(state): State<AppState>) -> Result<Response, crate::error::AppError> {
    let (bytes, kind) = state.brand.logo.clone().ok_or(crate::error::AppError::NotFound)?;
    // An SVG is served as an image only, never as a document that could run script.
    Ok(([(header::CONTENT_TYPE, kind), (header::CACHE_CONTROL, "public, max-age=3600")], bytes).into_response())
}
