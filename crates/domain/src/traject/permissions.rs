//! Who may do what in a file. Access comes only from being a participant; this one table
//! says what each role in the file may do, and is shown to parents in plain words.

use crate::Role;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ParticipantRole {
    Parent,
    Teacher,
    Coordinator,
    Director,
    SwvConsultant,
    EducationConsultant,
    OutsideExpert,
}

impl ParticipantRole {
    pub const ALL: [ParticipantRole; 7] = [
        Self::Parent,
        Self::Teacher,
        Self::Coordinator,
        Self::Director,
        Self::SwvConsultant,
        Self::EducationConsultant,
        Self::OutsideExpert,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Parent => "parent",
            Self::Teacher => "teacher",
            Self::Coordinator => "coordinator",
            Self::Director => "director",
            Self::SwvConsultant => "swv_consultant",
            Self::EducationConsultant => "education_consultant",
            Self::OutsideExpert => "outside_expert",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == s)
    }

    pub fn label_key(self) -> String {
        format!("prole-{}", self.as_str().replace('_', "-"))
    }

    /// People from outside the school join only with the parents' consent.
    pub fn needs_consent(self) -> bool {
        matches!(self, Self::SwvConsultant | Self::EducationConsultant | Self::OutsideExpert)
    }

    /// The kind of account an invited person gets when they have none yet.
    pub fn account_role(self) -> Role {
        match self {
            Self::Parent => Role::Parent,
            Self::Teacher => Role::Teacher,
            Self::Coordinator => Role::Coordinator,
            Self::Director => Role::Director,
            Self::SwvConsultant => Role::SwvConsultant,
            Self::EducationConsultant => Role::EducationConsultant,
            Self::OutsideExpert => Role::Companion,
        }
    }

    /// The role someone has in a file they start: a parent starts as parent, school staff
    /// as coordinator or director; others do not start files.
    pub fn starter(role: Role) -> Option<Self> {
        match role {
            Role::Parent => Some(Self::Parent),
            Role::Coordinator => Some(Self::Coordinator),
            Role::Director => Some(Self::Director),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    View,
    AddNote,
    TickChecklist,
    MoveStep,
    Invite,
    GiveConsent,
    ViewAccessLog,
    Export,
    Close,
    /// Start, write and record in documents; which part a role writes is the documents' rule.
    WriteDocument,
    /// Plan, change and call off a gesprek.
    PlanGesprek,
    /// Take part in a gesprek: agenda points, one's own preparation, answering the report
    /// (what else is the gesprek's rule).
    TakePart,
    /// Enter or take off the dates the parents' clock counts from.
    EnterDate,
}

impl Action {
    pub const ALL: [Action; 13] = [
        Self::View,
        Self::AddNote,
        Self::TickChecklist,
        Self::MoveStep,
        Self::Invite,
        Self::GiveConsent,
        Self::ViewAccessLog,
        Self::Export,
        Self::Close,
        Self::WriteDocument,
        Self::PlanGesprek,
        Self::TakePart,
        Self::EnterDate,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::View => "view",
            Self::AddNote => "add_note",
            Self::TickChecklist => "tick_checklist",
            Self::MoveStep => "move_step",
            Self::Invite => "invite",
            Self::GiveConsent => "give_consent",
            Self::ViewAccessLog => "view_access_log",
            Self::Export => "export",
            Self::Close => "close",
            Self::WriteDocument => "write_document",
            Self::PlanGesprek => "plan_gesprek",
            Self::TakePart => "take_part",
            Self::EnterDate => "enter_date",
        }
    }

    pub fn label_key(self) -> String {
        format!("action-{}", self.as_str().replace('_', "-"))
    }
}

/// The permission table. Parents and the school's coordinator run the file together;
/// consent (giving and revoking) is the parents' alone; people from outside read and write
/// notes, nothing more.
pub fn may(role: ParticipantRole, action: Action) -> bool {
    use Action::*;
    use ParticipantRole::*;
    match action {
        View | AddNote | TakePart => true,
        TickChecklist => matches!(role, Parent | Teacher | Coordinator | Director),
        MoveStep | Invite | Close => matches!(role, Parent | Coordinator | Director),
        WriteDocument | PlanGesprek | EnterDate => matches!(role, Parent | Teacher | Coordinator | Director),
        GiveConsent => role == Parent,
        ViewAccessLog | Export => matches!(role, Parent | Coordinator),
    }
}

/// What may still happen in a closed file: reading it, its access log and its export, for
/// the months until it is deleted. Nothing is added or changed any more.
pub fn may_when_closed(action: Action) -> bool {
    matches!(action, Action::View | Action::ViewAccessLog | Action::Export)
}

/// Whether `role` may tick or untick checklist `item`: the table, and the parents' own
/// items only by a parent.
pub fn may_tick(role: ParticipantRole, item: &str) -> bool {
    may(role, Action::TickChecklist) && (role == ParticipantRole::Parent || !super::step::PARENTS_ITEMS.contains(&item))
}

/// The table and the closed-file rule together: whether `role` may do `action` now.
pub fn may_now(role: ParticipantRole, action: Action, closed: bool) -> bool {
    may(role, action) && (!closed || may_when_closed(action))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_parent_ticks_what_states_the_parents_view() {
        use ParticipantRole::*;
        for item in super::super::step::PARENTS_ITEMS {
            assert!(may_tick(Parent, item), "{item}");
            for role in [Teacher, Coordinator, Director, SwvConsultant] {
                assert!(!may_tick(role, item), "{role:?} {item}");
            }
        }
        assert!(may_tick(Coordinator, "plan-goals") && may_tick(Teacher, "plan-goals"));
        assert!(!may_tick(SwvConsultant, "plan-goals"));
    }

    #[test]
    fn a_closed_file_is_read_only() {
        for action in Action::ALL {
            let read = matches!(action, Action::View | Action::ViewAccessLog | Action::Export);
            assert_eq!(may_now(ParticipantRole::Parent, action, true), read, "{action:?}");
            assert!(may_now(ParticipantRole::Parent, action, false));
        }
        assert!(!may_now(ParticipantRole::Teacher, Action::ViewAccessLog, true));
    }

    #[test]
    fn the_table() {
        use Action::*;
        use ParticipantRole::*;
        let expected: [(ParticipantRole, &[Action]); 7] = [
            (Parent, &Action::ALL),
            (
                Coordinator,
                &[
                    View,
                    AddNote,
                    TickChecklist,
                    MoveStep,
                    Invite,
                    ViewAccessLog,
                    Export,
                    Close,
                    WriteDocument,
                    PlanGesprek,
                    TakePart,
                    EnterDate,
                ],
            ),
            (
                Director,
                &[
                    View,
                    AddNote,
                    TickChecklist,
                    MoveStep,
                    Invite,
                    Close,
                    WriteDocument,
                    PlanGesprek,
                    TakePart,
                    EnterDate,
                ],
            ),
            (Teacher, &[View, AddNote, TickChecklist, WriteDocument, PlanGesprek, TakePart, EnterDate]),
            (SwvConsultant, &[View, AddNote, TakePart]),
            (EducationConsultant, &[View, AddNote, TakePart]),
            (OutsideExpert, &[View, AddNote, TakePart]),
        ];
        for (role, allowed) in expected {
            for action in Action::ALL {
                assert_eq!(may(role, action), allowed.contains(&action), "{role:?} {action:?}");
            }
        }
        assert_eq!(ParticipantRole::starter(Role::Teacher), None);
        assert_eq!(ParticipantRole::starter(Role::Parent), Some(Parent));
        assert!(SwvConsultant.needs_consent() && !Teacher.needs_consent());
    }
}
