//! Links inside article bodies. We write `[tekst](artikel:ID)`, `[OPP](begrip:opp)`,
//! `[naam](organisatie:ID)` and `[hulpwijzer](hulpwijzer:)`; this module finds them, checks
//! them against what exists, and says where each one goes.

use std::collections::BTreeSet;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Article(String),
    Term(String),
    Organisation(String),
    Hulpwijzer,
    /// Anything else: not allowed in our content.
    Other(String),
}

impl Target {
    pub fn parse(dest: &str) -> Target {
        if let Some(id) = dest.strip_prefix("artikel:") {
            Target::Article(id.to_owned())
        } else if let Some(id) = dest.strip_prefix("begrip:") {
            Target::Term(id.to_owned())
        } else if let Some(id) = dest.strip_prefix("organisatie:") {
            Target::Organisation(id.to_owned())
        } else if dest.starts_with("hulpwijzer:") {
            Target::Hulpwijzer
        } else {
            Target::Other(dest.to_owned())
        }
    }

    /// The path on this site, or None for a link we do not allow.
    pub fn href(&self) -> Option<String> {
        Some(match self {
            Target::Article(id) => format!("/kennisbank/artikel/{id}"),
            Target::Term(id) => format!("/kennisbank/begrippen#{id}"),
            Target::Organisation(id) => format!("/hulpwijzer/organisaties/{id}"),
            Target::Hulpwijzer => "/hulpwijzer".to_owned(),
            Target::Other(_) => return None,
        })
    }
}

/// The destinations of all Markdown links `](...)` in `body`.
pub fn destinations(body: &str) -> Vec<String> {
    body.split("](").skip(1).filter_map(|rest| rest.split_once(')').map(|(dest, _)| dest.trim().to_owned())).collect()
}

pub struct Known<'a> {
    pub articles: &'a BTreeSet<String>,
    pub terms: &'a BTreeSet<String>,
    pub organisations: &'a BTreeSet<String>,
}

impl Known<'_> {
    /// Each link or related id that does not resolve, in plain words.
    pub fn problems(&self, body: &str, related: &[String]) -> Vec<String> {
        let mut out = vec![];
        for dest in destinations(body) {
            match Target::parse(&dest) {
                Target::Article(id) if !self.articles.contains(&id) => {
                    out.push(format!("link to unknown article {id:?}"))
                }
                Target::Term(id) if !self.terms.contains(&id) => out.push(format!("link to unknown term {id:?}")),
                Target::Organisation(id) if !self.organisations.contains(&id) => {
                    out.push(format!("link to unknown organisation {id:?}"))
                }
                Target::Other(d) => {
                    out.push(format!("link {d:?} is not one of artikel:, begrip:, organisatie:, hulpwijzer:"))
                }
                _ => {}
            }
        }
        for r in related {
            if !self.articles.contains(r) {
                out.push(format!("related article {r:?} does not exist"));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_and_paths() {
        assert_eq!(
            destinations("a [b](artikel:x) c [d](begrip:y) [e]( hulpwijzer: )"),
            vec!["artikel:x", "begrip:y", "hulpwijzer:"]
        );
        assert_eq!(Target::parse("artikel:x").href().unwrap(), "/kennisbank/artikel/x");
        assert_eq!(Target::parse("begrip:opp").href().unwrap(), "/kennisbank/begrippen#opp");
        assert_eq!(Target::parse("organisatie:ziezon").href().unwrap(), "/hulpwijzer/organisaties/ziezon");
        assert_eq!(Target::parse("hulpwijzer:").href().unwrap(), "/hulpwijzer");
        assert_eq!(Target::parse("https://x.example").href(), None);
    }
}
