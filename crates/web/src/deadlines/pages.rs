//! The clock's pages: every deadline as a timeline with what you can do now, the dates it
//! counts from (entered and taken off), and a letter filled in with the file's facts.

use super::{for_file, today};
use crate::AppState;
use crate::error::AppError;
use crate::fields::Fields;
use crate::page::{PageCtx, SignedIn};
use crate::security::{ClientIp, CsrfForm};
use crate::traject::{FileAccess, Shown};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use samenspoor_domain::AuditAction;
use samenspoor_domain::deadlines::{DateKind, Deadline, Letter, parse_date};
use samenspoor_domain::traject::{Action, ParticipantRole};
use samenspoor_store::DateRecord;

fn day(d: &chrono::NaiveDate) -> String {
    samenspoor_domain::time::show_day(*d)
}

#[derive(Template, WebTemplate)]
#[template(path = "deadlines/clock.html")]
pub struct ClockPage {
    ctx: PageCtx,
    f: Shown,
    /// Each deadline with its words: what, why (the source), what you can do now.
    rows: Vec<(Deadline, ClockRow)>,
    dates: Vec<DateRecord>,
    errors: Vec<String>,
    kept: Fields,
}

/// A deadline in plain words, in the reader's language, with the law's periods filled in.
pub fn describe(ctx: &PageCtx, state: &AppState, d: &Deadline) -> (String, String, String) {
    let p = &state.config.deadlines;
    let weeks = [
        ("weeks", p.zorgplicht_weeks.to_string()),
        ("extra", p.zorgplicht_extension_weeks.to_string()),
        ("total", (p.zorgplicht_weeks + p.zorgplicht_extension_weeks).to_string()),
        ("opp", p.opp_weeks.to_string()),
        ("objection", p.objection_weeks.to_string()),
        ("home", p.thuiszitten_weeks.to_string()),
        ("due", day(&d.due)),
        ("from", day(&d.from)),
        ("what", d.what.clone()),
    ];
    let args: Vec<(&str, &str)> = weeks.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let key = d.kind.key();
    (
        ctx.t_args(&format!("clock-{key}"), &args),
        ctx.t_args(&format!("clock-{key}-source"), &args),
        ctx.t_args(&format!("clock-{key}-now"), &args),
    )
}

impl ClockPage {
    fn state_name(&self, d: &Deadline) -> String {
        self.ctx.t(&format!("clock-state-{}", d.state.as_str()))
    }
    fn kinds(&self) -> [DateKind; 9] {
        DateKind::ALL
    }
    fn kind_name(&self, k: &DateKind) -> String {
        self.ctx.t(&k.label_key())
    }
    fn day(&self, d: &chrono::NaiveDate) -> String {
        day(d)
    }
    fn may_enter(&self) -> bool {
        self.f.may(Action::EnterDate)
    }
    fn today(&self) -> String {
        today().to_string()
    }
    fn letter_for(&self, d: &Deadline) -> Option<&'static str> {
        (self.f.role() == ParticipantRole::Parent).then(|| d.kind.letter().map(Letter::as_str)).flatten()
    }
}

pub struct ClockRow {
    pub text: String,
    pub source: String,
    pub now: String,
}

async fn clock_page(
    state: &AppState,
    ctx: PageCtx,
    f: FileAccess,
    errors: Vec<String>,
    kept: Fields,
) -> Result<ClockPage, AppError> {
    let f = f.show(state, AuditAction::TrajectViewed).await?;
    let rows = for_file(state, &f, f.role())
        .into_iter()
        .map(|d| {
            let (text, source, now) = describe(&ctx, state, &d);
            (d, ClockRow { text, source, now })
        })
        .collect();
    let dates = state.store.dl_dates(f.traject.id).await?;
    Ok(ClockPage { ctx, f, rows, dates, errors, kept })
}

pub async fn clock(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path(id): Path<String>,
) -> Result<ClockPage, AppError> {
    let f = FileAccess::open(&state, &user, &id, &ip, Action::View).await?;
    clock_page(&state, ctx, f, vec![], Fields(vec![])).await
}

pub async fn add_date(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path(id): Path<String>,
    CsrfForm(fields): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let fields = Fields(fields);
    let f = FileAccess::open(&state, &user, &id, &ip, Action::EnterDate).await?;
    match parse_date(fields.get("kind"), fields.get("day"), today()) {
        Ok(date) => {
            state.store.dl_add_date(f.id(), date, f.audit()).await?;
            Ok(Redirect::to(&format!("/trajecten/{}/klok", f.id())).into_response())
        }
        Err(e) => {
            let errors = vec![ctx.t(e.key)];
            let page = clock_page(&state, ctx, f, errors, fields).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
    }
}

pub async fn remove_date(
    State(state): State<AppState>,
    SignedIn(_, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path((id, did)): Path<(String, String)>,
    CsrfForm(_): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let f = FileAccess::open(&state, &user, &id, &ip, Action::EnterDate).await?;
    let did = did.parse().map_err(|_| AppError::NotFound)?;
    match state.store.dl_remove_date(f.id(), did, f.audit()).await {
        Ok(()) => Ok(Redirect::to(&format!("/trajecten/{}/klok", f.id())).into_response()),
        Err(samenspoor_store::StoreError::NotFound(_)) => Err(AppError::NotFound),
        Err(e) => Err(e.into()),
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "deadlines/letter.html")]
pub struct LetterPage {
    ctx: PageCtx,
    f: Shown,
    title: String,
    text: String,
}

/// A letter for the parents, filled in with the file's facts, to change, copy or print.
pub async fn letter(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path((id, letter)): Path<(String, String)>,
) -> Result<LetterPage, AppError> {
    let Some(letter) = Letter::parse(&letter) else { return Err(AppError::NotFound) };
    let f = FileAccess::open(&state, &user, &id, &ip, Action::View).await?;
    if f.role() != ParticipantRole::Parent {
        return Err(AppError::Forbidden);
    }
    let f = f.show(&state, AuditAction::TrajectViewed).await?;
    let deadlines = for_file(&state, &f, f.role());
    let due = deadlines
        .iter()
        .find(|d| d.kind.letter() == Some(letter))
        .map(|d| (day(&d.from), day(&d.due)))
        .unwrap_or_default();
    let child = format!("{} {}", f.traject.child_first_name, f.traject.child_last_name);
    let born = day(&f.traject.child_date_of_birth);
    let school = f.school_name.clone().unwrap_or_else(|| ctx.t("letter-your-school"));
    let today = day(&today());
    let args = [
        ("child", child.as_str()),
        ("born", born.as_str()),
        ("class", f.traject.class_name.as_str()),
        ("school", school.as_str()),
        ("parent", user.name.as_str()),
        ("from", due.0.as_str()),
        ("due", due.1.as_str()),
        ("today", today.as_str()),
    ];
    let title = ctx.t(&format!("letter-{}-title", letter.as_str()));
    let (template, _) = super::letters::template(&state, letter, ctx.lang).await?;
    let text = samenspoor_domain::deadlines::letters::fill(&template, &args);
    Ok(LetterPage { ctx, f, title, text })
}
