//! The directory of help as stored: each entry with the date an admin last checked it,
//! and the wizard's rules, every saved version kept.

use chrono::{DateTime, NaiveDate, Utc};
use samenspoor_domain::UserId;
use serde::Serialize;
use uuid::Uuid;

pub use samenspoor_domain::hulpwijzer::HelpOrganisation;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DirectoryEntry {
    pub organisation: HelpOrganisation,
    /// When an admin last checked the entry's facts; None: not yet checked here.
    pub verified_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RuleVersion {
    pub id: Uuid,
    pub number: i32,
    pub text: String,
    pub author: Option<UserId>,
    pub created_at: DateTime<Utc>,
}
