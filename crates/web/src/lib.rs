//! The web layer: one module per area, each with its own `router()`. Handlers stay thin:
//! parse the form into a domain type, check permission, call one store method, render.

pub mod about;
pub mod account;
pub mod admin;
pub mod api;
pub mod assets;
pub mod auth;
pub mod calendar;
pub mod config;
pub mod content;
pub mod deadlines;
pub mod document;
pub mod error;
pub mod fields;
pub mod form_errors;
pub mod gesprek;
pub mod hulpwijzer;
pub mod i18n;
pub mod kennisbank;
pub mod mail;
pub mod ops;
pub mod page;
pub mod prepared;
pub mod request_schema;
pub mod routes;
pub mod security;
pub mod traject;

use axum::Router;
use axum::middleware::from_fn_with_state;
use samenspoor_store::Store;
use std::sync::Arc;
use std::time::Duration;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

pub use config::{SmtpConfig, SmtpTls, WebConfig};
pub use mail::{CalendarPart, LogMailer, Mail, Mailer, SmtpMailer};

/// What every handler can reach. One `Arc`, because every middleware layer and handler
/// clones it on every request: one reference count to move instead of one per field (the
/// shared counters bounced between the cores and cost more than rendering a page).
#[derive(Clone)]
pub struct AppState(Arc<Shared>);

impl std::ops::Deref for AppState {
    type Target = Shared;
    fn deref(&self) -> &Shared {
        &self.0
    }
}

/// The parts of `AppState`.
pub struct Shared {
    pub store: Arc<dyn Store>,
    pub config: Arc<WebConfig>,
    pub mailer: Arc<dyn Mailer>,
    pub i18n: Arc<i18n::I18n>,
    pub metrics: Arc<ops::Metrics>,
    pub kennisbank: Arc<kennisbank::Kennisbank>,
    pub brand: Arc<assets::Brand>,
    pub directory: Arc<hulpwijzer::DirectoryCache>,
    /// The key that binds CSRF tokens to a session (HMAC-SHA256).
    pub csrf_key: Arc<[u8; 32]>,
    /// Open while the database is away (see `ops::Breaker`).
    pub breaker: ops::Breaker,
}

impl AppState {
    /// Fails with a clear message when the brand settings are not usable.
    pub fn new(store: Arc<dyn Store>, config: WebConfig, mailer: Arc<dyn Mailer>) -> Result<Self, String> {
        config.validate()?;
        let brand = assets::Brand::load(&config)?;
        let csrf_key = Arc::new(security::csrf_key(config.secret_key.as_deref()));
        Ok(Self(Arc::new(Shared {
            store,
            config: Arc::new(config),
            mailer,
            i18n: Arc::new(i18n::I18n::load()),
            metrics: Arc::new(ops::Metrics::default()),
            kennisbank: Arc::new(kennisbank::Kennisbank::default()),
            brand: Arc::new(brand),
            directory: Arc::new(hulpwijzer::DirectoryCache::default()),
            csrf_key,
            breaker: ops::Breaker::default(),
        })))
    }
}

/// Every area's pages. `app` and `route_paths` both take the routers from here.
fn page_routers() -> [routes::Routes; 13] {
    [
        about::router(),
        account::router(),
        admin::router(),
        auth::router(),
        kennisbank::router(),
        hulpwijzer::router(),
        traject::router(),
        document::router(),
        gesprek::router(),
        deadlines::router(),
        admin::directory_router(),
        ops::router(),
        assets::router(),
    ]
}

/// Every area's API, served under /api/v1; each router carries its part of the OpenAPI
/// document (see `api::ApiDoc`).
pub(crate) fn api_routers() -> [routes::Routes; 7] {
    [
        api::router(),
        kennisbank::api_router(),
        hulpwijzer::api_router(),
        traject::api_router(),
        document::api_router(),
        gesprek::api_router(),
        deadlines::api_router(),
    ]
}

/// Every path the app answers, API paths with their /api/v1 prefix: for the tests that
/// check each route has a permission entry and each API route is documented.
pub fn route_paths() -> Vec<String> {
    let mut paths: Vec<String> = page_routers().iter().flat_map(|r| r.paths()).map(|p| p.to_string()).collect();
    paths.extend(api_routers().iter().flat_map(|r| r.paths()).map(|p| format!("/api/v1{p}")));
    paths
}

/// The whole application. Layers run outside-in: metrics and tracing see every request,
/// error pages are rendered after a panic was caught (and for a refused cross-site POST),
/// security headers go on everything. A public page kept prepared is answered before all
/// of them (`prepared::fast_path`).
pub fn app(state: AppState) -> Router {
    let pages = page_routers().into_iter().fold(Router::new(), |app, r| app.merge(Router::from(r)));
    let api = api_routers().into_iter().fold(Router::new(), |api, r| api.merge(Router::from(r)));
    let app = pages
        .nest("/api/v1", api)
        .fallback(error::not_found)
        .layer(from_fn_with_state(state.clone(), ops::breaker))
        .layer(CatchPanicLayer::new())
        .layer(from_fn_with_state(state.clone(), traject::audit_refusals))
        .layer(from_fn_with_state(state.clone(), security::csrf))
        .layer(axum::middleware::from_fn(security::replace_nul))
        .layer(from_fn_with_state(state.clone(), error::render_error_pages))
        .layer(from_fn_with_state(state.clone(), security::headers))
        .layer(RequestBodyLimitLayer::new(256 * 1024))
        .layer(TimeoutLayer::with_status_code(axum::http::StatusCode::SERVICE_UNAVAILABLE, Duration::from_secs(30)))
        .layer(CompressionLayer::new())
        .layer(from_fn_with_state(state.clone(), ops::track))
        .layer(TraceLayer::new_for_http())
        .with_state(state.clone());
    // Around the whole router, not each route: a page answered here costs no routing and
    // clones none of the route's layers.
    Router::new().fallback_service(app).layer(from_fn_with_state(state, prepared::fast_path))
}
