//! Gesprekken: preparing, holding and recording the conversations with school, with the
//! parent's voice on the agenda. The rules are the domain's (`samenspoor_domain::gesprek`);
//! `ops` holds each change once for pages and API, `access` the door to one gesprek.

mod access;
mod api;
mod forms;
mod ops;
mod pages;

pub use access::GesprekAccess;

use axum::routing::{get, post};

pub fn router() -> crate::routes::Routes {
    crate::routes::Routes::new()
        .route("/gesprekken", get(pages::mine))
        .route("/trajecten/{id}/gesprekken", get(pages::list).post(pages::plan))
        .route("/trajecten/{id}/gesprekken/{gid}", get(pages::show).post(pages::change))
        .route("/trajecten/{id}/gesprekken/{gid}/afzeggen", post(pages::cancel))
        .route("/trajecten/{id}/gesprekken/{gid}/vervolg", post(pages::follow_up))
        .route("/trajecten/{id}/gesprekken/{gid}/agenda", post(pages::add_point))
        .route("/trajecten/{id}/gesprekken/{gid}/agenda/{pid}/weg", post(pages::remove_point))
        .route("/trajecten/{id}/gesprekken/{gid}/agenda/{pid}/verplaatsen", post(pages::move_point))
        .route("/trajecten/{id}/gesprekken/{gid}/begeleider", post(pages::bring))
        .route("/trajecten/{id}/gesprekken/{gid}/verslag", post(pages::report))
        .route("/trajecten/{id}/gesprekken/{gid}/reactie", post(pages::respond))
        .route("/trajecten/{id}/gesprekken/{gid}/voorbereiding", get(pages::prepare).post(pages::save_preparation))
        .route("/trajecten/{id}/gesprekken/{gid}/voorbereiding/afdruk", get(pages::prepare_print))
        .route("/trajecten/{id}/gesprekken/{gid}/agenda.ics", get(pages::calendar))
}

pub fn api_router() -> crate::routes::Routes {
    use utoipa::OpenApi;
    crate::routes::Routes::new()
        .route("/trajecten/{id}/gesprekken", get(api::list).post(api::plan))
        .route("/trajecten/{id}/gesprekken/{gid}", get(api::gesprek))
        .route("/trajecten/{id}/gesprekken/{gid}/cancel", post(api::cancel))
        .route("/trajecten/{id}/gesprekken/{gid}/agenda", post(api::add_point))
        .route("/trajecten/{id}/gesprekken/{gid}/agenda/{pid}/remove", post(api::remove_point))
        .route("/trajecten/{id}/gesprekken/{gid}/companions", post(api::bring))
        .route("/trajecten/{id}/gesprekken/{gid}/preparation", get(api::preparation).post(api::prepare))
        .route("/trajecten/{id}/gesprekken/{gid}/report", post(api::report))
        .route("/trajecten/{id}/gesprekken/{gid}/responses", post(api::respond))
        .documented(api::GesprekApi::openapi())
}
