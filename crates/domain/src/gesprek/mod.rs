//! Gesprekken: the conversations with school, planned in a file, prepared privately,
//! held with an agenda on which the parents' points stay, and recorded in a report whose
//! agreements (who does what by when) everyone confirms. A parent may bring a companion,
//! who sees that one gesprek only.

pub mod agenda;
pub mod plan;
pub mod preparation;
pub mod report;

pub use agenda::may_remove_point;
pub use plan::{Companion, CompanionRelation, CompanionRole, GesprekStatus, Plan, parse_companion, parse_plan};
pub use preparation::Question;
pub use report::{Commitment, Report, Response, parse_report, parse_response};

use crate::traject::ParticipantRole;

/// Who may plan a gesprek, change it, and call it off: the parents and the school's staff.
pub fn may_plan(role: ParticipantRole) -> bool {
    use ParticipantRole::*;
    matches!(role, Parent | Teacher | Coordinator | Director)
}

/// Someone's place in one gesprek: a participant of the file (and whether they lead it),
/// or a companion brought by the parents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seat {
    File { role: ParticipantRole, leads: bool },
    Companion,
}

impl Seat {
    pub fn is_parent(self) -> bool {
        matches!(self, Seat::File { role: ParticipantRole::Parent, .. })
    }

    pub fn leads(self) -> bool {
        matches!(self, Seat::File { leads: true, .. })
    }

    /// Everyone at the table adds points and answers the report; a companion too.
    pub fn may_take_part(self, status: GesprekStatus) -> bool {
        status != GesprekStatus::Cancelled
    }

    /// Only the person leading the gesprek writes its report.
    pub fn may_report(self, status: GesprekStatus) -> bool {
        self.leads() && matches!(status, GesprekStatus::Planned | GesprekStatus::Held)
    }

    pub fn may_plan(self) -> bool {
        matches!(self, Seat::File { role, .. } if may_plan(role))
    }

    /// A companion is brought by a parent.
    pub fn may_bring_companion(self) -> bool {
        self.is_parent()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seats() {
        let parent = Seat::File { role: ParticipantRole::Parent, leads: false };
        let leader = Seat::File { role: ParticipantRole::Coordinator, leads: true };
        let swv = Seat::File { role: ParticipantRole::SwvConsultant, leads: false };
        assert!(
            parent.may_bring_companion() && !leader.may_bring_companion() && !Seat::Companion.may_bring_companion()
        );
        assert!(leader.may_report(GesprekStatus::Planned) && !parent.may_report(GesprekStatus::Planned));
        assert!(!leader.may_report(GesprekStatus::Cancelled));
        assert!(parent.may_plan() && leader.may_plan() && !swv.may_plan() && !Seat::Companion.may_plan());
        assert!(Seat::Companion.may_take_part(GesprekStatus::Held));
        assert!(!Seat::Companion.may_take_part(GesprekStatus::Cancelled));
    }
}
