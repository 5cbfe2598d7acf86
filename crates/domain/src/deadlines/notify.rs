//! Notifications of the parents' clock: when a deadline comes close or passes, the parents
//! are told, in the app and by e-mail (at once or in a daily digest). A notification is
//! repeated at growing intervals until it is acknowledged; a "soon" one stops when the
//! deadline passes, and the "passed" one that follows says what that means.

use super::{Deadline, DeadlineKind, State};
use crate::time::{amsterdam, from_local};
use chrono::{DateTime, Duration, NaiveTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Delivery {
    /// An e-mail as soon as there is news.
    #[default]
    AtOnce,
    /// One e-mail a day, at seven in the morning, with everything new.
    Daily,
}

impl Delivery {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::AtOnce => "at_once",
            Self::Daily => "daily",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Self::AtOnce, Self::Daily].into_iter().find(|d| d.as_str() == s)
    }

    /// When a notification due at `at` is mailed.
    pub fn send_at(self, at: DateTime<Utc>) -> DateTime<Utc> {
        match self {
            Self::AtOnce => at,
            Self::Daily => next_morning(at),
        }
    }
}

/// Seven in the morning in Amsterdam, at or after `at`.
pub fn next_morning(at: DateTime<Utc>) -> DateTime<Utc> {
    let seven = NaiveTime::from_hms_opt(7, 0, 0).unwrap_or_default();
    let local = amsterdam(at);
    let today = local.date_naive().and_time(seven);
    let day = if local.naive_local() <= today { today } else { today + Duration::days(1) };
    // 07:00 always exists (summer time changes at night).
    from_local(day).unwrap_or(at)
}

/// The notifications a deadline asks for: one while it is near, one when it has passed.
pub fn ask(d: &Deadline) -> Option<&'static str> {
    match d.state {
        State::Soon => Some("soon"),
        State::Overdue if d.kind != DeadlineKind::Commitment => Some("overdue"),
        State::Overdue => Some("soon"),
        State::Later | State::Done => None,
    }
}

/// How long after the `sent`-th e-mail the next reminder goes: 1, 2, 4, 8, then every 14 days.
pub fn reminder_after(sent: u32) -> Duration {
    Duration::days(match sent {
        0 | 1 => 1,
        2 => 2,
        3 => 4,
        4 => 8,
        _ => 14,
    })
}

/// Reminders stop after this many e-mails; the notification stays in the inbox.
pub const MAX_MAILS: u32 = 6;

/// After a failed attempt to mail, try again after 5, 10, 20, ... minutes (at most 6 hours).
pub fn retry_after(failures: u32) -> Duration {
    Duration::minutes(5 * (1i64 << failures.min(7))).min(Duration::hours(6))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    #[test]
    fn a_daily_digest_goes_at_seven_in_amsterdam_in_winter_and_summer() {
        assert_eq!(next_morning(t("2026-11-30T05:00:00Z")), t("2026-11-30T06:00:00Z"), "06:00 local: this morning");
        assert_eq!(next_morning(t("2026-11-30T06:00:00Z")), t("2026-11-30T06:00:00Z"), "07:00 sharp");
        assert_eq!(next_morning(t("2026-11-30T06:01:00Z")), t("2026-12-01T06:00:00Z"), "tomorrow");
        // Across the change to summer time (29 March 2026).
        assert_eq!(next_morning(t("2026-03-28T12:00:00Z")), t("2026-03-29T05:00:00Z"));
        assert_eq!(Delivery::AtOnce.send_at(t("2026-11-30T12:00:00Z")), t("2026-11-30T12:00:00Z"));
    }

    #[test]
    fn reminders_grow_and_retries_back_off() {
        let days: Vec<i64> = (1..=6).map(|n| reminder_after(n).num_days()).collect();
        assert_eq!(days, vec![1, 2, 4, 8, 14, 14]);
        assert_eq!(retry_after(0), Duration::minutes(5));
        assert_eq!(retry_after(2), Duration::minutes(20));
        assert_eq!(retry_after(30), Duration::hours(6));
    }

    #[test]
    fn what_a_deadline_asks() {
        let d = |kind, state| Deadline {
            kind,
            due: "2026-12-01".parse().unwrap(),
            from: "2026-10-01".parse().unwrap(),
            what: String::new(),
            state,
        };
        assert_eq!(ask(&d(DeadlineKind::OppDue, State::Soon)), Some("soon"));
        assert_eq!(ask(&d(DeadlineKind::OppDue, State::Overdue)), Some("overdue"));
        assert_eq!(ask(&d(DeadlineKind::OppDue, State::Later)), None);
        assert_eq!(ask(&d(DeadlineKind::OppDue, State::Done)), None);
        assert_eq!(ask(&d(DeadlineKind::Commitment, State::Overdue)), Some("soon"), "one notice per agreement");
    }
}
