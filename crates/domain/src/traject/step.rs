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

    /// A move along the route, or closing: a file may be closed from every step, since a
    /// worry can be solved after the first talk.
    pub fn may_become(self, to: Step) -> bool {
        self.next().contains(&to) || (to == Self::Closed && self != Self::Closed)
    }

    /// The route steps a file may go to next (closing is offered apart, with its own question).
    pub fn route_next(self) -> impl Iterator<Item = Step> {
        self.next().iter().copied().filter(|s| *s != Self::Closed)
    }

    /// Closing before the route's own end (after step 5 or 6) is closing early: school may
    /// propose it, but only a parent decides it.
    pub fn closes_early(self) -> bool {
        self != Self::Closed && !self.next().contains(&Self::Closed)
    }

    /// The six steps of the route in order, as the overview shows them.
    pub const ROUTE: [Step; 6] =
        [Self::Talk, Self::InformOrient, Self::Investigate, Self::Plan, Self::Evaluate, Self::OtherSchool];

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

    /// Every item of every step's checklist.
    pub fn all_checklist_items() -> impl Iterator<Item = &'static str> {
        Self::ALL.into_iter().flat_map(Self::checklist).copied()
    }
}

/// Checklist items that state the parents' own view or decision: only a parent ticks them,
/// so school can never speak for the parents.
pub const PARENTS_ITEMS: [&str; 4] =
    ["investigate-parents-view", "investigate-consent-outside", "plan-parents-agree", "evaluate-parents-heard"];

/// What closing a file does when someone in a role asks for it from a step: a parent
/// closes; school closes at the route's end, and earlier only proposes, for a parent to
/// confirm or decline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Closing {
    Close,
    Propose,
}

pub fn closing(from: Step, role: super::ParticipantRole) -> Closing {
    if decides_early_close(role) || !from.closes_early() { Closing::Close } else { Closing::Propose }
}

/// Who decides on closing early, and so confirms or declines school's proposal: a parent.
pub fn decides_early_close(role: super::ParticipantRole) -> bool {
    role == super::ParticipantRole::Parent
}

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
            (Talk, Closed),
            (InformOrient, Closed),
            (Investigate, Closed),
            (Plan, Closed),
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

    #[test]
    fn closing_early_is_a_parents_decision() {
        use super::super::ParticipantRole::*;
        use Step::*;
        for from in [Talk, InformOrient, Investigate, Plan] {
            assert!(from.closes_early());
            assert_eq!(closing(from, Parent), Closing::Close, "{from:?}");
            for staff in [Coordinator, Director, Teacher] {
                assert_eq!(closing(from, staff), Closing::Propose, "{from:?} {staff:?}");
            }
        }
        for from in [Evaluate, OtherSchool] {
            assert!(!from.closes_early());
            assert_eq!(closing(from, Coordinator), Closing::Close);
        }
        assert!(!Closed.closes_early());
        assert_eq!(Evaluate.route_next().collect::<Vec<_>>(), [Plan, OtherSchool]);
        assert_eq!(OtherSchool.route_next().count(), 0);
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
