//! The parents' consent: what, with whom, why, given by which parent, until when, revoked
//! when. Nobody from outside the school joins a file, and nothing is shared with them,
//! unless a consent record covers it; revoking stops it from that moment.

use super::ParticipantRole;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsentKind {
    /// The samenwerkingsverband's consultant may join.
    InvolveSwv,
    /// An onderwijsconsulent may join.
    InvolveEducationConsultant,
    /// A named outside expert (by e-mail address) may join.
    InvolveExpert,
    /// A named document may be shared with someone outside the school.
    ShareDocument,
}

impl ConsentKind {
    pub const ALL: [ConsentKind; 4] =
        [Self::InvolveSwv, Self::InvolveEducationConsultant, Self::InvolveExpert, Self::ShareDocument];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::InvolveSwv => "involve_swv",
            Self::InvolveEducationConsultant => "involve_education_consultant",
            Self::InvolveExpert => "involve_expert",
            Self::ShareDocument => "share_document",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }

    pub fn label_key(self) -> String {
        format!("consent-{}", self.as_str().replace('_', "-"))
    }

    /// Whether this kind names who or what it is about (an expert, a document).
    pub fn needs_subject(self) -> bool {
        matches!(self, Self::InvolveExpert | Self::ShareDocument)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Consent {
    pub kind: ConsentKind,
    /// The expert's e-mail address, or "document → recipient"; empty for the others.
    pub subject: String,
    pub purpose: String,
    pub given_at: DateTime<Utc>,
    pub valid_until: Option<NaiveDate>,
    pub revoked_at: Option<DateTime<Utc>>,
}

impl Consent {
    pub fn active(&self, now: DateTime<Utc>) -> bool {
        self.revoked_at.is_none_or(|r| r > now) && self.valid_until.is_none_or(|d| now.date_naive() <= d)
    }
}

/// Whether someone invited as `role` (with this e-mail address) may take part now.
pub fn covers(consents: &[Consent], role: ParticipantRole, email: &str, now: DateTime<Utc>) -> bool {
    let kind = match role {
        ParticipantRole::SwvConsultant => ConsentKind::InvolveSwv,
        ParticipantRole::EducationConsultant => ConsentKind::InvolveEducationConsultant,
        ParticipantRole::OutsideExpert => ConsentKind::InvolveExpert,
        _ => return true,
    };
    consents.iter().any(|c| {
        c.kind == kind && c.active(now) && (kind != ConsentKind::InvolveExpert || c.subject.eq_ignore_ascii_case(email))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn consent(kind: ConsentKind, subject: &str) -> Consent {
        Consent {
            kind,
            subject: subject.into(),
            purpose: "meedenken".into(),
            given_at: "2026-11-01T10:00:00Z".parse().unwrap(),
            valid_until: None,
            revoked_at: None,
        }
    }

    #[test]
    fn the_gate() {
        let now: DateTime<Utc> = "2026-11-24T10:00:00Z".parse().unwrap();
        assert!(!covers(&[], ParticipantRole::SwvConsultant, "a@swv.nl", now), "no consent, no entry");
        assert!(covers(&[], ParticipantRole::Teacher, "a@school.nl", now), "school staff need none");
        let swv = consent(ConsentKind::InvolveSwv, "");
        assert!(covers(std::slice::from_ref(&swv), ParticipantRole::SwvConsultant, "a@swv.nl", now));
        assert!(
            !covers(std::slice::from_ref(&swv), ParticipantRole::EducationConsultant, "a@oc.nl", now),
            "consent is specific"
        );
        let expert = consent(ConsentKind::InvolveExpert, "Dr@Praktijk.nl");
        assert!(covers(std::slice::from_ref(&expert), ParticipantRole::OutsideExpert, "dr@praktijk.nl", now));
        assert!(!covers(&[expert], ParticipantRole::OutsideExpert, "ander@praktijk.nl", now), "only the named expert");
        let revoked = Consent { revoked_at: Some("2026-11-20T10:00:00Z".parse().unwrap()), ..swv.clone() };
        assert!(!covers(&[revoked], ParticipantRole::SwvConsultant, "a@swv.nl", now), "revoking ends access");
        let expired = Consent { valid_until: Some("2026-11-23".parse().unwrap()), ..swv };
        assert!(!covers(&[expired], ParticipantRole::SwvConsultant, "a@swv.nl", now));
    }
}
