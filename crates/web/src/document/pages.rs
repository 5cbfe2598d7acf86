//! The documents' pages: the list, one document with where it stands, the edit form (with
//! a clear conflict when someone saved first), the records, sharing, versions compared
//! side by side, and a print view.

use super::access::DocumentAccess;
use super::doc_path;
use super::forms::{draft, kept_sections, new_goal_rows};
use crate::AppState;
use crate::error::AppError;
use crate::fields::Fields;
use crate::mail::Mail;
use crate::page::{PageCtx, SignedIn};
use crate::security::{ClientIp, CsrfForm};
use crate::traject::{FileAccess, Shown};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{DateTime, NaiveDate, Utc};
use samenspoor_domain::document::content::{next_content, parse_title};
use samenspoor_domain::document::diff::{Change, Compared, compare};
use samenspoor_domain::document::record::{
    EvaluationInput, Reached, parse_agreement, parse_consultation, parse_evaluation, parse_pupil_view, parse_request,
};
use samenspoor_domain::document::status::{OppStatus, opp_status, parents_request};
use samenspoor_domain::document::{
    AgreementState, Content, DocumentKind, Goal, RecordBody, SectionKey, Written, is_school, may_start, shared,
};
use samenspoor_domain::time::{amsterdam, local_date, local_datetime};
use samenspoor_domain::traject::{Action, ConsentKind, ParticipantRole, Step};
use samenspoor_domain::{AuditAction, DocumentId, InvalidInput, Lang};
use samenspoor_store::{DocumentFile, DocumentHead, NewConsent, NewDocument, StoreError};
use serde::Deserialize;

fn today() -> NaiveDate {
    amsterdam(Utc::now()).date_naive()
}

fn day(d: &NaiveDate) -> String {
    samenspoor_domain::time::show_day(*d)
}

// ---------- the list ----------

#[derive(Template, WebTemplate)]
#[template(path = "document/list.html")]
pub struct ListPage {
    ctx: PageCtx,
    f: Shown,
    docs: Vec<DocumentHead>,
    errors: Vec<String>,
    kept: Fields,
}

