//! The parents' clock: every deadline that follows from the dates in a file. Parents (and
//! school) enter the dates they know; the OPP's dates come from its documents and the
//! agreements' due dates from the gesprekken. Periods are configuration with the legal
//! defaults; days are Amsterdam days.

pub mod letters;
pub mod notify;

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

/// The periods of the law, in weeks; an installation may set its own (1 to 52).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Periods {
    /// Zorgplicht: school decides within this many weeks of the written registration...
    pub zorgplicht_weeks: u32,
    /// ...once extendable by this many.
    pub zorgplicht_extension_weeks: u32,
    /// The OPP is set within this many weeks of enrolment.
    pub opp_weeks: u32,
    /// An objection (TLV) or a request to the Geschillencommissie within this many weeks.
    pub objection_weeks: u32,
    /// A child at home this many weeks is a thuiszitter: time for the onderwijsconsulent.
    pub thuiszitten_weeks: u32,
    /// A deadline this many days away or less is "soon".
    pub soon_days: u32,
}

impl Default for Periods {
    fn default() -> Self {
        Self {
            zorgplicht_weeks: 6,
            zorgplicht_extension_weeks: 4,
            opp_weeks: 6,
            objection_weeks: 6,
            thuiszitten_weeks: 4,
            soon_days: 14,
        }
    }
}

impl Periods {
    pub fn validate(&self) -> Result<(), String> {
        let weeks = [
            ("zorgplicht_weeks", self.zorgplicht_weeks),
            ("zorgplicht_extension_weeks", self.zorgplicht_extension_weeks),
            ("opp_weeks", self.opp_weeks),
            ("objection_weeks", self.objection_weeks),
            ("thuiszitten_weeks", self.thuiszitten_weeks),
        ];
        match weeks.iter().find(|(_, w)| !(1..=52).contains(w)) {
            Some((name, w)) => Err(format!("deadlines.{name}: {w} is not 1 to 52 weeks")),
            None if self.soon_days > 90 => Err(format!("deadlines.soon_days: {} is more than 90", self.soon_days)),
            None => Ok(()),
        }
    }
}

/// A date the file knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateKind {
    /// The written registration (aanmelding) at a school.
    Registration,
    /// The school said it takes the extra weeks for its decision.
    Extension,
    /// Enrolment (inschrijving) at the school.
    Enrolment,
    /// A decision on a TLV, admission, removal or the OPP was received.
    TlvDecision,
    AdmissionDecision,
    RemovalDecision,
    OppDecision,
    /// The first day the child stayed at home.
    FirstDayAtHome,
    /// Back at school (or another place): the thuiszitten signal ends.
    BackAtSchool,
}

impl DateKind {
    pub const ALL: [DateKind; 9] = [
        Self::Registration,
        Self::Extension,
        Self::Enrolment,
        Self::TlvDecision,
        Self::AdmissionDecision,
        Self::RemovalDecision,
        Self::OppDecision,
        Self::FirstDayAtHome,
        Self::BackAtSchool,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Registration => "registration",
            Self::Extension => "extension",
            Self::Enrolment => "enrolment",
            Self::TlvDecision => "tlv_decision",
            Self::AdmissionDecision => "admission_decision",
            Self::RemovalDecision => "removal_decision",
            Self::OppDecision => "opp_decision",
            Self::FirstDayAtHome => "first_day_at_home",
            Self::BackAtSchool => "back_at_school",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }

    pub fn label_key(self) -> String {
        format!("clock-date-{}", self.as_str().replace('_', "-"))
    }

