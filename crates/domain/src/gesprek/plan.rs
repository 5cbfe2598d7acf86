//! Planning a gesprek: when (Amsterdam time), how long, where or an online link, who leads,
//! who attends, what it is for; and the companion a parent brings.

use crate::time::from_local;
use crate::{Email, InvalidInput, ParticipantId};
use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GesprekStatus {
    Planned,
    Held,
    /// Stopped early; a follow-up carries on with what was prepared.
    Paused,
    Cancelled,
}

impl GesprekStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Planned => "planned",
            Self::Held => "held",
            Self::Paused => "paused",
            Self::Cancelled => "cancelled",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Self::Planned, Self::Held, Self::Paused, Self::Cancelled].into_iter().find(|x| x.as_str() == s)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    pub purpose: String,
    pub starts_at: DateTime<Utc>,
    pub minutes: u32,
    pub place: String,
    pub link: String,
    pub leader: ParticipantId,
    pub attendees: Vec<ParticipantId>,
}

impl Plan {
    pub fn ends_at(&self) -> DateTime<Utc> {
        self.starts_at + chrono::Duration::minutes(i64::from(self.minutes))
    }
}

pub struct PlanInput<'a> {
    pub purpose: &'a str,
    pub date: &'a str,
    pub time: &'a str,
    pub minutes: &'a str,
    pub place: &'a str,
    pub link: &'a str,
    pub leader: &'a str,
    pub attendees: Vec<&'a str>,
}

pub const PURPOSE_MAX_CHARS: usize = 500;
pub const PLACE_MAX_CHARS: usize = 200;
pub const LINK_MAX_CHARS: usize = 500;
/// How long a gesprek may last, in minutes.
pub const MINUTES: std::ops::RangeInclusive<u32> = 15..=240;

fn one_line(s: &str, max: usize) -> Option<String> {
    let t = s.trim();
    (t.chars().count() <= max && !t.chars().any(char::is_control)).then(|| t.to_owned())
}

/// A plan as typed: a day and a time in Amsterdam from now on, 15 minutes to 4 hours, a
/// place or an https link (or both), a leader and attendees who take part in the file
/// (`in_file`). The leader always attends.
pub fn parse_plan(input: &PlanInput, in_file: &[ParticipantId], now: DateTime<Utc>) -> Result<Plan, Vec<InvalidInput>> {
    let mut errors = vec![];
    let purpose = input.purpose.trim().replace("\r\n", "\n");
    if purpose.is_empty() || purpose.chars().count() > PURPOSE_MAX_CHARS {
        errors.push(InvalidInput::new("error-gesprek-purpose"));
    }
    let day = NaiveDate::parse_from_str(input.date.trim(), "%Y-%m-%d").ok();
    let time = NaiveTime::parse_from_str(input.time.trim(), "%H:%M").ok();
    let starts_at = day.zip(time).and_then(|(d, t)| from_local(d.and_time(t))).filter(|at| *at > now);
    if starts_at.is_none() {
        errors.push(InvalidInput::new("error-gesprek-when"));
    }
    let minutes = input.minutes.trim().parse::<u32>().ok().filter(|m| MINUTES.contains(m));
    if minutes.is_none() {
        errors.push(InvalidInput::new("error-gesprek-minutes"));
    }
    let place = one_line(input.place, PLACE_MAX_CHARS);
    // Only a web address: never a script or another scheme in a link people click.
    let link = one_line(input.link, LINK_MAX_CHARS)
        .filter(|l| l.is_empty() || (l.starts_with("https://") && !l.contains(' ')));
    match (&place, &link) {
        (Some(p), Some(l)) if p.is_empty() && l.is_empty() => errors.push(InvalidInput::new("error-gesprek-where")),
        (None, _) | (_, None) => errors.push(InvalidInput::new("error-gesprek-where")),
        _ => {}
    }
    let ids = |s: &str| s.parse::<ParticipantId>().ok().filter(|p| in_file.contains(p));
    let leader = ids(input.leader);
    if leader.is_none() {
        errors.push(InvalidInput::new("error-gesprek-leader"));
    }
    let mut attendees: Vec<ParticipantId> = vec![];
    for a in &input.attendees {
        match ids(a) {
            Some(p) if !attendees.contains(&p) => attendees.push(p),
            Some(_) => {}
            None => errors.push(InvalidInput::new("error-gesprek-attendees")),
        }
    }
    if let Some(l) = leader.filter(|l| !attendees.contains(l)) {
        attendees.insert(0, l);
    }
    errors.dedup();
    match (errors.is_empty(), starts_at, minutes, place, link, leader) {
        (true, Some(starts_at), Some(minutes), Some(place), Some(link), Some(leader)) => {
            Ok(Plan { purpose, starts_at, minutes, place, link, leader, attendees })
        }
        _ => Err(errors),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CompanionRelation {
    Relative,
    Friend,
    NetworkParent,
    Advocate,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CompanionRole {
    Listen,
    TakeNotes,
    SpeakForMe,
    StandUpForRights,
}

macro_rules! keyed {
    ($t:ident { $($v:ident => $s:literal),* }) => {
        impl $t {
            pub const ALL: &'static [$t] = &[$($t::$v),*];
            pub fn as_str(self) -> &'static str {
                match self { $($t::$v => $s),* }
            }
            pub fn parse(s: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|x| x.as_str() == s)
            }
        }
    };
}

keyed!(CompanionRelation { Relative => "relative", Friend => "friend", NetworkParent => "network_parent", Advocate => "advocate" });
keyed!(CompanionRole { Listen => "listen", TakeNotes => "take_notes", SpeakForMe => "speak_for_me", StandUpForRights => "stand_up_for_rights" });

/// The person a parent brings, and in what role.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Companion {
    pub name: String,
    /// Checked by `Email::parse`, lower case.
    pub email: String,
    pub relation: CompanionRelation,
    pub role: CompanionRole,
    /// Why they come, in the parent's words (told to the person leading the gesprek).
    pub why: String,
}

