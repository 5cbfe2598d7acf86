//! Moving a file along its steps, and ticking the checklist of the current step.

use super::file::{Kept, refuse_with};
use super::views::ConfirmPage;
use super::{FileAccess, file_path};
use crate::AppState;
use crate::error::AppError;
use crate::mail::Mail;
use crate::page::SignedIn;
use crate::security::{ClientIp, CsrfForm};
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use samenspoor_domain::AuditAction;
use samenspoor_domain::traject::permissions::may_tick;
use samenspoor_domain::traject::step::{Closing, closing, parse_reason};
use samenspoor_domain::traject::{Action, ParticipantRole, Step};
use samenspoor_store::*;
use serde::Deserialize;

#[derive(Deserialize)]
pub(super) struct MoveForm {
    from: String,
    to: String,
    #[serde(default)]
    why: String,
    /// Closing a file is asked once more: "ja" when confirmed.
    #[serde(default)]
    bevestigd: String,
}

pub(super) async fn move_step(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<MoveForm>,
) -> Result<Response, AppError> {
    let f = FileAccess::open(&state, &user, &id, &ip, Action::MoveStep).await?;
    let (Some(from), Some(to)) = (Step::parse(&form.from), Step::parse(&form.to)) else {
        return refuse_with(&state, ctx, f, "error-step-illegal", Kept { why: form.why.clone(), ..Kept::default() })
            .await;
    };
    let Ok(why) = parse_reason(&form.why) else {
        return refuse_with(&state, ctx, f, "error-step-why", Kept { why: form.why.clone(), ..Kept::default() }).await;
    };
    if !from.may_become(to) {
        return refuse_with(&state, ctx, f, "error-step-illegal", Kept { why: form.why.clone(), ..Kept::default() })
            .await;
    }
    if f.step() != from {
        return refuse_with(&state, ctx, f, "error-step-stale", Kept { why: form.why.clone(), ..Kept::default() })
            .await;
    }
    if to == Step::Closed && closing(from, f.role()) == Closing::Propose {
        return refuse_with(
            &state,
            ctx,
            f,
            "error-close-needs-parent",
            Kept { why: form.why.clone(), ..Kept::default() },
        )
        .await;
    }
    if to == Step::Closed && form.bevestigd != "ja" {
        let months = state.config.retention_months.to_string();
        let text = ctx.t_args("confirm-close-text", &[("months", &months)]);
        let fields = vec![
            ("from".into(), form.from),
            ("to".into(), form.to),
            ("why".into(), why),
            ("bevestigd".into(), "ja".into()),
        ];
        let f = f.show(&state, AuditAction::TrajectViewed).await?;
        let action = format!("{}/stap", file_path(f.traject.id));
        return Ok(ConfirmPage::new(ctx, f, "confirm-close-title", text, action, fields, "confirm-close-button")
            .into_response());
    }
    match move_file(&state, &f, from, to, &why).await {
        Ok(t) => Ok(Redirect::to(&format!("{}?gedaan=stap#stap", file_path(t.id))).into_response()),
        Err(StoreError::Conflict(_)) => {
            refuse_with(&state, ctx, f, "error-step-stale", Kept { why: form.why.clone(), ..Kept::default() }).await
        }
        Err(e) => Err(e.into()),
    }
}

/// Moves the file a step and tells every parent in it (but the one who moved it) by
/// e-mail, in Dutch and English: parents never learn of a step change by chance. Shared by
/// the page and the API. A mail that cannot be sent is logged; the move stands.
pub async fn move_file(
    state: &AppState,
    f: &FileAccess,
    from: Step,
    to: Step,
    why: &str,
) -> Result<Traject, StoreError> {
    let t = state.store.tr_move(f.id(), from, to, why, f.audit()).await?;
    let link = format!("{}{}", state.config.base_url.trim_end_matches('/'), file_path(t.id));
    let site = &state.config.site_name;
    let parents = f.participants().iter().filter(|p| p.active() && p.role == ParticipantRole::Parent);
    for p in parents.filter(|p| p.user_id != f.user_id()) {
        let body = [samenspoor_domain::Lang::Nl, samenspoor_domain::Lang::En].map(|lang| {
            let step = |s: Step| state.i18n.t(lang, &format!("{}-name", s.key()));
            let (from, to) = (step(from), step(to));
            let args = [
                ("child", t.child_first_name.as_str()),
                ("from", from.as_str()),
                ("to", to.as_str()),
                ("why", why),
                ("link", link.as_str()),
                ("site", site.as_str()),
            ];
            state.i18n.t_args(lang, "mail-step-body", &args)
        });
        let subject =
            state.i18n.t_args(samenspoor_domain::Lang::Nl, "mail-step-subject", &[("child", &t.child_first_name)]);
        let mail = Mail::text(p.email.clone(), subject, body.join("\n\n---\n\n"));
        if let Err(e) = state.mailer.send(mail).await {
            tracing::warn!(error = %e, "step change mail to a parent failed");
        }
    }
    Ok(t)
}

#[derive(Deserialize)]
pub(super) struct TickForm {
    step: String,
    item: String,
    ticked: String,
}

pub(super) async fn tick(
    State(state): State<AppState>,
    SignedIn(_, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<TickForm>,
) -> Result<Response, AppError> {
    let f = FileAccess::open(&state, &user, &id, &ip, Action::TickChecklist).await?;
    tick_item(&state, &f, &form.step, &form.item, form.ticked == "ja").await?;
    Ok(Redirect::to(&format!("{}#checklist", file_path(f.id()))).into_response())
}

/// Ticks or unticks an item of the current step's checklist.
pub async fn tick_item(state: &AppState, f: &FileAccess, step: &str, item: &str, ticked: bool) -> Result<(), AppError> {
    f.require(Action::TickChecklist)?;
    // An unknown step or item is bad input; a known one that is not on the file's current
    // checklist conflicts with where the file is now.
    let step = Step::parse(step).ok_or(AppError::Unprocessable)?;
    if !Step::all_checklist_items().any(|i| i == item) {
        return Err(AppError::Unprocessable);
    }
    if step != f.step() || !step.checklist().contains(&item) {
        return Err(AppError::Conflict);
    }
    if !may_tick(f.role(), item) {
        return Err(AppError::Forbidden);
    }
    Ok(state.store.tr_set_tick(f.id(), step, item, ticked, f.audit()).await?)
}
