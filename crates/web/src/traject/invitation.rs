//! Accepting an invitation to a file, by the link in its e-mail.

use super::{ctx_of, file_path};
use crate::AppState;
use crate::error::AppError;
use crate::page::PageCtx;
use crate::security::check_rate;
use crate::security::{ClientIp, CsrfForm, hash_token};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use samenspoor_domain::auth::RateLimit;
use samenspoor_domain::traject::ParticipantRole;
use samenspoor_domain::traject::invite::{InviteContext, InviteeAccount, account_for_new_invitee, may_join};
use samenspoor_domain::{AuditAction, Email, UserId};
use samenspoor_store::*;
use serde::Deserialize;

#[derive(Template, WebTemplate)]
#[template(path = "traject/invitation.html")]
pub(super) struct InvitationPage {
    ctx: PageCtx,
    token: String,
    child: Option<String>,
    /// A parent confirms that they hold parental authority (or are the carer) on accepting.
    as_parent: bool,
    problem: Option<String>,
}

/// An invitation that can still be accepted, with its file.
async fn open_invitation(state: &AppState, hash: &str) -> Result<Option<(Participant, Traject)>, AppError> {
    let Some(p) = state.store.tr_invitation(hash).await? else { return Ok(None) };
    if p.accepted_at.is_some() || p.withdrawn_at.is_some() || p.expires_at <= Utc::now() {
        return Ok(None);
    }
    Ok(state.store.tr_get(p.traject_id).await?.filter(|t| t.closed_at.is_none()).map(|t| (p, t)))
}

pub(super) async fn invitation_page(
    State(state): State<AppState>,
    ctx: PageCtx,
    ClientIp(ip): ClientIp,
    Path(token): Path<String>,
) -> Result<InvitationPage, AppError> {
    check_rate(&state, RateLimit::REDEEMS_PER_ADDRESS, &format!("redeem:ip:{ip}")).await?;
    let open = open_invitation(&state, &hash_token(&token)).await?;
    let as_parent = open.as_ref().is_some_and(|(p, _)| p.role == ParticipantRole::Parent);
    let child = open.map(|(_, t)| t.child_first_name);
    let problem = child.is_none().then(|| ctx.t("invitation-invalid"));
    Ok(InvitationPage { ctx, token, child, as_parent, problem })
}

#[derive(Deserialize)]
pub(super) struct AcceptForm {
    #[serde(default)]
    authority: Option<String>,
}

/// Accepting signs the invited person in: a parent or an outside expert may not have an
/// account yet, and the link went to their address, just like a sign-in link. The rule
/// that allowed the invitation is checked again, since accounts and consents change.
pub(super) async fn accept_invitation(
    State(state): State<AppState>,
    ctx: PageCtx,
    headers: axum::http::HeaderMap,
    ClientIp(ip): ClientIp,
    Path(token): Path<String>,
    CsrfForm(form): CsrfForm<AcceptForm>,
) -> Result<Response, AppError> {
    check_rate(&state, RateLimit::REDEEMS_PER_ADDRESS, &format!("redeem:ip:{ip}")).await?;
    let hash = hash_token(&token);
    let refuse = |ctx: PageCtx, status: StatusCode, key: &str| {
        let problem = Some(ctx.t(key));
        Ok((status, InvitationPage { ctx, token: String::new(), child: None, as_parent: false, problem })
            .into_response())
    };
    let Some((invitation, traject)) = open_invitation(&state, &hash).await? else {
        return refuse(ctx, StatusCode::GONE, "invitation-invalid");
    };
    if invitation.role == ParticipantRole::Parent && form.authority.as_deref() != Some("ja") {
        let page = InvitationPage { problem: None, child: Some(traject.child_first_name), as_parent: true, token, ctx };
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    let email = Email::parse(&invitation.email).map_err(|_| AppError::Internal)?;
    let account = state.store.user_by_email(&email).await?;
    let school = match traject.school_id {
        Some(id) => state.store.organisation(id).await?,
        None => None,
    };
    let consents: Vec<_> = state.store.tr_consents(traject.id).await?.into_iter().map(|c| c.consent).collect();
    let join = InviteContext {
        inviter: ParticipantRole::Parent,
        closed: false,
        school: school.as_ref().map(|s| s.id),
        swv: school.as_ref().and_then(|s| s.swv_id),
        has_parent: true,
        already_invited: false,
        consents: &consents,
        now: Utc::now(),
    };
    let facts = account.as_ref().map(|a| InviteeAccount { role: a.role, organisation_id: a.organisation_id });
    if let Err(why) = may_join(&join, invitation.role, email.as_str(), facts) {
        return refuse(ctx, StatusCode::UNPROCESSABLE_ENTITY, why.key());
    }
    let user = match account {
        Some(u) => u,
        None => {
            let Some(role) = account_for_new_invitee(invitation.role) else {
                return refuse(ctx, StatusCode::UNPROCESSABLE_ENTITY, "error-invite-no-account");
            };
            let name = samenspoor_domain::PersonName::parse(email.as_str().split('@').next().unwrap_or("?"))
                .map_err(|_| AppError::Internal)?;
            let new = NewUser { id: UserId::new(), email, name, role, organisation_id: None, is_demo: false };
            state.store.create_user(new, AuditContext { actor: None, ip: Some(ip.clone()) }).await?
        }
    };
    match state.store.tr_accept(&hash, user.id, Utc::now(), Some(ip.clone())).await? {
        Ok(p) => {
            let (token, session) = crate::auth::new_session(&state, user.id);
            let entry = ctx_of(&user, &ip).entry(AuditAction::SignedInWithLink, "user", Some(user.id.to_string()));
            state.store.start_session(session, entry).await?;
            Ok(crate::auth::signed_in(&state, &headers, &token, &file_path(p.traject_id)).await)
        }
        Err(_) => refuse(ctx, StatusCode::GONE, "invitation-invalid"),
    }
}
