//! The six steps of the support route as a state machine: 1 talk → 2 inform and orient →
//! 3 investigate the cause → 4 plan → 5 evaluate → back to 4, or closed, or 6 another
//! school → closed. Each step has a checklist that parents and school tick together.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    Talk,
    InformOrient,
    Investigate,
    Plan,
    Evaluate,
    OtherSchool,
    Closed,
}

impl Step {
    pub const ALL: [Step; 7] = [
        Self::Talk,
        Self::InformOrient,
        Self::Investigate,
        Self::Plan,
        Self::Evaluate,
        Self::OtherSchool,
        Self::Closed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Talk => "talk",
            Self::InformOrient => "inform_orient",
            Self::Investigate => "investigate",
            Self::Plan => "plan",
            Self::Evaluate => "evaluate",
            Self::OtherSchool => "other_school",
            Self::Closed => "closed",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|x| x.as_str() == s)
    }

    /// Where a file may go from here.
    pub fn next(self) -> &'static [Step] {
        match self {
            Self::Talk => &[Self::InformOrient],
            Self::InformOrient => &[Self::Investigate],
            Self::Investigate => &[Self::Plan],
            Self::Plan => &[Self::Evaluate],
            Self::Evaluate => &[Self::Plan, Self::Closed, Self::OtherSchool],
            Self::OtherSchool => &[Self::Closed],
            Self::Closed => &[],
        }
    }

    pub fn may_become(self, to: Step) -> bool {
        self.next().contains(&to)
    }

    /// The message id stem for this step's name, meaning and checklist.
    pub fn key(self) -> String {
        format!("step-{}", self.as_str().replace('_', "-"))
    }

    /// The checklist items of this step (message ids), drawn from the route's guidance.
    pub fn checklist(self) -> &'static [&'static str] {
        match self {
            Self::Talk => &["talk-concern-shared", "talk-child-heard", "talk-agreements-written"],
            Self::InformOrient => &["inform-sop-read", "inform-support-known", "inform-help-outside"],
            Self::Investigate => &["investigate-needs", "investigate-parents-view", "investigate-consent-outside"],
            Self::Plan => &["plan-goals", "plan-who-what-when", "plan-parents-agree", "plan-evaluation-date"],
            Self::Evaluate => &["evaluate-goals-reached", "evaluate-parents-heard", "evaluate-next-step"],
            Self::OtherSchool => &["other-school-options", "other-school-handover", "other-school-no-gap"],
            Self::Closed => &[],
        }
    }
}

/// Checklist items that state the parents' own view or decision: only a parent ticks them,
/// so school can never speak for the parents.
pub const PARENTS_ITEMS: [&str; 4] =
    ["investigate-parents-view", "investigate-consent-outside", "plan-parents-agree", "evaluate-parents-heard"];

/// The reason given for a step change: required, at most 1000 characters; kept on the timeline.
pub fn parse_reason(why: &str) -> Result<String, crate::InvalidInput> {
    let why = why.trim();
    if why.is_empty() || why.chars().count() > 1000 {
        return Err(crate::InvalidInput::new("error-step-why"));
    }
    Ok(why.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn every_legal_and_illegal_transition() {
        use Step::*;
        let legal = [
            (Talk, InformOrient),
            (InformOrient, Investigate),
            (Investigate, Plan),
            (Plan, Evaluate),
            (Evaluate, Plan),
            (Evaluate, Closed),
            (Evaluate, OtherSchool),
            (OtherSchool, Closed),
        ];
        for from in Step::ALL {
            for to in Step::ALL {
                assert_eq!(from.may_become(to), legal.contains(&(from, to)), "{from:?} → {to:?}");
            }
        }
        for s in Step::ALL {
            assert_eq!(Step::parse(s.as_str()), Some(s));
        }
    }

    proptest! {
        /// Whatever anyone tries, in any order, the file is always in one of the seven
        /// steps, reached only through legal moves, and a closed file stays closed.
        #[test]
        fn no_sequence_of_attempts_leaves_an_undefined_step(attempts in proptest::collection::vec(0usize..7, 0..60)) {
            let mut step = Step::Talk;
            let mut visited = vec![step];
            for i in attempts {
                let to = Step::ALL[i];
                if step.may_become(to) {
                    step = to;
                    visited.push(step);
                }
                prop_assert!(Step::ALL.contains(&step));
            }
            for w in visited.windows(2) {
                prop_assert!(w[0].may_become(w[1]));
                prop_assert_ne!(w[0], Step::Closed);
            }
        }
    }
}
