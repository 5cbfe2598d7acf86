//! Closing a file, from any step. At the route's end (after step 5 or 6) whoever may move
//! the file closes it; earlier a parent decides: a parent closes, school proposes and a
//! parent confirms (by closing) or declines. The rule is the domain's `step::closing`.

use super::access::Shown;
use super::steps::move_file;
use super::{FileAccess, file_path};
use crate::AppState;
use crate::error::AppError;
use crate::form_errors::FieldErrors;
use crate::mail::Mail;
use crate::page::{PageCtx, SignedIn};
use crate::security::{ClientIp, CsrfForm};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use samenspoor_domain::traject::step::{Closing, closing, decides_early_close, parse_reason};
use samenspoor_domain::traject::{Action, ParticipantRole, Step};
use samenspoor_domain::{AuditAction, Lang};
use samenspoor_store::{CloseProposal, StoreError};
use serde::Deserialize;

#[derive(Template, WebTemplate)]
#[template(path = "traject/close.html")]
pub(super) struct ClosePage {
    ctx: PageCtx,
    f: Shown,
    proposal: Option<CloseProposal>,
    /// What the reader's button does: close now, or propose it to the parents.
    closes: bool,
    decides: bool,
    months: String,
    why: String,
    errors: FieldErrors,
}

impl ClosePage {
    fn early(&self) -> bool {
        self.f.traject.step.closes_early()
    }
    fn proposal_text(&self, p: &CloseProposal) -> String {
        let name = p.by_name.clone().unwrap_or_default();
        self.ctx.t_args("close-proposal", &[("name", &name), ("why", &p.why)])
    }
}

async fn page(
    state: &AppState,
    ctx: PageCtx,
    f: FileAccess,
    why: String,
    error: Option<&str>,
) -> Result<ClosePage, AppError> {
    let f = f.show(state, AuditAction::TrajectViewed).await?;
    let proposal = f.close_proposal();
    let decides = decides_early_close(f.role());
    // A parent answering school's proposal finds its reason already in the field.
    let why = match (&proposal, why.is_empty() && decides) {
        (Some(p), true) => p.why.clone(),
        _ => why,
    };
    let errors = error.map(|k| FieldErrors::one("why", ctx.t(k))).unwrap_or_default();
    Ok(ClosePage {
        closes: closing(f.traject.step, f.role()) == Closing::Close,
        months: state.config.retention_months.to_string(),
        proposal,
        decides,
        why,
        errors,
        ctx,
        f,
    })
}

pub(super) async fn close_page(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path(id): Path<String>,
) -> Result<ClosePage, AppError> {
    let f = FileAccess::open(&state, &user, &id, &ip, Action::Close).await?;
    page(&state, ctx, f, String::new(), None).await
}

#[derive(Deserialize)]
pub(super) struct CloseForm {
    from: String,
    #[serde(default)]
    why: String,
}

pub(super) async fn close(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<CloseForm>,
) -> Result<Response, AppError> {
    let f = FileAccess::open(&state, &user, &id, &ip, Action::Close).await?;
    let typed = form.why.clone();
    let Some(from) = Step::parse(&form.from).filter(|s| *s == f.step()) else {
        return refused(&state, ctx, f, typed, "error-step-stale").await;
    };
    let Ok(why) = parse_reason(&form.why) else { return refused(&state, ctx, f, typed, "error-close-why").await };
    let result = match closing(from, f.role()) {
        Closing::Close => move_file(&state, &f, from, Step::Closed, &why).await.map(|_| ()),
        Closing::Propose => propose(&state, &f, from, &why, &user.name).await,
    };
    let done = if closing(from, f.role()) == Closing::Close { "gesloten" } else { "voorstel" };
    match result {
        Ok(()) => Ok(Redirect::to(&format!("{}?gedaan={done}#stap", file_path(f.id()))).into_response()),
        Err(StoreError::Conflict(_)) => refused(&state, ctx, f, typed, "error-step-stale").await,
        Err(e) => Err(e.into()),
    }
}

/// The closing page again with the message and what was typed.
async fn refused(state: &AppState, ctx: PageCtx, f: FileAccess, why: String, key: &str) -> Result<Response, AppError> {
    let page = page(state, ctx, f, why, Some(key)).await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
}

/// Records school's proposal and tells every parent by e-mail (Dutch and English): they decide.
pub(super) async fn propose(
    state: &AppState,
    f: &FileAccess,
    from: Step,
    why: &str,
    name: &str,
) -> Result<(), StoreError> {
    state.store.tr_close_proposal(f.id(), from, Some(why), f.audit()).await?;
    let link = format!("{}{}/afsluiten", state.config.base_url.trim_end_matches('/'), file_path(f.id()));
    let site = &state.config.site_name;
    let child = f.child_first_name();
    let args = [("child", child), ("name", name), ("why", why), ("link", link.as_str()), ("site", site.as_str())];
    let parents = f.participants().iter().filter(|p| p.active() && p.role == ParticipantRole::Parent);
    for p in parents {
        let body = [Lang::Nl, Lang::En].map(|lang| state.i18n.t_args(lang, "mail-close-body", &args));
        let subject = state.i18n.t_args(Lang::Nl, "mail-close-subject", &[("child", child)]);
        if let Err(e) = state.mailer.send(Mail::text(p.email.clone(), subject, body.join("\n\n---\n\n"))).await {
            tracing::warn!(error = %e, "close proposal mail to a parent failed");
        }
    }
    Ok(())
}

#[derive(Deserialize)]
pub(super) struct DeclineForm {
    from: String,
}

/// A parent says no to school's proposal to close early.
pub(super) async fn decline(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<DeclineForm>,
) -> Result<Response, AppError> {
    let f = FileAccess::open(&state, &user, &id, &ip, Action::Close).await?;
    if !decides_early_close(f.role()) {
        return Err(AppError::Forbidden);
    }
    let Some(from) = Step::parse(&form.from).filter(|s| *s == f.step()) else {
        let page = page(&state, ctx, f, String::new(), Some("error-step-stale")).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    };
    match state.store.tr_close_proposal(f.id(), from, None, f.audit()).await {
        Ok(()) => Ok(Redirect::to(&format!("{}?gedaan=nee#stap", file_path(f.id()))).into_response()),
        Err(StoreError::Conflict(_)) => {
            let page = page(&state, ctx, f, String::new(), Some("close-proposal-none")).await?;
            Ok((StatusCode::CONFLICT, page).into_response())
        }
        Err(e) => Err(e.into()),
    }
}
