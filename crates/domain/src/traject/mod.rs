//! The shared file of one child's support route: its steps, who takes part in which role,
//! what each role may do, and the parents' consent that gates outside people. The store
//! persists what this module decides.

pub mod consent;
pub mod invite;
pub mod permissions;
pub mod step;

pub use consent::{Consent, ConsentKind};
pub use permissions::{Action, ParticipantRole};
pub use step::Step;

use crate::InvalidInput;
use chrono::NaiveDate;

/// The child, with no more than the file needs: first and last name, date of birth, class.
#[derive(Debug, Clone, PartialEq)]
pub struct ChildDetails {
    pub first_name: String,
    pub last_name: String,
    pub date_of_birth: NaiveDate,
    pub class_name: String,
}

impl ChildDetails {
    pub fn parse(
        first: &str,
        last: &str,
        born: &str,
        class: &str,
        today: NaiveDate,
    ) -> Result<Self, Vec<InvalidInput>> {
        let mut errors = vec![];
        let name_ok =
            |s: &str| !s.trim().is_empty() && s.trim().chars().count() <= 80 && !s.chars().any(char::is_control);
        if !name_ok(first) {
            errors.push(InvalidInput::new("error-child-first-name"));
        }
        if !name_ok(last) {
            errors.push(InvalidInput::new("error-child-last-name"));
        }
        let date = crate::time::parse_day(born);
        // Children in passend onderwijs are of school age; 2 to 25 covers voorschool to vso.
        let plausible = date.filter(|d| *d < today && today.years_since(*d).is_some_and(|y| (2..=25).contains(&y)));
        if plausible.is_none() {
            errors.push(InvalidInput::new("error-child-date-of-birth"));
        }
        if class.trim().chars().count() > 40 || class.chars().any(char::is_control) {
            errors.push(InvalidInput::new("error-child-class"));
        }
        match (errors.is_empty(), plausible) {
            (true, Some(date_of_birth)) => Ok(Self {
                first_name: first.trim().to_owned(),
                last_name: last.trim().to_owned(),
                date_of_birth,
                class_name: class.trim().to_owned(),
            }),
            _ => Err(errors),
        }
    }
}

/// A note's visibility: shared with everyone in the file, or private to its author (so a
/// parent's private notes never reach the school, and the other way round).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoteVisibility {
    Shared,
    Private,
}

impl NoteVisibility {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Shared => "shared",
            Self::Private => "private",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "shared" => Some(Self::Shared),
            "private" => Some(Self::Private),
            _ => None,
        }
    }
}

pub const NOTE_MAX_CHARS: usize = 5000;

pub fn parse_note(body: &str) -> Result<String, InvalidInput> {
    let b = body.trim();
    if b.is_empty() || b.chars().count() > NOTE_MAX_CHARS {
        return Err(InvalidInput::new("error-note"));
    }
    Ok(b.replace("\r\n", "\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn child_details_are_checked() {
        let today: NaiveDate = "2026-11-24".parse().unwrap();
        let ok = ChildDetails::parse(" Daan ", "de Vries", "2017-03-14", "groep 6", today).unwrap();
        assert_eq!((ok.first_name.as_str(), ok.class_name.as_str()), ("Daan", "groep 6"));
        let keys =
            |r: Result<ChildDetails, Vec<InvalidInput>>| r.unwrap_err().into_iter().map(|e| e.key).collect::<Vec<_>>();
        assert_eq!(keys(ChildDetails::parse("", "x", "2017-03-14", "", today)), vec!["error-child-first-name"]);
        assert_eq!(keys(ChildDetails::parse("a", "b", "2030-01-01", "", today)), vec!["error-child-date-of-birth"]);
        let shown = ChildDetails::parse("a", "b", "14-03-2017", "", today).unwrap();
        assert_eq!(shown.date_of_birth, ok.date_of_birth, "the way the app shows it is read too");
        assert_eq!(keys(ChildDetails::parse("a", "b", "31-02-2017", "", today)), vec!["error-child-date-of-birth"]);
        assert_eq!(keys(ChildDetails::parse("a", "b", "1990-01-01", "", today)), vec!["error-child-date-of-birth"]);
        assert!(parse_note("  ").is_err());
        assert!(parse_note(&"x".repeat(5001)).is_err());
    }

    proptest::proptest! {
        /// Whatever is typed into the form that starts a file, the check answers (never
        /// panics), and what it accepts is clean: trimmed names of 1 to 80 characters
        /// without control characters, a child of 2 to 25.
        #[test]
        fn any_child_details_are_answered_and_what_passes_is_clean(
            first in "\\PC{0,90}", last in "\\PC{0,90}", born in "[0-9./ -]{0,12}|\\PC{0,12}", class in "\\PC{0,50}",
            day in 1u32..28, month in 1u32..13, year in 1990i32..2030,
        ) {
            let today: NaiveDate = "2026-11-24".parse().unwrap();
            for born in [born, format!("{day}-{month}-{year}"), format!("{year}-{month:02}-{day:02}")] {
                if let Ok(c) = ChildDetails::parse(&first, &last, &born, &class, today) {
                    for name in [&c.first_name, &c.last_name] {
                        proptest::prop_assert!(name.trim() == name.as_str() && !name.is_empty() && name.chars().count() <= 80);
                        proptest::prop_assert!(!name.chars().any(char::is_control));
                    }
                    proptest::prop_assert!((2..=25).contains(&today.years_since(c.date_of_birth).unwrap_or(99)));
                    proptest::prop_assert!(c.class_name.chars().count() <= 40);
                }
            }
        }

        /// A note is kept as typed (trimmed, line ends made one kind), or refused: never cut.
        #[test]
        fn a_note_is_kept_whole_or_refused(body in "\\PC{0,40}|[a-z\r\n ]{4990,5010}") {
            match parse_note(&body) {
                Ok(kept) => {
                    proptest::prop_assert_eq!(kept, body.trim().replace("\r\n", "\n"));
                    proptest::prop_assert!(body.trim().chars().count() <= NOTE_MAX_CHARS);
                }
                Err(_) => proptest::prop_assert!(body.trim().is_empty() || body.trim().chars().count() > NOTE_MAX_CHARS),
            }
        }
    }
}
