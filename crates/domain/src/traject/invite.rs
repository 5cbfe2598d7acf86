//! Who may invite whom into a file, and in which role. The role someone has in a file
//! follows from who they are, never from what the inviter picks: school roles only for
//! staff accounts of the file's school, outside roles only under a consent that covers
//! them and for an existing account of that kind, a second parent only by a parent already
//! in the file. An invitation never creates a professional account.

use super::consent::{Consent, covers};
use super::{Action, ParticipantRole, permissions::may};
use crate::{OrganisationId, Role};
use chrono::{DateTime, Utc};

/// The account an invited address already has, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InviteeAccount {
    pub role: Role,
    pub organisation_id: Option<OrganisationId>,
}

/// What the rule needs to know about the file.
#[derive(Debug, Clone)]
pub struct InviteContext<'a> {
    pub inviter: ParticipantRole,
    pub closed: bool,
    /// The file's school, and the samenwerkingsverband that school belongs to.
    pub school: Option<OrganisationId>,
    pub swv: Option<OrganisationId>,
    /// Whether a parent is in the file or invited and still able to accept.
    pub has_parent: bool,
    /// Whether this address is in the file or invited already (not withdrawn, not expired).
    pub already_invited: bool,
    pub consents: &'a [Consent],
    pub now: DateTime<Utc>,
}

/// Why an invitation is refused; each is a message for the inviter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InviteRefusal {
    /// Their role in the file may not invite at all (a 403, not a form error).
    NotAllowed,
    Closed,
    AlreadyInvited,
    NoConsent,
    /// Only a parent in the file invites a second parent.
    SecondParentByParent,
    /// The address belongs to an account that is not a parent's.
    NotAParentAccount,
    /// School roles need a staff account of this file's school.
    NotStaffOfSchool,
    /// Outside professionals need an account of their kind, made by the admin.
    NoProfessionalAccount,
}

impl InviteRefusal {
    pub fn key(self) -> &'static str {
        match self {
            Self::NotAllowed => "error-403-text",
            Self::Closed => "error-file-closed",
            Self::AlreadyInvited => "error-invite-twice",
            Self::NoConsent => "error-invite-no-consent",
            Self::SecondParentByParent => "error-invite-parent-by-parent",
            Self::NotAParentAccount => "error-invite-not-parent-account",
            Self::NotStaffOfSchool => "error-invite-not-staff",
            Self::NoProfessionalAccount => "error-invite-no-account",
        }
    }
}

/// The platform role an account must have to take part in `role`.
fn professional_role(role: ParticipantRole) -> Option<Role> {
    match role {
        ParticipantRole::Teacher => Some(Role::Teacher),
        ParticipantRole::Coordinator => Some(Role::Coordinator),
        ParticipantRole::Director => Some(Role::Director),
        ParticipantRole::SwvConsultant => Some(Role::SwvConsultant),
        ParticipantRole::EducationConsultant => Some(Role::EducationConsultant),
        ParticipantRole::Parent | ParticipantRole::OutsideExpert => None,
    }
}

/// Whether the inviter may invite `email` (with `account`, if it has one) as `role`.
pub fn may_invite(
    ctx: &InviteContext<'_>,
    role: ParticipantRole,
    email: &str,
    account: Option<InviteeAccount>,
) -> Result<(), InviteRefusal> {
    if !may(ctx.inviter, Action::Invite) {
        return Err(InviteRefusal::NotAllowed);
    }
    if ctx.closed {
        return Err(InviteRefusal::Closed);
    }
    if ctx.already_invited {
        return Err(InviteRefusal::AlreadyInvited);
    }
    may_join(ctx, role, email, account)?;
    if role == ParticipantRole::Parent && ctx.has_parent && ctx.inviter != ParticipantRole::Parent {
        return Err(InviteRefusal::SecondParentByParent);
    }
    Ok(())
}

