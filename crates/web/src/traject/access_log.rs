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
use samenspoor_domain::time::local_datetime;
use samenspoor_domain::traject::Action;
use samenspoor_domain::{AuditAction, UserId};
use samenspoor_store::*;
use serde::Deserialize;

/// One line of "who looked at the file": the same person doing the same thing several times
/// in a row is one line, with how often and since when.
pub struct AccessGroup {
    pub entry: AccessEntry,
    pub count: usize,
    pub since: chrono::DateTime<Utc>,
}

/// Groups the log (newest first) into lines; the reader's own lines apart, since a parent
/// asks who *else* looked.
pub fn group_access(entries: Vec<AccessEntry>, me: UserId) -> (Vec<AccessGroup>, Vec<AccessGroup>) {
    let (mut others, mut mine): (Vec<AccessGroup>, Vec<AccessGroup>) = (vec![], vec![]);
    for e in entries {
        let list = if e.actor == Some(me) { &mut mine } else { &mut others };
        match list.last_mut() {
            Some(g) if g.entry.actor == e.actor && g.entry.action == e.action => {
                g.count += 1;
                g.since = e.at;
            }
            _ => list.push(AccessGroup { since: e.at, count: 1, entry: e }),
        }
    }
    (others, mine)
}

/// Lines of other people per page of the access log.
const ACCESS_PAGE: usize = 50;

#[derive(Template, WebTemplate)]
#[template(path = "traject/access.html")]
pub(super) struct AccessPage {
    ctx: PageCtx,
    f: Shown,
    others: Vec<AccessGroup>,
    mine: Vec<AccessGroup>,
    page: usize,
    more: bool,
}

impl AccessPage {
    fn when(&self, g: &AccessGroup) -> String {
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
    fn what(&self, g: &AccessGroup) -> String {
        self.ctx.t(&g.entry.action.label_key())
    }
    fn role(&self, g: &AccessGroup) -> String {
        g.entry
            .actor_role
            .as_deref()
            .and_then(|r| samenspoor_domain::Role::parse(r).ok())
            .map(|r| self.ctx.t(&r.label_key()))
            .unwrap_or_default()
    }
    fn my_count(&self) -> usize {
        self.mine.iter().map(|g| g.count).sum()
    }
    fn my_last(&self) -> String {
        self.mine.first().map(|g| local_datetime(g.entry.at)).unwrap_or_default()
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
    let entries = state.store.audit_for_object("traject", &f.traject.id.to_string(), 10_000).await?;
    let (others, mine) = group_access(entries, user.id);
    let page = q.pagina.unwrap_or(1).max(1);
    let more = others.len() > page * ACCESS_PAGE;
    let others = others.into_iter().skip((page - 1) * ACCESS_PAGE).take(ACCESS_PAGE).collect();
    Ok(AccessPage { ctx, f, others, mine, page, more })
}
