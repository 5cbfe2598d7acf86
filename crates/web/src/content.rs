//! The shipped content (`content/` in the repository), compiled into the binary.

use samenspoor_domain::hulpwijzer::{HelpOrganisation, parse_directory};
use samenspoor_domain::kennisbank::source::ContentSet;
use samenspoor_domain::kennisbank::synonyms::{self, Group};
use std::collections::BTreeSet;
use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/content_files.rs"));

fn file(path: &str) -> &'static str {
    FILES.iter().find(|(p, _)| *p == path).map(|(_, t)| *t).unwrap_or_default()
}

/// The directory of help. Checked by the test suite, so a parse error is a build defect.
pub fn directory() -> &'static [HelpOrganisation] {
    static DIRECTORY: OnceLock<Vec<HelpOrganisation>> = OnceLock::new();
    DIRECTORY.get_or_init(|| {
        parse_directory(file("hulpwijzer/organisations.toml")).unwrap_or_else(|e| {
            tracing::error!(error = %e, "the shipped directory does not parse");
            vec![]
        })
    })
}

/// The shipped rules of the wizard (TOML), imported as the first rule version.
pub fn rules_text() -> &'static str {
    file("hulpwijzer/rules.toml")
}

pub fn organisation_ids() -> BTreeSet<String> {
    directory().iter().map(|o| o.id.clone()).collect()
}

/// The shipped knowledge base with every problem in it; an empty list means it may be imported.
pub fn kennisbank() -> Result<ContentSet, Vec<String>> {
    let files = FILES.iter().filter_map(|(p, t)| p.strip_prefix("kennisbank/").map(|p| (p, *t)));
    let set = ContentSet::parse(files)?;
    let problems = set.problems(&organisation_ids());
    if problems.is_empty() { Ok(set) } else { Err(problems) }
}

#[derive(serde::Deserialize)]
struct SynonymFile {
    groepen: Vec<String>,
}

/// The shipped synonym groups of the search (`kennisbank/synoniemen.toml`).
pub fn synonyms() -> Result<Vec<Group>, String> {
    let file: SynonymFile =
        toml::from_str(file("kennisbank/synoniemen.toml")).map_err(|e| format!("synoniemen.toml: {e}"))?;
    synonyms::parse(&file.groepen.join("\n")).map_err(|e| format!("synoniemen.toml: {}", e.key))
}

/// The shipped synonyms, parsed once; checked by the test suite.
pub fn shipped_synonyms() -> &'static [Group] {
    static SYNONYMS: OnceLock<Vec<Group>> = OnceLock::new();
    SYNONYMS.get_or_init(|| {
        synonyms().unwrap_or_else(|e| {
            tracing::error!(error = %e, "the shipped synonyms do not parse");
            vec![]
        })
    })
}
