//! A person's name as shown to others: not empty, not absurdly long, no control characters.

use crate::InvalidInput;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct PersonName(String);

impl PersonName {
    pub const MAX_CHARS: usize = 100;

    pub fn parse(input: &str) -> Result<Self, InvalidInput> {
        let s = input.trim();
        if s.is_empty() {
            return Err(InvalidInput::new("error-name-empty"));
        }
        if s.chars().count() > Self::MAX_CHARS {
            return Err(InvalidInput::new("error-name-too-long"));
        }
        if s.chars().any(char::is_control) {
            return Err(InvalidInput::new("error-name-invalid"));
        }
        Ok(Self(s.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trims_and_checks() {
        assert_eq!(PersonName::parse("  Fatima el Amrani ").unwrap().as_str(), "Fatima el Amrani");
        assert_eq!(PersonName::parse(" ").unwrap_err().key, "error-name-empty");
        assert_eq!(PersonName::parse(&"a".repeat(101)).unwrap_err().key, "error-name-too-long");
        assert!(PersonName::parse(&"é".repeat(100)).is_ok());
        assert_eq!(PersonName::parse("a\u{0}b").unwrap_err().key, "error-name-invalid");
    }
}
