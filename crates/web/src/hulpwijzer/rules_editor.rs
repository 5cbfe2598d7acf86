//! Redactie for the wizard's rules: editors change the rules file in the browser; every
//! saved version is kept. The page shows, for every possible set of answers, what the
//! rules recommend, and flags the sets that recommend nothing.

use super::{directory, query_string};
use crate::AppState;
use crate::error::AppError;
use crate::page::{PageCtx, SignedIn};
use crate::security::{ClientIp, CsrfForm};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use samenspoor_domain::Lang;
use samenspoor_domain::hulpwijzer::HelpOrganisation;
use samenspoor_domain::hulpwijzer::rules::{Answers, Rules, all_combinations};
use samenspoor_store::{AuditContext, RuleVersion, User};
use serde::Deserialize;

pub const PAGE_SIZE: usize = 200;

pub fn router() -> crate::routes::Routes {
    crate::routes::Routes::new()
        .route("/redactie/hulpwijzer", get(rules_page).post(save_rules))
        .route("/redactie/hulpwijzer/tabel", get(table))
}

fn require_editor(user: &User) -> Result<(), AppError> {
    if user.role.can(samenspoor_domain::Capability::EditContent) { Ok(()) } else { Err(AppError::Forbidden) }
}

/// For every combination of answers, the ids it recommends (the one to call now first),
/// and the first one's best reason in `lang`.
fn outcomes(rules: &Rules, orgs: &[HelpOrganisation], lang: Lang) -> Vec<(Answers, Vec<String>, String)> {
    all_combinations()
        .into_iter()
        .map(|a| {
            let advice = rules.advise(&a, orgs, lang);
            let reason = advice.first().and_then(|r| r.reasons.first().cloned()).unwrap_or_default();
            (a, advice.into_iter().map(|r| r.organisation_id).collect(), reason)
        })
        .collect()
}

#[derive(Template, WebTemplate)]
#[template(path = "redactie/rules.html")]
struct RulesPage {
    ctx: PageCtx,
    text: String,
    versions: Vec<RuleVersion>,
    errors: Vec<String>,
    combinations: usize,
    /// Query strings of combinations that recommend nothing (the first 20).
    empty: Vec<String>,
    empty_count: usize,
    /// (organisation name, number of combinations that recommend it, and that recommend it first)
    counts: Vec<(String, usize, usize)>,
}

impl RulesPage {
    fn when(&self, v: &RuleVersion) -> String {
        samenspoor_domain::time::local_datetime(v.created_at)
    }
}

async fn page(
    state: &AppState,
    ctx: PageCtx,
    text: Option<String>,
    errors: Vec<String>,
) -> Result<RulesPage, AppError> {
    let d = directory(state).await?;
    let (orgs, rules) = (&d.organisations, &d.rules);
    let versions = state.store.hw_rule_versions().await?;
    let all = outcomes(rules, orgs, ctx.lang);
    let empty: Vec<&Answers> = all.iter().filter(|(_, ids, _)| ids.is_empty()).map(|(a, _, _)| a).collect();
    let counts = orgs
        .iter()
        .map(|o| {
            let recommended = all.iter().filter(|(_, ids, _)| ids.contains(&o.id)).count();
            let first = all.iter().filter(|(_, ids, _)| ids.first() == Some(&o.id)).count();
            (o.name.clone(), recommended, first)
        })
        .collect();
    Ok(RulesPage {
        ctx,
        text: text.unwrap_or_else(|| versions.first().map(|v| v.text.clone()).unwrap_or_default()),
        versions,
        errors,
        combinations: all.len(),
        empty_count: empty.len(),
        empty: empty.into_iter().take(20).map(|a| query_string(a, None)).collect(),
        counts,
    })
}

async fn rules_page(State(state): State<AppState>, SignedIn(ctx, user): SignedIn) -> Result<RulesPage, AppError> {
    require_editor(&user)?;
    page(&state, ctx, None, vec![]).await
}

#[derive(Deserialize)]
struct RulesForm {
    rules: String,
}

async fn save_rules(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    CsrfForm(form): CsrfForm<RulesForm>,
) -> Result<Response, AppError> {
    require_editor(&user)?;
    let orgs: Vec<HelpOrganisation> = state.store.hw_directory().await?.into_iter().map(|e| e.organisation).collect();
    let text = form.rules.replace("\r\n", "\n");
    if let Err(problems) = Rules::parse(&text, &orgs) {
        let p = page(&state, ctx, Some(text), problems).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, p).into_response());
    }
    state.store.hw_save_rules(&text, AuditContext { actor: Some(user.id), ip: Some(ip) }).await?;
    state.directory.invalidate();
    Ok(Redirect::to("/redactie/hulpwijzer").into_response())
}

#[derive(Template, WebTemplate)]
#[template(path = "redactie/rules_table.html")]
struct TablePage {
    ctx: PageCtx,
    /// (answers in short, link to the advice, the first recommendation with its reason,
    /// all recommended organisation names in order)
    rows: Vec<(String, String, String, String)>,
    page: usize,
    pages: usize,
}

#[derive(Deserialize)]
struct PageQuery {
    pagina: Option<usize>,
}

async fn table(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Query(q): Query<PageQuery>,
) -> Result<TablePage, AppError> {
    require_editor(&user)?;
    let d = directory(&state).await?;
    let (orgs, rules) = (&d.organisations, &d.rules);
    let all = outcomes(rules, orgs, ctx.lang);
    let pages = all.len().div_ceil(PAGE_SIZE);
    let page = q.pagina.unwrap_or(1).clamp(1, pages.max(1));
    let nothing = ctx.t("hw-rules-nothing");
    let rows = all
        .iter()
        .skip((page - 1) * PAGE_SIZE)
        .take(PAGE_SIZE)
        .map(|(a, ids, reason)| {
            let short = a.pairs().iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join(" ");
            let names: Vec<&str> =
                ids.iter().filter_map(|id| orgs.iter().find(|o| &o.id == id)).map(|o| o.name.as_str()).collect();
            let first = names.first().map(|n| format!("{n}: {reason}")).unwrap_or_else(|| nothing.clone());
            let names = if names.is_empty() { nothing.clone() } else { names.join(", ") };
            (short, format!("/hulpwijzer/advies?{}", query_string(a, None)), first, names)
        })
        .collect();
    Ok(TablePage { ctx, rows, page, pages })
}
