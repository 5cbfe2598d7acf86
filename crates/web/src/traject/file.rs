//! The file page: the child, the current step with its checklist, notes and the timeline.

use super::views::describe_event;
use super::{FileAccess, Shown};
use crate::AppState;
use crate::error::AppError;
use crate::form_errors::FieldErrors;
use crate::page::{PageCtx, SignedIn};
use crate::security::ClientIp;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use samenspoor_domain::AuditAction;
use samenspoor_domain::time::local_datetime;
use samenspoor_domain::traject::permissions::may_tick;
use samenspoor_domain::traject::step::PARENTS_ITEMS;
use samenspoor_domain::traject::{Action, ParticipantRole, Step};
use samenspoor_store::*;
use serde::Deserialize;

pub struct StepView {
    pub step: Step,
    pub items: Vec<(String, bool, Option<String>)>,
}

#[derive(Template, WebTemplate)]
#[template(path = "traject/file.html")]
pub(super) struct FilePage {
    ctx: PageCtx,
    f: Shown,
    school: Option<String>,
    current: StepView,
    notes: Vec<Note>,
    timeline: Vec<TimelineEvent>,
    filter: String,
    errors: FieldErrors,
    kept: Kept,
    /// Deadlines that ask for attention now, in words.
    signals: Vec<crate::deadlines::Signal>,
    /// School's open proposal to close early, for the parents to answer.
    proposal: Option<CloseProposal>,
}

/// What someone typed into a form that was refused: it comes back in the form, never lost.
#[derive(Default)]
pub(super) struct Kept {
    pub(super) note: String,
    pub(super) private: bool,
    pub(super) why: String,
}

impl FilePage {
    fn t_step(&self, s: &Step, part: &str) -> String {
        self.ctx.t(&format!("{}-{part}", s.key()))
    }
    fn can(&self, a: &str) -> bool {
        let action = match a {
            "move" => Action::MoveStep,
            "tick" => Action::TickChecklist,
            "invite" => Action::Invite,
            "consent" => Action::GiveConsent,
            "log" => Action::ViewAccessLog,
            "close" => Action::Close,
            "export" => Action::Export,
            _ => Action::AddNote,
        };
        self.f.may(action)
    }
    fn next_steps(&self) -> Vec<Step> {
        self.f.traject.step.route_next().collect()
    }
    /// The six steps, each with its place relative to the file's ("done", "current" or
    /// "todo") and that place in words for a screen reader ("" for steps still to come).
    fn route(&self) -> Vec<(Step, &'static str, String)> {
        let now = Step::ROUTE.iter().position(|s| *s == self.f.traject.step).unwrap_or(Step::ROUTE.len());
        let place = |i: usize| match i.cmp(&now) {
            std::cmp::Ordering::Less => ("done", self.ctx.t("file-route-done")),
            std::cmp::Ordering::Equal => ("current", self.ctx.t("file-route-current")),
            std::cmp::Ordering::Greater => ("todo", String::new()),
        };
        Step::ROUTE.iter().enumerate().map(|(i, s)| (*s, place(i).0, place(i).1)).collect()
    }
    fn proposal_text(&self, p: &CloseProposal) -> String {
        let name = p.by_name.clone().unwrap_or_default();
        self.ctx.t_args("close-proposal", &[("name", &name), ("why", &p.why)])
    }
    fn decides_close(&self) -> bool {
        samenspoor_domain::traject::step::decides_early_close(self.f.role())
    }
    fn role_name(&self, r: &ParticipantRole) -> String {
        self.ctx.t(&r.label_key())
    }
    fn when(&self, at: &chrono::DateTime<Utc>) -> String {
        local_datetime(*at)
    }
    fn event_text(&self, e: &TimelineEvent) -> String {
        describe_event(&self.ctx, e, &self.f.participants)
    }
    fn check(&self, item: &str) -> String {
        self.ctx.t(&format!("check-{item}"))
    }
    fn may_tick(&self, item: &str) -> bool {
        self.f.may(Action::TickChecklist) && may_tick(self.f.role(), item)
    }
    fn parents_item(&self, item: &str) -> bool {
        PARENTS_ITEMS.contains(&item)
    }
    /// The parents' own items still open in this step: a step change now goes ahead
    /// without the parents' view, and the page says so.
    fn parents_items_open(&self) -> bool {
        self.current.items.iter().any(|(item, ticked, _)| !*ticked && PARENTS_ITEMS.contains(&item.as_str()))
    }
    fn filters(&self) -> [&'static str; 7] {
        TIMELINE_FILTERS
    }
    fn filter_name(&self, k: &str) -> String {
        self.ctx.t(&format!("tl-filter-{k}"))
    }
    fn born(&self) -> String {
        samenspoor_domain::time::show_day(self.f.traject.child_date_of_birth)
    }
}

/// Timeline filters: the kinds a reader can pick.
pub const TIMELINE_FILTERS: [&str; 7] =
    ["step", "note", "consent", "participant", "checklist", "documents", "gesprekken"];

fn matches_filter(kind: &str, filter: &str) -> bool {
    match filter {
        "" => true,
        "step" => kind == "step" || kind.starts_with("close_"),
        "consent" => kind.starts_with("consent"),
        "participant" => matches!(kind, "invited" | "joined" | "withdrawn" | "created"),
        "documents" => kind == "document",
        "gesprekken" => matches!(kind, "gesprek" | "commitment"),
        f => kind == f,
    }
}

#[derive(Deserialize, Default)]
pub(super) struct FileQuery {
    #[serde(default)]
    soort: String,
}

fn file_data(ctx: PageCtx, f: Shown, filter: String) -> Result<FilePage, AppError> {
    let notes = f.readable_notes();
    let timeline = f.timeline.iter().filter(|e| matches_filter(&e.kind, &filter)).cloned().collect();
    let step = f.traject.step;
    let items = step
        .checklist()
        .iter()
        .map(|item| {
            let tick = f.ticks.iter().find(|t| t.step == step && t.item == *item);
            (item.to_string(), tick.is_some(), tick.and_then(|t| t.by_name.clone()))
        })
        .collect();
    let school = f.school_name.clone();
    let proposal = f.close_proposal();
    Ok(FilePage {
        proposal,
        ctx,
        school,
        current: StepView { step, items },
        notes,
        timeline,
        filter,
        errors: FieldErrors::default(),
        kept: Kept::default(),
        signals: vec![],
        f,
    })
}

pub(super) async fn file_page(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path(id): Path<String>,
    Query(q): Query<FileQuery>,
) -> Result<FilePage, AppError> {
    let f =
        FileAccess::open(&state, &user, &id, &ip, Action::View).await?.show(&state, AuditAction::TrajectViewed).await?;
    let filter = if TIMELINE_FILTERS.contains(&q.soort.as_str()) { q.soort } else { String::new() };
    let signals = crate::deadlines::signals_for(&state, &ctx, &f, f.role());
    let mut page = file_data(ctx, f, filter)?;
    page.signals = signals;
    Ok(page)
}

/// The file page again with a message: a rendering of the file, so it is audited.
pub(super) async fn refuse_with(
    state: &AppState,
    ctx: PageCtx,
    f: FileAccess,
    key: &str,
    kept: Kept,
) -> Result<Response, AppError> {
    let f = f.show(state, AuditAction::TrajectViewed).await?;
    let mut page = file_data(ctx, f, String::new())?;
    // The note's message sits at the note; every other one is about moving the file.
    let field = if key == "error-note" { "note" } else { "why" };
    page.errors = FieldErrors::one(field, page.ctx.t(key));
    page.kept = kept;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
}