pub const COMPANION_NAME_MAX_CHARS: usize = 80;
pub const COMPANION_WHY_MAX_CHARS: usize = 300;

pub fn parse_companion(
    name: &str,
    email: &str,
    relation: &str,
    role: &str,
    why: &str,
) -> Result<Companion, Vec<InvalidInput>> {
    let mut errors = vec![];
    let name = one_line(name, COMPANION_NAME_MAX_CHARS).filter(|n| !n.is_empty());
    if name.is_none() {
        errors.push(InvalidInput::new("error-companion-name"));
    }
    let email = Email::parse(email).ok().map(|e| e.as_str().to_owned());
    if email.is_none() {
        errors.push(InvalidInput::new("error-companion-email"));
    }
    let relation = CompanionRelation::parse(relation);
    let role = CompanionRole::parse(role);
    if relation.is_none() || role.is_none() {
        errors.push(InvalidInput::new("error-companion-role"));
    }
    let why = one_line(why, COMPANION_WHY_MAX_CHARS);
    if why.is_none() {
        errors.push(InvalidInput::new("error-companion-why"));
    }
    match (name, email, relation, role, why) {
        (Some(name), Some(email), Some(relation), Some(role), Some(why)) if errors.is_empty() => {
            Ok(Companion { name, email, relation, role, why })
        }
        _ => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input<'a>(date: &'a str, time: &'a str, leader: &'a str, attendees: Vec<&'a str>) -> PlanInput<'a> {
        PlanInput {
            purpose: "Bespreken hoe het gaat met lezen",
            date,
            time,
            minutes: "45",
            place: "School, kamer van de IB'er",
            link: "",
            leader,
            attendees,
        }
    }

    #[test]
    fn a_plan_is_checked() {
        let now: DateTime<Utc> = "2026-11-30T08:00:00Z".parse().unwrap();
        let (a, b, stranger) = (ParticipantId::new(), ParticipantId::new(), ParticipantId::new());
        let file = [a, b];
        let (sa, sb) = (a.to_string(), b.to_string());
        let ok = parse_plan(&input("2026-12-08", "15:30", &sa, vec![&sb]), &file, now).unwrap();
        assert_eq!(ok.starts_at, "2026-12-08T14:30:00Z".parse::<DateTime<Utc>>().unwrap(), "Amsterdam winter time");
        assert_eq!(ok.attendees, vec![a, b], "the leader attends");
        assert_eq!(ok.ends_at(), "2026-12-08T15:15:00Z".parse::<DateTime<Utc>>().unwrap());
        let keys = |r: Result<Plan, Vec<InvalidInput>>| r.unwrap_err().into_iter().map(|e| e.key).collect::<Vec<_>>();
        assert_eq!(
            keys(parse_plan(&input("2026-11-29", "15:30", &sa, vec![]), &file, now)),
            vec!["error-gesprek-when"]
        );
        assert_eq!(keys(parse_plan(&input("8-12-2026", "15:30", &sa, vec![]), &file, now)), vec!["error-gesprek-when"]);
        let st = stranger.to_string();
        assert_eq!(
            keys(parse_plan(&input("2026-12-08", "15:30", &st, vec![]), &file, now)),
            vec!["error-gesprek-leader"]
        );
        assert_eq!(
            keys(parse_plan(&input("2026-12-08", "15:30", &sa, vec![&st]), &file, now)),
            vec!["error-gesprek-attendees"]
        );
        let mut bad = input("2026-12-08", "15:30", &sa, vec![]);
        bad.place = "";
        bad.link = "javascript:alert(1)";
        bad.minutes = "600";
        assert_eq!(keys(parse_plan(&bad, &file, now)), vec!["error-gesprek-minutes", "error-gesprek-where"]);
        bad.link = "https://meet.example/abc";
        bad.minutes = "30";
        assert_eq!(parse_plan(&bad, &file, now).unwrap().link, "https://meet.example/abc");
    }

    #[test]
    fn a_companion_is_checked() {
        let ok = parse_companion("Els Visser", "els@voorbeeld.nl", "friend", "take_notes", "Ze schrijft mee.").unwrap();
        assert_eq!((ok.relation, ok.role), (CompanionRelation::Friend, CompanionRole::TakeNotes));
        let e = parse_companion("", "geen", "buurman", "take_notes", "").unwrap_err();
        assert_eq!(
            e.iter().map(|e| e.key).collect::<Vec<_>>(),
            vec!["error-companion-name", "error-companion-email", "error-companion-role"]
        );
    }
}
