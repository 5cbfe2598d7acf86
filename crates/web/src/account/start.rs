//! The start page's view of each child: where the route is, what waits for this reader, what
//! comes next and what changed since their last visit. Reading a file for this summary is
//! audited as such (`TrajectSummarised`), so it shows in "who looked" without counting as
//! a visit of the file itself.

use crate::AppState;
use crate::error::AppError;
use crate::page::PageCtx;
use crate::traject::Visible;
use chrono::{DateTime, Utc};
use samenspoor_domain::AuditAction;
use samenspoor_domain::gesprek::GesprekStatus;
use samenspoor_domain::time::local_datetime;
use samenspoor_domain::traject::Action;
use samenspoor_domain::traject::permissions::{may_now, may_tick};
use samenspoor_domain::traject::step::decides_early_close;
use samenspoor_store::{AuditContext, FileParts, User};

/// How many files the start page summarises; the rest are in the list of files.
pub const SUMMARISED: usize = 20;

/// One thing that waits for the reader, with where to do it.
pub struct Task {
    pub text: String,
    pub link: String,
    /// A deadline that has passed, or a decision only this reader can take.
    pub urgent: bool,
}

pub struct ChildSummary {
    pub name: String,
    pub link: String,
    pub step: String,
    pub role: String,
    pub tasks: Vec<Task>,
    pub next_gesprek: Option<(String, String)>,
    /// When the reader last opened the file, and what others did since (newest first).
    pub last_visit: Option<String>,
    pub changes: Vec<(String, String)>,
}

/// Summaries of the reader's files (the first `SUMMARISED` of `files`); files with tasks first.
pub async fn summaries(
    state: &AppState,
    ctx: &PageCtx,
    user: &User,
    ip: &str,
    files: Vec<Visible>,
) -> Result<Vec<ChildSummary>, AppError> {
    let audit = AuditContext { actor: Some(user.id), ip: Some(ip.to_owned()) };
    let mut read = vec![];
    for v in files.into_iter().take(SUMMARISED) {
        let file = match v.file {
            Some(file) => file,
            None => match state.store.tr_file(v.traject.id, FileParts::Whole).await? {
                Some(file) => file,
                None => continue,
            },
        };
        read.push((v.traject, v.role, file));
    }
    // Sent together, the rows are committed together (see the store's audit batches).
    futures_util::future::try_join_all(read.iter().map(|(t, _, _)| {
        state.store.append_audit(audit.entry(AuditAction::TrajectSummarised, "traject", Some(t.id.to_string())))
    }))
    .await?;
    let mut out = vec![];
    for (t, role, file) in &read {
        let id = t.id.to_string();
        let link = format!("/trajecten/{id}");
        let closed = file.traject.closed_at.is_some();
        let mut tasks = vec![];
        if file.close_proposal().is_some() && decides_early_close(*role) && !closed {
            tasks.push(Task { text: ctx.t("start-task-close"), link: format!("{link}/afsluiten"), urgent: true });
        }
        for (d, row) in crate::deadlines::signals_for(state, ctx, file, *role) {
            let text = format!("{}: {}", samenspoor_domain::time::show_day(d.due), row.text);
            let urgent = d.state == samenspoor_domain::deadlines::State::Overdue;
            tasks.push(Task { text, link: format!("{link}/klok"), urgent });
        }
        if may_now(*role, Action::TickChecklist, closed) {
            let step = file.traject.step;
            for item in step.checklist().iter().filter(|i| may_tick(*role, i)) {
                if !file.ticks.iter().any(|k| k.step == step && k.item == *item) {
                    let text = ctx.t1("start-task-check", "item", ctx.t(&format!("check-{item}")));
                    tasks.push(Task { text, link: format!("{link}#checklist"), urgent: false });
                }
            }
        }
        let now = Utc::now();
        let next_gesprek = file
            .gesprekken
            .iter()
            .filter(|g| g.status == GesprekStatus::Planned && g.plan.starts_at > now)
            .min_by_key(|g| g.plan.starts_at)
            .map(|g| (local_datetime(g.plan.starts_at), format!("{link}/gesprekken/{}", g.id)));
        let last: Option<DateTime<Utc>> =
            state.store.audit_last(user.id, AuditAction::TrajectViewed, "traject", &id).await?;
        let changes = file
            .timeline
            .iter()
            .filter(|e| last.is_none_or(|l| e.at > l) && e.actor != Some(user.id))
            .take(5)
            .map(|e| (local_datetime(e.at), crate::traject::describe_event(ctx, e, &file.participants)))
            .collect();
        let step = file.traject.step;
        out.push(ChildSummary {
            name: format!("{} {}", t.child_first_name, t.child_last_name),
            link,
            step: ctx.t(&format!("{}-name", step.key())),
            role: ctx.t(&role.label_key()),
            tasks,
            next_gesprek,
            last_visit: last.map(local_datetime),
            changes,
        });
    }
    // The children whose files wait for this reader come first; otherwise the list's order.
    out.sort_by_key(|c| (!c.tasks.iter().any(|t| t.urgent), c.tasks.is_empty()));
    Ok(out)
}
