//! Who runs this installation and how to reach them, the privacy statement and the
//! accessibility statement: public pages, in both languages, filled in from the operator's
//! settings (`[web.operator]`) and the installation's own facts (retention, IP months).

use crate::AppState;
use crate::config::Operator;
use crate::page::PageCtx;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::routing::get;
use samenspoor_domain::Lang;

pub fn router() -> crate::routes::Routes {
    crate::routes::Routes::new()
        .route("/contact", get(contact))
        .route("/privacy", get(privacy))
        .route("/toegankelijkheid", get(accessibility))
}

#[derive(Template, WebTemplate)]
#[template(path = "about/contact.html")]
struct ContactPage {
    ctx: PageCtx,
    op: Operator,
}

async fn contact(State(state): State<AppState>, ctx: PageCtx) -> ContactPage {
    ContactPage { ctx, op: state.config.operator.clone() }
}

#[derive(Template, WebTemplate)]
#[template(path = "about/privacy.html")]
struct PrivacyPage {
    ctx: PageCtx,
    op: Operator,
    months: String,
    ip_months: String,
}

impl PrivacyPage {
    /// The operator's own additions, in the reader's language (Dutch when there is no English).
    fn extra(&self) -> &str {
        match self.ctx.lang {
            Lang::En if !self.op.privacy_extra_en.is_empty() => &self.op.privacy_extra_en,
            _ => &self.op.privacy_extra_nl,
        }
    }
}

async fn privacy(State(state): State<AppState>, ctx: PageCtx) -> PrivacyPage {
    PrivacyPage {
        ctx,
        op: state.config.operator.clone(),
        months: state.config.retention_months.to_string(),
        ip_months: state.config.audit_ip_months.to_string(),
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "about/accessibility.html")]
struct AccessibilityPage {
    ctx: PageCtx,
    op: Operator,
}

impl AccessibilityPage {
    fn checked(&self) -> String {
        chrono::NaiveDate::parse_from_str(&self.op.accessibility_checked, "%Y-%m-%d")
            .map(samenspoor_domain::time::show_day)
            .unwrap_or_default()
    }
}

async fn accessibility(State(state): State<AppState>, ctx: PageCtx) -> AccessibilityPage {
    AccessibilityPage { ctx, op: state.config.operator.clone() }
}
