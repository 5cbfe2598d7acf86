//! The documents' forms, read from their fields: sections by key, goals row by row
//! (`goal_1`, `support_1`, ...), checked goal numbers as repeated `agreed` fields.

use crate::fields::Fields;
use samenspoor_domain::document::{DocumentKind, Draft, GoalDraft, SectionKey};

/// How many empty goal rows the edit form offers beyond the existing goals: room for a
/// first plan, and a few more for a plan that has goals (the form works without script).
pub fn new_goal_rows(existing: usize) -> usize {
    if existing == 0 { 4 } else { 2 }
}

/// The draft an edit form sends: the sections it showed as fields, and the goal rows.
pub fn draft(kind: DocumentKind, f: &Fields) -> Draft {
    let sections =
        kind.sections().iter().filter(|k| f.has(k.as_str())).map(|k| (*k, f.get(k.as_str()).to_owned())).collect();
    let goals = (kind.has_goals() && f.has("goal_rows")).then(|| {
        let rows: usize = f.get("goal_rows").parse().unwrap_or(0).min(100);
        (1..=rows)
            .map(|i| GoalDraft {
                number: f.get(&format!("number_{i}")).parse().ok(),
                goal: f.get(&format!("goal_{i}")).to_owned(),
                support: f.get(&format!("support_{i}")).to_owned(),
                given_by: f.get(&format!("given_by_{i}")).to_owned(),
                how_often: f.get(&format!("how_often_{i}")).to_owned(),
            })
            .collect()
    });
    let enrolled_on = (kind == DocumentKind::Opp && f.has("enrolled_on")).then(|| f.get("enrolled_on").to_owned());
    Draft { sections, goals, enrolled_on }
}

/// The typed text of a refused edit, to show again: per section, and per goal row.
pub fn kept_sections(kind: DocumentKind, f: &Fields) -> Vec<(SectionKey, String)> {
    kind.sections().iter().filter(|k| f.has(k.as_str())).map(|k| (*k, f.get(k.as_str()).to_owned())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_form_becomes_a_draft() {
        let f = Fields(
            [("needs", "rust"), ("goal_rows", "2"), ("number_1", "3"), ("goal_1", "lezen"), ("goal_2", "")]
                .map(|(k, v)| (k.to_owned(), v.to_owned()))
                .to_vec(),
        );
        let d = draft(DocumentKind::Handelingsplan, &f);
        assert_eq!(d.sections, vec![(SectionKey::Needs, "rust".to_owned())]);
        let goals = d.goals.unwrap();
        assert_eq!((goals.len(), goals[0].number, goals[0].goal.as_str()), (2, Some(3), "lezen"));
        assert!(draft(DocumentKind::Groeidocument, &f).goals.is_none());
    }
}
