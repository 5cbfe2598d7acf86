//! Hulpwijzer, "Waar kan ik terecht?": the directory of help in escalation order, a page
//! per kind of help, and the wizard. The wizard asks one question per page; the answers
//! live in the URL only (nothing is stored), so an advice can be shared and printed.

mod api;
pub mod hsds_api;
mod rules_editor;

use crate::AppState;
use crate::error::AppError;
use crate::page::PageCtx;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use samenspoor_domain::hulpwijzer::rules::{Answers, QUESTIONS, Question, Rules};
use samenspoor_domain::hulpwijzer::{HelpOrganisation, OrganisationText};
use samenspoor_store::DirectoryEntry;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub fn router() -> crate::routes::Routes {
    crate::routes::Routes::new()
        .route("/hulpwijzer", get(overview))
        .route("/hulpwijzer/vragen", get(question_page))
        .route("/hulpwijzer/advies", get(advice_page))
        .route("/hulpwijzer/organisaties/{id}", get(organisation))
        .merge(rules_editor::router())
}

pub fn api_router() -> crate::routes::Routes {
    use utoipa::OpenApi;
    crate::routes::Routes::new()
        .route("/hulpwijzer/advice", axum::routing::post(api::advice))
        .documented(api::HulpwijzerApi::openapi())
        .merge(
            crate::routes::Routes::new()
                .route("/hsds", axum::routing::get(hsds_api::meta))
                .route("/hsds/organizations", axum::routing::get(hsds_api::organizations))
                .route("/hsds/organizations/{id}", axum::routing::get(hsds_api::organization))
                .route("/hsds/services", axum::routing::get(hsds_api::services))
                .route("/hsds/services/{id}", axum::routing::get(hsds_api::service))
                .documented(hsds_api::HsdsApi::openapi()),
        )
}

/// The directory and the rules in force, as one value.
pub struct Directory {
    pub entries: Vec<DirectoryEntry>,
    pub organisations: Vec<HelpOrganisation>,
    pub rules: Rules,
}

/// How long an instance keeps the directory and rules before reading them again; a change
/// made through this instance clears it at once.
const RECHECK: Duration = Duration::from_secs(3);

#[derive(Default)]
pub struct DirectoryCache {
    current: Mutex<Option<(Instant, Arc<Directory>)>>,
    /// Held by the one request that reads the directory again; without it every request
    /// that came in after the recheck time read all of it (p99 of 92–168 ms with 1,000
    /// organisations at 16 connections, against a p50 of 1.5 ms).
    loading: tokio::sync::Mutex<()>,
    /// How often the directory was read from the database (for tests and logs).
    reads: std::sync::atomic::AtomicUsize,
}

impl DirectoryCache {
    pub fn reads(&self) -> usize {
        self.reads.load(std::sync::atomic::Ordering::SeqCst)
    }

    pub fn invalidate(&self) {
        if let Ok(mut c) = self.current.lock() {
            *c = None;
        }
    }
}

/// The directory and the rules in force, from the cache or freshly read. After the recheck
/// time one request reads them again while the others answer from the last copy.
pub async fn directory(state: &AppState) -> Result<Arc<Directory>, AppError> {
    let kept = || state.directory.current.lock().ok().and_then(|c| c.clone());
    let fresh = || kept().filter(|(at, _)| at.elapsed() < RECHECK).map(|(_, d)| d);
    if let Some(d) = fresh() {
        return Ok(d);
    }
    let _reading = match (kept(), state.directory.loading.try_lock()) {
        (_, Ok(one)) => one,
        (Some((_, last)), Err(_)) => return Ok(last),
        (None, Err(_)) => state.directory.loading.lock().await,
    };
    if let Some(d) = fresh() {
        return Ok(d); // read by the request that held the lock before
    }
    state.directory.reads.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    let entries = state.store.hw_directory().await?;
    let organisations: Vec<HelpOrganisation> = entries.iter().map(|e| e.organisation.clone()).collect();
    let text = state.store.hw_rule_versions().await?.into_iter().next().map(|v| v.text).unwrap_or_default();
    let rules = Rules::parse(&text, &organisations).map_err(|problems| {
        tracing::error!(?problems, "the hulpwijzer rules in force do not parse");
        AppError::Internal
    })?;
    let d = Arc::new(Directory { entries, organisations, rules });
    if let Ok(mut c) = state.directory.current.lock() {
        *c = Some((Instant::now(), d.clone()));
    }
    Ok(d)
}

pub struct Level {
    pub number: u8,
    pub organisations: Vec<HelpOrganisation>,
}

#[derive(Template, WebTemplate)]
#[template(path = "hulpwijzer/overview.html")]
struct OverviewPage {
    ctx: PageCtx,
    levels: Vec<Level>,
}

impl OverviewPage {
    fn summary(&self, o: &HelpOrganisation) -> String {
        o.text(self.ctx.lang).summary.clone()
    }

    fn level_title(&self, n: &u8) -> String {
        self.ctx.t(&format!("hw-level-{n}"))
    }
}

async fn overview(State(state): State<AppState>, ctx: PageCtx) -> Result<OverviewPage, AppError> {
    let entries = state.store.hw_directory().await?;
    let levels = (1..=5)
        .map(|n| Level {
            number: n,
            organisations: entries
                .iter()
                .filter(|e| e.organisation.level == n)
                .map(|e| e.organisation.clone())
                .collect(),
        })
        .filter(|l| !l.organisations.is_empty())
        .collect();
    Ok(OverviewPage { ctx, levels })
}

