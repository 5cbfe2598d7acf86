//! What a document says: its kind's sections, each with who wrote it and when, and (in a
//! plan) its goals. A save turns a `Draft` into the next `Content`; sections and goals the
//! writer did not change keep their author.

use super::is_school;
use crate::traject::ParticipantRole;
use crate::{InvalidInput, UserId};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    Groeidocument,
    Opp,
    Handelingsplan,
    Arrangement,
}

impl DocumentKind {
    pub const ALL: [DocumentKind; 4] = [Self::Groeidocument, Self::Opp, Self::Handelingsplan, Self::Arrangement];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Groeidocument => "groeidocument",
            Self::Opp => "opp",
            Self::Handelingsplan => "handelingsplan",
            Self::Arrangement => "arrangement",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }

    pub fn label_key(self) -> String {
        format!("doc-kind-{}", self.as_str())
    }

    /// The kind's sections, in the order they are shown.
    pub fn sections(self) -> &'static [SectionKey] {
        use SectionKey::*;
        match self {
            Self::Groeidocument => &[Strengths, Needs, Works, DoesNotWork, History, ParentsPart, ChildVoice],
            Self::Opp => &[OutflowLevel, OutflowReasons, EvaluationMoments],
            Self::Handelingsplan => &[Needs, Approach, Period, EvaluationMoments],
            Self::Arrangement => &[Support, Provider, Period, Funding],
        }
    }

    /// Plans have goals: who gives which support, how often.
    pub fn has_goals(self) -> bool {
        matches!(self, Self::Opp | Self::Handelingsplan)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SectionKey {
    Strengths,
    Needs,
    Works,
    DoesNotWork,
    History,
    ParentsPart,
    ChildVoice,
    OutflowLevel,
    OutflowReasons,
    EvaluationMoments,
    Approach,
    Period,
    Support,
    Provider,
    Funding,
}

/// Who writes a section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Writer {
    School,
    Parents,
    /// The child's own voice: whoever heard it, at home or at school.
    ParentsOrSchool,
}

impl SectionKey {
    pub const ALL: [SectionKey; 15] = [
        Self::Strengths,
        Self::Needs,
        Self::Works,
        Self::DoesNotWork,
        Self::History,
        Self::ParentsPart,
        Self::ChildVoice,
        Self::OutflowLevel,
        Self::OutflowReasons,
        Self::EvaluationMoments,
        Self::Approach,
        Self::Period,
        Self::Support,
        Self::Provider,
        Self::Funding,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Strengths => "strengths",
            Self::Needs => "needs",
            Self::Works => "works",
            Self::DoesNotWork => "does_not_work",
            Self::History => "history",
            Self::ParentsPart => "parents_part",
            Self::ChildVoice => "child_voice",
            Self::OutflowLevel => "outflow_level",
            Self::OutflowReasons => "outflow_reasons",
            Self::EvaluationMoments => "evaluation_moments",
            Self::Approach => "approach",
            Self::Period => "period",
            Self::Support => "support",
            Self::Provider => "provider",
            Self::Funding => "funding",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }

    pub fn label_key(self) -> String {
        format!("doc-section-{}", self.as_str().replace('_', "-"))
    }

    pub fn hint_key(self) -> String {
        format!("doc-hint-{}", self.as_str().replace('_', "-"))
    }

    pub fn writer(self) -> Writer {
        match self {
            Self::ParentsPart => Writer::Parents,
            Self::ChildVoice => Writer::ParentsOrSchool,
            _ => Writer::School,
        }
    }

    pub fn may_write(self, role: ParticipantRole) -> bool {
        let parent = role == ParticipantRole::Parent;
        match self.writer() {
            Writer::School => is_school(role),
            Writer::Parents => parent,
            Writer::ParentsOrSchool => parent || is_school(role),
        }
    }

    /// The OPP's perspective part (it needs a talk with the parents, not their agreement).
    pub fn is_perspective(self) -> bool {
        matches!(self, Self::OutflowLevel | Self::OutflowReasons)
    }
}

/// A written text and who wrote it, when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Written {
    pub text: String,
    pub by: UserId,
    pub by_name: String,
    pub by_role: ParticipantRole,
    pub at: DateTime<Utc>,
}

