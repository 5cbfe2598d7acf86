//! Hulpwijzer: the directory of help, in escalation order, with one page per kind of help.
//! No login and no personal data. (The "Waar kan ik terecht?" wizard builds on this.)

use crate::AppState;
use crate::content::directory;
use crate::error::AppError;
use crate::page::PageCtx;
use askama::Template;
use askama_web::WebTemplate;
use axum::Router;
use axum::extract::Path;
use axum::routing::get;
use samenspoor_domain::hulpwijzer::{HelpOrganisation, OrganisationText};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/hulpwijzer", get(overview))
        .route("/hulpwijzer/organisaties/{id}", get(organisation))
}

pub struct Level {
    pub number: u8,
    pub organisations: Vec<&'static HelpOrganisation>,
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

async fn overview(ctx: PageCtx) -> OverviewPage {
    let levels = (1..=5)
        .map(|n| Level {
            number: n,
            organisations: directory().iter().filter(|o| o.level == n).collect(),
        })
        .filter(|l| !l.organisations.is_empty())
        .collect();
    OverviewPage { ctx, levels }
}

#[derive(Template, WebTemplate)]
#[template(path = "hulpwijzer/organisation.html")]
struct OrganisationPage {
    ctx: PageCtx,
    org: &'static HelpOrganisation,
    text: &'static OrganisationText,
}

impl OrganisationPage {
    fn tel(&self) -> String {
        self.org
            .phone
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '+')
            .collect()
    }
}

async fn organisation(ctx: PageCtx, Path(id): Path<String>) -> Result<OrganisationPage, AppError> {
    let org = directory()
        .iter()
        .find(|o| o.id == id)
        .ok_or(AppError::NotFound)?;
    Ok(OrganisationPage {
        text: org.text(ctx.lang),
        org,
        ctx,
    })
}
