//! The directory of help: who parents can turn to, in escalation order. The shipped list
//! is `content/hulpwijzer/organisations.toml`; contact facts are only filled in where they
//! are certain, otherwise `how` says where to look them up.

pub mod hsds;
pub mod rules;

use crate::Lang;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct OrganisationText {
    pub summary: String,
    pub what: String,
    pub when: String,
    pub when_not: String,
    pub cost: String,
    pub bring: String,
    pub how: String,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct HelpOrganisation {
    pub id: String,
    /// 1 own school, 2 samenwerkingsverband, 3 independent information and advice,
    /// 4 independent helpers and mediators, 5 formal routes.
    pub level: u8,
    pub kind: String,
    pub name: String,
    #[serde(default)]
    pub website: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub email: String,
    #[serde(default = "yes")]
    pub direct_contact: bool,
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub area: String,
    #[serde(default)]
    pub article: Option<String>,
    /// The day the shipped facts were last checked (HSDS `assured_date`); an installation
    /// starts its own check date from it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assured_date: Option<chrono::NaiveDate>,
    pub nl: OrganisationText,
    pub en: OrganisationText,
}

fn yes() -> bool {
    true
}

impl HelpOrganisation {
    pub fn text(&self, lang: Lang) -> &OrganisationText {
        match lang {
            Lang::Nl => &self.nl,
            Lang::En => &self.en,
        }
    }
}

#[derive(Deserialize)]
struct File {
    organisation: Vec<HelpOrganisation>,
}

impl HelpOrganisation {
    /// What must hold for an entry to be shown; each problem names the field.
    pub fn problems(&self) -> Vec<String> {
        let mut out = vec![];
        if !crate::kennisbank::is_slug(&self.id) {
            out.push("id: must be lower-case letters, digits and hyphens".to_owned());
        }
        if !(1..=5).contains(&self.level) {
            out.push("level: must be 1 to 5".to_owned());
        }
        if self.name.trim().is_empty() {
            out.push("name: is empty".to_owned());
        }
        if !self.website.is_empty() && !self.website.starts_with("https://") && !self.website.starts_with("http://") {
            out.push("website: must start with https://".to_owned());
        }
        if !self.email.is_empty() && crate::Email::parse(&self.email).is_err() {
            out.push("email: is not an e-mail address".to_owned());
        }
        for (lang, t) in [("nl", &self.nl), ("en", &self.en)] {
            if t.summary.trim().is_empty() || t.what.trim().is_empty() {
                out.push(format!("{lang}.summary/{lang}.what: is empty"));
            }
        }
        out
    }
}

/// Parses the directory file; the list keeps escalation order (level, then file order).
pub fn parse_directory(text: &str) -> Result<Vec<HelpOrganisation>, String> {
    let mut list = toml::from_str::<File>(text).map_err(|e| format!("organisations.toml: {e}"))?.organisation;
    for o in &list {
        if !crate::kennisbank::is_slug(&o.id) || !(1..=5).contains(&o.level) {
            return Err(format!("organisations.toml: {}: id must be a slug and level 1 to 5", o.id));
        }
    }
    list.sort_by_key(|o| o.level);
    Ok(list)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_orders_by_level() {
        let t = |id: &str, level: u8| {
            format!(
                "[[organisation]]\nid = \"{id}\"\nlevel = {level}\nkind = \"national\"\nname = \"{id}\"\n\
                 [organisation.nl]\nsummary = \"s\"\nwhat = \"w\"\nwhen = \"w\"\nwhen_not = \"w\"\ncost = \"c\"\nbring = \"b\"\nhow = \"h\"\n\
                 [organisation.en]\nsummary = \"s\"\nwhat = \"w\"\nwhen = \"w\"\nwhen_not = \"w\"\ncost = \"c\"\nbring = \"b\"\nhow = \"h\"\n"
            )
        };
        let list = parse_directory(&format!("{}{}", t("b", 3), t("a", 1))).unwrap();
        assert_eq!(list.iter().map(|o| o.id.as_str()).collect::<Vec<_>>(), vec!["a", "b"]);
        assert!(list[0].direct_contact && list[0].website.is_empty());
        assert!(parse_directory(&t("b", 9)).is_err());
        assert!(parse_directory("[[organisation]]\nid = 1").is_err());
    }
}