/// One goal of a plan. Its number stays the same across versions, so an agreement or an
/// evaluation can name it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Goal {
    pub number: u32,
    pub goal: String,
    pub support: String,
    pub given_by: String,
    pub how_often: String,
    pub by_name: String,
    pub at: DateTime<Utc>,
}

impl Goal {
    fn same_text(&self, d: &GoalDraft) -> bool {
        self.goal == d.goal && self.support == d.support && self.given_by == d.given_by && self.how_often == d.how_often
    }
}

/// A goal's number and words, without who wrote them: what the parents agree to.
pub type GoalText<'a> = (u32, &'a str, &'a str, &'a str, &'a str);

/// A document's content in one version.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Content {
    #[serde(default)]
    pub sections: BTreeMap<SectionKey, Written>,
    #[serde(default)]
    pub goals: Vec<Goal>,
    /// The OPP's enrolment day: the OPP is due six weeks after it.
    #[serde(default)]
    pub enrolled_on: Option<NaiveDate>,
}

impl Content {
    pub fn text(&self, key: SectionKey) -> &str {
        self.sections.get(&key).map_or("", |w| w.text.as_str())
    }

    /// The part the parents agree to: the goals and the evaluation moments.
    pub fn action_part(&self) -> (Vec<GoalText<'_>>, &str) {
        let goals = self
            .goals
            .iter()
            .map(|g| (g.number, g.goal.as_str(), g.support.as_str(), g.given_by.as_str(), g.how_often.as_str()))
            .collect();
        (goals, self.text(SectionKey::EvaluationMoments))
    }

    /// The part talked over with the parents: the expected outflow level and why.
    pub fn perspective_part(&self) -> (&str, &str) {
        (self.text(SectionKey::OutflowLevel), self.text(SectionKey::OutflowReasons))
    }
}

/// A goal as typed in a form: `number` is set for a goal that exists already.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GoalDraft {
    pub number: Option<u32>,
    pub goal: String,
    pub support: String,
    pub given_by: String,
    pub how_often: String,
}

/// What a writer sends: the sections they changed or kept (others are left as they were),
/// and for a plan the whole list of goals (None: goals untouched).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Draft {
    pub sections: Vec<(SectionKey, String)>,
    pub goals: Option<Vec<GoalDraft>>,
    pub enrolled_on: Option<String>,
}

/// The author of a save.
#[derive(Debug, Clone)]
pub struct Author {
    pub id: UserId,
    pub name: String,
    pub role: ParticipantRole,
}

pub const SECTION_MAX_CHARS: usize = 5000;
pub const GOAL_FIELD_MAX_CHARS: usize = 1000;
pub const MAX_GOALS: usize = 20;
pub const TITLE_MAX_CHARS: usize = 120;

fn clean(s: &str) -> String {
    s.trim().replace("\r\n", "\n")
}

/// A document's title: 1 to 120 characters, no control characters.
pub fn parse_title(s: &str) -> Result<String, InvalidInput> {
    let t = s.trim();
    if t.is_empty() || t.chars().count() > TITLE_MAX_CHARS || t.chars().any(char::is_control) {
        return Err(InvalidInput::new("error-doc-title"));
    }
    Ok(t.to_owned())
}

/// The next version's content: `draft` applied to `prev` by `author` at `now`. Refuses a
/// section of the kind the author may not write, text over the limits, goals in a kind
/// without goals, and a save that changes nothing.
pub fn next_content(
    kind: DocumentKind,
    prev: &Content,
    draft: &Draft,
    author: &Author,
    now: DateTime<Utc>,
) -> Result<Content, Vec<InvalidInput>> {
    let mut errors = vec![];
    let mut next = prev.clone();
    for (key, text) in &draft.sections {
        let text = clean(text);
        if text == prev.text(*key) {
            continue;
        }
        if !kind.sections().contains(key) || !key.may_write(author.role) {
            errors.push(InvalidInput::new("error-doc-not-your-part"));
            continue;
        }
        if text.chars().count() > SECTION_MAX_CHARS {
            errors.push(InvalidInput::new("error-doc-section-too-long"));
            continue;
        }
        if text.is_empty() {
            next.sections.remove(key);
        } else {
            let w = Written { text, by: author.id, by_name: author.name.clone(), by_role: author.role, at: now };
            next.sections.insert(*key, w);
        }
    }
    if let Some(goals) = &draft.goals {
        match next_goals(kind, prev, goals, author, now) {
            Ok(g) => next.goals = g,
            Err(e) => errors.push(e),
        }
    }
    if let Some(day) = draft.enrolled_on.as_deref().map(str::trim) {
        let parsed = if day.is_empty() { Ok(None) } else { day.parse::<NaiveDate>().map(Some) };
        match parsed {
            Ok(d) if d != prev.enrolled_on && (kind != DocumentKind::Opp || !is_school(author.role)) => {
                errors.push(InvalidInput::new("error-doc-not-your-part"))
            }
            Ok(d) => next.enrolled_on = d,
            Err(_) => errors.push(InvalidInput::new("error-doc-enrolled-on")),
        }
    }
    if !errors.is_empty() {
        errors.dedup();
        return Err(errors);
    }
    if next == *prev {
        return Err(vec![InvalidInput::new("error-doc-nothing-changed")]);
    }
    Ok(next)
}

