//! Two versions side by side, word by word: what was taken out and what was added, per
//! section and for the goals.

use super::{Content, DocumentKind};
use serde::Serialize;
use similar::{ChangeTag, TextDiff};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    Same,
    Removed,
    Added,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Part {
    pub change: Change,
    pub text: String,
}

/// One part of the document compared: the older text's words with the removed ones marked,
/// and the newer text's words with the added ones marked.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Compared {
    pub label_key: String,
    pub old: Vec<Part>,
    pub new: Vec<Part>,
    pub changed: bool,
}

fn goals_text(c: &Content) -> String {
    c.goals
        .iter()
        .map(|g| {
            let parts = [g.goal.as_str(), g.support.as_str(), g.given_by.as_str(), g.how_often.as_str()];
            format!("{}. {}", g.number, parts.iter().filter(|p| !p.is_empty()).copied().collect::<Vec<_>>().join(" · "))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn words(label_key: String, old: &str, new: &str) -> Compared {
    let diff = TextDiff::from_words(old, new);
    let (mut o, mut n) = (vec![], vec![]);
    for change in diff.iter_all_changes() {
        let text = change.value().to_owned();
        match change.tag() {
            ChangeTag::Equal => {
                o.push(Part { change: Change::Same, text: text.clone() });
                n.push(Part { change: Change::Same, text });
            }
            ChangeTag::Delete => o.push(Part { change: Change::Removed, text }),
            ChangeTag::Insert => n.push(Part { change: Change::Added, text }),
        }
    }
    Compared { label_key, old: merge(o), new: merge(n), changed: old != new }
}

/// Runs of the same kind become one part, so the page marks phrases, not single words.
fn merge(parts: Vec<Part>) -> Vec<Part> {
    let mut out: Vec<Part> = Vec::with_capacity(parts.len());
    for p in parts {
        match out.last_mut() {
            Some(last) if last.change == p.change => last.text.push_str(&p.text),
            _ => out.push(p),
        }
    }
    out
}

pub fn compare(kind: DocumentKind, old: &Content, new: &Content) -> Vec<Compared> {
    let mut out: Vec<Compared> =
        kind.sections().iter().map(|k| words(k.label_key(), old.text(*k), new.text(*k))).collect();
    if kind.has_goals() {
        out.push(words("doc-goals".into(), &goals_text(old), &goals_text(new)));
    }
    if kind == DocumentKind::Opp {
        let day = |c: &Content| c.enrolled_on.map(crate::time::show_day).unwrap_or_default();
        out.push(words("doc-enrolled-on".into(), &day(old), &day(new)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::UserId;
    use crate::document::content::{Author, next_content};
    use crate::document::{Draft, SectionKey};
    use crate::traject::ParticipantRole;
    use chrono::Utc;

    #[test]
    fn changed_words_are_marked_on_each_side() {
        let a = Author { id: UserId::new(), name: "IB".into(), role: ParticipantRole::Coordinator };
        let d = |t: &str| Draft { sections: vec![(SectionKey::Needs, t.into())], ..Default::default() };
        let v1 = next_content(
            DocumentKind::Groeidocument,
            &Content::default(),
            &d("Hij heeft rust nodig in de klas."),
            &a,
            Utc::now(),
        )
        .unwrap();
        let v2 = next_content(
            DocumentKind::Groeidocument,
            &v1,
            &d("Hij heeft een vaste plek nodig in de klas."),
            &a,
            Utc::now(),
        )
        .unwrap();
        let cmp = compare(DocumentKind::Groeidocument, &v1, &v2);
        let needs = cmp.iter().find(|c| c.label_key == "doc-section-needs").unwrap();
        assert!(needs.changed);
        let marked = |parts: &[Part], change| {
            parts.iter().filter(|p| p.change == change).map(|p| p.text.trim().to_owned()).collect::<Vec<_>>()
        };
        assert_eq!(marked(&needs.old, Change::Removed), vec!["rust"]);
        assert_eq!(marked(&needs.new, Change::Added), vec!["een vaste plek"]);
        let text = |parts: &[Part]| parts.iter().map(|p| p.text.as_str()).collect::<String>();
        assert_eq!(text(&needs.old), "Hij heeft rust nodig in de klas.");
        assert_eq!(text(&needs.new), "Hij heeft een vaste plek nodig in de klas.");
        assert!(!cmp.iter().find(|c| c.label_key == "doc-section-history").unwrap().changed);
    }
}
