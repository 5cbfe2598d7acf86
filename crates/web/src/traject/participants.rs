//! Who takes part in a file: inviting someone, and taking someone out.

use super::forms::Empty;
use super::views::ConfirmPage;
use super::{FileAccess, Shown, file_path};
use crate::AppState;
use crate::error::AppError;
use crate::form_errors::FieldErrors;
use crate::mail::Mail;
use crate::page::{PageCtx, SignedIn};
use crate::security::check_rate;
use crate::security::{ClientIp, CsrfForm, hash_token, random_token};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{Duration, Utc};
use samenspoor_domain::auth::RateLimit;
use samenspoor_domain::traject::invite::{
    InviteContext, InviteRefusal, InviteeAccount, WithdrawRefusal, may_invite, may_withdraw,
};
use samenspoor_domain::traject::{Action, ParticipantRole};
use samenspoor_domain::{AuditAction, Email, ParticipantId};
use samenspoor_store::*;
use serde::Deserialize;

/// How long an invitation link works.
pub const INVITATION_DAYS: i64 = 14;

#[derive(Template, WebTemplate)]
#[template(path = "traject/participants.html")]
pub(super) struct ParticipantsPage {
    ctx: PageCtx,
    f: Shown,
    errors: FieldErrors,
    email: String,
    /// The role chosen in a refused invitation, kept.
    role: String,
}

impl ParticipantsPage {
    fn role_name(&self, r: &ParticipantRole) -> String {
        self.ctx.t(&r.label_key())
    }
    fn roles(&self) -> [ParticipantRole; 7] {
        ParticipantRole::ALL
    }
    fn can_invite(&self) -> bool {
        self.f.may(Action::Invite)
    }
    /// Only controls a person may use are shown: school sees no withdraw button next to a parent.
    fn may_withdraw(&self, p: &Participant) -> bool {
        p.withdrawn_at.is_none()
            && self.can_invite()
            && may_withdraw(self.f.role(), p.role, p.id == self.f.me.id).is_ok()
    }
    fn status(&self, p: &Participant) -> String {
        let key = if p.withdrawn_at.is_some() {
            "participant-withdrawn"
        } else if p.accepted_at.is_some() {
            "participant-active"
        } else if p.expires_at < Utc::now() {
            "participant-expired"
        } else {
            "participant-pending"
        };
        self.ctx.t(key)
    }
}

pub(super) async fn participants_page(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path(id): Path<String>,
) -> Result<ParticipantsPage, AppError> {
    let f =
        FileAccess::open(&state, &user, &id, &ip, Action::View).await?.show(&state, AuditAction::TrajectViewed).await?;
    Ok(ParticipantsPage { ctx, f, errors: FieldErrors::default(), email: String::new(), role: String::new() })
}

#[derive(Deserialize)]
pub(super) struct InviteForm {
    email: String,
    role: String,
}

