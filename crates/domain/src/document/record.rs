//! What is recorded beside a document's versions: the talk with the parents about the
//! OPP's perspective (OOGO), the parents' agreement with its action part and their own
//! view (zienswijze), the pupil's view, evaluations, the school asking the parents for
//! their part, and the OPP being set. Each names the version it is about.

use super::{Content, DocumentKind, is_school};
use crate::InvalidInput;
use crate::traject::ParticipantRole;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub const TEXT_MAX_CHARS: usize = 5000;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RecordBody {
    Consultation(Consultation),
    Agreement(Agreement),
    PupilView(PupilView),
    Evaluation(Evaluation),
    ParentsAsked { message: String },
    Established,
}

impl RecordBody {
    pub fn kind(&self) -> &'static str {
        match self {
            Self::Consultation(_) => "consultation",
            Self::Agreement(_) => "agreement",
            Self::PupilView(_) => "pupil_view",
            Self::Evaluation(_) => "evaluation",
            Self::ParentsAsked { .. } => "parents_asked",
            Self::Established => "established",
        }
    }

    /// Whether `role` may record this on a document of `kind`.
    pub fn may_record(&self, role: ParticipantRole, kind: DocumentKind) -> bool {
        may_record(self.kind(), role, kind)
    }
}

/// Every kind of record, as `RecordBody::kind` names them.
pub const RECORD_KINDS: [&str; 6] =
    ["consultation", "agreement", "pupil_view", "evaluation", "parents_asked", "established"];

/// Whether `role` may record a record of `record` kind (as `RecordBody::kind` names it) on a
/// document of `kind`: pages ask it before showing a form.
pub fn may_record(record: &str, role: ParticipantRole, kind: DocumentKind) -> bool {
    let parent_or_school = role == ParticipantRole::Parent || is_school(role);
    match record {
        "consultation" => kind == DocumentKind::Opp && is_school(role),
        "agreement" => kind == DocumentKind::Opp && role == ParticipantRole::Parent,
        "pupil_view" => kind == DocumentKind::Opp && parent_or_school,
        "evaluation" => kind.has_goals() && parent_or_school,
        "parents_asked" => kind == DocumentKind::Groeidocument && is_school(role),
        "established" => {
            kind == DocumentKind::Opp && matches!(role, ParticipantRole::Coordinator | ParticipantRole::Director)
        }
        _ => false,
    }
}

/// The talk with the parents about the perspective part (op overeenstemming gericht overleg).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Consultation {
    pub date: NaiveDate,
    pub who: String,
    pub said: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AgreementChoice {
    /// With the whole action part.
    Whole,
    /// With some goals, not with others.
    Partial,
    /// Not with the action part.
    None,
}

