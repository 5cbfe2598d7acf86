//! The gesprekken's pages: the list with the plan form, one gesprek (details, agenda,
//! shared preparation, companions, report and answers, own notes), the private
//! preparation with its printable sheet, and the calendar file.

use super::access::{GesprekAccess, GesprekShown};
use super::forms::{self, COMMITMENT_ROWS};
use super::ops::{self, Refused, Told, page_path, questions};
use crate::AppState;
use crate::error::AppError;
use crate::fields::Fields;
use crate::page::{PageCtx, SignedIn};
use crate::security::{ClientIp, CsrfForm};
use crate::traject::{FileAccess, Shown};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{DateTime, Utc};
use samenspoor_domain::gesprek::preparation::{Answer, Question};
use samenspoor_domain::gesprek::{
    CompanionRelation, CompanionRole, GesprekStatus, Response as ReportResponse, may_remove_point, parse_companion,
    parse_response,
};
use samenspoor_domain::time::{amsterdam, local_date, local_datetime};
use samenspoor_domain::traject::{Action, ParticipantRole};
use samenspoor_domain::{AuditAction, GesprekId, InvalidInput, ParticipantId};
use samenspoor_store::{AgendaPoint, Gesprek, NewGesprek, Participant};

fn when(at: &DateTime<Utc>) -> String {
    local_datetime(*at)
}

// ---------- the list and planning ----------

#[derive(Template, WebTemplate)]
#[template(path = "gesprek/list.html")]
pub struct ListPage {
    ctx: PageCtx,
    f: Shown,
    gesprekken: Vec<Gesprek>,
    errors: Vec<String>,
    kept: Fields,
}

impl ListPage {
    fn may_plan(&self) -> bool {
        self.f.may(Action::PlanGesprek)
    }
    fn people(&self) -> Vec<&Participant> {
        self.f.participants.iter().filter(|p| p.active()).collect()
    }
    fn person(&self, p: &Participant) -> String {
        let name = p.name.clone().unwrap_or_else(|| p.email.clone());
        format!("{name} ({})", self.ctx.t(&p.role.label_key()))
    }
    fn when(&self, at: &DateTime<Utc>) -> String {
        when(at)
    }
    fn status(&self, s: &GesprekStatus) -> String {
        self.ctx.t(&format!("gesprek-status-{}", s.as_str()))
    }
    fn kept_attendee(&self, p: &Participant) -> bool {
        let id = p.id.to_string();
        if self.kept.0.is_empty() { p.id == self.f.me.id } else { self.kept.all("attendees").any(|a| a == id) }
    }
    fn kept_leader(&self, p: &Participant) -> bool {
        self.kept.get("leader") == p.id.to_string()
    }
    fn minutes(&self) -> &str {
        match self.kept.get("minutes") {
            "" => "45",
            m => m,
        }
    }
}

async fn list_page(
    state: &AppState,
    ctx: PageCtx,
    f: FileAccess,
    errors: Vec<String>,
    kept: Fields,
) -> Result<ListPage, AppError> {
    let f = f.show(state, AuditAction::TrajectViewed).await?;
    let gesprekken = f.gesprekken.clone();
    Ok(ListPage { ctx, f, gesprekken, errors, kept })
}

pub async fn list(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path(id): Path<String>,
) -> Result<ListPage, AppError> {
    let f = FileAccess::open(&state, &user, &id, &ip, Action::View).await?;
    list_page(&state, ctx, f, vec![], Fields(vec![])).await
}

/// The active participants of a file, whom a gesprek may invite.
fn in_file(f: &FileAccess) -> Vec<ParticipantId> {
    f.participants().iter().filter(|p| p.active()).map(|p| p.id).collect()
}

