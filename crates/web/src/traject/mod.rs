//! Traject: the shared file of one child's support route. Access comes only from being a
//! participant (and, for people from outside the school, from the parents' consent); what
//! each role may do is the domain's permission table. Every read and write is audited, and
//! someone who tries another family's file gets a 404 and leaves an audit entry.

use crate::routes::Routes;
use axum::routing::{get, post};
use samenspoor_domain::TrajectId;
use samenspoor_store::{AuditContext, User};

mod access;
mod access_log;
mod api;
mod closing;
mod consent;
mod export;
mod file;
mod forms;
mod invitation;
mod notes;
mod pages;
mod participants;
mod refusals;
mod steps;
mod views;

pub use access::{FileAccess, Shown, participation};
pub use file::TIMELINE_FILTERS;
pub use pages::{Visible, my_files, visible_files};
pub use refusals::audit_refusals;
pub use steps::move_file;
pub use views::describe_event;

pub fn router() -> Routes {
    Routes::new()
        .route("/trajecten", get(pages::list))
        .route("/trajecten/nieuw", get(pages::new_page).post(pages::create))
        .route("/trajecten/rechten", get(pages::rights))
        .route("/trajecten/{id}", get(file::file_page))
        .route("/trajecten/{id}/stap", post(steps::move_step))
        .route("/trajecten/{id}/afsluiten", get(closing::close_page).post(closing::close))
        .route("/trajecten/{id}/afsluiten/nee", post(closing::decline))
        .route("/trajecten/{id}/checklist", post(steps::tick))
        .route("/trajecten/{id}/notities", post(notes::add_note))
        .route("/trajecten/{id}/deelnemers", get(participants::participants_page).post(participants::invite))
        .route(
            "/trajecten/{id}/deelnemers/{pid}/intrekken",
            get(participants::confirm_withdraw).post(participants::withdraw),
        )
        .route("/trajecten/{id}/toestemming", get(consent::consent_page).post(consent::give_consent))
        .route(
            "/trajecten/{id}/toestemming/{cid}/intrekken",
            get(consent::confirm_revoke).post(consent::revoke_consent),
        )
        .route("/trajecten/{id}/inzage", get(access_log::access_log))
        .route("/trajecten/{id}/export.json", get(export::export_json))
        .route("/trajecten/{id}/afdruk", get(export::print_page))
        .route("/uitnodiging/{token}", get(invitation::invitation_page).post(invitation::accept_invitation))
}

pub fn api_router() -> Routes {
    use utoipa::OpenApi;
    Routes::new()
        .route("/trajecten", get(api::trajecten))
        .route("/trajecten/{id}", get(api::traject_file))
        .route("/trajecten/{id}/notes", post(api::add_traject_note))
        .route("/trajecten/{id}/transitions", post(api::move_traject))
        .route("/trajecten/{id}/checklist", post(api::tick))
        .route("/trajecten/{id}/invitations", post(api::invite))
        .route("/trajecten/{id}/participants/{pid}/withdraw", post(api::withdraw))
        .route("/trajecten/{id}/consents", post(api::give_consent))
        .route("/trajecten/{id}/consents/{cid}/revoke", post(api::revoke_consent))
        .documented(api::TrajectApi::openapi())
}

fn ctx_of(user: &User, ip: &str) -> AuditContext {
    AuditContext { actor: Some(user.id), ip: Some(ip.to_owned()) }
}

fn file_path(id: TrajectId) -> String {
    format!("/trajecten/{id}")
}
