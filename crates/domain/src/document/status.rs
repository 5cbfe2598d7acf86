//! Where an OPP stands, computed from its versions and records: was the perspective part
//! talked over with the parents, do they agree with the action part (wholly, in part, not,
//! or not yet), was the pupil heard, may it be set, and when it is due and next evaluated.

use super::Content;
use super::record::{Agreement, Consultation, Evaluation, PupilView, RecordBody};
use chrono::{DateTime, Datelike, Days, NaiveDate, Utc};
use serde::Serialize;

/// One saved version.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Version {
    pub number: u32,
    pub content: Content,
    pub saved_at: DateTime<Utc>,
    pub saved_by_name: String,
}

/// One record beside the versions, about version `version`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Recorded {
    pub version: u32,
    pub body: RecordBody,
    pub at: DateTime<Utc>,
    pub by_name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum AgreementState {
    /// The parents have not answered on this action part: the support goes on meanwhile.
    Pending,
    Whole(Agreement),
    Partial(Agreement),
    None(Agreement),
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OppStatus {
    pub consultation: Option<Consultation>,
    pub agreement: AgreementState,
    /// The version the parents answered on (an earlier one when the action part is the same).
    pub agreement_version: Option<u32>,
    pub pupil_view: Option<(u32, PupilView)>,
    /// The newest version that was set, and whether it is the current one.
    pub established: Option<u32>,
    pub current_established: bool,
    /// Why the OPP may not be set now (a message key), or None when it may.
    pub blocked: Option<&'static str>,
    /// Six weeks after enrolment, while no version was set.
    pub due: Option<NaiveDate>,
    pub last_evaluation: Option<Evaluation>,
    /// The next evaluation with the parents: the date the last one set, else one year
    /// after the last evaluation or the setting (at least once per school year).
    pub next_evaluation: Option<NaiveDate>,
    pub evaluation_overdue: bool,
    /// Past the six weeks and not set yet.
    pub overdue: bool,
}

/// "At least once per school year" (1 August to 31 July): after an evaluation or the
/// setting on `last`, the next school year must have one, so it is due by the end of it.
pub fn evaluation_due(last: NaiveDate) -> NaiveDate {
    let year = if last.month() >= 8 { last.year() } else { last.year() - 1 };
    NaiveDate::from_ymd_opt(year + 2, 7, 31).unwrap_or(last)
}

/// The OPP is due six weeks after enrolment.
pub const OPP_DUE_DAYS: u64 = 42;

pub fn opp_status(versions: &[Version], records: &[Recorded], today: NaiveDate) -> Option<OppStatus> {
    let current = versions.iter().max_by_key(|v| v.number)?;
    let content_of = |n: u32| versions.iter().find(|v| v.number == n).map(|v| &v.content);
    let newest = |pick: &dyn Fn(&Recorded) -> bool| records.iter().filter(|r| pick(r)).max_by_key(|r| r.at);

    let same_perspective =
        |n| content_of(n).is_some_and(|c| c.perspective_part() == current.content.perspective_part());
    let same_action = |n| content_of(n).is_some_and(|c| c.action_part() == current.content.action_part());

    let consultation = newest(&|r| matches!(r.body, RecordBody::Consultation(_)) && same_perspective(r.version))
        .and_then(|r| match &r.body {
            RecordBody::Consultation(c) => Some(c.clone()),
            _ => None,
        });
    let agreed = newest(&|r| matches!(r.body, RecordBody::Agreement(_)) && same_action(r.version));
    let agreement = match agreed.map(|r| &r.body) {
        Some(RecordBody::Agreement(a)) => match a.choice {
            super::AgreementChoice::Whole => AgreementState::Whole(a.clone()),
            super::AgreementChoice::Partial => AgreementState::Partial(a.clone()),
            super::AgreementChoice::None => AgreementState::None(a.clone()),
        },
        _ => AgreementState::Pending,
    };
    let pupil_view = newest(&|r| matches!(r.body, RecordBody::PupilView(_))).and_then(|r| match &r.body {
        RecordBody::PupilView(p) => Some((r.version, p.clone())),
        _ => None,
    });
    let set = newest(&|r| r.body == RecordBody::Established);
    let established = records.iter().filter(|r| r.body == RecordBody::Established).map(|r| r.version).max();
    let current_established = established == Some(current.number);
    let blocked = if current_established {
        Some("doc-opp-already-set")
    } else if consultation.is_none() {
        Some("doc-opp-needs-consultation")
    } else {
        None
    };
    let due = match (established, current.content.enrolled_on) {
        (None, Some(enrolled)) => enrolled.checked_add_days(Days::new(OPP_DUE_DAYS)),
        _ => None,
    };
    let last_evaluation = records
        .iter()
        .filter_map(|r| match &r.body {
            RecordBody::Evaluation(e) => Some(e),
            _ => None,
        })
        .max_by_key(|e| e.date)
        .cloned();
    let from_setting = set.map(|r| crate::time::amsterdam(r.at).date_naive());
    let next_evaluation = match &last_evaluation {
        // The date the meeting set, but never later than the school year's rule allows.
        Some(e) => Some(e.next_date.map_or(evaluation_due(e.date), |n| n.min(evaluation_due(e.date)))),
        None => from_setting.map(evaluation_due),
    };
    Some(OppStatus {
        consultation,
        agreement,
        agreement_version: agreed.map(|r| r.version),
        pupil_view,
        established,
        current_established,
        blocked,
        due,
        last_evaluation,
        evaluation_overdue: next_evaluation.is_some_and(|d| d < today),
        overdue: due.is_some_and(|d| d < today),
        next_evaluation,
    })
}

/// The date the parents were last asked for their part, and whether they answered since
/// (saved their part after the request).
pub fn parents_request(versions: &[Version], records: &[Recorded]) -> Option<(DateTime<Utc>, Option<DateTime<Utc>>)> {
    let asked = records.iter().filter(|r| matches!(r.body, RecordBody::ParentsAsked { .. })).map(|r| r.at).max()?;
    let answered = versions
        .iter()
        .filter_map(|v| v.content.sections.get(&super::SectionKey::ParentsPart))
        .map(|w| w.at)
        .filter(|at| *at >= asked)
        .min();
    Some((asked, answered))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::UserId;
    use crate::document::content::{Author, next_content};
    use crate::document::record::{parse_agreement, parse_pupil_view};
    use crate::document::{DocumentKind, Draft, GoalDraft, SectionKey};
    use crate::traject::ParticipantRole;

    fn school() -> Author {
        Author { id: UserId::new(), name: "IB".into(), role: ParticipantRole::Coordinator }
    }

    fn goals(n: usize) -> Draft {
        Draft {
            goals: Some((0..n).map(|i| GoalDraft { goal: format!("doel {i}"), ..Default::default() }).collect()),
            sections: vec![(SectionKey::OutflowLevel, "vmbo-t".into())],
            enrolled_on: Some("2026-09-01".into()),
        }
    }

    fn version(number: u32, content: Content) -> Version {
        Version { number, content, saved_at: Utc::now(), saved_by_name: "IB".into() }
    }

    fn rec(version: u32, body: RecordBody) -> Recorded {
        Recorded { version, body, at: Utc::now(), by_name: "x".into() }
    }

    fn talk() -> RecordBody {
        RecordBody::Consultation(Consultation {
            date: "2026-10-01".parse().unwrap(),
            who: "ouders".into(),
            said: "ok".into(),
        })
    }

    #[test]
    fn an_opp_is_set_only_after_the_talk_about_its_perspective() {
        let today = "2026-11-30".parse().unwrap();
        let v1 = next_content(DocumentKind::Opp, &Content::default(), &goals(3), &school(), Utc::now()).unwrap();
        let vs = vec![version(1, v1.clone())];
        let s = opp_status(&vs, &[], today).unwrap();
        assert_eq!(s.blocked, Some("doc-opp-needs-consultation"));
        assert_eq!(s.agreement, AgreementState::Pending);
        assert_eq!(s.due, "2026-10-13".parse().ok(), "six weeks after enrolment");
        assert!(s.overdue);
        let records = vec![rec(1, talk())];
        let s = opp_status(&vs, &records, today).unwrap();
        assert_eq!(s.blocked, None);
        // A new perspective needs a new talk; a change in the goals does not.
        let change = Draft { sections: vec![(SectionKey::OutflowLevel, "havo".into())], ..Default::default() };
        let v2 = next_content(DocumentKind::Opp, &v1, &change, &school(), Utc::now()).unwrap();
        let vs2 = vec![version(1, v1.clone()), version(2, v2)];
        assert_eq!(opp_status(&vs2, &records, today).unwrap().blocked, Some("doc-opp-needs-consultation"));
        let more =
            Draft { goals: Some(vec![GoalDraft { goal: "nieuw".into(), ..Default::default() }]), ..Default::default() };
        let v2b = next_content(DocumentKind::Opp, &v1, &more, &school(), Utc::now()).unwrap();
        let vs2b = vec![version(1, v1), version(2, v2b)];
        assert_eq!(opp_status(&vs2b, &records, today).unwrap().blocked, None);
        let set = vec![rec(1, talk()), rec(2, RecordBody::Established)];
        let s = opp_status(&vs2b, &set, today).unwrap();
        assert!(s.current_established && s.due.is_none());
        assert_eq!(s.blocked, Some("doc-opp-already-set"));
        assert!(s.next_evaluation.is_some_and(|d| d > today), "evaluated within a year of setting");
    }

    #[test]
    fn an_evaluation_is_due_in_the_next_school_year() {
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        // The last day of school year 2025-2026, and the first of 2026-2027.
        assert_eq!(evaluation_due(d("2026-07-31")), d("2027-07-31"));
        assert_eq!(evaluation_due(d("2026-08-01")), d("2028-07-31"));
        assert_eq!(evaluation_due(d("2026-11-30")), d("2028-07-31"));
    }

    #[test]
    fn agreement_belongs_to_the_action_part_it_answered() {
        let today = "2026-11-30".parse().unwrap();
        let v1 = next_content(DocumentKind::Opp, &Content::default(), &goals(3), &school(), Utc::now()).unwrap();
        let partial = parse_agreement("partial", &[1, 2], "Doel 3 is te veel.", &v1).unwrap();
        let records = vec![rec(1, RecordBody::Agreement(partial.clone()))];
        let s = opp_status(&[version(1, v1.clone())], &records, today).unwrap();
        assert_eq!(s.agreement, AgreementState::Partial(partial));
        assert_eq!(s.agreement_version, Some(1));
        // Only the perspective changes: the answer still stands.
        let p = Draft { sections: vec![(SectionKey::OutflowReasons, "omdat".into())], ..Default::default() };
        let v2 = next_content(DocumentKind::Opp, &v1, &p, &school(), Utc::now()).unwrap();
        assert!(matches!(
            opp_status(&[version(1, v1.clone()), version(2, v2)], &records, today).unwrap().agreement,
            AgreementState::Partial(_)
        ));
        // The goals change: the parents are asked again, the support goes on meanwhile.
        let g = Draft {
            goals: Some(vec![GoalDraft { goal: "één doel".into(), ..Default::default() }]),
            ..Default::default()
        };
        let v3 = next_content(DocumentKind::Opp, &v1, &g, &school(), Utc::now()).unwrap();
        assert_eq!(
            opp_status(&[version(1, v1), version(3, v3)], &records, today).unwrap().agreement,
            AgreementState::Pending
        );
    }

    #[test]
    fn the_pupil_view_and_the_parents_request() {
        let today = "2026-11-30".parse().unwrap();
        let v1 = next_content(DocumentKind::Opp, &Content::default(), &goals(1), &school(), Utc::now()).unwrap();
        let view = parse_pupil_view("own_words", "Ik wil een rustige plek.").unwrap();
        let s = opp_status(&[version(1, v1)], &[rec(1, RecordBody::PupilView(view.clone()))], today).unwrap();
        assert_eq!(s.pupil_view, Some((1, view)));

        let asked = rec(1, RecordBody::ParentsAsked { message: String::new() });
        let empty = version(1, Content::default());
        assert_eq!(
            parents_request(std::slice::from_ref(&empty), std::slice::from_ref(&asked)).map(|r| r.1),
            Some(None)
        );
        let parent = Author { id: UserId::new(), name: "Ouder".into(), role: ParticipantRole::Parent };
        let d = Draft { sections: vec![(SectionKey::ParentsPart, "thuis".into())], ..Default::default() };
        let answered = next_content(DocumentKind::Groeidocument, &Content::default(), &d, &parent, Utc::now()).unwrap();
        assert!(parents_request(&[empty, version(2, answered)], &[asked]).unwrap().1.is_some());
        assert_eq!(parents_request(&[], &[]), None);
    }
}
