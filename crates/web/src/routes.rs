//! A router that remembers its paths, so the tests can find every route of the app (the
//! permission matrix, the OpenAPI check) from the routers themselves, wherever they live.
//! An area's API router also carries its part of the OpenAPI document, so that document
//! is assembled from the same list of routers as the app.

use crate::AppState;
use axum::Router;
use axum::routing::MethodRouter;
use utoipa::openapi::OpenApi;

#[derive(Default)]
pub struct Routes {
    router: Router<AppState>,
    paths: Vec<&'static str>,
    openapi: OpenApi,
}

impl Routes {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn route(mut self, path: &'static str, handler: MethodRouter<AppState>) -> Self {
        self.paths.push(path);
        self.router = self.router.route(path, handler);
        self
    }

    /// Adds the routes of a part of the same area (its editors' pages, say).
    pub fn merge(mut self, other: Routes) -> Self {
        self.paths.extend(other.paths);
        self.router = self.router.merge(other.router);
        self.openapi.merge(other.openapi);
        self
    }

    /// Adds the OpenAPI paths and schemas that document these routes.
    pub fn documented(mut self, doc: OpenApi) -> Self {
        self.openapi.merge(doc);
        self
    }

    pub fn paths(&self) -> &[&'static str] {
        &self.paths
    }

    pub fn into_openapi(self) -> OpenApi {
        self.openapi
    }
}

impl From<Routes> for Router<AppState> {
    fn from(r: Routes) -> Self {
        r.router
    }
}
