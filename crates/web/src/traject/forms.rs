//! Forms read by more than one handler.

use serde::Deserialize;

#[derive(Deserialize)]
pub(super) struct Empty {}

/// What a parent fills in to give consent: the page's form and the API's body alike.
#[derive(Deserialize, utoipa::ToSchema)]
pub struct ConsentInput {
    /// involve_swv, involve_education_consultant, involve_expert or share_document.
    pub kind: String,
    /// The expert's e-mail address, or which document with whom; empty otherwise.
    #[serde(default)]
    pub subject: String,
    /// What for, in a few words.
    pub purpose: String,
    /// Last day it holds (YYYY-MM-DD); empty for no end.
    #[serde(default)]
    pub valid_until: String,
}