impl AgreementChoice {
    pub const ALL: [AgreementChoice; 3] = [Self::Whole, Self::Partial, Self::None];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Whole => "whole",
            Self::Partial => "partial",
            Self::None => "none",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

/// The parents' answer on one version's action part, with their own view attached.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Agreement {
    pub choice: AgreementChoice,
    /// The goals they agree with (all of them for `Whole`, none for `None`).
    pub agreed_goals: Vec<u32>,
    pub view: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HeardHow {
    /// What the pupil said or wrote, in their own words.
    OwnWords,
    /// How a young child was heard: what they showed, drew or told someone.
    Heard,
}

impl HeardHow {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::OwnWords => "own_words",
            Self::Heard => "heard",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Self::OwnWords, Self::Heard].into_iter().find(|h| h.as_str() == s)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PupilView {
    pub how: HeardHow,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reached {
    Yes,
    Partly,
    No,
}

impl Reached {
    pub const ALL: [Reached; 3] = [Self::Yes, Self::Partly, Self::No];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Yes => "yes",
            Self::Partly => "partly",
            Self::No => "no",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == s)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GoalResult {
    pub goal: u32,
    pub reached: Reached,
    pub note: String,
}

/// An evaluation of a plan with the parents.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evaluation {
    pub date: NaiveDate,
    pub who: String,
    pub goals: Vec<GoalResult>,
    pub changes: String,
    pub next_date: Option<NaiveDate>,
    /// The plan is rewritten: the file goes back from evaluating to planning.
    pub new_version: bool,
}

fn text(s: &str, required: bool) -> Result<String, InvalidInput> {
    let t = s.trim().replace("\r\n", "\n");
    if (required && t.is_empty()) || t.chars().count() > TEXT_MAX_CHARS {
        return Err(InvalidInput::new("error-doc-record-text"));
    }
    Ok(t)
}

/// A past or present day (`YYYY-MM-DD`): a talk that was held cannot be in the future.
fn held_on(s: &str, today: NaiveDate) -> Result<NaiveDate, InvalidInput> {
    s.trim().parse::<NaiveDate>().ok().filter(|d| *d <= today).ok_or(InvalidInput::new("error-doc-record-date"))
}

pub fn parse_consultation(
    date: &str,
    who: &str,
    said: &str,
    today: NaiveDate,
) -> Result<Consultation, Vec<InvalidInput>> {
    collect((held_on(date, today), text(who, true), text(said, true))).map(|(date, who, said)| Consultation {
        date,
        who,
        said,
    })
}

/// The parents' agreement with `content`'s action part: whole (every goal), partial (some
/// goals, not all, and their view) or none (and their view).
pub fn parse_agreement(choice: &str, agreed: &[u32], view: &str, content: &Content) -> Result<Agreement, InvalidInput> {
    let choice = AgreementChoice::parse(choice).ok_or(InvalidInput::new("error-doc-agreement-choice"))?;
    let all: Vec<u32> = content.goals.iter().map(|g| g.number).collect();
    if all.is_empty() {
        return Err(InvalidInput::new("error-doc-agreement-no-goals"));
    }
    let view =
        text(view, choice != AgreementChoice::Whole).map_err(|_| InvalidInput::new("error-doc-agreement-view"))?;
    let mut agreed: Vec<u32> = agreed.to_vec();
    agreed.sort_unstable();
    agreed.dedup();
    if agreed.iter().any(|n| !all.contains(n)) {
        return Err(InvalidInput::new("error-doc-agreement-goals"));
    }
    let agreed_goals = match choice {
        AgreementChoice::Whole => all,
        AgreementChoice::None => vec![],
        AgreementChoice::Partial if agreed.is_empty() || agreed.len() == all.len() => {
            return Err(InvalidInput::new("error-doc-agreement-goals"));
        }
        AgreementChoice::Partial => agreed,
    };
    Ok(Agreement { choice, agreed_goals, view })
}

pub fn parse_pupil_view(how: &str, words: &str) -> Result<PupilView, InvalidInput> {
    let how = HeardHow::parse(how).ok_or(InvalidInput::new("error-doc-pupil-how"))?;
    Ok(PupilView { how, text: text(words, true)? })
}

pub struct EvaluationInput<'a> {
    pub date: &'a str,
    pub who: &'a str,
    /// (goal number, reached, note) as sent.
    pub goals: Vec<(u32, &'a str, &'a str)>,
    pub changes: &'a str,
    pub next_date: &'a str,
    pub new_version: bool,
}

/// An evaluation: held today or before, every goal of the version judged, a next date
/// after the meeting (optional).
pub fn parse_evaluation(
    input: &EvaluationInput,
    content: &Content,
    today: NaiveDate,
) -> Result<Evaluation, Vec<InvalidInput>> {
    let mut errors = vec![];
    let date = held_on(input.date, today).map_err(|e| errors.push(e)).ok();
    let who = text(input.who, true).map_err(|e| errors.push(e)).ok();
    let changes = text(input.changes, false).map_err(|e| errors.push(e)).ok();
    let next = input.next_date.trim();
    let next_date = if next.is_empty() {
        None
    } else {
        match next.parse::<NaiveDate>() {
            Ok(d) if date.is_none_or(|held| d > held) => Some(d),
            _ => {
                errors.push(InvalidInput::new("error-doc-next-date"));
                None
            }
        }
    };
    let mut goals = vec![];
    for g in &content.goals {
        let sent = input.goals.iter().find(|(n, _, _)| *n == g.number);
        match sent.and_then(|(_, r, note)| Some((Reached::parse(r)?, text(note, false).ok()?))) {
            Some((reached, note)) => goals.push(GoalResult { goal: g.number, reached, note }),
            None => errors.push(InvalidInput::new("error-doc-evaluation-goals")),
        }
    }
    errors.dedup();
    match (errors.is_empty(), date, who, changes) {
        (true, Some(date), Some(who), Some(changes)) => {
            Ok(Evaluation { date, who, goals, changes, next_date, new_version: input.new_version })
        }
        _ => Err(errors),
    }
}

pub fn parse_request(message: &str) -> Result<RecordBody, InvalidInput> {
    Ok(RecordBody::ParentsAsked { message: text(message, false)? })
}