    fn decision(self) -> bool {
        matches!(self, Self::TlvDecision | Self::AdmissionDecision | Self::RemovalDecision | Self::OppDecision)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct KnownDate {
    pub kind: DateKind,
    pub day: NaiveDate,
}

/// A date as typed: a real day, not in the future (it happened), not before 2000.
pub fn parse_date(kind: &str, day: &str, today: NaiveDate) -> Result<KnownDate, crate::InvalidInput> {
    let kind = DateKind::parse(kind).ok_or(crate::InvalidInput::new("error-clock-kind"))?;
    let day = NaiveDate::parse_from_str(day.trim(), "%Y-%m-%d")
        .ok()
        .filter(|d| *d <= today && d.format("%Y").to_string().as_str() >= "2000")
        .ok_or(crate::InvalidInput::new("error-clock-day"))?;
    Ok(KnownDate { kind, day })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DeadlineKind {
    ZorgplichtDecision,
    TemporaryPlace,
    OppDue,
    OppEvaluation,
    TlvObjection,
    Geschillencommissie,
    Thuiszitten,
    Commitment,
}

impl DeadlineKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::ZorgplichtDecision => "zorgplicht_decision",
            Self::TemporaryPlace => "temporary_place",
            Self::OppDue => "opp_due",
            Self::OppEvaluation => "opp_evaluation",
            Self::TlvObjection => "tlv_objection",
            Self::Geschillencommissie => "geschillencommissie",
            Self::Thuiszitten => "thuiszitten",
            Self::Commitment => "commitment",
        }
    }

    pub const ALL: [DeadlineKind; 8] = [
        Self::ZorgplichtDecision,
        Self::TemporaryPlace,
        Self::OppDue,
        Self::OppEvaluation,
        Self::TlvObjection,
        Self::Geschillencommissie,
        Self::Thuiszitten,
        Self::Commitment,
    ];

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }

    pub fn key(self) -> String {
        self.as_str().replace('_', "-")
    }

    /// The kennisbank article that explains it.
    pub fn article(self) -> Option<&'static str> {
        Some(match self {
            Self::ZorgplichtDecision | Self::TemporaryPlace => "zorgplicht",
            Self::OppDue | Self::OppEvaluation => "opp-instemming-evaluatie",
            Self::TlvObjection => "bezwaar-tlv",
            Self::Geschillencommissie => "geschillencommissie",
            Self::Thuiszitten => "onderwijsconsulent-inschakelen",
            Self::Commitment => return None,
        })
    }

    /// The letter a parent can send for it.
    pub fn letter(self) -> Option<Letter> {
        match self {
            Self::ZorgplichtDecision | Self::TemporaryPlace => Some(Letter::Zorgplicht),
            Self::OppEvaluation | Self::OppDue => Some(Letter::OppEvaluation),
            Self::TlvObjection | Self::Geschillencommissie => Some(Letter::Objection),
            Self::Thuiszitten => Some(Letter::Onderwijsconsulent),
            Self::Commitment => None,
        }
    }
}

/// The letters a signal can ask of a parent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Letter {
    Zorgplicht,
    OppEvaluation,
    Objection,
    Onderwijsconsulent,
}

impl Letter {
    pub const ALL: [Letter; 4] = [Self::Zorgplicht, Self::OppEvaluation, Self::Objection, Self::Onderwijsconsulent];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Zorgplicht => "zorgplicht",
            Self::OppEvaluation => "opp-evaluatie",
            Self::Objection => "bezwaar",
            Self::Onderwijsconsulent => "onderwijsconsulent",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.as_str() == s)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum State {
    Overdue,
    Soon,
    Later,
    Done,
}

impl State {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Overdue => "overdue",
            Self::Soon => "soon",
            Self::Later => "later",
            Self::Done => "done",
        }
    }
}

/// One deadline: when, what it follows from, and where it stands today.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Deadline {
    pub kind: DeadlineKind,
    pub due: NaiveDate,
    /// The day it follows from.
    pub from: NaiveDate,
    /// For an agreement: who does what.
    pub what: String,
    pub state: State,
}

/// What the documents and gesprekken add to the dates entered.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FromFile {
    /// The day an OPP was first set, if one was.
    pub opp_set: Option<NaiveDate>,
    /// The next OPP evaluation with the parents, as the OPP's status computes it.
    pub opp_evaluation: Option<NaiveDate>,
    /// The day the OPP's evaluation moment was set from (its setting or last evaluation).
    pub opp_evaluation_from: Option<NaiveDate>,
    /// Agreements from gesprekken: (who and what, due, the gesprek's day).
    pub commitments: Vec<(String, NaiveDate, NaiveDate)>,
}

