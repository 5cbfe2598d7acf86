//! The rules for signing in: how long a sign-in link lives, what makes a password
//! acceptable, when a link may be used, and how many attempts an address or e-mail gets.

use crate::InvalidInput;
use chrono::{DateTime, Duration, TimeZone, Utc};

/// A sign-in link works for 15 minutes, once.
pub const LOGIN_LINK_VALIDITY: Duration = Duration::minutes(15);

/// Why a sign-in link can no longer be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkProblem {
    Unknown,
    Expired,
    AlreadyUsed,
}

/// Decides whether a stored sign-in link may be used now.
pub fn check_login_link(
    expires_at: DateTime<Utc>,
    used_at: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Result<(), LinkProblem> {
    if used_at.is_some() {
        return Err(LinkProblem::AlreadyUsed);
    }
    if now >= expires_at {
        return Err(LinkProblem::Expired);
    }
    Ok(())
}

/// A password a professional chose. Length is what makes a password strong; we ask for
/// 12 characters and allow any character, including spaces, so pass phrases work.
pub struct Password(String);

impl Password {
    pub const MIN_CHARS: usize = 12;
    pub const MAX_CHARS: usize = 128;

    pub fn parse(input: &str) -> Result<Self, InvalidInput> {
        let n = input.chars().count();
        if n < Self::MIN_CHARS {
            return Err(InvalidInput::new("error-password-too-short"));
        }
        if n > Self::MAX_CHARS {
            return Err(InvalidInput::new("error-password-too-long"));
        }
        Ok(Self(input.to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

/// A fixed-window limit: at most `max` attempts per `window` for one key.
#[derive(Debug, Clone, Copy)]
pub struct RateLimit {
    pub max: u32,
    pub window: Duration,
}

impl RateLimit {
    /// Sign-in links asked for from one network address. Counted apart from password
    /// attempts, so someone guessing passwords cannot stop parents from getting a link.
    pub const LINKS_PER_ADDRESS: RateLimit = RateLimit { max: 20, window: Duration::minutes(15) };
    /// Sign-in links mailed to one e-mail address, from anywhere.
    pub const LINKS_PER_EMAIL: RateLimit = RateLimit { max: 5, window: Duration::minutes(15) };
    /// Password attempts from one network address.
    pub const PASSWORDS_PER_ADDRESS: RateLimit = RateLimit { max: 20, window: Duration::minutes(15) };
    /// Password attempts for one account, from anywhere.
    pub const PASSWORDS_PER_EMAIL: RateLimit = RateLimit { max: 5, window: Duration::minutes(15) };
    /// Sign-in links and invitations opened from one network address (a token is 256 bits;
    /// this only keeps a flood of guesses off the database).
    pub const REDEEMS_PER_ADDRESS: RateLimit = RateLimit { max: 60, window: Duration::minutes(15) };
    /// Invitations one person sends.
    pub const INVITATIONS_PER_USER: RateLimit = RateLimit { max: 30, window: Duration::hours(1) };
    /// "Goed artikel?" answers from one network address.
    pub const FEEDBACK_PER_ADDRESS: RateLimit = RateLimit { max: 10, window: Duration::hours(1) };

    /// The start of the window that `now` falls in; attempts are counted per window.
    pub fn window_start(&self, now: DateTime<Utc>) -> DateTime<Utc> {
        let secs = self.window.num_seconds().max(1);
        let start = now.timestamp().div_euclid(secs) * secs;
        Utc.timestamp_opt(start, 0).single().unwrap_or(now)
    }

    /// Whether the attempt that brought the count to `count` may go ahead.
    pub fn allows(&self, count: u32) -> bool {
        count <= self.max
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    #[test]
    fn login_link_rules() {
        let issued = t("2026-11-24T10:00:00Z");
        let expires = issued + LOGIN_LINK_VALIDITY;
        assert_eq!(check_login_link(expires, None, issued), Ok(()));
        assert_eq!(check_login_link(expires, None, t("2026-11-24T10:14:59Z")), Ok(()));
        assert_eq!(check_login_link(expires, None, t("2026-11-24T10:15:00Z")), Err(LinkProblem::Expired));
        assert_eq!(check_login_link(expires, Some(issued), issued), Err(LinkProblem::AlreadyUsed));
    }

    #[test]
    fn password_length() {
        assert_eq!(Password::parse("kort").err().unwrap().key, "error-password-too-short");
        assert!(Password::parse("twaalf tekens").is_ok());
        assert!(Password::parse(&"é".repeat(12)).is_ok());
        assert_eq!(Password::parse(&"a".repeat(129)).err().unwrap().key, "error-password-too-long");
    }

    #[test]
    fn rate_limit_windows() {
        let rl = RateLimit { max: 2, window: Duration::minutes(15) };
        assert_eq!(rl.window_start(t("2026-11-24T10:14:59Z")), t("2026-11-24T10:00:00Z"));
        assert_eq!(rl.window_start(t("2026-11-24T10:15:00Z")), t("2026-11-24T10:15:00Z"));
        assert!(rl.allows(1) && rl.allows(2) && !rl.allows(3));
    }
}
