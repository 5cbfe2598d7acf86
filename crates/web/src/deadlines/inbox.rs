//! Someone's notifications: what came close or passed in the files they are a parent in,
//! each to acknowledge (which ends its reminders), and the choice between an e-mail at once
//! and a daily digest.

use super::pages::describe;
use crate::AppState;
use crate::error::AppError;
use crate::fields::Fields;
use crate::page::{PageCtx, SignedIn};
use crate::security::{ClientIp, CsrfForm};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use samenspoor_domain::AuditAction;
use samenspoor_domain::deadlines::notify::Delivery;
use samenspoor_domain::deadlines::{Deadline, DeadlineKind, State as DeadlineState};
use samenspoor_store::{AuditContext, Notification};

pub struct InboxRow {
    pub n: Notification,
    pub text: String,
    pub now: String,
    pub link: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "deadlines/inbox.html")]
pub struct InboxPage {
    ctx: PageCtx,
    rows: Vec<InboxRow>,
    delivery: Delivery,
}

impl InboxPage {
    fn when(&self, at: &chrono::DateTime<Utc>) -> String {
        samenspoor_domain::time::local_datetime(*at)
    }
    fn daily(&self) -> bool {
        self.delivery == Delivery::Daily
    }
    fn open(&self) -> usize {
        self.rows.iter().filter(|r| r.n.acknowledged_at.is_none()).count()
    }
}

pub async fn inbox(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
) -> Result<InboxPage, AppError> {
    let shown = rows(&state, &ctx, &user, &ip).await?;
    let delivery = state.store.nt_delivery(user.id).await?;
    Ok(InboxPage { ctx, rows: shown, delivery })
}

/// Someone's notifications in their words, for the page and the API; each file named in
/// them is audited as listed.
pub async fn rows(
    state: &AppState,
    ctx: &PageCtx,
    user: &samenspoor_store::User,
    ip: &str,
) -> Result<Vec<InboxRow>, AppError> {
    // Only files the person still takes part in: who left a file no longer reads about it.
    let mine: Vec<_> = state.store.tr_list_for_user(user.id).await?.into_iter().map(|(t, _)| t.id).collect();
    let all = state.store.nt_inbox(user.id).await?;
    let mut shown = vec![];
    for n in all.into_iter().filter(|n| mine.contains(&n.traject)) {
        let Some(kind) = DeadlineKind::parse(&n.kind) else { continue };
        let state_now = if n.state == "overdue" { DeadlineState::Overdue } else { DeadlineState::Soon };
        let d = Deadline { kind, due: n.due, from: n.from, what: n.what.clone(), state: state_now };
        let (text, _, now) = describe(ctx, state, &d);
        let link = format!("/trajecten/{}/klok", n.traject);
        shown.push(InboxRow { n, text, now, link });
    }
    let mut files: Vec<_> = shown.iter().map(|r| r.n.traject).collect();
    files.sort();
    files.dedup();
    for t in files {
        let audit = AuditContext { actor: Some(user.id), ip: Some(ip.to_owned()) };
        state.store.append_audit(audit.entry(AuditAction::TrajectListed, "traject", Some(t.to_string()))).await?;
    }
    Ok(shown)
}

pub async fn acknowledge(
    State(state): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(nid): Path<String>,
    CsrfForm(_): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let id = nid.parse().map_err(|_| AppError::NotFound)?;
    match state.store.nt_acknowledge(user.id, id, Utc::now()).await {
        Ok(()) => Ok(Redirect::to("/meldingen").into_response()),
        Err(samenspoor_store::StoreError::NotFound(_)) => Err(AppError::NotFound),
        Err(e) => Err(e.into()),
    }
}

pub async fn delivery(
    State(state): State<AppState>,
    SignedIn(_, user): SignedIn,
    CsrfForm(fields): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let fields = Fields(fields);
    let Some(d) = Delivery::parse(fields.get("delivery")) else { return Err(AppError::Unprocessable) };
    state.store.nt_set_delivery(user.id, d).await?;
    Ok(Redirect::to("/meldingen?opgeslagen=ja").into_response())
}