/// Whether someone with `account` may take part as `role` now: checked when inviting and
/// again when the invitation is accepted (an account or a consent may have changed).
pub fn may_join(
    ctx: &InviteContext<'_>,
    role: ParticipantRole,
    email: &str,
    account: Option<InviteeAccount>,
) -> Result<(), InviteRefusal> {
    if role.needs_consent() && !covers(ctx.consents, role, email, ctx.now) {
        return Err(InviteRefusal::NoConsent);
    }
    match role {
        ParticipantRole::Parent => match account {
            Some(a) if a.role != Role::Parent => Err(InviteRefusal::NotAParentAccount),
            _ => Ok(()),
        },
        ParticipantRole::OutsideExpert => Ok(()),
        ParticipantRole::Teacher | ParticipantRole::Coordinator | ParticipantRole::Director => match account {
            Some(a)
                if Some(a.role) == professional_role(role)
                    && ctx.school.is_some()
                    && a.organisation_id == ctx.school =>
            {
                Ok(())
            }
            _ => Err(InviteRefusal::NotStaffOfSchool),
        },
        ParticipantRole::SwvConsultant | ParticipantRole::EducationConsultant => match account {
            // The SWV's consultant comes from the samenwerkingsverband of the file's school.
            Some(a) if role == ParticipantRole::SwvConsultant && ctx.swv.is_some() && a.organisation_id != ctx.swv => {
                Err(InviteRefusal::NoProfessionalAccount)
            }
            Some(a) if Some(a.role) == professional_role(role) => Ok(()),
            _ => Err(InviteRefusal::NoProfessionalAccount),
        },
    }
}

/// The account an accepted invitation creates when the address has none: only people who
/// sign in with a link alone (a parent, or someone outside as a companion-like account).
/// Professional roles never get here: they need an account already.
pub fn account_for_new_invitee(role: ParticipantRole) -> Option<Role> {
    match role {
        ParticipantRole::Parent => Some(Role::Parent),
        ParticipantRole::OutsideExpert => Some(Role::Companion),
        _ => None,
    }
}

/// Why taking someone out of a file is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WithdrawRefusal {
    /// Nobody takes themselves out this way.
    Self_,
    NotAllowed,
}

