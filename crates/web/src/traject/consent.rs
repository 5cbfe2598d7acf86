//! The parents' consent: giving it, and revoking it after one more question.

use super::forms::{ConsentInput, Empty};
use super::views::ConfirmPage;
use super::{FileAccess, Shown, file_path};
use crate::AppState;
use crate::error::AppError;
use crate::page::{PageCtx, SignedIn};
use crate::security::{ClientIp, CsrfForm};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use samenspoor_domain::time::local_date;
use samenspoor_domain::traject::{Action, ConsentKind};
use samenspoor_domain::{AuditAction, ConsentId, Email, TrajectId};
use samenspoor_store::*;

#[derive(Template, WebTemplate)]
#[template(path = "traject/consent.html")]
pub(super) struct ConsentPage {
    ctx: PageCtx,
    f: Shown,
    errors: Vec<String>,
}

impl ConsentPage {
    fn kinds(&self) -> [ConsentKind; 4] {
        ConsentKind::ALL
    }
    fn kind_name(&self, k: &ConsentKind) -> String {
        self.ctx.t(&k.label_key())
    }
    fn can_give(&self) -> bool {
        self.f.may(Action::GiveConsent)
    }
    fn active(&self, c: &ConsentRecord) -> bool {
        c.consent.active(Utc::now())
    }
    fn day(&self, d: &chrono::DateTime<Utc>) -> String {
        local_date(*d)
    }
}

pub(super) async fn consent_page(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path(id): Path<String>,
) -> Result<ConsentPage, AppError> {
    let f =
        FileAccess::open(&state, &user, &id, &ip, Action::View).await?.show(&state, AuditAction::TrajectViewed).await?;
    Ok(ConsentPage { ctx, f, errors: vec![] })
}

/// A consent record from what a parent filled in; every problem as a message id.
pub fn consent_from(
    traject_id: TrajectId,
    kind: &str,
    subject: &str,
    purpose: &str,
    valid_until: &str,
) -> Result<NewConsent, Vec<&'static str>> {
    let kind = ConsentKind::parse(kind);
    let subject = subject.trim().to_lowercase();
    let purpose = purpose.trim();
    let until = if valid_until.trim().is_empty() { Ok(None) } else { valid_until.trim().parse().map(Some) };
    let mut errors = vec![];
    match kind {
        None => errors.push("error-consent-kind"),
        Some(ConsentKind::InvolveExpert) if Email::parse(&subject).is_err() => errors.push("error-consent-expert"),
        Some(k) if k.needs_subject() && subject.is_empty() => errors.push("error-consent-subject"),
        _ => {}
    }
    if purpose.is_empty() || purpose.chars().count() > 500 {
        errors.push("error-consent-purpose");
    }
    if until.as_ref().is_ok_and(|d| d.is_some_and(|d| d < Utc::now().date_naive())) || until.is_err() {
        errors.push("error-consent-until");
    }
    match (kind, until, errors.is_empty()) {
        (Some(kind), Ok(valid_until), true) => {
            Ok(NewConsent { traject_id, kind, subject, purpose: purpose.to_owned(), valid_until })
        }
        _ => Err(errors),
    }
}

pub(super) async fn give_consent(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<ConsentInput>,
) -> Result<Response, AppError> {
    let f = FileAccess::open(&state, &user, &id, &ip, Action::GiveConsent).await?;
    match consent_from(f.id(), &form.kind, &form.subject, &form.purpose, &form.valid_until) {
        Ok(new) => {
            state.store.tr_give_consent(new, f.audit()).await?;
            Ok(Redirect::to(&format!("{}/toestemming", file_path(f.id()))).into_response())
        }
        Err(keys) => {
            let errors = keys.into_iter().map(|k| ctx.t(k)).collect();
            let f = f.show(&state, AuditAction::TrajectViewed).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, ConsentPage { ctx, f, errors }).into_response())
        }
    }
}

pub(super) async fn revoke_consent(
    State(state): State<AppState>,
    SignedIn(_, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path((id, cid)): Path<(String, ConsentId)>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, AppError> {
    let f = FileAccess::open(&state, &user, &id, &ip, Action::GiveConsent).await?;
    state.store.tr_revoke_consent(f.id(), cid, f.audit()).await?;
    Ok(Redirect::to(&format!("{}/toestemming", file_path(f.id()))).into_response())
}

pub(super) async fn confirm_revoke(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path((id, cid)): Path<(String, ConsentId)>,
) -> Result<ConfirmPage, AppError> {
    let f = FileAccess::open(&state, &user, &id, &ip, Action::GiveConsent).await?;
    let f = f.show(&state, AuditAction::TrajectViewed).await?;
    let consent =
        f.consents.iter().find(|c| c.id == cid && c.consent.revoked_at.is_none()).ok_or(AppError::NotFound)?;
    let kind = ctx.t(&consent.consent.kind.label_key());
    let text = ctx.t_args("confirm-revoke-text", &[("kind", &kind), ("child", &f.traject.child_first_name)]);
    let action = format!("{}/toestemming/{cid}/intrekken", file_path(f.traject.id));
    Ok(ConfirmPage::new(ctx, f, "confirm-revoke-title", text, action, vec![], "confirm-revoke-button"))
}