pub async fn plan(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path(id): Path<String>,
    CsrfForm(fields): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let fields = Fields(fields);
    let f = FileAccess::open(&state, &user, &id, &ip, Action::PlanGesprek).await?;
    match forms::plan(&fields, &in_file(&f)) {
        Ok(plan) => {
            let g = planned(&state, &f, &user, &ip, plan, None).await?;
            Ok(Redirect::to(&page_path(&g)).into_response())
        }
        Err(errors) => {
            let errors = errors.iter().map(|e| ctx.t(e.key)).collect();
            let page = list_page(&state, ctx, f, errors, fields).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
    }
}

/// Stores a new gesprek (or a follow-up) and sends everyone the invitation.
pub async fn planned(
    state: &AppState,
    f: &FileAccess,
    user: &samenspoor_store::User,
    ip: &str,
    plan: samenspoor_domain::gesprek::Plan,
    follow_up_of: Option<GesprekId>,
) -> Result<Gesprek, AppError> {
    let new = NewGesprek { id: GesprekId::new(), traject_id: f.id(), plan, follow_up_of };
    let g = match state.store.gs_create(new, f.audit()).await {
        Ok(g) => g,
        Err(samenspoor_store::StoreError::Conflict(_)) => return Err(AppError::Conflict),
        Err(e) => return Err(e.into()),
    };
    let access = GesprekAccess::open(state, user, &f.id().to_string(), &g.id.to_string(), ip, Action::View).await?;
    ops::tell(state, &access, &g, Told::Planned).await;
    Ok(g)
}

// ---------- one gesprek ----------

#[derive(Template, WebTemplate)]
#[template(path = "gesprek/show.html")]
pub struct ShowPage {
    ctx: PageCtx,
    g: GesprekShown,
    errors: Vec<String>,
    kept: Fields,
    notes: String,
}

impl ShowPage {
    fn gesprek(&self) -> &Gesprek {
        &self.g.record.gesprek
    }
    fn when(&self, at: &DateTime<Utc>) -> String {
        when(at)
    }
    fn day(&self, d: &chrono::NaiveDate) -> String {
        samenspoor_domain::time::show_day(*d)
    }
    fn status(&self) -> String {
        self.ctx.t(&format!("gesprek-status-{}", self.gesprek().status.as_str()))
    }
    fn planned(&self) -> bool {
        self.gesprek().status == GesprekStatus::Planned && !self.g.closed
    }
    fn name_of(&self, id: &ParticipantId) -> String {
        self.g
            .participants
            .iter()
            .find(|p| p.id == *id)
            .map(|p| {
                let name = p.name.clone().unwrap_or_else(|| p.email.clone());
                format!("{name} ({})", self.ctx.t(&p.role.label_key()))
            })
            .unwrap_or_default()
    }
    fn may_plan(&self) -> bool {
        self.g.seat.may_plan() && self.planned()
    }
    fn may_take_part(&self) -> bool {
        self.g.seat.may_take_part(self.gesprek().status) && !self.g.closed
    }
    fn leads(&self) -> bool {
        self.g.seat.leads()
    }
    fn may_report(&self) -> bool {
        self.g.seat.may_report(self.gesprek().status) && !self.g.closed
    }
    fn may_bring(&self) -> bool {
        self.g.seat.may_bring_companion() && self.planned()
    }
    fn may_remove(&self, p: &AgendaPoint) -> bool {
        self.planned() && may_remove_point(self.g.seat, p.by_parent, p.added_by == self.g.user.id)
    }
    fn may_respond(&self) -> bool {
        self.gesprek().status == GesprekStatus::Held
            && !self.g.closed
            && !self
                .g
                .record
                .responses
                .iter()
                .any(|r| r.user == self.g.user.id && r.response == ReportResponse::Confirm)
    }
    fn question(&self, q: &Question) -> String {
        self.ctx.t(&q.label_key())
    }
    fn companion_role(&self, r: &CompanionRole) -> String {
        self.ctx.t(&format!("companion-role-{}", r.as_str().replace('_', "-")))
    }
    fn companion_relation(&self, r: &CompanionRelation) -> String {
        self.ctx.t(&format!("companion-relation-{}", r.as_str().replace('_', "-")))
    }
    fn roles(&self) -> &'static [CompanionRole] {
        CompanionRole::ALL
    }
    fn relations(&self) -> &'static [CompanionRelation] {
        CompanionRelation::ALL
    }
    fn response_text(&self, r: &ReportResponse) -> String {
        match r {
            ReportResponse::Confirm => self.ctx.t("report-confirmed"),
            ReportResponse::Comment { text } => text.clone(),
        }
    }
    fn rows(&self) -> Vec<usize> {
        (1..=COMMITMENT_ROWS).collect()
    }
    fn kept_row(&self, field: &str, i: &usize) -> String {
        let sent = self.kept.get(&format!("{field}_{i}"));
        if !self.kept.0.is_empty() {
            return sent.to_owned();
        }
        let existing = self.gesprek().report.as_ref().and_then(|r| r.commitments.get(i - 1));
        existing
            .map(|c| match field {
                "who" => c.who.clone(),
                "what" => c.what.clone(),
                _ => c.due.to_string(),
            })
            .unwrap_or_default()
    }
    fn summary(&self) -> String {
        if self.kept.has("summary") {
            return self.kept.get("summary").to_owned();
        }
        self.gesprek().report.as_ref().map(|r| r.summary.clone()).unwrap_or_default()
    }
    fn local_date(&self) -> String {
        amsterdam(self.gesprek().plan.starts_at).format("%Y-%m-%d").to_string()
    }
    fn local_time(&self) -> String {
        amsterdam(self.gesprek().plan.starts_at).format("%H:%M").to_string()
    }
    fn people(&self) -> Vec<&Participant> {
        self.g.participants.iter().filter(|p| p.active()).collect()
    }
    fn attends(&self, p: &Participant) -> bool {
        self.gesprek().plan.attendees.contains(&p.id)
    }
    fn is_leader(&self, p: &Participant) -> bool {
        self.gesprek().plan.leader == p.id
    }
    fn role_name(&self, r: &ParticipantRole) -> String {
        self.ctx.t(&r.label_key())
    }
}

