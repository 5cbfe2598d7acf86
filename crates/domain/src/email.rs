//! An e-mail address that passed a plain syntax check, stored in lower case so one person
//! cannot end up with two accounts that differ only in capitals.

use crate::InvalidInput;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct Email(String);

impl Email {
    pub const MAX_LEN: usize = 254;

    pub fn parse(input: &str) -> Result<Self, InvalidInput> {
        let s = input.trim().to_lowercase();
        let invalid = InvalidInput::new("error-email-invalid");
        if s.is_empty() {
            return Err(InvalidInput::new("error-email-empty"));
        }
        if s.len() > Self::MAX_LEN || s.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(invalid);
        }
        let (local, domain) = s.split_once('@').ok_or(invalid.clone())?;
        let domain_ok = domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..")
            && domain.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '.');
        if local.is_empty() || local.len() > 64 || !domain_ok || local.contains(['<', '>', '"', ',', ';', '@']) {
            return Err(invalid);
        }
        Ok(Self(s))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Email {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_and_normalises() {
        let e = Email::parse("  Sanne.DeVries@Voorbeeld.NL ").unwrap();
        assert_eq!(e.as_str(), "sanne.devries@voorbeeld.nl");
    }

    #[test]
    fn refuses_bad_addresses() {
        for (input, key) in [
            ("", "error-email-empty"),
            ("   ", "error-email-empty"),
            ("geen-apenstaartje", "error-email-invalid"),
            ("@voorbeeld.nl", "error-email-invalid"),
            ("a@nl", "error-email-invalid"),
            ("a@.nl", "error-email-invalid"),
            ("a@voorbeeld..nl", "error-email-invalid"),
            ("a b@voorbeeld.nl", "error-email-invalid"),
            ("a@b@voorbeeld.nl", "error-email-invalid"),
            ("<a>@voorbeeld.nl", "error-email-invalid"),
        ] {
            assert_eq!(Email::parse(input).unwrap_err().key, key, "input {input:?}");
        }
        let long = format!("{}@voorbeeld.nl", "a".repeat(65));
        assert!(Email::parse(&long).is_err());
    }

    proptest::proptest! {
        #[test]
        fn parsing_never_panics_and_is_stable(input in "\\PC{0,80}") {
            if let Ok(e) = Email::parse(&input) {
                proptest::prop_assert_eq!(Email::parse(e.as_str()), Ok(e.clone()));
                proptest::prop_assert!(e.as_str().contains('@'));
            }
        }

        #[test]
        fn well_formed_addresses_are_accepted(local in "[a-z0-9._-]{1,20}", domain in "[a-z0-9-]{1,20}", tld in "[a-z]{2,6}") {
            let raw = format!("{local}@{domain}.{tld}");
            proptest::prop_assert_eq!(Email::parse(&raw).map(|e| e.as_str().to_owned()), Ok(raw.clone()));
        }
    }
}