/// Whether `actor` may take someone in `target` role out of the file. Only a parent takes
/// a parent out: parents are equal partners, and school cannot remove them.
pub fn may_withdraw(actor: ParticipantRole, target: ParticipantRole, is_self: bool) -> Result<(), WithdrawRefusal> {
    if !may(actor, Action::Invite) {
        return Err(WithdrawRefusal::NotAllowed);
    }
    if is_self {
        return Err(WithdrawRefusal::Self_);
    }
    if target == ParticipantRole::Parent && actor != ParticipantRole::Parent {
        return Err(WithdrawRefusal::NotAllowed);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::traject::ConsentKind;

    fn school() -> OrganisationId {
        OrganisationId(uuid::Uuid::from_u128(1))
    }
    fn swv() -> OrganisationId {
        OrganisationId(uuid::Uuid::from_u128(2))
    }
    fn ctx(inviter: ParticipantRole, consents: &[Consent]) -> InviteContext<'_> {
        InviteContext {
            inviter,
            closed: false,
            school: Some(school()),
            swv: Some(swv()),
            has_parent: true,
            already_invited: false,
            consents,
            now: "2026-11-24T10:00:00Z".parse().unwrap(),
        }
    }
    fn account(role: Role, org: Option<OrganisationId>) -> Option<InviteeAccount> {
        Some(InviteeAccount { role, organisation_id: org })
    }

    #[test]
    fn school_roles_only_for_staff_of_this_school() {
        use ParticipantRole::*;
        let c = ctx(Coordinator, &[]);
        assert_eq!(may_invite(&c, Teacher, "j@school.nl", account(Role::Teacher, Some(school()))), Ok(()));
        assert_eq!(may_invite(&c, Teacher, "x@elders.nl", None), Err(InviteRefusal::NotStaffOfSchool), "no account");
        let other = Some(OrganisationId(uuid::Uuid::from_u128(9)));
        assert_eq!(
            may_invite(&c, Teacher, "j@ander.nl", account(Role::Teacher, other)),
            Err(InviteRefusal::NotStaffOfSchool)
        );
        assert_eq!(
            may_invite(&c, Teacher, "c@swv.nl", account(Role::SwvConsultant, Some(school()))),
            Err(InviteRefusal::NotStaffOfSchool),
            "an outsider cannot come in as teacher and skip consent"
        );
        let parent = ctx(Parent, &[]);
        assert_eq!(may_invite(&parent, Coordinator, "nieuw@x.nl", None), Err(InviteRefusal::NotStaffOfSchool));
        let no_school = InviteContext { school: None, ..ctx(Parent, &[]) };
        assert_eq!(
            may_invite(&no_school, Teacher, "j@school.nl", account(Role::Teacher, None)),
            Err(InviteRefusal::NotStaffOfSchool)
        );
    }

    #[test]
    fn parents_invite_a_second_parent_school_only_the_first() {
        use ParticipantRole::*;
        assert_eq!(
            may_invite(&ctx(Coordinator, &[]), Parent, "p@x.nl", None),
            Err(InviteRefusal::SecondParentByParent)
        );
        let first = InviteContext { has_parent: false, ..ctx(Coordinator, &[]) };
        assert_eq!(may_invite(&first, Parent, "p@x.nl", None), Ok(()));
        assert_eq!(may_invite(&ctx(Parent, &[]), Parent, "p2@x.nl", None), Ok(()));
        assert_eq!(
            may_invite(&ctx(Parent, &[]), Parent, "ib@school.nl", account(Role::Coordinator, Some(school()))),
            Err(InviteRefusal::NotAParentAccount)
        );
    }

    #[test]
    fn outside_roles_need_consent_and_an_account_of_their_kind() {
        use ParticipantRole::*;
        let consent = Consent {
            kind: ConsentKind::InvolveSwv,
            subject: String::new(),
            purpose: "meedenken".into(),
            given_at: "2026-11-01T10:00:00Z".parse().unwrap(),
            valid_until: None,
            revoked_at: None,
        };
        let with = [consent];
        let swv_account = account(Role::SwvConsultant, Some(swv()));
        assert_eq!(
            may_invite(&ctx(Coordinator, &[]), SwvConsultant, "c@swv.nl", swv_account),
            Err(InviteRefusal::NoConsent)
        );
        assert_eq!(may_invite(&ctx(Coordinator, &with), SwvConsultant, "c@swv.nl", swv_account), Ok(()));
        assert_eq!(
            may_invite(&ctx(Coordinator, &with), SwvConsultant, "nieuw@swv.nl", None),
            Err(InviteRefusal::NoProfessionalAccount),
            "an invitation never creates a professional account"
        );
        let elsewhere = account(Role::SwvConsultant, Some(OrganisationId(uuid::Uuid::from_u128(7))));
        assert_eq!(
            may_invite(&ctx(Coordinator, &with), SwvConsultant, "c@ander-swv.nl", elsewhere),
            Err(InviteRefusal::NoProfessionalAccount)
        );
        assert_eq!(account_for_new_invitee(SwvConsultant), None);
        assert_eq!(account_for_new_invitee(OutsideExpert), Some(Role::Companion));
        assert_eq!(account_for_new_invitee(Parent), Some(Role::Parent));
    }

    #[test]
    fn only_a_parent_takes_a_parent_out() {
        use ParticipantRole::*;
        assert_eq!(may_withdraw(Coordinator, Parent, false), Err(WithdrawRefusal::NotAllowed));
        assert_eq!(may_withdraw(Parent, Parent, false), Ok(()));
        assert_eq!(may_withdraw(Parent, Parent, true), Err(WithdrawRefusal::Self_));
        assert_eq!(may_withdraw(Coordinator, Teacher, false), Ok(()));
        assert_eq!(may_withdraw(Teacher, SwvConsultant, false), Err(WithdrawRefusal::NotAllowed));
    }

    #[test]
    fn closed_files_twice_invited_and_roles_that_may_not_invite() {
        use ParticipantRole::*;
        let closed = InviteContext { closed: true, has_parent: false, ..ctx(Parent, &[]) };
        assert_eq!(may_invite(&closed, Parent, "p@x.nl", None), Err(InviteRefusal::Closed));
        let twice = InviteContext { already_invited: true, ..ctx(Parent, &[]) };
        assert_eq!(may_invite(&twice, Parent, "p@x.nl", None), Err(InviteRefusal::AlreadyInvited));
        assert_eq!(may_invite(&ctx(Teacher, &[]), Parent, "p@x.nl", None), Err(InviteRefusal::NotAllowed));
    }
}
