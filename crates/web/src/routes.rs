//! A router that remembers its paths, so the tests can find every route of the app (the
//! permission matrix, the OpenAPI check) from the routers themselves, wherever they live.

use crate::AppState;
use axum::Router;
use axum::routing::MethodRouter;

#[derive(Default)]
pub struct Routes {
    router: Router<AppState>,
    paths: Vec<&'static str>,
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

    pub fn paths(&self) -> &[&'static str] {
        &self.paths
    }
}

impl From<Routes> for Router<AppState> {
    fn from(r: Routes) -> Self {
        r.router
    }
}
