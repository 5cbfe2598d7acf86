//! "Who looked at the file": the file's access log, grouped into lines.

use super::{FileAccess, Shown};
use crate::AppState;
use crate::error::AppError;
use crate::page::{PageCtx, SignedIn};
use crate::security::ClientIp;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query, State};
use chrono::Utc;
use samenspoor_domain::AuditAction;
use samenspoor_domain::time::local_datetime;
use samenspoor_domain::traject::Action;
use samenspoor_store::*;
use serde::Deserialize;

/// Lines of other people per page of the access log.
const ACCESS_PAGE: usize = 50;

#[derive(Template, WebTemplate)]
#[template(path = "traject/access.html")]
pub(super) struct AccessPage {
    ctx: PageCtx,
    f: Shown,
    others: Vec<AccessLine>,
    mine: usize,
    my_last: Option<chrono::DateTime<Utc>>,
    page: usize,
    more: bool,
}

impl AccessPage {
    fn when(&self, g: &AccessLine) -> String {
        let last = local_datetime(g.entry.at);
        if g.count > 1 {
            self.ctx.t_args(
                "access-repeated",
                &[("last", &last), ("count", &g.count.to_string()), ("since", &local_datetime(g.since))],
            )
        } else {
            last
        }
    }
    fn what(&self, g: &AccessLine) -> String {
        self.ctx.t(&g.entry.action.label_key())
    }
    fn role(&self, g: &AccessLine) -> String {
        g.entry
            .actor_role
            .as_deref()
            .and_then(|r| samenspoor_domain::Role::parse(r).ok())
            .map(|r| self.ctx.t(&r.label_key()))
            .unwrap_or_default()
    }
    fn my_last(&self) -> String {
        self.my_last.map(local_datetime).unwrap_or_default()
    }
}

#[derive(Deserialize, Default)]
pub(super) struct AccessQuery {
    #[serde(default)]
    pagina: Option<usize>,
}

pub(super) async fn access_log(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path(id): Path<String>,
    Query(q): Query<AccessQuery>,
) -> Result<AccessPage, AppError> {
    let f = FileAccess::open(&state, &user, &id, &ip, Action::ViewAccessLog).await?;
    let f = f.show(&state, AuditAction::TrajectViewed).await?;
    let page = q.pagina.unwrap_or(1).clamp(1, 100_000);
    let offset = (page - 1) * ACCESS_PAGE;
    // One line more than a page says whether there is a next page.
    let id = f.traject.id.to_string();
    let lines = state.store.audit_lines("traject", &id, user.id, offset as u32, ACCESS_PAGE as u32 + 1).await?;
    let mut others = lines.others;
    let more = others.len() > ACCESS_PAGE;
    others.truncate(ACCESS_PAGE);
    Ok(AccessPage { ctx, f, others, mine: lines.mine, my_last: lines.my_last, page, more })
}