#[derive(Template, WebTemplate)]
#[template(path = "hulpwijzer/organisation.html")]
struct OrganisationPage {
    ctx: PageCtx,
    org: HelpOrganisation,
    text: OrganisationText,
    verified_on: Option<String>,
}

impl OrganisationPage {
    fn tel(&self) -> String {
        self.org.phone.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect()
    }
}

async fn organisation(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<String>,
) -> Result<OrganisationPage, AppError> {
    let entry =
        state.store.hw_directory().await?.into_iter().find(|e| e.organisation.id == id).ok_or(AppError::NotFound)?;
    Ok(OrganisationPage {
        text: entry.organisation.text(ctx.lang).clone(),
        org: entry.organisation,
        verified_on: entry.verified_on.map(samenspoor_domain::time::show_day),
        ctx,
    })
}

/// The answers and the wizard's own step number from a query string.
fn parse_query(raw: Option<&str>) -> Result<(Answers, usize), AppError> {
    let pairs: Vec<(String, String)> =
        serde_urlencoded::from_str(raw.unwrap_or("")).map_err(|_| AppError::BadRequest)?;
    let step = pairs.iter().find(|(k, _)| k == "stap").and_then(|(_, v)| v.parse().ok()).unwrap_or(1);
    let answers = Answers::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())), &["stap"])
        .map_err(|_| AppError::BadRequest)?;
    Ok((answers, step))
}

/// The answers as a query string, leaving out one question.
pub fn query_string(answers: &Answers, without: Option<&str>) -> String {
    answers
        .pairs()
        .into_iter()
        .filter(|(k, _)| Some(k.as_str()) != without)
        .map(|(k, v)| format!("{k}={}", crate::error::urlencode(&v)))
        .collect::<Vec<_>>()
        .join("&")
}

#[derive(Template, WebTemplate)]
#[template(path = "hulpwijzer/question.html")]
struct QuestionPage {
    ctx: PageCtx,
    step: usize,
    total: usize,
    question: &'static Question,
    /// Hidden fields: every other answer, so the URL carries them on.
    keep: Vec<(String, String)>,
    chosen: Vec<String>,
    back: String,
}

impl QuestionPage {
    fn label(&self, value: &str) -> String {
        self.ctx.t(&format!("hw-a-{}-{}", self.question.key, value))
    }
    fn text(&self, suffix: &str) -> String {
        self.ctx.t(&format!("hw-q-{}{suffix}", self.question.key))
    }
    fn progress(&self) -> String {
        self.ctx.t_args("hw-progress", &[("step", &self.step.to_string()), ("total", &self.total.to_string())])
    }
    fn is_chosen(&self, value: &str) -> bool {
        self.chosen.iter().any(|c| c == value)
    }
}

async fn question_page(ctx: PageCtx, RawQuery(raw): RawQuery) -> Result<Response, AppError> {
    let (answers, step) = parse_query(raw.as_deref())?;
    if step == 0 {
        return Err(AppError::BadRequest);
    }
    if step > QUESTIONS.len() {
        return Ok(Redirect::to(&format!("/hulpwijzer/advies?{}", query_string(&answers, None))).into_response());
    }
    let question = &QUESTIONS[step - 1];
    let keep = answers.pairs().into_iter().filter(|(k, _)| k != question.key).collect();
    let back = if step == 1 {
        "/hulpwijzer".to_owned()
    } else {
        format!("/hulpwijzer/vragen?stap={}&{}", step - 1, query_string(&answers, None))
    };
    let chosen = answers.values(question.key).into_iter().collect();
    Ok(QuestionPage { ctx, step, total: QUESTIONS.len(), question, keep, chosen, back }.into_response())
}

pub struct AdviceItem {
    pub organisation: HelpOrganisation,
    pub reasons: Vec<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "hulpwijzer/advice.html")]
struct AdvicePage {
    ctx: PageCtx,
    items: Vec<AdviceItem>,
    /// (question, chosen answers in words, link to change it)
    summary: Vec<(String, String, String)>,
    url: String,
}

async fn advice_page(
    State(state): State<AppState>,
    ctx: PageCtx,
    RawQuery(raw): RawQuery,
) -> Result<AdvicePage, AppError> {
    let (answers, _) = parse_query(raw.as_deref())?;
    let d = directory(&state).await?;
    let orgs = &d.organisations;
    let items = d
        .rules
        .advise(&answers, orgs, ctx.lang)
        .into_iter()
        .filter_map(|r| {
            orgs.iter()
                .find(|o| o.id == r.organisation_id)
                .map(|o| AdviceItem { organisation: o.clone(), reasons: r.reasons })
        })
        .collect();
    let all = query_string(&answers, None);
    let summary = QUESTIONS
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let chosen: Vec<String> =
                answers.values(q.key).iter().map(|v| ctx.t(&format!("hw-a-{}-{v}", q.key))).collect();
            let words = if chosen.is_empty() { ctx.t("hw-no-answer") } else { chosen.join(", ") };
            (ctx.t(&format!("hw-q-{}", q.key)), words, format!("/hulpwijzer/vragen?stap={}&{all}", i + 1))
        })
        .collect();
    let url = format!("{}/hulpwijzer/advies?{all}", state.config.base_url.trim_end_matches('/'));
    Ok(AdvicePage { ctx, items, summary, url })
}
