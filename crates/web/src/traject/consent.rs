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
use samenspoor_domain::{AuditAction, ConsentId};
use samenspoor_store::*;

#[derive(Template, WebTemplate)]
#[template(path = "traject/consent.html")]
pub(super) struct ConsentPage {
    ctx: PageCtx,
    f: Shown,
    errors: Vec<String>,
}

impl ConsentPage {
    /// The kinds given on this page; a document is shared from its own page.
    fn kinds(&self) -> Vec<ConsentKind> {
        ConsentKind::ALL.into_iter().filter(|k| *k != ConsentKind::ShareDocument).collect()
    }
    /// Where a shared document's consent points to (its subject is the document's id).
    fn document_link(&self, c: &ConsentRecord) -> Option<String> {
        (c.consent.kind == ConsentKind::ShareDocument)
            .then(|| format!("/trajecten/{}/documenten/{}", self.f.traject.id, c.consent.subject))
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

/// The consent as checked by the domain, and a shared document must be one of this file's.
pub(super) async fn checked_in_file(
    state: &AppState,
    input: &ConsentInput,
    f: &FileAccess,
) -> Result<Result<NewConsent, Vec<&'static str>>, AppError> {
    let new = match input.checked(f.id()) {
        Ok(new) => new,
        Err(keys) => return Ok(Err(keys)),
    };
    if new.kind == ConsentKind::ShareDocument {
        let doc = new.subject.parse().ok();
        let found = match doc {
            Some(doc) => state.store.doc_get(f.id(), doc).await?.is_some(),
            None => false,
        };
        if !found {
            return Ok(Err(vec!["error-consent-subject"]));
        }
    }
    Ok(Ok(new))
}

pub(super) async fn give_consent(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<ConsentInput>,
) -> Result<Response, AppError> {
    let f = FileAccess::open(&state, &user, &id, &ip, Action::GiveConsent).await?;
    match checked_in_file(&state, &form, &f).await? {
        Ok(new) => {
            state.store.tr_give_consent(new, f.audit()).await?;
            Ok(Redirect::to(&format!("{}/toestemming?gedaan=toestemming", file_path(f.id()))).into_response())
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
    Ok(Redirect::to(&format!("{}/toestemming?gedaan=ingetrokken", file_path(f.id()))).into_response())
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
