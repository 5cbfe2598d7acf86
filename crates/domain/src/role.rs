//! The roles people have on the platform. A role says what kind of user someone is and
//! which home page they see; access to a child's file never follows from it alone, only
//! from being a participant of that traject.

use crate::InvalidInput;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Parent,
    Teacher,
    Coordinator,
    Director,
    SwvConsultant,
    EducationConsultant,
    Companion,
    Editor,
    Admin,
    CouncilMember,
}

impl Role {
    pub const ALL: [Role; 10] = [
        Role::Parent,
        Role::Teacher,
        Role::Coordinator,
        Role::Director,
        Role::SwvConsultant,
        Role::EducationConsultant,
        Role::Companion,
        Role::Editor,
        Role::Admin,
        Role::CouncilMember,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Parent => "parent",
            Role::Teacher => "teacher",
            Role::Coordinator => "coordinator",
            Role::Director => "director",
            Role::SwvConsultant => "swv_consultant",
            Role::EducationConsultant => "education_consultant",
            Role::Companion => "companion",
            Role::Editor => "editor",
            Role::Admin => "admin",
            Role::CouncilMember => "council_member",
        }
    }

    pub fn parse(s: &str) -> Result<Self, InvalidInput> {
        Role::ALL.into_iter().find(|r| r.as_str() == s.trim()).ok_or(InvalidInput::new("error-role-invalid"))
    }

    /// Professionals may add a password with TOTP to the e-mail link; parents and the
    /// people they bring sign in with a link only, so there is no password to forget.
    pub fn is_professional(self) -> bool {
        !matches!(self, Role::Parent | Role::Companion)
    }

    /// The Fluent message id of the role's name.
    pub fn label_key(self) -> String {
        format!("role-{}", self.as_str().replace('_', "-"))
    }
}

/// What a platform role may do outside any child's file. Access to a file never follows
/// from this table: only from taking part in the file (see `traject::permissions`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Capability {
    /// Write and review the kennisbank and the hulpwijzer's rules (the redactie).
    EditContent,
    /// Accounts, organisations, the directory of help.
    Administer,
    /// Add a password with a TOTP code to the e-mail link.
    SetPassword,
}

impl Role {
    /// The capability table.
    pub fn can(self, capability: Capability) -> bool {
        match capability {
            Capability::EditContent => matches!(self, Role::Editor | Role::Admin),
            Capability::Administer => self == Role::Admin,
            Capability::SetPassword => self.is_professional(),
        }
    }
}

impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_role_round_trips() {
        for r in Role::ALL {
            assert_eq!(Role::parse(r.as_str()), Ok(r));
        }
        assert!(Role::parse("superuser").is_err());
        assert!(Role::parse("").is_err());
    }

    #[test]
    fn the_capability_table() {
        let with = |c: Capability| Role::ALL.into_iter().filter(|r| r.can(c)).collect::<Vec<_>>();
        assert_eq!(with(Capability::EditContent), vec![Role::Editor, Role::Admin]);
        assert_eq!(with(Capability::Administer), vec![Role::Admin]);
        assert_eq!(with(Capability::SetPassword).len(), 8);
        assert!(!Role::Parent.can(Capability::SetPassword) && !Role::Companion.can(Capability::SetPassword));
    }

    #[test]
    fn only_parents_and_companions_are_not_professionals() {
        let lay: Vec<_> = Role::ALL.into_iter().filter(|r| !r.is_professional()).collect();
        assert_eq!(lay, vec![Role::Parent, Role::Companion]);
    }
}
