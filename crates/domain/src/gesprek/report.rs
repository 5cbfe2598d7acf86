//! The report of a gesprek: what was talked about, and the agreements as who does what by
//! when. Each participant confirms it or adds a comment that everyone sees.

use crate::InvalidInput;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Commitment {
    pub who: String,
    pub what: String,
    pub due: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub summary: String,
    pub commitments: Vec<Commitment>,
}

pub const SUMMARY_MAX_CHARS: usize = 10_000;
pub const MAX_COMMITMENTS: usize = 20;

/// A report as typed: a summary, and agreement rows (who, what, by when) of which empty
/// rows are left out; a due day on or after the gesprek's day.
pub fn parse_report(
    summary: &str,
    rows: &[(&str, &str, &str)],
    held_on: NaiveDate,
) -> Result<Report, Vec<InvalidInput>> {
    let mut errors = vec![];
    let summary = summary.trim().replace("\r\n", "\n");
    if summary.is_empty() || summary.chars().count() > SUMMARY_MAX_CHARS {
        errors.push(InvalidInput::new("error-report-summary"));
    }
    let mut commitments = vec![];
    for (who, what, due) in rows.iter().map(|(a, b, c)| (a.trim(), b.trim(), c.trim())) {
        if who.is_empty() && what.is_empty() && due.is_empty() {
            continue;
        }
        let due = NaiveDate::parse_from_str(due, "%Y-%m-%d").ok().filter(|d| *d >= held_on);
        let fits = |s: &str| !s.is_empty() && s.chars().count() <= 500 && !s.chars().any(char::is_control);
        match due {
            Some(due) if fits(who) && fits(what) => {
                commitments.push(Commitment { who: who.into(), what: what.into(), due })
            }
            _ => errors.push(InvalidInput::new("error-report-commitment")),
        }
    }
    if commitments.len() > MAX_COMMITMENTS {
        errors.push(InvalidInput::new("error-report-commitment"));
    }
    errors.dedup();
    if errors.is_empty() { Ok(Report { summary, commitments }) } else { Err(errors) }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Response {
    Confirm,
    Comment { text: String },
}

pub const RESPONSE_MAX_CHARS: usize = 2000;

pub fn parse_response(kind: &str, text: &str) -> Result<Response, InvalidInput> {
    let t = text.trim().replace("\r\n", "\n");
    let fits = t.chars().count() <= RESPONSE_MAX_CHARS;
    match kind {
        "confirm" if fits => Ok(Response::Confirm),
        "comment" if !t.is_empty() && fits => Ok(Response::Comment { text: t }),
        _ => Err(InvalidInput::new("error-report-response")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_report_lists_who_does_what_by_when() {
        let day: NaiveDate = "2026-12-08".parse().unwrap();
        let r =
            parse_report("We spraken over lezen.", &[("Juf Mark", "Leesplan maken", "2026-12-20"), ("", "", "")], day)
                .unwrap();
        assert_eq!(r.commitments.len(), 1);
        assert_eq!(r.commitments[0].due.to_string(), "2026-12-20");
        let e = parse_report("", &[("Juf", "", "2026-12-20")], day).unwrap_err();
        assert_eq!(
            e.iter().map(|e| e.key).collect::<Vec<_>>(),
            vec!["error-report-summary", "error-report-commitment"]
        );
        assert!(parse_report("x", &[("a", "b", "2026-12-01")], day).is_err(), "due before the gesprek");
        assert_eq!(parse_response("confirm", ""), Ok(Response::Confirm));
        assert!(parse_response("comment", " ").is_err());
        assert!(parse_response("delete", "x").is_err());
    }
}