impl ListPage {
    fn kinds(&self) -> Vec<DocumentKind> {
        if !self.f.may(Action::WriteDocument) {
            return vec![];
        }
        DocumentKind::ALL.into_iter().filter(|k| may_start(self.f.role(), *k)).collect()
    }
    fn kind_name(&self, k: &DocumentKind) -> String {
        self.ctx.t(&k.label_key())
    }
    fn kind_about(&self, k: &DocumentKind) -> String {
        self.ctx.t(&format!("{}-about", k.label_key()))
    }
    fn when(&self, at: &DateTime<Utc>) -> String {
        local_datetime(*at)
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
    let consents = f.consent_list();
    let docs = f
        .documents
        .iter()
        .map(|d| d.head.clone())
        .filter(|d| samenspoor_domain::document::may_read(f.role(), d.id, &consents, Utc::now()))
        .collect();
    Ok(ListPage { ctx, f, docs, errors, kept })
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

pub async fn create(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path(id): Path<String>,
    CsrfForm(fields): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let fields = Fields(fields);
    let f = FileAccess::open(&state, &user, &id, &ip, Action::WriteDocument).await?;
    let kind = DocumentKind::parse(fields.get("kind"));
    if kind.is_some_and(|k| !may_start(f.role(), k)) {
        return Err(AppError::Forbidden);
    }
    let title = parse_title(fields.get("title"));
    let (Some(kind), Ok(title)) = (kind, title.as_ref()) else {
        let mut keys = vec![];
        if kind.is_none() {
            keys.push("error-doc-kind");
        }
        if let Err(e) = &title {
            keys.push(e.key);
        }
        let errors = keys.iter().map(|k| ctx.t(k)).collect();
        let page = list_page(&state, ctx, f, errors, fields).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    };
    let new = NewDocument {
        id: DocumentId::new(),
        traject_id: f.id(),
        kind,
        title: title.clone(),
        content: Content::default(),
    };
    let head = state.store.doc_create(new, f.audit()).await?;
    Ok(Redirect::to(&format!("{}/bewerken", doc_path(head.traject_id, head.id))).into_response())
}

// ---------- one document ----------

/// One section as shown: its words, and who wrote them when.
pub struct SectionView {
    pub key: SectionKey,
    pub written: Option<Written>,
}

#[derive(Template, WebTemplate)]
#[template(path = "document/show.html")]
pub struct ShowPage {
    ctx: PageCtx,
    f: Shown,
    doc: DocumentFile,
    sections: Vec<SectionView>,
    goals: Vec<Goal>,
    status: Option<OppStatus>,
    request: Option<(DateTime<Utc>, Option<DateTime<Utc>>)>,
    shared: bool,
    errors: Vec<String>,
    kept: Fields,
    /// Which form the errors belong to, so it opens there.
    form: String,
    /// The agreements from the file's gesprekken (who and what, by when), for the
    /// evaluation to pick up.
    commitments: Vec<(String, String)>,
}

impl ShowPage {
    fn new(ctx: PageCtx, f: Shown, doc: DocumentFile) -> Self {
        let content = doc.current().map(|v| v.content.clone()).unwrap_or_default();
        let sections = doc
            .head
            .kind
            .sections()
            .iter()
            .map(|k| SectionView { key: *k, written: content.sections.get(k).cloned() })
            .collect();
        let status =
            (doc.head.kind == DocumentKind::Opp).then(|| opp_status(&doc.versions, &doc.records, today())).flatten();
        let request = (doc.head.kind == DocumentKind::Groeidocument)
            .then(|| parents_request(&doc.versions, &doc.records))
            .flatten();
        let consents = f.consent_list();
        let shared = shared(doc.head.id, &consents, Utc::now());
        Self {
            ctx,
            goals: content.goals.clone(),
            f,
            doc,
            sections,
            status,
            request,
            shared,
            errors: vec![],
            kept: Fields(vec![]),
            form: String::new(),
            commitments: vec![],
        }
    }
    fn kind_name(&self) -> String {
        self.ctx.t(&self.doc.head.kind.label_key())
    }
    fn label(&self, k: &SectionKey) -> String {
        self.ctx.t(&k.label_key())
    }
    fn hint(&self, k: &SectionKey) -> String {
        self.ctx.t(&k.hint_key())
    }
    fn role_name(&self, r: &ParticipantRole) -> String {
        self.ctx.t(&r.label_key())
    }
    fn when(&self, at: &DateTime<Utc>) -> String {
        local_datetime(*at)
    }
    fn written_by(&self, w: &Written) -> String {
        let (role, when) = (self.role_name(&w.by_role), self.when(&w.at));
        self.ctx.t_args("doc-written-by", &[("name", &w.by_name), ("role", &role), ("when", &when)])
    }
    fn date(&self, at: &DateTime<Utc>) -> String {
        local_date(*at)
    }
    fn day(&self, d: &NaiveDate) -> String {
        day(d)
    }
    fn today(&self) -> String {
        today().to_string()
    }
    fn is_opp(&self) -> bool {
        self.doc.head.kind == DocumentKind::Opp
    }
    fn has_goals(&self) -> bool {
        self.doc.head.kind.has_goals()
    }
    fn perspective(&self, k: &SectionKey) -> bool {
        k.is_perspective()
    }
    fn writable(&self) -> bool {
        self.f.may(Action::WriteDocument)
            && (self.doc.head.kind.sections().iter().any(|k| k.may_write(self.f.role())) || is_school(self.f.role()))
    }
    /// Whether this reader may record `kind` here now (the form is shown only then).
    fn may_record(&self, kind: &str) -> bool {
        self.f.may(Action::WriteDocument)
            && samenspoor_domain::document::record::may_record(kind, self.f.role(), self.doc.head.kind)
    }
    fn may_set(&self) -> bool {
        self.may_record("established") && self.status.as_ref().is_some_and(|s| s.blocked.is_none())
    }
    fn may_share(&self) -> bool {
        self.f.may(Action::GiveConsent) && !self.shared
    }
    fn agreement_text(&self) -> String {
        let Some(s) = &self.status else { return String::new() };
        self.ctx.t(match s.agreement {
            AgreementState::Pending => "doc-agreement-pending",
            AgreementState::Whole(_) => "doc-agreement-whole",
            AgreementState::Partial(_) => "doc-agreement-partial",
            AgreementState::None(_) => "doc-agreement-none",
        })
    }
    fn parents_view(&self) -> String {
        match self.status.as_ref().map(|s| &s.agreement) {
            Some(AgreementState::Whole(a) | AgreementState::Partial(a) | AgreementState::None(a)) => a.view.clone(),
            _ => String::new(),
        }
    }
    /// "agreed", "not_agreed" or "" (no answer yet) for goal `n`.
    fn goal_agreement(&self, n: &u32) -> &'static str {
        match self.status.as_ref().map(|s| &s.agreement) {
            Some(AgreementState::Whole(a) | AgreementState::Partial(a) | AgreementState::None(a)) => {
                if a.agreed_goals.contains(n) { "agreed" } else { "not_agreed" }
            }
            _ => "",
        }
    }
    fn record_text(&self, r: &samenspoor_domain::document::status::Recorded) -> String {
        let v = r.version.to_string();
        let base = self.ctx.t_args(&format!("doc-record-{}", r.body.kind().replace('_', "-")), &[("version", &v)]);
        match &r.body {
            RecordBody::Consultation(c) => format!("{base} {} · {} · {}", day(&c.date), c.who, c.said),
            RecordBody::Agreement(a) if !a.view.is_empty() => format!("{base} “{}”", a.view),
            RecordBody::PupilView(p) => format!("{base} “{}”", p.text),
            RecordBody::Evaluation(e) => format!("{base} {} · {}", day(&e.date), e.who),
            RecordBody::ParentsAsked { message } if !message.is_empty() => format!("{base} “{message}”"),
            _ => base,
        }
    }
    fn pupil_how(&self, how: &samenspoor_domain::document::HeardHow) -> String {
        self.ctx.t(&format!("doc-pupil-{}", how.as_str().replace('_', "-")))
    }
    fn reached_options(&self) -> [Reached; 3] {
        Reached::ALL
    }
    fn reached_name(&self, r: &Reached) -> String {
        self.ctx.t(&format!("doc-reached-{}", r.as_str()))
    }
    fn reached_of(&self, goal: &u32) -> String {
        let e = self.status.as_ref().and_then(|s| s.last_evaluation.as_ref());
        e.and_then(|e| e.goals.iter().find(|g| g.goal == *goal))
            .map(|g| {
                let name = self.reached_name(&g.reached);
                if g.note.is_empty() { name } else { format!("{name}: {}", g.note) }
            })
            .unwrap_or_default()
    }
    fn kept_agreed(&self, n: &u32) -> bool {
        self.kept.all("agreed").any(|v| v == n.to_string())
    }
    fn kept_reached(&self, n: &u32, r: &Reached) -> bool {
        self.kept.get(&format!("reached_{n}")) == r.as_str()
    }
    fn kept_note(&self, n: &u32) -> String {
        self.kept.get(&format!("note_{n}")).to_owned()
    }
    fn kept_choice(&self, c: &str) -> bool {
        self.kept.get("choice") == c
    }
    fn agreement_pending(&self) -> bool {
        self.status.as_ref().is_some_and(|s| s.agreement == AgreementState::Pending)
    }
    fn agreement_choices(&self) -> Vec<(&'static str, String)> {
        ["whole", "partial", "none"]
            .into_iter()
            .map(|c| (c, self.ctx.t(&format!("doc-agreement-choice-{c}"))))
            .collect()
    }
}

pub async fn show(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path((id, doc)): Path<(String, String)>,
) -> Result<ShowPage, AppError> {
    let d = DocumentAccess::open(&state, &user, &id, &doc, &ip, Action::View).await?;
    let (f, doc) = d.show(&state).await?;
    let mut page = ShowPage::new(ctx, f, doc);
    page.commitments = commitments(&state, &page).await?;
    Ok(page)
}

/// The agreements of the file's gesprekken, for a plan's evaluation form.
async fn commitments(state: &AppState, page: &ShowPage) -> Result<Vec<(String, String)>, AppError> {
    if !page.doc.head.kind.has_goals() {
        return Ok(vec![]);
    }
    let mut out = vec![];
    for g in state.store.gs_list(page.doc.head.traject_id).await? {
        for c in g.report.iter().flat_map(|r| r.commitments.iter()) {
            out.push((format!("{}: {}", c.who, c.what), day(&c.due)));
        }
    }
    Ok(out)
}

async fn refuse(
    state: &AppState,
    ctx: PageCtx,
    d: DocumentAccess,
    errors: &[InvalidInput],
    kept: Fields,
) -> Result<Response, AppError> {
    let form = kept.get("soort").to_owned();
    let (f, doc) = d.show(state).await?;
    let mut page = ShowPage::new(ctx, f, doc);
    page.commitments = commitments(state, &page).await?;
    page.errors = errors.iter().map(|e| page.ctx.t(e.key)).collect();
    page.errors.dedup();
    page.kept = kept;
    page.form = form;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
}

/// What the form asks to record, checked by the domain against the current version.
pub(super) fn record_body(d: &DocumentAccess, f: &Fields) -> Result<RecordBody, Vec<InvalidInput>> {
    let content = d.content();
    let one = |e: InvalidInput| vec![e];
    match f.get("soort") {
        "consultation" => {
            parse_consultation(f.get("date"), f.get("who"), f.get("said"), today()).map(RecordBody::Consultation)
        }
        "agreement" => {
            let agreed: Vec<u32> = f.all("agreed").filter_map(|v| v.parse().ok()).collect();
            parse_agreement(f.get("choice"), &agreed, f.get("view"), &content).map(RecordBody::Agreement).map_err(one)
        }
        "pupil_view" => parse_pupil_view(f.get("how"), f.get("text")).map(RecordBody::PupilView).map_err(one),
        "evaluation" => {
            let goals = content
                .goals
                .iter()
                .map(|g| (g.number, f.get(&format!("reached_{}", g.number)), f.get(&format!("note_{}", g.number))))
                .collect();
            let input = EvaluationInput {
                date: f.get("date"),
                who: f.get("who"),
                goals,
                changes: f.get("changes"),
                next_date: f.get("next_date"),
                new_version: f.get("new_version") == "ja",
            };
            parse_evaluation(&input, &content, today()).map(RecordBody::Evaluation)
        }
        "parents_asked" => parse_request(f.get("message")).map_err(one),
        "established" => {
            let status = opp_status(d.versions(), d.records(), today());
            match status.and_then(|s| s.blocked) {
                Some(key) => Err(vec![InvalidInput::new(key)]),
                None => Ok(RecordBody::Established),
            }
        }
        _ => Err(vec![InvalidInput::new("error-doc-record-kind")]),
    }
}

pub async fn record(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path((id, doc)): Path<(String, String)>,
    CsrfForm(fields): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let fields = Fields(fields);
    let d = DocumentAccess::open(&state, &user, &id, &doc, &ip, Action::WriteDocument).await?;
    let body = match record_body(&d, &fields) {
        Ok(body) => body,
        Err(errors) => return refuse(&state, ctx, d, &errors, fields).await,
    };
    if !body.may_record(d.role(), d.kind()) {
        return Err(AppError::Forbidden);
    }
    state.store.doc_record(d.traject_id(), d.id(), d.version(), &body, d.audit()).await?;
    after_record(&state, &d, &body).await?;
    Ok(Redirect::to(&format!("{}#vastgelegd", doc_path(d.traject_id(), d.id()))).into_response())
}

/// What follows from a record: an evaluation that rewrites the plan takes the file from
/// evaluating back to planning; a request for the parents' part is mailed to them.
pub(super) async fn after_record(state: &AppState, d: &DocumentAccess, body: &RecordBody) -> Result<(), AppError> {
    match body {
        RecordBody::Evaluation(e) if e.new_version && d.file().step() == Step::Evaluate => {
            let why = state.i18n.t(Lang::Nl, "doc-evaluation-new-version-why");
            match crate::traject::move_file(state, d.file(), Step::Evaluate, Step::Plan, &why).await {
                // Someone moved the file meanwhile: the evaluation stands, the step stays theirs.
                Ok(_) | Err(StoreError::Conflict(_)) => {}
                Err(e) => return Err(e.into()),
            }
        }
        RecordBody::ParentsAsked { message } => mail_parents(state, d, message).await,
        _ => {}
    }
    Ok(())
}

async fn mail_parents(state: &AppState, d: &DocumentAccess, message: &str) {
    let link = format!("{}{}/bewerken", state.config.base_url.trim_end_matches('/'), doc_path(d.traject_id(), d.id()));
    let child = d.file().child_first_name();
    let parents = d.file().participants().iter().filter(|p| p.active() && p.role == ParticipantRole::Parent);
    for p in parents {
        let body = [Lang::Nl, Lang::En].map(|lang| {
            let args = [
                ("child", child),
                ("who", d.author().name.as_str()),
                ("message", message),
                ("link", link.as_str()),
                ("site", state.config.site_name.as_str()),
            ];
            state.i18n.t_args(lang, "mail-doc-asked-body", &args)
        });
        let subject = state.i18n.t_args(Lang::Nl, "mail-doc-asked-subject", &[("child", child)]);
        let mail = Mail::text(p.email.clone(), subject, body.join("\n\n---\n\n"));
        if let Err(e) = state.mailer.send(mail).await {
            tracing::warn!(error = %e, "request mail to a parent failed");
        }
    }
}

// ---------- sharing ----------

pub async fn share(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path((id, doc)): Path<(String, String)>,
    CsrfForm(fields): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let fields = Fields(fields);
    let d = DocumentAccess::open(&state, &user, &id, &doc, &ip, Action::GiveConsent).await?;
    let purpose = fields.get("purpose").trim();
    if purpose.is_empty() || purpose.chars().count() > 500 || purpose.chars().any(char::is_control) {
        return refuse(&state, ctx, d, &[InvalidInput::new("error-doc-share-purpose")], fields).await;
    }
    let new = NewConsent {
        traject_id: d.traject_id(),
        kind: ConsentKind::ShareDocument,
        subject: d.id().to_string(),
        purpose: purpose.to_owned(),
        valid_until: None,
    };
    state.store.tr_give_consent(new, d.audit()).await?;
    Ok(Redirect::to(&doc_path(d.traject_id(), d.id())).into_response())
}

// ---------- editing ----------

/// One section in the edit form: a field when this writer may write it, else its text.
pub struct EditSection {
    pub key: SectionKey,
    pub text: String,
    pub editable: bool,
    pub writer_key: &'static str,
}

/// One goal row in the edit form (existing goals first, then empty rows).
pub struct GoalRow {
    pub row: usize,
    pub number: Option<u32>,
    pub goal: String,
    pub support: String,
    pub given_by: String,
    pub how_often: String,
}

/// The newer version someone else saved while this person was writing.
pub struct Conflict {
    pub number: u32,
    pub by: String,
    pub at: DateTime<Utc>,
    pub theirs: Content,
}

#[derive(Template, WebTemplate)]
#[template(path = "document/edit.html")]
pub struct EditPage {
    ctx: PageCtx,
    f: Shown,
    doc: DocumentHead,
    base: u32,
    sections: Vec<EditSection>,
    goals: Vec<GoalRow>,
    goals_editable: bool,
    enrolled_on: String,
    errors: Vec<String>,
    conflict: Option<Conflict>,
}

impl EditPage {
    fn label(&self, k: &SectionKey) -> String {
        self.ctx.t(&k.label_key())
    }
    fn hint(&self, k: &SectionKey) -> String {
        self.ctx.t(&k.hint_key())
    }
    fn kind_name(&self) -> String {
        self.ctx.t(&self.doc.kind.label_key())
    }
    fn is_opp(&self) -> bool {
        self.doc.kind == DocumentKind::Opp
    }
    fn has_goals(&self) -> bool {
        self.doc.kind.has_goals()
    }
    fn rows(&self) -> usize {
        self.goals.len()
    }
    /// This reader writes no part of this document (a parent and an OPP): nothing to save.
    fn nothing_to_write(&self) -> bool {
        !self.goals_editable && self.sections.iter().all(|s| !s.editable)
    }
    fn when(&self, at: &DateTime<Utc>) -> String {
        local_datetime(*at)
    }
    fn conflict_text(&self, c: &Conflict) -> String {
        let (n, when) = (c.number.to_string(), self.when(&c.at));
        self.ctx.t_args("doc-conflict-intro", &[("n", &n), ("name", &c.by), ("when", &when)])
    }
    fn theirs(&self, k: &SectionKey) -> String {
        self.conflict.as_ref().map(|c| c.theirs.text(*k).to_owned()).unwrap_or_default()
    }
    fn theirs_goals(&self) -> Vec<Goal> {
        self.conflict.as_ref().map(|c| c.theirs.goals.clone()).unwrap_or_default()
    }
}

fn edit_page(ctx: PageCtx, f: Shown, doc: DocumentFile, typed: Option<&Fields>) -> EditPage {
    let role = f.role();
    let current = doc.current().map(|v| v.content.clone()).unwrap_or_default();
    let kind = doc.head.kind;
    let typed_text = |k: SectionKey| typed.and_then(|t| kept_sections(kind, t).into_iter().find(|(key, _)| *key == k));
    let sections = kind
        .sections()
        .iter()
        .map(|k| EditSection {
            key: *k,
            text: typed_text(*k).map(|(_, t)| t).unwrap_or_else(|| current.text(*k).to_owned()),
            editable: k.may_write(role),
            writer_key: match k.writer() {
                samenspoor_domain::document::content::Writer::School => "doc-writer-school",
                samenspoor_domain::document::content::Writer::Parents => "doc-writer-parents",
                samenspoor_domain::document::content::Writer::ParentsOrSchool => "doc-writer-both",
            },
        })
        .collect();
    let goals_editable = kind.has_goals() && is_school(role);
    let goals = match typed.filter(|t| t.has("goal_rows")) {
        Some(t) => {
            let rows: usize = t.get("goal_rows").parse().unwrap_or(0).min(100);
            (1..=rows)
                .map(|row| GoalRow {
                    row,
                    number: t.get(&format!("number_{row}")).parse().ok(),
                    goal: t.get(&format!("goal_{row}")).to_owned(),
                    support: t.get(&format!("support_{row}")).to_owned(),
                    given_by: t.get(&format!("given_by_{row}")).to_owned(),
                    how_often: t.get(&format!("how_often_{row}")).to_owned(),
                })
                .collect()
        }
        None => {
            let existing = current
                .goals
                .iter()
                .map(|g| (Some(g.number), g.goal.clone(), g.support.clone(), g.given_by.clone(), g.how_often.clone()));
            let empty = (0..if goals_editable { new_goal_rows(current.goals.len()) } else { 0 })
                .map(|_| (None, String::new(), String::new(), String::new(), String::new()));
            existing
                .chain(empty)
                .enumerate()
                .map(|(i, (number, goal, support, given_by, how_often))| GoalRow {
                    row: i + 1,
                    number,
                    goal,
                    support,
                    given_by,
                    how_often,
                })
                .collect()
        }
    };
    let enrolled_on = typed
        .filter(|t| t.has("enrolled_on"))
        .map(|t| t.get("enrolled_on").to_owned())
        .unwrap_or_else(|| current.enrolled_on.map(|d| d.to_string()).unwrap_or_default());
    EditPage {
        ctx,
        f,
        base: doc.head.version,
        doc: doc.head,
        sections,
        goals,
        goals_editable,
        enrolled_on,
        errors: vec![],
        conflict: None,
    }
}

pub async fn edit(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path((id, doc)): Path<(String, String)>,
) -> Result<EditPage, AppError> {
    let d = DocumentAccess::open(&state, &user, &id, &doc, &ip, Action::WriteDocument).await?;
    let (f, doc) = d.show(&state).await?;
    Ok(edit_page(ctx, f, doc, None))
}

pub async fn save(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path((id, doc)): Path<(String, String)>,
    CsrfForm(fields): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let fields = Fields(fields);
    let d = DocumentAccess::open(&state, &user, &id, &doc, &ip, Action::WriteDocument).await?;
    let Ok(base) = fields.get("base").parse::<u32>() else { return Err(AppError::BadRequest) };
    // Computed on the version the writer started from, so their changes are theirs only.
    let Some(started) = d.content_of(base).cloned() else { return Err(AppError::BadRequest) };
    let result = next_content(d.kind(), &started, &draft(d.kind(), &fields), d.author(), Utc::now());
    let outcome: Result<(), Vec<InvalidInput>> = match result {
        Ok(content) if base == d.version() => {
            match state.store.doc_save(d.traject_id(), d.id(), base, &content, d.audit()).await {
                Ok(_) => {
                    return Ok(
                        Redirect::to(&format!("{}?opgeslagen=ja", doc_path(d.traject_id(), d.id()))).into_response()
                    );
                }
                Err(StoreError::Conflict(_)) => Err(vec![InvalidInput::new("error-doc-conflict")]),
                Err(e) => return Err(e.into()),
            }
        }
        Ok(_) => Err(vec![InvalidInput::new("error-doc-conflict")]),
        Err(errors) => Err(errors),
    };
    let errors = outcome.err().unwrap_or_default();
    let conflicted = errors.iter().any(|e| e.key == "error-doc-conflict");
    // Read again: on a conflict the newer version is shown beside what was typed.
    let d = DocumentAccess::open(&state, &user, &id, &doc, &ip, Action::WriteDocument).await?;
    let (f, doc) = d.show(&state).await?;
    let newest = doc.current().cloned();
    let mut page = edit_page(ctx, f, doc, Some(&fields));
    page.errors = errors.iter().map(|e| page.ctx.t(e.key)).collect();
    if conflicted && let Some(v) = newest {
        page.base = v.number;
        page.conflict = Some(Conflict { number: v.number, by: v.saved_by_name, at: v.saved_at, theirs: v.content });
    } else {
        page.base = base;
    }
    let status = if conflicted { StatusCode::CONFLICT } else { StatusCode::UNPROCESSABLE_ENTITY };
    Ok((status, page).into_response())
}

// ---------- versions ----------

#[derive(Deserialize, Default)]
pub struct CompareQuery {
    a: Option<u32>,
    b: Option<u32>,
}

#[derive(Template, WebTemplate)]
#[template(path = "document/versions.html")]
pub struct VersionsPage {
    ctx: PageCtx,
    f: Shown,
    doc: DocumentFile,
    a: u32,
    b: u32,
    compared: Vec<Compared>,
}

impl VersionsPage {
    fn label(&self, key: &str) -> String {
        self.ctx.t(key)
    }
    fn when(&self, at: &DateTime<Utc>) -> String {
        local_datetime(*at)
    }
    fn removed(&self, c: &Change) -> bool {
        *c == Change::Removed
    }
    fn added(&self, c: &Change) -> bool {
        *c == Change::Added
    }
    fn kind_name(&self) -> String {
        self.ctx.t(&self.doc.head.kind.label_key())
    }
}

pub async fn versions(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path((id, doc)): Path<(String, String)>,
    Query(q): Query<CompareQuery>,
) -> Result<VersionsPage, AppError> {
    let d = DocumentAccess::open(&state, &user, &id, &doc, &ip, Action::View).await?;
    let newest = d.version();
    let b = q.b.filter(|b| d.content_of(*b).is_some()).unwrap_or(newest);
    let a = q.a.filter(|a| d.content_of(*a).is_some()).unwrap_or(b.saturating_sub(1).max(1));
    let (f, doc) = d.show(&state).await?;
    let content = |n: u32| doc.version(n).map(|v| v.content.clone()).unwrap_or_default();
    let compared = compare(doc.head.kind, &content(a), &content(b));
    Ok(VersionsPage { ctx, f, doc, a, b, compared })
}

// ---------- print ----------

#[derive(Template, WebTemplate)]
#[template(path = "document/print.html")]
pub struct PrintPage {
    page: ShowPage,
}

impl PrintPage {
    fn printed_on(&self) -> String {
        local_date(Utc::now())
    }
}

pub async fn print(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path((id, doc)): Path<(String, String)>,
) -> Result<PrintPage, AppError> {
    let d = DocumentAccess::open(&state, &user, &id, &doc, &ip, Action::View).await?;
    let (f, doc) = d.show(&state).await?;
    Ok(PrintPage { page: ShowPage::new(ctx, f, doc) })
}