fn next_goals(
    kind: DocumentKind,
    prev: &Content,
    drafts: &[GoalDraft],
    author: &Author,
    now: DateTime<Utc>,
) -> Result<Vec<Goal>, InvalidInput> {
    let cleaned: Vec<GoalDraft> = drafts
        .iter()
        .map(|d| GoalDraft {
            number: d.number,
            goal: clean(&d.goal),
            support: clean(&d.support),
            given_by: clean(&d.given_by),
            how_often: clean(&d.how_often),
        })
        // A row left empty in the form is no goal.
        .filter(|d| !(d.goal.is_empty() && d.support.is_empty() && d.given_by.is_empty() && d.how_often.is_empty()))
        .collect();
    let unchanged = cleaned.len() == prev.goals.len()
        && cleaned.iter().zip(&prev.goals).all(|(d, g)| d.number == Some(g.number) && g.same_text(d));
    if unchanged {
        return Ok(prev.goals.clone());
    }
    if !kind.has_goals() || !is_school(author.role) {
        return Err(InvalidInput::new("error-doc-not-your-part"));
    }
    if cleaned.len() > MAX_GOALS {
        return Err(InvalidInput::new("error-doc-too-many-goals"));
    }
    let too_long = |d: &GoalDraft| {
        [&d.goal, &d.support, &d.given_by, &d.how_often].iter().any(|s| s.chars().count() > GOAL_FIELD_MAX_CHARS)
    };
    if cleaned.iter().any(|d| d.goal.is_empty() || too_long(d)) {
        return Err(InvalidInput::new("error-doc-goal"));
    }
    let mut next_number = prev.goals.iter().map(|g| g.number).max().unwrap_or(0) + 1;
    let mut goals = Vec::with_capacity(cleaned.len());
    for d in cleaned {
        let old = d.number.and_then(|n| prev.goals.iter().find(|g| g.number == n));
        // A number that is not a goal of this document is a new goal.
        let number = match old {
            Some(g) => g.number,
            None => {
                next_number += 1;
                next_number - 1
            }
        };
        if goals.iter().any(|g: &Goal| g.number == number) {
            return Err(InvalidInput::new("error-doc-goal"));
        }
        goals.push(match old {
            Some(g) if g.same_text(&d) => g.clone(),
            _ => Goal {
                number,
                goal: d.goal,
                support: d.support,
                given_by: d.given_by,
                how_often: d.how_often,
                by_name: author.name.clone(),
                at: now,
            },
        });
    }
    Ok(goals)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn author(role: ParticipantRole) -> Author {
        Author { id: UserId::new(), name: format!("{role:?}"), role }
    }

    fn goal(text: &str) -> GoalDraft {
        GoalDraft {
            goal: text.into(),
            support: "RT".into(),
            given_by: "juf".into(),
            how_often: "1x".into(),
            ..Default::default()
        }
    }

    #[test]
    fn each_part_has_its_writer_and_keeps_its_author() {
        let now = Utc::now();
        let school = author(ParticipantRole::Coordinator);
        let parent = author(ParticipantRole::Parent);
        let kind = DocumentKind::Groeidocument;
        let d = |k, t: &str| Draft { sections: vec![(k, t.to_owned())], ..Default::default() };
        let v1 = next_content(kind, &Content::default(), &d(SectionKey::Strengths, " rekenen "), &school, now).unwrap();
        assert_eq!(v1.text(SectionKey::Strengths), "rekenen");
        // The parents write their part and the child's voice, not the school's sections.
        let err = next_content(kind, &v1, &d(SectionKey::Strengths, "anders"), &parent, now).unwrap_err();
        assert_eq!(err[0].key, "error-doc-not-your-part");
        let v2 = next_content(kind, &v1, &d(SectionKey::ParentsPart, "thuis rust"), &parent, now).unwrap();
        assert_eq!(v2.sections[&SectionKey::Strengths].by, school.id, "untouched section keeps its author");
        assert_eq!(v2.sections[&SectionKey::ParentsPart].by, parent.id);
        assert!(next_content(kind, &v2, &d(SectionKey::ParentsPart, "x"), &school, now).is_err());
        assert!(next_content(kind, &v2, &d(SectionKey::ChildVoice, "ik wil"), &school, now).is_ok());
        assert!(next_content(kind, &v2, &d(SectionKey::ChildVoice, "ik wil"), &parent, now).is_ok());
        // Sending the same text is no change.
        let same = next_content(kind, &v2, &d(SectionKey::ParentsPart, "thuis rust\r\n"), &parent, now).unwrap_err();
        assert_eq!(same[0].key, "error-doc-nothing-changed");
        let long = "x".repeat(SECTION_MAX_CHARS + 1);
        assert_eq!(
            next_content(kind, &v2, &d(SectionKey::History, &long), &school, now).unwrap_err()[0].key,
            "error-doc-section-too-long"
        );
        // A section of another kind is refused.
        assert!(next_content(kind, &v2, &d(SectionKey::OutflowLevel, "havo"), &school, now).is_err());
    }

    #[test]
    fn goals_keep_their_numbers() {
        let now = Utc::now();
        let school = author(ParticipantRole::Coordinator);
        let kind = DocumentKind::Opp;
        let draft = |goals| Draft { goals: Some(goals), ..Default::default() };
        let v1 = next_content(
            kind,
            &Content::default(),
            &draft(vec![goal("lezen"), goal("rust"), GoalDraft::default()]),
            &school,
            now,
        )
        .unwrap();
        assert_eq!(v1.goals.iter().map(|g| g.number).collect::<Vec<_>>(), vec![1, 2], "empty row dropped");
        // Remove goal 1, change goal 2, add one: the new one gets 3, never 1 again.
        let mut two = goal("rust in de klas");
        two.number = Some(2);
        let v2 = next_content(kind, &v1, &draft(vec![two, goal("vrienden")]), &school, now).unwrap();
        assert_eq!(v2.goals.iter().map(|g| g.number).collect::<Vec<_>>(), vec![2, 3]);
        assert!(
            next_content(
                kind,
                &v1,
                &draft(vec![GoalDraft { goal: "".into(), support: "x".into(), ..Default::default() }]),
                &school,
                now
            )
            .is_err()
        );
        assert!(next_content(kind, &v1, &draft(vec![goal("x")]), &author(ParticipantRole::Parent), now).is_err());
        assert!(next_content(DocumentKind::Groeidocument, &v1, &draft(vec![goal("x")]), &school, now).is_err());
        let many = (0..=MAX_GOALS).map(|i| goal(&format!("doel {i}"))).collect();
        assert_eq!(next_content(kind, &v1, &draft(many), &school, now).unwrap_err()[0].key, "error-doc-too-many-goals");
    }

    #[test]
    fn the_enrolment_day_is_a_date_set_by_school() {
        let now = Utc::now();
        let school = author(ParticipantRole::Coordinator);
        let d = |s: &str| Draft { enrolled_on: Some(s.into()), ..Default::default() };
        let v = next_content(DocumentKind::Opp, &Content::default(), &d("2026-09-01"), &school, now).unwrap();
        assert_eq!(v.enrolled_on, "2026-09-01".parse().ok());
        assert_eq!(
            next_content(DocumentKind::Opp, &v, &d("1-9-2026"), &school, now).unwrap_err()[0].key,
            "error-doc-enrolled-on"
        );
        assert!(next_content(DocumentKind::Opp, &v, &d("2026-09-02"), &author(ParticipantRole::Parent), now).is_err());
    }

    #[test]
    fn titles() {
        assert!(parse_title("  ").is_err());
        assert!(parse_title("a\u{7}").is_err());
        assert_eq!(parse_title(" OPP 2026 ").unwrap(), "OPP 2026");
    }
}