fn weeks(d: NaiveDate, w: u32) -> NaiveDate {
    d.checked_add_days(Days::new(u64::from(w) * 7)).unwrap_or(d)
}

fn latest(dates: &[KnownDate], kind: DateKind) -> Option<NaiveDate> {
    dates.iter().filter(|d| d.kind == kind).map(|d| d.day).max()
}

/// Every deadline that follows from the file, soonest first (done ones last).
pub fn deadlines(dates: &[KnownDate], file: &FromFile, periods: &Periods, today: NaiveDate) -> Vec<Deadline> {
    let state = |due: NaiveDate, done: bool| {
        if done {
            State::Done
        } else if due < today {
            State::Overdue
        } else if (due - today).num_days() <= i64::from(periods.soon_days) {
            State::Soon
        } else {
            State::Later
        }
    };
    let mut out = vec![];
    let mut push =
        |kind, due, from, what: String, done| out.push(Deadline { kind, due, from, what, state: state(due, done) });
    if let Some(r) = latest(dates, DateKind::Registration) {
        let extended = latest(dates, DateKind::Extension).is_some_and(|e| e >= r);
        let decided = latest(dates, DateKind::AdmissionDecision).is_some_and(|d| d >= r);
        let weeks_to_decide = periods.zorgplicht_weeks + if extended { periods.zorgplicht_extension_weeks } else { 0 };
        push(DeadlineKind::ZorgplichtDecision, weeks(r, weeks_to_decide), r, String::new(), decided);
        let place = weeks(r, periods.zorgplicht_weeks + periods.zorgplicht_extension_weeks);
        push(DeadlineKind::TemporaryPlace, place, r, String::new(), decided);
    }
    if let Some(e) = latest(dates, DateKind::Enrolment) {
        let set = file.opp_set.is_some_and(|s| s >= e) || latest(dates, DateKind::OppDecision).is_some_and(|d| d >= e);
        push(DeadlineKind::OppDue, weeks(e, periods.opp_weeks), e, String::new(), set);
    }
    if let Some(next) = file.opp_evaluation {
        push(DeadlineKind::OppEvaluation, next, file.opp_evaluation_from.unwrap_or(next), String::new(), false);
    }
    for d in dates.iter().filter(|d| d.kind.decision()) {
        let kind = if d.kind == DateKind::TlvDecision {
            DeadlineKind::TlvObjection
        } else {
            DeadlineKind::Geschillencommissie
        };
        // A period to object that ran out is kept as done: the parent is told what that means.
        let due = weeks(d.day, periods.objection_weeks);
        push(kind, due, d.day, d.kind.as_str().to_owned(), false);
    }
    if let Some(home) = latest(dates, DateKind::FirstDayAtHome) {
        let back = latest(dates, DateKind::BackAtSchool).is_some_and(|b| b >= home);
        push(DeadlineKind::Thuiszitten, weeks(home, periods.thuiszitten_weeks), home, String::new(), back);
    }
    for (what, due, from) in &file.commitments {
        push(DeadlineKind::Commitment, *due, *from, what.clone(), false);
    }
    out.sort_by_key(|d| (d.state == State::Done, d.due));
    out
}

