//! Preparing a gesprek, privately: the parents answer the questions of the guidance in
//! their own words, each linked to the kennisbank article that explains it; professionals
//! have their own questions. Answers stay private unless their writer shares one with the
//! people at the table.

use crate::InvalidInput;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Question {
    Expect,
    SchoolMustKnow,
    Worries,
    MattersForChild,
    WhoAttends,
    AtEase,
    Companion,
    PauseSignal,
    Aim,
    Points,
    /// Someone's own notes, during or after the talk: never shared.
    Notes,
}

impl Question {
    pub const FOR_PARENTS: [Question; 8] = [
        Self::Expect,
        Self::SchoolMustKnow,
        Self::Worries,
        Self::MattersForChild,
        Self::WhoAttends,
        Self::AtEase,
        Self::Companion,
        Self::PauseSignal,
    ];
    pub const FOR_PROFESSIONALS: [Question; 2] = [Self::Aim, Self::Points];
    pub const ALL: [Question; 11] = [
        Self::Expect,
        Self::SchoolMustKnow,
        Self::Worries,
        Self::MattersForChild,
        Self::WhoAttends,
        Self::AtEase,
        Self::Companion,
        Self::PauseSignal,
        Self::Aim,
        Self::Points,
        Self::Notes,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Expect => "expect",
            Self::SchoolMustKnow => "school_must_know",
            Self::Worries => "worries",
            Self::MattersForChild => "matters_for_child",
            Self::WhoAttends => "who_attends",
            Self::AtEase => "at_ease",
            Self::Companion => "companion",
            Self::PauseSignal => "pause_signal",
            Self::Aim => "aim",
            Self::Points => "points",
            Self::Notes => "notes",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|q| q.as_str() == s)
    }

    pub fn label_key(self) -> String {
        format!("prep-{}", self.as_str().replace('_', "-"))
    }

    /// The kennisbank article that explains the question (its file name in content/).
    pub fn article(self) -> Option<&'static str> {
        Some(match self {
            Self::Expect => "wat-verwacht-ik",
            Self::SchoolMustKnow => "mijn-kijk-als-ouder",
            Self::Worries => "gesprek-voorbereiden",
            Self::MattersForChild => "punten-op-de-agenda",
            Self::WhoAttends => "gespreksregels",
            Self::AtEase => "zorg-voor-jezelf",
            Self::Companion => "rol-van-meegenomen-persoon",
            Self::PauseSignal => "emoties-in-gesprek",
            Self::Aim | Self::Points | Self::Notes => return None,
        })
    }

    /// Notes are for oneself; answers may be shared.
    pub fn shareable(self) -> bool {
        self != Self::Notes
    }
}

pub const ANSWER_MAX_CHARS: usize = 3000;

/// One answer as stored: its text and whether its writer shares it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Answer {
    pub question: Question,
    pub text: String,
    pub shared: bool,
}

/// The answers of a preparation form: each question's text (empty answers are kept as
/// empty, so clearing an answer works) and whether it is shared.
pub fn parse_answers(
    questions: &[Question],
    text: impl Fn(Question) -> String,
    shared: impl Fn(Question) -> bool,
) -> Result<Vec<Answer>, InvalidInput> {
    questions
        .iter()
        .map(|q| {
            let t = text(*q).trim().replace("\r\n", "\n");
            if t.chars().count() > ANSWER_MAX_CHARS {
                return Err(InvalidInput::new("error-prep-too-long"));
            }
            Ok(Answer { question: *q, shared: q.shareable() && shared(*q) && !t.is_empty(), text: t })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_are_private_unless_shared_and_notes_never_are() {
        let qs = [Question::Expect, Question::Worries, Question::Notes];
        let answers =
            parse_answers(&qs, |q| if q == Question::Worries { String::new() } else { " x ".into() }, |_| true)
                .unwrap();
        assert_eq!(answers[0], Answer { question: Question::Expect, text: "x".into(), shared: true });
        assert!(!answers[1].shared, "an empty answer shares nothing");
        assert!(!answers[2].shared, "notes are never shared");
        assert!(parse_answers(&qs, |_| "x".repeat(3001), |_| false).is_err());
        for q in Question::FOR_PARENTS {
            assert!(q.article().is_some(), "{q:?} links to the kennisbank");
            assert_eq!(Question::parse(q.as_str()), Some(q));
        }
        let sets: Vec<Question> =
            Question::FOR_PARENTS.into_iter().chain(Question::FOR_PROFESSIONALS).chain([Question::Notes]).collect();
        assert_eq!(sets, Question::ALL, "every question is asked of someone");
        assert!(Question::ALL.iter().all(|q| Question::parse(q.as_str()) == Some(*q)));
    }
}
