//! The parents' consent: what, with whom, why, given by which parent, until when, revoked
//! when. Nobody from outside the school joins a file, and nothing is shared with them,
//! unless a consent record covers it; revoking stops it from that moment.

use super::ParticipantRole;
use crate::Email;
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

/// The longest purpose a parent may write, in characters.
pub const PURPOSE_MAX_CHARS: usize = 500;

/// A consent as a parent filled it in, checked: the subject trimmed and in lower case (an
/// expert's address is compared that way), the purpose trimmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsentRequest {
    pub kind: ConsentKind,
    pub subject: String,
    pub purpose: String,
    pub valid_until: Option<NaiveDate>,
}

/// Why a consent as filled in was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConsentProblem {
    /// Not one of the kinds.
    Kind,
    /// An outside expert is named by their e-mail address.
    ExpertEmail,
    /// Sharing names the document (by its id).
    Subject,
    /// Empty, or longer than `PURPOSE_MAX_CHARS`.
    Purpose,
    /// Not a date, or a day before today.
    Until,
}

impl ConsentProblem {
    pub fn key(self) -> &'static str {
        match self {
            Self::Kind => "error-consent-kind",
            Self::ExpertEmail => "error-consent-expert",
            Self::Subject => "error-consent-subject",
            Self::Purpose => "error-consent-purpose",
            Self::Until => "error-consent-until",
        }
    }
}

/// Checks what a parent filled in to give consent. Every problem is reported at once, in
/// the order of the form, so the page can show them all.
pub fn parse_consent(
    kind: &str,
    subject: &str,
    purpose: &str,
    valid_until: &str,
    today: NaiveDate,
) -> Result<ConsentRequest, Vec<ConsentProblem>> {
    let kind = ConsentKind::parse(kind);
    let subject = subject.trim().to_lowercase();
    let purpose = purpose.trim();
    let until = if valid_until.trim().is_empty() { Ok(None) } else { valid_until.trim().parse().map(Some) };
    let mut problems = vec![];
    match kind {
        None => problems.push(ConsentProblem::Kind),
        Some(ConsentKind::InvolveExpert) if Email::parse(&subject).is_err() => {
            problems.push(ConsentProblem::ExpertEmail)
        }
        // A shared document is named by its id (the document page gives this consent).
        Some(ConsentKind::ShareDocument) if subject.parse::<crate::DocumentId>().is_err() => {
            problems.push(ConsentProblem::Subject)
        }
        Some(k) if k.needs_subject() && subject.is_empty() => problems.push(ConsentProblem::Subject),
        _ => {}
    }
    if purpose.is_empty() || purpose.chars().count() > PURPOSE_MAX_CHARS {
        problems.push(ConsentProblem::Purpose);
    }
    if until.as_ref().is_ok_and(|d| d.is_some_and(|d| d < today)) || until.is_err() {
        problems.push(ConsentProblem::Until);
    }
    match (kind, until) {
        (Some(kind), Ok(valid_until)) if problems.is_empty() => {
            Ok(ConsentRequest { kind, subject, purpose: purpose.to_owned(), valid_until })
        }
        _ => Err(problems),
    }
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

    #[test]
    fn parse_consent_accepts_and_normalises() {
        let today: NaiveDate = "2026-11-24".parse().unwrap();
        let ok = parse_consent("involve_expert", "  Dr@Praktijk.NL ", " meedenken ", " 2026-11-24 ", today).unwrap();
        assert_eq!(
            ok,
            ConsentRequest {
                kind: ConsentKind::InvolveExpert,
                subject: "dr@praktijk.nl".into(),
                purpose: "meedenken".into(),
                valid_until: Some(today),
            }
        );
        let open = parse_consent("involve_swv", "", "meedenken", "", today).unwrap();
        assert_eq!((open.subject.as_str(), open.valid_until), ("", None), "no subject needed, no end");
        assert!(parse_consent("involve_swv", "", &"a".repeat(PURPOSE_MAX_CHARS), "", today).is_ok());
    }

    #[test]
    fn parse_consent_refuses() {
        use ConsentProblem::*;
        let today: NaiveDate = "2026-11-24".parse().unwrap();
        let long = "é".repeat(PURPOSE_MAX_CHARS + 1);
        let cases: &[(&str, &str, &str, &str, &[ConsentProblem])] = &[
            ("", "", "meedenken", "", &[Kind]),
            ("involve_everyone", "", "meedenken", "", &[Kind]),
            ("involve_expert", "", "meedenken", "", &[ExpertEmail]),
            ("involve_expert", "geen adres", "meedenken", "", &[ExpertEmail]),
            ("share_document", "  ", "meedenken", "", &[Subject]),
            ("share_document", "het OPP", "meedenken", "", &[Subject]),
            ("involve_swv", "", "   ", "", &[Purpose]),
            ("involve_swv", "", &long, "", &[Purpose]),
            ("involve_swv", "", "meedenken", "24-11-2026", &[Until]),
            ("involve_swv", "", "meedenken", "2026-02-30", &[Until]),
            ("involve_swv", "", "meedenken", "2026-11-23", &[Until]),
            ("nope", "", "", "gisteren", &[Kind, Purpose, Until]),
            ("share_document", "", "", "2020-01-01", &[Subject, Purpose, Until]),
        ];
        for (kind, subject, purpose, until, expected) in cases {
            assert_eq!(
                parse_consent(kind, subject, purpose, until, today).unwrap_err(),
                *expected,
                "{kind:?} {subject:?} {purpose:?} {until:?}"
            );
        }
    }
}