async fn show_page(
    state: &AppState,
    ctx: PageCtx,
    g: GesprekAccess,
    errors: Vec<String>,
    kept: Fields,
) -> Result<ShowPage, AppError> {
    let mine = state.store.gs_answers(g.id(), g.user().id).await?;
    let notes = mine.iter().find(|a| a.question == Question::Notes).map(|a| a.text.clone()).unwrap_or_default();
    let g = g.show(state).await?;
    Ok(ShowPage { ctx, g, errors, kept, notes })
}

pub async fn show(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path((id, gid)): Path<(String, String)>,
) -> Result<ShowPage, AppError> {
    let g = GesprekAccess::open(&state, &user, &id, &gid, &ip, Action::View).await?;
    show_page(&state, ctx, g, vec![], Fields(vec![])).await
}

/// The answer to a change: back to the gesprek, or the page again with the message (422),
/// or 403 for a seat that may not do it.
async fn answer(
    state: &AppState,
    ctx: PageCtx,
    g: GesprekAccess,
    outcome: Result<(), Refused>,
    kept: Fields,
    anchor: &str,
) -> Result<Response, AppError> {
    match outcome {
        Ok(()) => Ok(Redirect::to(&format!("{}#{anchor}", page_path(&g.record().gesprek))).into_response()),
        Err(Refused::Forbidden) => Err(AppError::Forbidden),
        Err(refused) => {
            let errors = refused.messages();
            // Read again: the page shows the gesprek as it is now.
            let (id, gid) = (g.traject_id().to_string(), g.id().to_string());
            let ip = g.audit().ip.unwrap_or_default();
            let user = g.user().clone();
            let g = GesprekAccess::open(state, &user, &id, &gid, &ip, Action::View).await?;
            let errors = errors.iter().map(|e| ctx.t(e.key)).collect();
            let page = show_page(state, ctx, g, errors, kept).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
    }
}

type Form = CsrfForm<Vec<(String, String)>>;

pub async fn change(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path((id, gid)): Path<(String, String)>,
    CsrfForm(fields): Form,
) -> Result<Response, AppError> {
    let fields = Fields(fields);
    let g = GesprekAccess::open(&state, &user, &id, &gid, &ip, Action::PlanGesprek).await?;
    let in_file: Vec<ParticipantId> = g.participants().iter().filter(|p| p.active()).map(|p| p.id).collect();
    let outcome = match forms::plan(&fields, &in_file) {
        Ok(plan) => ops::change(&state, &g, plan).await?.map(|_| ()),
        Err(e) => Err(Refused::Invalid(e)),
    };
    answer(&state, ctx, g, outcome, fields, "plan").await
}

pub async fn cancel(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path((id, gid)): Path<(String, String)>,
    CsrfForm(fields): Form,
) -> Result<Response, AppError> {
    let fields = Fields(fields);
    let g = GesprekAccess::open(&state, &user, &id, &gid, &ip, Action::PlanGesprek).await?;
    let outcome = if fields.get("bevestigd") != "ja" {
        Err(Refused::Invalid(vec![InvalidInput::new("error-gesprek-confirm-cancel")]))
    } else {
        ops::cancel(&state, &g).await?.map(|_| ())
    };
    answer(&state, ctx, g, outcome, fields, "plan").await
}

pub async fn follow_up(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path((id, gid)): Path<(String, String)>,
    CsrfForm(fields): Form,
) -> Result<Response, AppError> {
    let fields = Fields(fields);
    let g = GesprekAccess::open(&state, &user, &id, &gid, &ip, Action::PlanGesprek).await?;
    let Some(f) = g.file() else { return Err(AppError::Forbidden) };
    if !matches!(g.record().gesprek.status, GesprekStatus::Planned | GesprekStatus::Held) {
        return answer(
            &state,
            ctx,
            g,
            Err(Refused::Invalid(vec![InvalidInput::new("error-gesprek-not-planned")])),
            fields,
            "vervolg",
        )
        .await;
    }
    match forms::plan(&fields, &in_file(f)) {
        Ok(plan) => {
            let next = planned(&state, f, &user, &ip, plan, Some(g.id())).await?;
            Ok(Redirect::to(&page_path(&next)).into_response())
        }
        Err(e) => answer(&state, ctx, g, Err(Refused::Invalid(e)), fields, "vervolg").await,
    }
}

pub async fn add_point(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path((id, gid)): Path<(String, String)>,
    CsrfForm(fields): Form,
) -> Result<Response, AppError> {
    let fields = Fields(fields);
    let g = GesprekAccess::open(&state, &user, &id, &gid, &ip, Action::TakePart).await?;
    let outcome = ops::add_point(&state, &g, fields.get("text")).await?;
    answer(&state, ctx, g, outcome, fields, "agenda").await
}

pub async fn remove_point(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path((id, gid, pid)): Path<(String, String, String)>,
    CsrfForm(fields): Form,
) -> Result<Response, AppError> {
    let g = GesprekAccess::open(&state, &user, &id, &gid, &ip, Action::TakePart).await?;
    let outcome = ops::remove_point(&state, &g, &pid).await?;
    answer(&state, ctx, g, outcome, Fields(fields), "agenda").await
}

pub async fn move_point(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path((id, gid, pid)): Path<(String, String, String)>,
    CsrfForm(fields): Form,
) -> Result<Response, AppError> {
    let fields = Fields(fields);
    let g = GesprekAccess::open(&state, &user, &id, &gid, &ip, Action::TakePart).await?;
    let outcome = ops::move_point(&state, &g, &pid, fields.get("richting") != "omlaag").await?;
    answer(&state, ctx, g, outcome, fields, "agenda").await
}

pub async fn bring(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path((id, gid)): Path<(String, String)>,
    CsrfForm(fields): Form,
) -> Result<Response, AppError> {
    let fields = Fields(fields);
    let g = GesprekAccess::open(&state, &user, &id, &gid, &ip, Action::TakePart).await?;
    if !g.seat.may_bring_companion() {
        return Err(AppError::Forbidden);
    }
    let parsed = parse_companion(
        fields.get("name"),
        fields.get("email"),
        fields.get("relation"),
        fields.get("role"),
        fields.get("why"),
    );
    let outcome = match parsed {
        Ok(c) => ops::bring(&state, &g, c).await?,
        Err(e) => Err(Refused::Invalid(e)),
    };
    answer(&state, ctx, g, outcome, fields, "begeleider").await
}

pub async fn report(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path((id, gid)): Path<(String, String)>,
    CsrfForm(fields): Form,
) -> Result<Response, AppError> {
    let fields = Fields(fields);
    let g = GesprekAccess::open(&state, &user, &id, &gid, &ip, Action::TakePart).await?;
    if !g.seat.may_report(g.record().gesprek.status) {
        return Err(AppError::Forbidden);
    }
    let held_on = amsterdam(g.record().gesprek.plan.starts_at).date_naive();
    let outcome = match forms::report(&fields, held_on) {
        Ok(r) => ops::report(&state, &g, r).await?,
        Err(e) => Err(Refused::Invalid(e)),
    };
    answer(&state, ctx, g, outcome, fields, "verslag").await
}

pub async fn respond(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path((id, gid)): Path<(String, String)>,
    CsrfForm(fields): Form,
) -> Result<Response, AppError> {
    let fields = Fields(fields);
    let g = GesprekAccess::open(&state, &user, &id, &gid, &ip, Action::TakePart).await?;
    let outcome = match parse_response(fields.get("kind"), fields.get("text")) {
        Ok(r) => ops::respond(&state, &g, r).await?,
        Err(e) => Err(Refused::Invalid(vec![e])),
    };
    answer(&state, ctx, g, outcome, fields, "verslag").await
}

// ---------- preparation ----------

#[derive(Template, WebTemplate)]
#[template(path = "gesprek/prepare.html")]
pub struct PreparePage {
    ctx: PageCtx,
    g: GesprekShown,
    questions: Vec<Question>,
    answers: Vec<Answer>,
    errors: Vec<String>,
}

impl PreparePage {
    fn gesprek(&self) -> &Gesprek {
        &self.g.record.gesprek
    }
    fn label(&self, q: &Question) -> String {
        self.ctx.t(&q.label_key())
    }
    fn hint(&self, q: &Question) -> String {
        self.ctx.t(&format!("{}-hint", q.label_key()))
    }
    fn text(&self, q: &Question) -> String {
        self.answers.iter().find(|a| a.question == *q).map(|a| a.text.clone()).unwrap_or_default()
    }
    fn shared(&self, q: &Question) -> bool {
        self.answers.iter().any(|a| a.question == *q && a.shared)
    }
    fn when(&self, at: &DateTime<Utc>) -> String {
        when(at)
    }
    fn printed_on(&self) -> String {
        local_date(Utc::now())
    }
    fn is_parent(&self) -> bool {
        self.g.seat.is_parent()
    }
}

async fn prepare_page(state: &AppState, ctx: PageCtx, g: GesprekAccess) -> Result<PreparePage, AppError> {
    let answers = state.store.gs_answers(g.id(), g.user().id).await?;
    let questions: Vec<Question> = questions(g.seat).into_iter().filter(|q| *q != Question::Notes).collect();
    let g = g.show(state).await?;
    Ok(PreparePage { ctx, g, questions, answers, errors: vec![] })
}

pub async fn prepare(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path((id, gid)): Path<(String, String)>,
) -> Result<PreparePage, AppError> {
    let g = GesprekAccess::open(&state, &user, &id, &gid, &ip, Action::View).await?;
    prepare_page(&state, ctx, g).await
}

#[derive(Template, WebTemplate)]
#[template(path = "gesprek/prepare_print.html")]
pub struct PrintPage {
    page: PreparePage,
}

pub async fn prepare_print(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path((id, gid)): Path<(String, String)>,
) -> Result<PrintPage, AppError> {
    let g = GesprekAccess::open(&state, &user, &id, &gid, &ip, Action::View).await?;
    Ok(PrintPage { page: prepare_page(&state, ctx, g).await? })
}

pub async fn save_preparation(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path((id, gid)): Path<(String, String)>,
    CsrfForm(fields): Form,
) -> Result<Response, AppError> {
    let fields = Fields(fields);
    let g = GesprekAccess::open(&state, &user, &id, &gid, &ip, Action::TakePart).await?;
    let back = if fields.get("terug") == "gesprek" { "notities" } else { "" };
    let outcome = match forms::answers(&fields, &questions(g.seat)) {
        Ok(a) => ops::save_answers(&state, &g, a).await?,
        Err(e) => Err(Refused::Invalid(vec![e])),
    };
    match outcome {
        Ok(()) if back.is_empty() => {
            Ok(Redirect::to(&format!("{}/voorbereiding?opgeslagen=ja", page_path(&g.record().gesprek))).into_response())
        }
        Ok(()) => Ok(Redirect::to(&format!("{}#{back}", page_path(&g.record().gesprek))).into_response()),
        Err(Refused::Forbidden) => Err(AppError::Forbidden),
        Err(refused) => {
            let errors = refused.messages();
            let mut page = prepare_page(&state, ctx, g).await?;
            page.errors = errors.iter().map(|e| page.ctx.t(e.key)).collect();
            // What was typed comes back.
            page.answers = page
                .questions
                .iter()
                .map(|q| Answer {
                    question: *q,
                    text: fields.get(q.as_str()).to_owned(),
                    shared: fields.get(&format!("share_{}", q.as_str())) == "ja",
                })
                .collect();
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
    }
}

pub async fn calendar(
    State(state): State<AppState>,
    SignedIn(_, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path((id, gid)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let g = GesprekAccess::open(&state, &user, &id, &gid, &ip, Action::View).await?;
    let body = ops::ics(&state, &g);
    g.show(&state).await?;
    let disposition = format!("attachment; filename=\"gesprek-{gid}.ics\"");
    Ok((
        [(header::CONTENT_TYPE, "text/calendar; charset=utf-8".to_owned()), (header::CONTENT_DISPOSITION, disposition)],
        body,
    )
        .into_response())
}

// ---------- a companion's own list ----------

#[derive(Template, WebTemplate)]
#[template(path = "gesprek/mine.html")]
pub struct MinePage {
    ctx: PageCtx,
    gesprekken: Vec<(Gesprek, samenspoor_store::CompanionRecord)>,
}

impl MinePage {
    fn when(&self, at: &DateTime<Utc>) -> String {
        when(at)
    }
    fn path(&self, g: &Gesprek) -> String {
        page_path(g)
    }
    fn role(&self, r: &CompanionRole) -> String {
        self.ctx.t(&format!("companion-role-{}", r.as_str().replace('_', "-")))
    }
    fn status(&self, s: &GesprekStatus) -> String {
        self.ctx.t(&format!("gesprek-status-{}", s.as_str()))
    }
}

/// The gesprekken someone was brought to; listing them (no child's data beyond the first
/// name on the gesprek page) is audited per gesprek's file.
pub async fn mine(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
) -> Result<MinePage, AppError> {
    let gesprekken = state.store.gs_for_companion(&user.email).await?;
    for (g, _) in &gesprekken {
        let entry = samenspoor_store::AuditContext { actor: Some(user.id), ip: Some(ip.clone()) }.entry(
            AuditAction::TrajectListed,
            "traject",
            Some(g.traject_id.to_string()),
        );
        state.store.append_audit(entry).await?;
    }
    Ok(MinePage { ctx, gesprekken })
}
