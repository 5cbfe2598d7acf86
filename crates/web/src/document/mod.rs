//! Documents in the shared file: the groeidocument with the parents' part and the child's
//! voice, the OPP with its perspective and action parts, the handelingsplan and the
//! arrangement. Every save is a new version; the parents' agreement, the talk with them,
//! the pupil's view and evaluations are recorded beside the versions. The rules are the
//! domain's (`samenspoor_domain::document`); these handlers parse, ask, store and render.

mod access;
mod api;
mod forms;
mod pages;

pub use access::DocumentAccess;

use axum::routing::{get, post};

pub fn router() -> crate::routes::Routes {
    crate::routes::Routes::new()
        .route("/trajecten/{id}/documenten", get(pages::list).post(pages::create))
        .route("/trajecten/{id}/documenten/{doc}", get(pages::show).post(pages::save))
        .route("/trajecten/{id}/documenten/{doc}/bewerken", get(pages::edit))
        .route("/trajecten/{id}/documenten/{doc}/vastleggen", post(pages::record))
        .route("/trajecten/{id}/documenten/{doc}/delen", post(pages::share))
        .route("/trajecten/{id}/documenten/{doc}/versies", get(pages::versions))
        .route("/trajecten/{id}/documenten/{doc}/afdruk", get(pages::print))
}

pub fn api_router() -> crate::routes::Routes {
    use utoipa::OpenApi;
    crate::routes::Routes::new()
        .route("/trajecten/{id}/documents", get(api::documents).post(api::create_document))
        .route("/trajecten/{id}/documents/{doc}", get(api::document))
        .route("/trajecten/{id}/documents/{doc}/versions", post(api::save_version))
        .route("/trajecten/{id}/documents/{doc}/versions/{n}", get(api::document_version))
        .route("/trajecten/{id}/documents/{doc}/records", post(api::add_record))
        .documented(api::DocumentApi::openapi())
}

pub fn doc_path(traject: samenspoor_domain::TrajectId, doc: samenspoor_domain::DocumentId) -> String {
    format!("/trajecten/{traject}/documenten/{doc}")
}
