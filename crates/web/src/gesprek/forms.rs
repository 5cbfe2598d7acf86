//! The gesprekken's forms, read into the domain's inputs.

use crate::fields::Fields;
use samenspoor_domain::gesprek::plan::PlanInput;
use samenspoor_domain::gesprek::preparation::{Answer, Question, parse_answers};
use samenspoor_domain::gesprek::{Plan, Report, parse_plan, parse_report};
use samenspoor_domain::{InvalidInput, ParticipantId};

/// How many agreement rows the report form offers.
pub const COMMITMENT_ROWS: usize = 5;

pub fn plan(f: &Fields, in_file: &[ParticipantId]) -> Result<Plan, Vec<InvalidInput>> {
    let input = PlanInput {
        purpose: f.get("purpose"),
        date: f.get("date"),
        time: f.get("time"),
        minutes: f.get("minutes"),
        place: f.get("place"),
        link: f.get("link"),
        leader: f.get("leader"),
        attendees: f.all("attendees").collect(),
    };
    parse_plan(&input, in_file, chrono::Utc::now())
}

/// The answers to the questions that are in the form (a form may hold only the notes).
pub fn answers(f: &Fields, questions: &[Question]) -> Result<Vec<Answer>, InvalidInput> {
    let present: Vec<Question> = questions.iter().copied().filter(|q| f.has(q.as_str())).collect();
    if present.is_empty() {
        return Err(InvalidInput::new("error-prep-empty"));
    }
    parse_answers(&present, |q| f.get(q.as_str()).to_owned(), |q| f.get(&format!("share_{}", q.as_str())) == "ja")
}

pub fn report(f: &Fields, held_on: chrono::NaiveDate) -> Result<Report, Vec<InvalidInput>> {
    let rows: Vec<(String, String, String)> = (1..=COMMITMENT_ROWS)
        .map(|i| {
            (
                f.get(&format!("who_{i}")).to_owned(),
                f.get(&format!("what_{i}")).to_owned(),
                f.get(&format!("due_{i}")).to_owned(),
            )
        })
        .collect();
    let rows: Vec<(&str, &str, &str)> = rows.iter().map(|(a, b, c)| (a.as_str(), b.as_str(), c.as_str())).collect();
    parse_report(f.get("summary"), &rows, held_on)
}
