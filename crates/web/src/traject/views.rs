//! What several pages of a file show: the timeline in words, and "are you sure?".

use super::Shown;
use crate::page::PageCtx;
use askama::Template;
use askama_web::WebTemplate;
use samenspoor_domain::traject::{ConsentKind, ParticipantRole, Step};
use samenspoor_store::*;

/// A timeline event in plain words; people the file knows by name are named, not shown
/// by their e-mail address.
pub fn describe_event(ctx: &PageCtx, e: &TimelineEvent, people: &[Participant]) -> String {
    let named = |email: String| {
        people.iter().find(|p| p.email.eq_ignore_ascii_case(&email)).and_then(|p| p.name.clone()).unwrap_or(email)
    };
    let s = |k: &str| e.detail.get(k).and_then(|v| v.as_str()).unwrap_or_default().to_owned();
    let step_name = |k: &str| Step::parse(&s(k)).map(|st| ctx.t(&format!("{}-name", st.key()))).unwrap_or_default();
    let role_name = || ParticipantRole::parse(&s("role")).map(|r| ctx.t(&r.label_key())).unwrap_or_default();
    match e.kind.as_str() {
        "created" => ctx.t("tl-created"),
        "invited" => ctx.t_args("tl-invited", &[("email", &named(s("email"))), ("role", &role_name())]),
        "joined" => ctx.t("tl-joined"),
        "withdrawn" => ctx.t("tl-withdrawn"),
        "step" => ctx.t_args("tl-step", &[("from", &step_name("from")), ("to", &step_name("to")), ("why", &s("why"))]),
        "checklist" => {
            let item = ctx.t(&format!("check-{}", s("item")));
            let ticked = e.detail.get("ticked").and_then(|v| v.as_bool()).unwrap_or(false);
            ctx.t1(if ticked { "tl-ticked" } else { "tl-unticked" }, "item", item)
        }
        "consent_given" => {
            let kind = ConsentKind::parse(&s("kind")).map(|k| ctx.t(&k.label_key())).unwrap_or_default();
            ctx.t_args("tl-consent-given", &[("kind", &kind), ("purpose", &s("purpose"))])
        }
        "consent_revoked" => {
            let kind = ConsentKind::parse(&s("kind")).map(|k| ctx.t(&k.label_key())).unwrap_or_default();
            ctx.t1("tl-consent-revoked", "kind", kind)
        }
        "close_proposed" => ctx.t1("tl-close-proposed", "why", s("why")),
        "close_declined" => ctx.t("tl-close-declined"),
        "note" => ctx.t("tl-note"),
        "gesprek" => {
            let when = e
                .detail
                .get("at")
                .and_then(|v| serde_json::from_value::<chrono::DateTime<chrono::Utc>>(v.clone()).ok())
                .map(samenspoor_domain::time::local_datetime)
                .unwrap_or_default();
            let args = [("purpose", s("purpose")), ("when", when), ("name", s("name"))];
            let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
            ctx.t_args(&format!("tl-gesprek-{}", s("what")), &args)
        }
        "date" => ctx.t("tl-date"),
        "commitment" => {
            let due = s("due").parse::<chrono::NaiveDate>().map(samenspoor_domain::time::show_day).unwrap_or_default();
            ctx.t_args("tl-commitment", &[("who", &s("who")), ("what", &s("what")), ("due", &due)])
        }
        "document" => {
            let version = e.detail.get("version").and_then(|v| v.as_u64()).unwrap_or(1).to_string();
            ctx.t_args(&format!("tl-document-{}", s("what")), &[("title", &s("title")), ("version", &version)])
        }
        other => other.to_owned(),
    }
}

/// "Are you sure?" before something that cannot simply be undone (taking someone out,
/// revoking consent, closing the file): it says what will happen, and its form does it.
#[derive(Template, WebTemplate)]
#[template(path = "traject/confirm.html")]
pub(super) struct ConfirmPage {
    ctx: PageCtx,
    f: Shown,
    title: String,
    text: String,
    action: String,
    fields: Vec<(String, String)>,
    button: String,
}

impl ConfirmPage {
    pub(super) fn new(
        ctx: PageCtx,
        f: Shown,
        title: &str,
        text: String,
        action: String,
        fields: Vec<(String, String)>,
        button: &str,
    ) -> Self {
        let (title, button) = (ctx.t(title), ctx.t(button));
        Self { ctx, f, title, text, action, fields, button }
    }
}