fn collect<A, B, C>(
    r: (Result<A, InvalidInput>, Result<B, InvalidInput>, Result<C, InvalidInput>),
) -> Result<(A, B, C), Vec<InvalidInput>> {
    match r {
        (Ok(a), Ok(b), Ok(c)) => Ok((a, b, c)),
        (a, b, c) => Err([a.err(), b.err(), c.err()].into_iter().flatten().collect()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Goal;
    use chrono::Utc;

    #[test]
    fn every_listed_record_kind_can_be_recorded_by_someone() {
        for record in RECORD_KINDS {
            let someone = ParticipantRole::ALL
                .into_iter()
                .any(|role| DocumentKind::ALL.into_iter().any(|kind| may_record(record, role, kind)));
            assert!(someone, "{record} is listed but no one may record it");
        }
        assert!(!ParticipantRole::ALL.into_iter().any(|role| may_record("note", role, DocumentKind::Opp)));
    }

    fn plan(n: u32) -> Content {
        let goals = (1..=n)
            .map(|number| Goal {
                number,
                goal: format!("doel {number}"),
                support: String::new(),
                given_by: String::new(),
                how_often: String::new(),
                by_name: "ib".into(),
                at: Utc::now(),
            })
            .collect();
        Content { goals, ..Default::default() }
    }

    #[test]
    fn agreement_whole_partial_or_none() {
        let c = plan(3);
        let whole = parse_agreement("whole", &[], "", &c).unwrap();
        assert_eq!(whole.agreed_goals, vec![1, 2, 3]);
        let part = parse_agreement("partial", &[3, 1, 1], "Doel 2 past niet bij hem.", &c).unwrap();
        assert_eq!(part.agreed_goals, vec![1, 3]);
        // Partial needs their view, some goals and not all of them.
        assert_eq!(parse_agreement("partial", &[1], " ", &c).unwrap_err().key, "error-doc-agreement-view");
        assert_eq!(parse_agreement("partial", &[], "x", &c).unwrap_err().key, "error-doc-agreement-goals");
        assert_eq!(parse_agreement("partial", &[1, 2, 3], "x", &c).unwrap_err().key, "error-doc-agreement-goals");
        assert_eq!(parse_agreement("partial", &[4], "x", &c).unwrap_err().key, "error-doc-agreement-goals");
        assert_eq!(parse_agreement("none", &[], "", &c).unwrap_err().key, "error-doc-agreement-view");
        assert!(parse_agreement("none", &[2], "Wij willen eerst praten.", &c).unwrap().agreed_goals.is_empty());
        assert_eq!(parse_agreement("maybe", &[], "x", &c).unwrap_err().key, "error-doc-agreement-choice");
        assert_eq!(parse_agreement("whole", &[], "", &plan(0)).unwrap_err().key, "error-doc-agreement-no-goals");
    }

    #[test]
    fn who_records_what() {
        use ParticipantRole::*;
        let agree = RecordBody::Agreement(parse_agreement("whole", &[], "", &plan(1)).unwrap());
        assert!(agree.may_record(Parent, DocumentKind::Opp));
        assert!(!agree.may_record(Coordinator, DocumentKind::Opp), "school never agrees for the parents");
        let talk =
            RecordBody::Consultation(Consultation { date: Utc::now().date_naive(), who: "x".into(), said: "y".into() });
        assert!(talk.may_record(Coordinator, DocumentKind::Opp) && !talk.may_record(Parent, DocumentKind::Opp));
        assert!(!talk.may_record(Coordinator, DocumentKind::Groeidocument));
        assert!(RecordBody::Established.may_record(Director, DocumentKind::Opp));
        assert!(!RecordBody::Established.may_record(Teacher, DocumentKind::Opp));
        let view = RecordBody::PupilView(parse_pupil_view("heard", "Hij wees de stille plek aan.").unwrap());
        assert!(view.may_record(Parent, DocumentKind::Opp) && view.may_record(Teacher, DocumentKind::Opp));
        assert!(!view.may_record(SwvConsultant, DocumentKind::Opp));
        assert!(
            RecordBody::ParentsAsked { message: String::new() }.may_record(Coordinator, DocumentKind::Groeidocument)
        );
    }

    #[test]
    fn records_are_checked() {
        let today: NaiveDate = "2026-11-30".parse().unwrap();
        assert!(parse_consultation("2026-11-30", "ouders, ib", "Havo lijkt haalbaar.", today).is_ok());
        let e = parse_consultation("2026-12-01", "", "x", today).unwrap_err();
        assert_eq!(e.iter().map(|e| e.key).collect::<Vec<_>>(), vec!["error-doc-record-date", "error-doc-record-text"]);
        assert_eq!(parse_pupil_view("own_words", "  ").unwrap_err().key, "error-doc-record-text");
        assert_eq!(parse_pupil_view("x", "y").unwrap_err().key, "error-doc-pupil-how");
        let c = plan(2);
        let input = |goals, next: &'static str| EvaluationInput {
            date: "2026-11-20",
            who: "ouders, ib, juf",
            goals,
            changes: "",
            next_date: next,
            new_version: false,
        };
        let ok =
            parse_evaluation(&input(vec![(1, "yes", ""), (2, "partly", "bijna")], "2027-03-01"), &c, today).unwrap();
        assert_eq!(ok.goals[1].reached, Reached::Partly);
        let missing = parse_evaluation(&input(vec![(1, "yes", "")], ""), &c, today).unwrap_err();
        assert_eq!(missing[0].key, "error-doc-evaluation-goals");
        let early = parse_evaluation(&input(vec![(1, "yes", ""), (2, "no", "")], "2026-11-01"), &c, today).unwrap_err();
        assert_eq!(early[0].key, "error-doc-next-date");
    }
}
