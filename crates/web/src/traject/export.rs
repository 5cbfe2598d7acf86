//! The whole file for the parents' right of access: as JSON, and as a page to print.

use super::views::describe_event;
use super::{FileAccess, Shown};
use crate::AppState;
use crate::error::AppError;
use crate::page::{PageCtx, SignedIn};
use crate::security::ClientIp;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use samenspoor_domain::AuditAction;
use samenspoor_domain::time::local_datetime;
use samenspoor_domain::traject::{Action, ConsentKind, ParticipantRole};
use samenspoor_store::*;

/// The whole file as one document: what a parent gets for their right of access.
pub async fn whole_file(state: &AppState, f: &Shown) -> Result<serde_json::Value, AppError> {
    let id = f.traject.id;
    // The documents this reader may read, each with every version and record.
    let consents = f.consent_list();
    let mut documents = vec![];
    for head in state.store.doc_list(id).await? {
        if samenspoor_domain::document::may_read(f.role(), head.id, &consents, Utc::now())
            && let Some(doc) = state.store.doc_get(id, head.id).await?
        {
            documents
                .push(serde_json::json!({ "document": doc.head, "versions": doc.versions, "records": doc.records }));
        }
    }
    // Every gesprek with its agenda, companions, report and answers; of the preparation,
    // what was shared and this reader's own (private) answers.
    let mut gesprekken = vec![];
    for g in state.store.gs_list(id).await? {
        if let Some(r) = state.store.gs_get(id, g.id).await? {
            let mine = match f.me.user_id {
                Some(user) => state.store.gs_answers(g.id, user).await?,
                None => vec![],
            };
            gesprekken.push(serde_json::json!({ "gesprek": r.gesprek, "agenda": r.agenda, "companions": r.companions,
                "responses": r.responses, "shared_preparation": r.shared, "my_preparation": mine }));
        }
    }
    let notifications = match f.me.user_id {
        Some(user) => state.store.nt_inbox(user).await?.into_iter().filter(|n| n.traject == id).collect(),
        None => vec![],
    };
    Ok(serde_json::json!({
        "documents": documents,
        "gesprekken": gesprekken,
        "dates": state.store.dl_dates(id).await?,
        "my_notifications": notifications,
        "traject": f.traject,
        "participants": f.participants,
        "consents": f.consents,
        "checklist": f.ticks,
        "notes": f.readable_notes(),
        "timeline": f.timeline,
        "access_log": state.store.audit_for_object("traject", &id.to_string(), u32::MAX).await?,
        "exported_at": Utc::now(),
    }))
}

pub(super) async fn export_json(
    State(state): State<AppState>,
    SignedIn(_, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let f = FileAccess::open(&state, &user, &id, &ip, Action::Export).await?;
    let f = f.show(&state, AuditAction::TrajectExported).await?;
    let body = serde_json::to_string_pretty(&whole_file(&state, &f).await?).map_err(|_| AppError::Internal)?;
    let disposition = format!("attachment; filename=\"dossier-{}.json\"", f.traject.id);
    Ok(([(header::CONTENT_TYPE, "application/json".to_owned()), (header::CONTENT_DISPOSITION, disposition)], body)
        .into_response())
}

#[derive(Template, WebTemplate)]
#[template(path = "traject/print.html")]
pub(super) struct PrintPage {
    ctx: PageCtx,
    f: Shown,
    notes: Vec<Note>,
    timeline: Vec<TimelineEvent>,
}

impl PrintPage {
    fn when(&self, at: &chrono::DateTime<Utc>) -> String {
        local_datetime(*at)
    }
    fn event_text(&self, e: &TimelineEvent) -> String {
        describe_event(&self.ctx, e, &self.f.participants)
    }
    fn step_name(&self) -> String {
        self.ctx.t(&format!("{}-name", self.f.traject.step.key()))
    }
    fn role_name(&self, r: &ParticipantRole) -> String {
        self.ctx.t(&r.label_key())
    }
    fn kind_name(&self, k: &ConsentKind) -> String {
        self.ctx.t(&k.label_key())
    }
    fn printed_on(&self) -> String {
        local_datetime(Utc::now())
    }
    fn born(&self) -> String {
        samenspoor_domain::time::show_day(self.f.traject.child_date_of_birth)
    }
}

pub(super) async fn print_page(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path(id): Path<String>,
) -> Result<PrintPage, AppError> {
    let f = FileAccess::open(&state, &user, &id, &ip, Action::Export).await?;
    let f = f.show(&state, AuditAction::TrajectExported).await?;
    let (notes, timeline) = (f.readable_notes(), f.timeline.clone());
    Ok(PrintPage { ctx, f, notes, timeline })
}
