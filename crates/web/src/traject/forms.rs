//! Forms read by more than one handler.

use chrono::Utc;
use samenspoor_domain::TrajectId;
use samenspoor_domain::traject::consent::{ConsentProblem, parse_consent};
use samenspoor_store::NewConsent;
use serde::Deserialize;

#[derive(Deserialize)]
pub(super) struct Empty {}

/// What a parent fills in to give consent: the page's form and the API's body alike.
#[derive(Deserialize, utoipa::ToSchema)]
pub struct ConsentInput {
    /// involve_swv, involve_education_consultant, involve_expert or share_document.
    #[schema(schema_with = crate::request_schema::consent_kind)]
    pub kind: String,
    /// The expert's e-mail address, or which document with whom; empty otherwise.
    #[serde(default)]
    pub subject: String,
    /// What for, in a few words.
    #[schema(schema_with = crate::request_schema::consent_purpose)]
    pub purpose: String,
    /// Last day it holds (YYYY-MM-DD); empty for no end.
    #[serde(default)]
    #[schema(schema_with = crate::request_schema::day_or_empty)]
    pub valid_until: String,
}

impl ConsentInput {
    /// The consent record this input asks for (the domain's rule), or the message ids of
    /// what is wrong with it.
    pub(super) fn checked(&self, traject_id: TrajectId) -> Result<NewConsent, Vec<&'static str>> {
        let today = Utc::now().date_naive();
        let c = parse_consent(&self.kind, &self.subject, &self.purpose, &self.valid_until, today)
            .map_err(|problems| problems.into_iter().map(ConsentProblem::key).collect::<Vec<_>>())?;
        Ok(NewConsent { traject_id, kind: c.kind, subject: c.subject, purpose: c.purpose, valid_until: c.valid_until })
    }
}
