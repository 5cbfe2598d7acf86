//! Organisations users belong to: schools and samenwerkingsverbanden, and the
//! parent-support organisations that may run an installation.

use crate::InvalidInput;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrganisationKind {
    Swv,
    School,
    SupportOrganisation,
}

impl OrganisationKind {
    pub const ALL: [OrganisationKind; 3] = [Self::Swv, Self::School, Self::SupportOrganisation];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Swv => "swv",
            Self::School => "school",
            Self::SupportOrganisation => "support_organisation",
        }
    }

    pub fn parse(s: &str) -> Result<Self, InvalidInput> {
        Self::ALL
            .into_iter()
            .find(|k| k.as_str() == s.trim())
            .ok_or(InvalidInput::new("error-organisation-kind-invalid"))
    }

    pub fn label_key(self) -> String {
        format!("organisation-kind-{}", self.as_str().replace('_', "-"))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct OrganisationName(String);

impl OrganisationName {
    pub fn parse(input: &str) -> Result<Self, InvalidInput> {
        let s = input.trim();
        if s.is_empty() {
            return Err(InvalidInput::new("error-organisation-name-empty"));
        }
        if s.chars().count() > 200 || s.chars().any(char::is_control) {
            return Err(InvalidInput::new("error-organisation-name-invalid"));
        }
        Ok(Self(s.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_round_trip_and_names_are_checked() {
        for k in OrganisationKind::ALL {
            assert_eq!(OrganisationKind::parse(k.as_str()), Ok(k));
        }
        assert!(OrganisationKind::parse("club").is_err());
        assert!(OrganisationName::parse(" ").is_err());
        assert!(OrganisationName::parse(&"x".repeat(201)).is_err());
        assert_eq!(OrganisationName::parse(" De Brug ").unwrap().as_str(), "De Brug");
    }
}