/// Why a change to a file was refused: bad input (message ids for the reader), a good
/// request the file's state does not allow now (already invited, no consent yet), or an
/// error.
pub enum Refused {
    Input(Vec<&'static str>),
    NotNow(&'static str),
    Error(AppError),
}

impl From<AppError> for Refused {
    fn from(e: AppError) -> Self {
        Refused::Error(e)
    }
}

impl From<StoreError> for Refused {
    fn from(e: StoreError) -> Self {
        Refused::Error(e.into())
    }
}

/// Invites someone by e-mail, when the domain's rule allows their role in this file (see
/// `domain::traject::invite`), and mails the link in `lang`. Shared by the page and the API.
pub async fn invite_person(
    state: &AppState,
    f: &FileAccess,
    user: &User,
    email: &str,
    role: &str,
    lang: samenspoor_domain::Lang,
) -> Result<Participant, Refused> {
    f.require(Action::Invite)?;
    let email = Email::parse(email).map_err(|e| Refused::Input(vec![e.key]))?;
    let role = ParticipantRole::parse(role).ok_or(Refused::Input(vec!["error-role-invalid"]))?;
    check_rate(state, RateLimit::INVITATIONS_PER_USER, &format!("invite:user:{}", user.id)).await?;
    let account = state.store.user_by_email(&email).await?;
    let school = match f.school() {
        Some(id) => state.store.organisation(id).await?,
        None => None,
    };
    let now = Utc::now();
    let open = |p: &&Participant| p.withdrawn_at.is_none() && (p.accepted_at.is_some() || p.expires_at > now);
    let consents = f.consents();
    let ctx = InviteContext {
        inviter: f.role(),
        closed: f.is_closed(),
        school: school.as_ref().map(|s| s.id),
        swv: school.as_ref().and_then(|s| s.swv_id),
        has_parent: f.participants().iter().filter(open).any(|p| p.role == ParticipantRole::Parent),
        already_invited: f.participants().iter().filter(open).any(|p| p.email.eq_ignore_ascii_case(email.as_str())),
        consents: &consents,
        now,
    };
    let account_facts = account.as_ref().map(|a| InviteeAccount { role: a.role, organisation_id: a.organisation_id });
    match may_invite(&ctx, role, email.as_str(), account_facts) {
        Ok(()) => {}
        Err(InviteRefusal::NotAllowed) => return Err(Refused::Error(AppError::Forbidden)),
        Err(InviteRefusal::Closed) => return Err(Refused::Error(AppError::FileClosed)),
        Err(other) => return Err(Refused::NotNow(other.key())),
    }
    let token = random_token();
    let new = NewInvitation {
        traject_id: f.id(),
        email: email.clone(),
        role,
        token_hash: hash_token(&token),
        expires_at: now + Duration::days(INVITATION_DAYS),
    };
    let participant = state.store.tr_invite(new, f.audit()).await?;
    let link = format!("{}/uitnodiging/{token}", state.config.base_url.trim_end_matches('/'));
    let site = &state.config.site_name;
    let mail = Mail::text(
        email.to_string(),
        state.i18n.t_args(lang, "mail-invite-subject", &[("site", site)]),
        state.i18n.t_args(
            lang,
            "mail-invite-body",
            &[("name", &user.name), ("child", f.child_first_name()), ("link", &link), ("site", site)],
        ),
    );
    if let Err(e) = state.mailer.send(mail).await {
        tracing::error!(error = %e, "invitation mail failed");
        return Err(Refused::Error(AppError::Unavailable));
    }
    Ok(participant)
}

pub(super) async fn invite(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<InviteForm>,
) -> Result<Response, AppError> {
    let f = FileAccess::open(&state, &user, &id, &ip, Action::Invite).await?;
    match invite_person(&state, &f, &user, &form.email, &form.role, ctx.lang).await {
        Ok(_) => Ok(Redirect::to(&format!("{}/deelnemers?gedaan=uitgenodigd", file_path(f.id()))).into_response()),
        Err(refused) => {
            let keys = match refused {
                Refused::Input(keys) => keys,
                Refused::NotNow(key) => vec![key],
                Refused::Error(e) => return Err(e),
            };
            let mut errors = FieldErrors::default();
            for key in keys {
                // The address is someone else's here, not the reader's own.
                let key = if key == "error-email-empty" { "error-invite-email-empty" } else { key };
                let field = if key.contains("email") { "invite-email" } else { "invite-role" };
                errors.push(field, ctx.t(key));
            }
            let f = f.show(&state, AuditAction::TrajectViewed).await?;
            let page = ParticipantsPage { ctx, f, errors, email: form.email, role: form.role };
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
    }
}

/// Takes someone out of a file (or withdraws their invitation), as the domain allows.
pub async fn withdraw_person(state: &AppState, f: &FileAccess, pid: ParticipantId) -> Result<(), AppError> {
    f.require(Action::Invite)?;
    let target = f.participants().iter().find(|p| p.id == pid && p.withdrawn_at.is_none()).ok_or(AppError::NotFound)?;
    match may_withdraw(f.role(), target.role, pid == f.my_participant_id()) {
        Ok(()) => Ok(state.store.tr_withdraw(f.id(), pid, f.audit()).await?),
        Err(WithdrawRefusal::Self_) => Err(AppError::Unprocessable),
        Err(WithdrawRefusal::NotAllowed) => Err(AppError::Forbidden),
    }
}

pub(super) async fn withdraw(
    State(state): State<AppState>,
    SignedIn(_, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path((id, pid)): Path<(String, ParticipantId)>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, AppError> {
    let f = FileAccess::open(&state, &user, &id, &ip, Action::Invite).await?;
    withdraw_person(&state, &f, pid).await?;
    Ok(Redirect::to(&format!("{}/deelnemers?gedaan=uitgeschreven", file_path(f.id()))).into_response())
}

pub(super) async fn confirm_withdraw(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path((id, pid)): Path<(String, ParticipantId)>,
) -> Result<ConfirmPage, AppError> {
    let f = FileAccess::open(&state, &user, &id, &ip, Action::Invite).await?;
    let target = f.participants().iter().find(|p| p.id == pid && p.withdrawn_at.is_none()).cloned();
    let target = target.ok_or(AppError::NotFound)?;
    if may_withdraw(f.role(), target.role, pid == f.my_participant_id()).is_err() {
        return Err(AppError::Forbidden);
    }
    let f = f.show(&state, AuditAction::TrajectViewed).await?;
    let who = target.name.clone().unwrap_or(target.email.clone());
    let role = ctx.t(&target.role.label_key());
    let text =
        ctx.t_args("confirm-withdraw-text", &[("name", &who), ("role", &role), ("child", &f.traject.child_first_name)]);
    let action = format!("{}/deelnemers/{pid}/intrekken", file_path(f.traject.id));
    Ok(ConfirmPage::new(ctx, f, "confirm-withdraw-title", text, action, vec![], "confirm-withdraw-button"))
}