/// The deadlines that ask for attention now: overdue or soon.
pub fn signals(all: &[Deadline]) -> Vec<&Deadline> {
    all.iter().filter(|d| matches!(d.state, State::Overdue | State::Soon)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn known(kind: DateKind, s: &str) -> KnownDate {
        KnownDate { kind, day: day(s) }
    }

    fn find(all: &[Deadline], kind: DeadlineKind) -> Deadline {
        all.iter().find(|d| d.kind == kind).cloned().unwrap()
    }

    #[test]
    fn zorgplicht_six_weeks_once_ten_and_a_temporary_place() {
        let p = Periods::default();
        let dates = [known(DateKind::Registration, "2026-09-01")];
        // Day 41, 42 and 43 after registration.
        for (today, state) in [("2026-10-12", State::Soon), ("2026-10-13", State::Soon), ("2026-10-14", State::Overdue)]
        {
            let d = find(&deadlines(&dates, &FromFile::default(), &p, day(today)), DeadlineKind::ZorgplichtDecision);
            assert_eq!((d.due, d.state), (day("2026-10-13"), state), "{today}");
        }
        let extended = [known(DateKind::Registration, "2026-09-01"), known(DateKind::Extension, "2026-10-01")];
        let all = deadlines(&extended, &FromFile::default(), &p, day("2026-10-14"));
        assert_eq!(find(&all, DeadlineKind::ZorgplichtDecision).due, day("2026-11-10"), "ten weeks");
        assert_eq!(find(&all, DeadlineKind::TemporaryPlace).due, day("2026-11-10"));
        let decided = [known(DateKind::Registration, "2026-09-01"), known(DateKind::AdmissionDecision, "2026-10-05")];
        let all = deadlines(&decided, &FromFile::default(), &p, day("2026-11-30"));
        assert_eq!(find(&all, DeadlineKind::ZorgplichtDecision).state, State::Done);
        assert_eq!(find(&all, DeadlineKind::Geschillencommissie).due, day("2026-11-16"), "six weeks to object");
        assert_eq!(find(&all, DeadlineKind::Geschillencommissie).state, State::Overdue);
    }

    #[test]
    fn opp_thuiszitten_objection_and_agreements() {
        let p = Periods::default();
        let dates = [
            known(DateKind::Enrolment, "2026-08-31"),
            known(DateKind::FirstDayAtHome, "2026-11-02"),
            known(DateKind::TlvDecision, "2026-11-20"),
        ];
        let file = FromFile {
            opp_set: None,
            opp_evaluation: Some(day("2027-06-15")),
            opp_evaluation_from: Some(day("2026-06-15")),
            commitments: vec![("Juf Mark: leesplan".into(), day("2026-12-01"), day("2026-11-10"))],
        };
        let all = deadlines(&dates, &file, &p, day("2026-11-30"));
        assert_eq!(find(&all, DeadlineKind::OppDue).due, day("2026-10-12"));
        assert_eq!(find(&all, DeadlineKind::OppDue).state, State::Overdue);
        assert_eq!(find(&all, DeadlineKind::Thuiszitten).due, day("2026-11-30"));
        assert_eq!(find(&all, DeadlineKind::Thuiszitten).state, State::Soon, "today is the day");
        assert_eq!(find(&all, DeadlineKind::TlvObjection).due, day("2027-01-01"));
        assert_eq!(find(&all, DeadlineKind::Commitment).state, State::Soon);
        assert_eq!(find(&all, DeadlineKind::OppEvaluation).state, State::Later);
        assert_eq!(all[0].kind, DeadlineKind::OppDue, "soonest first");
        let set = FromFile { opp_set: Some(day("2026-10-01")), ..file.clone() };
        assert_eq!(find(&deadlines(&dates, &set, &p, day("2026-11-30")), DeadlineKind::OppDue).state, State::Done);
        let back = [dates.as_slice(), &[known(DateKind::BackAtSchool, "2026-11-20")]].concat();
        assert_eq!(find(&deadlines(&back, &file, &p, day("2026-11-30")), DeadlineKind::Thuiszitten).state, State::Done);
        assert_eq!(signals(&all).len(), 3, "overdue and soon only: not the objection a month away");
    }

    #[test]
    fn periods_are_checked_and_dates_parsed() {
        assert!(Periods::default().validate().is_ok());
        assert!(Periods { opp_weeks: 0, ..Periods::default() }.validate().is_err());
        let today = day("2026-11-30");
        assert!(parse_date("registration", "2026-11-30", today).is_ok());
        assert_eq!(parse_date("registration", "2026-12-01", today).unwrap_err().key, "error-clock-day");
        assert_eq!(parse_date("birthday", "2026-11-01", today).unwrap_err().key, "error-clock-kind");
        assert_eq!(parse_date("enrolment", "1999-12-31", today).unwrap_err().key, "error-clock-day");
    }
}
