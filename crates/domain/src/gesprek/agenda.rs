//! The agenda: everyone at the table adds points before the talk. A point a parent added
//! stays unless a parent takes it off; others take off only their own points (and the
//! leader any point that is not the parents'). The leader sets the order.

use super::Seat;
use crate::InvalidInput;

pub const POINT_MAX_CHARS: usize = 500;

pub fn parse_point(text: &str) -> Result<String, InvalidInput> {
    let t = text.trim().replace("\r\n", "\n");
    if t.is_empty() || t.chars().count() > POINT_MAX_CHARS {
        return Err(InvalidInput::new("error-agenda-point"));
    }
    Ok(t)
}

/// Whether `who` may take off a point that `by_parent` (a parent added it) and `own`
/// (`who` added it themselves) describe.
pub fn may_remove_point(who: Seat, by_parent: bool, own: bool) -> bool {
    if by_parent { who.is_parent() } else { own || who.leads() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::traject::ParticipantRole;

    #[test]
    fn the_parents_points_stay() {
        let parent = Seat::File { role: ParticipantRole::Parent, leads: false };
        let leader = Seat::File { role: ParticipantRole::Coordinator, leads: true };
        let teacher = Seat::File { role: ParticipantRole::Teacher, leads: false };
        assert!(may_remove_point(parent, true, true));
        assert!(may_remove_point(parent, true, false), "the other parent's point");
        assert!(!may_remove_point(leader, true, false), "not even the leader");
        assert!(!may_remove_point(teacher, true, false));
        assert!(!may_remove_point(Seat::Companion, true, false));
        assert!(may_remove_point(leader, false, false));
        assert!(may_remove_point(teacher, false, true) && !may_remove_point(teacher, false, false));
        assert!(may_remove_point(Seat::Companion, false, true));
        assert!(parse_point("  ").is_err() && parse_point(&"x".repeat(501)).is_err());
    }
}
