//! Traject: the shared file of one child's support route. Access comes only from being a
//! participant (and, for people from outside the school, from the parents' consent); what
//! each role may do is the domain's permission table. Every read and write is audited, and
//! someone who tries another family's file gets a 404 and leaves an audit entry.

use crate::AppState;
use crate::error::AppError;
use crate::mail::Mail;
use crate::page::{PageCtx, SignedIn};
use crate::security::check_rate;
use crate::security::{ClientIp, CsrfForm, hash_token, random_token};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use chrono::{Duration, Utc};
use samenspoor_domain::auth::RateLimit;
use samenspoor_domain::time::{local_date, local_datetime};
use samenspoor_domain::traject::invite::{
    InviteContext, InviteRefusal, InviteeAccount, WithdrawRefusal, account_for_new_invitee, may_invite, may_join,
    may_withdraw,
};
use samenspoor_domain::traject::permissions::{may, may_tick};
use samenspoor_domain::traject::step::PARENTS_ITEMS;
use samenspoor_domain::traject::step::parse_reason;
use samenspoor_domain::traject::{
    Action, ChildDetails, ConsentKind, NoteVisibility, ParticipantRole, Step, parse_note,
};
use samenspoor_domain::{AuditAction, ConsentId, Email, OrganisationKind, ParticipantId, TrajectId, UserId};
use samenspoor_store::*;
use serde::Deserialize;
use uuid::Uuid;

mod access;
pub mod api;
pub use access::{FileAccess, Shown};

/// How long an invitation link works.
pub const INVITATION_DAYS: i64 = 14;

pub fn router() -> crate::routes::Routes {
    crate::routes::Routes::new()
        .route("/trajecten", get(list))
        .route("/trajecten/nieuw", get(new_page).post(create))
        .route("/trajecten/rechten", get(rights))
        .route("/trajecten/{id}", get(file_page))
        .route("/trajecten/{id}/stap", post(move_step))
        .route("/trajecten/{id}/checklist", post(tick))
        .route("/trajecten/{id}/notities", post(add_note))
        .route("/trajecten/{id}/deelnemers", get(participants_page).post(invite))
        .route("/trajecten/{id}/deelnemers/{pid}/intrekken", get(confirm_withdraw).post(withdraw))
        .route("/trajecten/{id}/toestemming", get(consent_page).post(give_consent))
        .route("/trajecten/{id}/toestemming/{cid}/intrekken", get(confirm_revoke).post(revoke_consent))
        .route("/trajecten/{id}/inzage", get(access_log))
        .route("/trajecten/{id}/export.json", get(export_json))
        .route("/trajecten/{id}/afdruk", get(print_page))
        .route("/uitnodiging/{token}", get(invitation_page).post(accept_invitation))
}

pub fn api_router() -> crate::routes::Routes {
    use utoipa::OpenApi;
    crate::routes::Routes::new()
        .route("/trajecten", get(api::trajecten))
        .route("/trajecten/{id}", get(api::traject_file))
        .route("/trajecten/{id}/notes", post(api::add_traject_note))
        .route("/trajecten/{id}/transitions", post(api::move_traject))
        .route("/trajecten/{id}/checklist", post(api::tick))
        .route("/trajecten/{id}/invitations", post(api::invite))
        .route("/trajecten/{id}/participants/{pid}/withdraw", post(api::withdraw))
        .route("/trajecten/{id}/consents", post(api::give_consent))
        .route("/trajecten/{id}/consents/{cid}/revoke", post(api::revoke_consent))
        .documented(api::TrajectApi::openapi())
}

fn ctx_of(user: &User, ip: &str) -> AuditContext {
    AuditContext { actor: Some(user.id), ip: Some(ip.to_owned()) }
}

fn file_path(id: TrajectId) -> String {
    format!("/trajecten/{id}")
}

// ---------- list and start ----------

#[derive(Template, WebTemplate)]
#[template(path = "traject/list.html")]
struct ListPage {
    ctx: PageCtx,
    files: Vec<(Traject, ParticipantRole)>,
    can_start: bool,
}

impl ListPage {
    fn step_name(&self, s: &Step) -> String {
        self.ctx.t(&format!("{}-name", s.key()))
    }
    fn role_name(&self, r: &ParticipantRole) -> String {
        self.ctx.t(&r.label_key())
    }
}

async fn list(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
) -> Result<ListPage, AppError> {
    let files = my_files(&state, &user, &ip).await?;
    Ok(ListPage { can_start: ParticipantRole::starter(user.role).is_some(), ctx, files })
}

/// The files someone may see now, with their role: a file whose consent ended for their
/// role is left out. Each file listed (the child's name and step) is audited.
pub async fn my_files(state: &AppState, user: &User, ip: &str) -> Result<Vec<(Traject, ParticipantRole)>, AppError> {
    let mut files = vec![];
    for (t, role) in state.store.tr_list_for_user(user.id).await? {
        // School roles need no consent; for the others the same rule as opening the file.
        if role.needs_consent() {
            let file = state.store.tr_file(t.id, FileParts::Access).await?;
            if file.is_none_or(|file| access::participation(&file, user.id).is_none()) {
                continue;
            }
        }
        files.push((t, role));
    }
    for (t, _) in &files {
        state
            .store
            .append_audit(ctx_of(user, ip).entry(AuditAction::TrajectListed, "traject", Some(t.id.to_string())))
            .await?;
    }
    Ok(files)
}

#[derive(Template, WebTemplate)]
#[template(path = "traject/new.html")]
struct NewPage {
    ctx: PageCtx,
    schools: Vec<Organisation>,
    form: NewForm,
    errors: Vec<String>,
}

#[derive(Deserialize, Default)]
struct NewForm {
    first_name: String,
    last_name: String,
    date_of_birth: String,
    #[serde(default)]
    class_name: String,
    #[serde(default)]
    school: String,
}

async fn schools(state: &AppState) -> Result<Vec<Organisation>, AppError> {
    Ok(state.store.list_organisations().await?.into_iter().filter(|o| o.kind == OrganisationKind::School).collect())
}

async fn new_page(State(state): State<AppState>, SignedIn(ctx, user): SignedIn) -> Result<NewPage, AppError> {
    ParticipantRole::starter(user.role).ok_or(AppError::Forbidden)?;
    Ok(NewPage { ctx, schools: schools(&state).await?, form: NewForm::default(), errors: vec![] })
}

async fn create(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    CsrfForm(form): CsrfForm<NewForm>,
) -> Result<Response, AppError> {
    let role = ParticipantRole::starter(user.role).ok_or(AppError::Forbidden)?;
    let today = Utc::now().date_naive();
    let child = ChildDetails::parse(&form.first_name, &form.last_name, &form.date_of_birth, &form.class_name, today);
    let school = if form.school.is_empty() { Ok(None) } else { form.school.parse().map(Some).map_err(|_| ()) };
    let known_school = match &school {
        Ok(Some(id)) => schools(&state).await?.iter().any(|s| s.id == *id),
        _ => true,
    };
    match (child, school) {
        (Ok(child), Ok(school_id)) if known_school => {
            let new = NewTraject { id: TrajectId::new(), child, school_id, creator: user.id, creator_role: role };
            let t = state.store.tr_create(new, ctx_of(&user, &ip)).await?;
            Ok(Redirect::to(&file_path(t.id)).into_response())
        }
        (child, _) => {
            let mut errors: Vec<String> = child.err().unwrap_or_default().into_iter().map(|e| ctx.t(e.key)).collect();
            if !known_school || form.school.parse::<Uuid>().is_err() && !form.school.is_empty() {
                errors.push(ctx.t("error-organisation-unknown"));
            }
            let page = NewPage { schools: schools(&state).await?, ctx, form, errors };
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
    }
}

// ---------- the file ----------

pub struct StepView {
    pub step: Step,
    pub items: Vec<(String, bool, Option<String>)>,
}

#[derive(Template, WebTemplate)]
#[template(path = "traject/file.html")]
struct FilePage {
    ctx: PageCtx,
    f: Shown,
    school: Option<String>,
    current: StepView,
    notes: Vec<Note>,
    timeline: Vec<TimelineEvent>,
    filter: String,
    errors: Vec<String>,
    kept: Kept,
}

/// What someone typed into a form that was refused: it comes back in the form, never lost.
#[derive(Default)]
struct Kept {
    note: String,
    private: bool,
    why: String,
}

impl FilePage {
    fn t_step(&self, s: &Step, part: &str) -> String {
        self.ctx.t(&format!("{}-{part}", s.key()))
    }
    fn can(&self, a: &str) -> bool {
        let action = match a {
            "move" => Action::MoveStep,
            "tick" => Action::TickChecklist,
            "invite" => Action::Invite,
            "consent" => Action::GiveConsent,
            "log" => Action::ViewAccessLog,
            "export" => Action::Export,
            _ => Action::AddNote,
        };
        self.f.may(action)
    }
    fn next_steps(&self) -> &'static [Step] {
        self.f.traject.step.next()
    }
    fn role_name(&self, r: &ParticipantRole) -> String {
        self.ctx.t(&r.label_key())
    }
    fn when(&self, at: &chrono::DateTime<Utc>) -> String {
        local_datetime(*at)
    }
    fn event_text(&self, e: &TimelineEvent) -> String {
        describe_event(&self.ctx, e)
    }
    fn check(&self, item: &str) -> String {
        self.ctx.t(&format!("check-{item}"))
    }
    fn may_tick(&self, item: &str) -> bool {
        self.f.may(Action::TickChecklist) && may_tick(self.f.role(), item)
    }
    fn parents_item(&self, item: &str) -> bool {
        PARENTS_ITEMS.contains(&item)
    }
    /// The parents' own items still open in this step: a step change now goes ahead
    /// without the parents' view, and the page says so.
    fn parents_items_open(&self) -> bool {
        self.current.items.iter().any(|(item, ticked, _)| !*ticked && PARENTS_ITEMS.contains(&item.as_str()))
    }
    fn filters(&self) -> [&'static str; 5] {
        TIMELINE_FILTERS
    }
    fn filter_name(&self, k: &str) -> String {
        self.ctx.t(&format!("tl-filter-{k}"))
    }
    fn born(&self) -> String {
        self.f.traject.child_date_of_birth.format("%d-%m-%Y").to_string()
    }
}

/// A timeline event in plain words.
pub fn describe_event(ctx: &PageCtx, e: &TimelineEvent) -> String {
    let s = |k: &str| e.detail.get(k).and_then(|v| v.as_str()).unwrap_or_default().to_owned();
    let step_name = |k: &str| Step::parse(&s(k)).map(|st| ctx.t(&format!("{}-name", st.key()))).unwrap_or_default();
    let role_name = || ParticipantRole::parse(&s("role")).map(|r| ctx.t(&r.label_key())).unwrap_or_default();
    match e.kind.as_str() {
        "created" => ctx.t("tl-created"),
        "invited" => ctx.t_args("tl-invited", &[("email", &s("email")), ("role", &role_name())]),
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
        "note" => ctx.t("tl-note"),
        other => other.to_owned(),
    }
}

/// Timeline filters: the kinds a reader can pick.
pub const TIMELINE_FILTERS: [&str; 5] = ["step", "note", "consent", "participant", "checklist"];

fn matches_filter(kind: &str, filter: &str) -> bool {
    match filter {
        "" => true,
        "consent" => kind.starts_with("consent"),
        "participant" => matches!(kind, "invited" | "joined" | "withdrawn" | "created"),
        f => kind == f,
    }
}

#[derive(Deserialize, Default)]
struct FileQuery {
    #[serde(default)]
    soort: String,
}

fn file_data(ctx: PageCtx, f: Shown, filter: String) -> Result<FilePage, AppError> {
    let notes = f.readable_notes();
    let timeline = f.timeline.iter().filter(|e| matches_filter(&e.kind, &filter)).cloned().collect();
    let step = f.traject.step;
    let items = step
        .checklist()
        .iter()
        .map(|item| {
            let tick = f.ticks.iter().find(|t| t.step == step && t.item == *item);
            (item.to_string(), tick.is_some(), tick.and_then(|t| t.by_name.clone()))
        })
        .collect();
    let school = f.school_name.clone();
    Ok(FilePage {
        ctx,
        school,
        current: StepView { step, items },
        notes,
        timeline,
        filter,
        errors: vec![],
        kept: Kept::default(),
        f,
    })
}

async fn file_page(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path(id): Path<String>,
    Query(q): Query<FileQuery>,
) -> Result<FilePage, AppError> {
    let f =
        FileAccess::open(&state, &user, &id, &ip, Action::View).await?.show(&state, AuditAction::TrajectViewed).await?;
    let filter = if TIMELINE_FILTERS.contains(&q.soort.as_str()) { q.soort } else { String::new() };
    file_data(ctx, f, filter)
}

/// The file page again with a message: a rendering of the file, so it is audited.
async fn refuse_with(
    state: &AppState,
    ctx: PageCtx,
    f: FileAccess,
    key: &str,
    kept: Kept,
) -> Result<Response, AppError> {
    let f = f.show(state, AuditAction::TrajectViewed).await?;
    let mut page = file_data(ctx, f, String::new())?;
    page.errors = vec![page.ctx.t(key)];
    page.kept = kept;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
}

#[derive(Deserialize)]
struct MoveForm {
    from: String,
    to: String,
    #[serde(default)]
    why: String,
    /// Closing a file is asked once more: "ja" when confirmed.
    #[serde(default)]
    bevestigd: String,
}

async fn move_step(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<MoveForm>,
) -> Result<Response, AppError> {
    let f = FileAccess::open(&state, &user, &id, &ip, Action::MoveStep).await?;
    let (Some(from), Some(to)) = (Step::parse(&form.from), Step::parse(&form.to)) else {
        return refuse_with(&state, ctx, f, "error-step-illegal", Kept { why: form.why.clone(), ..Kept::default() })
            .await;
    };
    let Ok(why) = parse_reason(&form.why) else {
        return refuse_with(&state, ctx, f, "error-step-why", Kept { why: form.why.clone(), ..Kept::default() }).await;
    };
    if !from.may_become(to) {
        return refuse_with(&state, ctx, f, "error-step-illegal", Kept { why: form.why.clone(), ..Kept::default() })
            .await;
    }
    if f.step() != from {
        return refuse_with(&state, ctx, f, "error-step-stale", Kept { why: form.why.clone(), ..Kept::default() })
            .await;
    }
    if to == Step::Closed && form.bevestigd != "ja" {
        let months = state.config.retention_months.to_string();
        let text = ctx.t_args("confirm-close-text", &[("months", &months)]);
        let fields = vec![
            ("from".into(), form.from),
            ("to".into(), form.to),
            ("why".into(), why),
            ("bevestigd".into(), "ja".into()),
        ];
        let f = f.show(&state, AuditAction::TrajectViewed).await?;
        let action = format!("{}/stap", file_path(f.traject.id));
        return Ok(ConfirmPage::new(ctx, f, "confirm-close-title", text, action, fields, "confirm-close-button")
            .into_response());
    }
    match move_file(&state, &f, from, to, &why).await {
        Ok(t) => Ok(Redirect::to(&file_path(t.id)).into_response()),
        Err(StoreError::Conflict(_)) => {
            refuse_with(&state, ctx, f, "error-step-stale", Kept { why: form.why.clone(), ..Kept::default() }).await
        }
        Err(e) => Err(e.into()),
    }
}

/// Moves the file a step and tells every parent in it (but the one who moved it) by
/// e-mail, in Dutch and English: parents never learn of a step change by chance. Shared by
/// the page and the API. A mail that cannot be sent is logged; the move stands.
pub async fn move_file(
    state: &AppState,
    f: &FileAccess,
    from: Step,
    to: Step,
    why: &str,
) -> Result<Traject, StoreError> {
    let t = state.store.tr_move(f.id(), from, to, why, f.audit()).await?;
    let link = format!("{}{}", state.config.base_url.trim_end_matches('/'), file_path(t.id));
    let site = &state.config.site_name;
    let parents = f.participants().iter().filter(|p| p.active() && p.role == ParticipantRole::Parent);
    for p in parents.filter(|p| p.user_id != f.user_id()) {
        let body = [samenspoor_domain::Lang::Nl, samenspoor_domain::Lang::En].map(|lang| {
            let step = |s: Step| state.i18n.t(lang, &format!("{}-name", s.key()));
            let (from, to) = (step(from), step(to));
            let args = [
                ("child", t.child_first_name.as_str()),
                ("from", from.as_str()),
                ("to", to.as_str()),
                ("why", why),
                ("link", link.as_str()),
                ("site", site.as_str()),
            ];
            state.i18n.t_args(lang, "mail-step-body", &args)
        });
        let subject =
            state.i18n.t_args(samenspoor_domain::Lang::Nl, "mail-step-subject", &[("child", &t.child_first_name)]);
        let mail = Mail {
            to: p.email.clone(),
            subject,
            body: body.join(
                "

---

",
            ),
        };
        if let Err(e) = state.mailer.send(mail).await {
            tracing::warn!(error = %e, "step change mail to a parent failed");
        }
    }
    Ok(t)
}

#[derive(Deserialize)]
struct TickForm {
    step: String,
    item: String,
    ticked: String,
}

async fn tick(
    State(state): State<AppState>,
    SignedIn(_, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<TickForm>,
) -> Result<Response, AppError> {
    let f = FileAccess::open(&state, &user, &id, &ip, Action::TickChecklist).await?;
    tick_item(&state, &f, &form.step, &form.item, form.ticked == "ja").await?;
    Ok(Redirect::to(&format!("{}#checklist", file_path(f.id()))).into_response())
}

/// Ticks or unticks an item of the current step's checklist.
pub async fn tick_item(state: &AppState, f: &FileAccess, step: &str, item: &str, ticked: bool) -> Result<(), AppError> {
    f.require(Action::TickChecklist)?;
    let step = Step::parse(step).filter(|s| *s == f.step()).ok_or(AppError::Unprocessable)?;
    if !step.checklist().contains(&item) {
        return Err(AppError::Unprocessable);
    }
    if !may_tick(f.role(), item) {
        return Err(AppError::Forbidden);
    }
    Ok(state.store.tr_set_tick(f.id(), step, item, ticked, f.audit()).await?)
}

#[derive(Deserialize)]
struct NoteForm {
    body: String,
    visibility: String,
}

async fn add_note(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<NoteForm>,
) -> Result<Response, AppError> {
    let f = FileAccess::open(&state, &user, &id, &ip, Action::AddNote).await?;
    let (Ok(body), Some(visibility)) = (parse_note(&form.body), NoteVisibility::parse(&form.visibility)) else {
        let kept = Kept { note: form.body.clone(), private: form.visibility == "private", why: String::new() };
        return refuse_with(&state, ctx, f, "error-note", kept).await;
    };
    state.store.tr_add_note(NewNote { traject_id: f.id(), visibility, body }, f.audit()).await?;
    Ok(Redirect::to(&format!("{}#notities", file_path(f.id()))).into_response())
}

// ---------- participants and invitations ----------

#[derive(Template, WebTemplate)]
#[template(path = "traject/participants.html")]
struct ParticipantsPage {
    ctx: PageCtx,
    f: Shown,
    errors: Vec<String>,
    email: String,
    sent: bool,
}

impl ParticipantsPage {
    fn role_name(&self, r: &ParticipantRole) -> String {
        self.ctx.t(&r.label_key())
    }
    fn roles(&self) -> [ParticipantRole; 7] {
        ParticipantRole::ALL
    }
    fn can_invite(&self) -> bool {
        self.f.may(Action::Invite)
    }
    /// Only controls a person may use are shown: school sees no withdraw button next to a parent.
    fn may_withdraw(&self, p: &Participant) -> bool {
        p.withdrawn_at.is_none()
            && self.can_invite()
            && may_withdraw(self.f.role(), p.role, p.id == self.f.me.id).is_ok()
    }
    fn status(&self, p: &Participant) -> String {
        let key = if p.withdrawn_at.is_some() {
            "participant-withdrawn"
        } else if p.accepted_at.is_some() {
            "participant-active"
        } else if p.expires_at < Utc::now() {
            "participant-expired"
        } else {
            "participant-pending"
        };
        self.ctx.t(key)
    }
}

#[derive(Deserialize)]
struct Sent {
    verstuurd: Option<String>,
}

async fn participants_page(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path(id): Path<String>,
    Query(q): Query<Sent>,
) -> Result<ParticipantsPage, AppError> {
    let f =
        FileAccess::open(&state, &user, &id, &ip, Action::View).await?.show(&state, AuditAction::TrajectViewed).await?;
    Ok(ParticipantsPage { ctx, f, errors: vec![], email: String::new(), sent: q.verstuurd.is_some() })
}

#[derive(Deserialize)]
struct InviteForm {
    email: String,
    role: String,
}

/// Why a change to a file was refused: bad input (message ids for the reader) or an error.
pub enum Refused {
    Input(Vec<&'static str>),
    Error(AppError),
}

impl From<AppError> for Refused {
    fn from(e: AppError) -> Self {
        Refused::Error(e)
    }
}

impl From<StoreError> for Refused {
    fn from(e: StoreError) -> Self {
        Refused::Error(e.into())
    }
}

/// Invites someone by e-mail, when the domain's rule allows their role in this file (see
/// `domain::traject::invite`), and mails the link in `lang`. Shared by the page and the API.
pub async fn invite_person(
    state: &AppState,
    f: &FileAccess,
    user: &User,
    email: &str,
    role: &str,
    lang: samenspoor_domain::Lang,
) -> Result<Participant, Refused> {
    f.require(Action::Invite)?;
    let email = Email::parse(email).map_err(|e| Refused::Input(vec![e.key]))?;
    let role = ParticipantRole::parse(role).ok_or(Refused::Input(vec!["error-role-invalid"]))?;
    check_rate(state, RateLimit::INVITATIONS_PER_USER, &format!("invite:user:{}", user.id)).await?;
    let account = state.store.user_by_email(&email).await?;
    let school = match f.school() {
        Some(id) => state.store.organisation(id).await?,
        None => None,
    };
    let now = Utc::now();
    let open = |p: &&Participant| p.withdrawn_at.is_none() && (p.accepted_at.is_some() || p.expires_at > now);
    let consents = f.consents();
    let ctx = InviteContext {
        inviter: f.role(),
        closed: f.is_closed(),
        school: school.as_ref().map(|s| s.id),
        swv: school.as_ref().and_then(|s| s.swv_id),
        has_parent: f.participants().iter().filter(open).any(|p| p.role == ParticipantRole::Parent),
        already_invited: f.participants().iter().filter(open).any(|p| p.email.eq_ignore_ascii_case(email.as_str())),
        consents: &consents,
        now,
    };
    let account_facts = account.as_ref().map(|a| InviteeAccount { role: a.role, organisation_id: a.organisation_id });
    match may_invite(&ctx, role, email.as_str(), account_facts) {
        Ok(()) => {}
        Err(InviteRefusal::NotAllowed) => return Err(Refused::Error(AppError::Forbidden)),
        Err(InviteRefusal::Closed) => return Err(Refused::Error(AppError::FileClosed)),
        Err(other) => return Err(Refused::Input(vec![other.key()])),
    }
    let token = random_token();
    let new = NewInvitation {
        traject_id: f.id(),
        email: email.clone(),
        role,
        token_hash: hash_token(&token),
        expires_at: now + Duration::days(INVITATION_DAYS),
    };
    let participant = state.store.tr_invite(new, f.audit()).await?;
    let link = format!("{}/uitnodiging/{token}", state.config.base_url.trim_end_matches('/'));
    let site = &state.config.site_name;
    let mail = Mail {
        to: email.to_string(),
        subject: state.i18n.t_args(lang, "mail-invite-subject", &[("site", site)]),
        body: state.i18n.t_args(
            lang,
            "mail-invite-body",
            &[("name", &user.name), ("child", f.child_first_name()), ("link", &link), ("site", site)],
        ),
    };
    if let Err(e) = state.mailer.send(mail).await {
        tracing::error!(error = %e, "invitation mail failed");
        return Err(Refused::Error(AppError::Unavailable));
    }
    Ok(participant)
}

async fn invite(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<InviteForm>,
) -> Result<Response, AppError> {
    let f = FileAccess::open(&state, &user, &id, &ip, Action::Invite).await?;
    match invite_person(&state, &f, &user, &form.email, &form.role, ctx.lang).await {
        Ok(_) => Ok(Redirect::to(&format!("{}/deelnemers?verstuurd=1", file_path(f.id()))).into_response()),
        Err(Refused::Error(e)) => Err(e),
        Err(Refused::Input(keys)) => {
            let errors = keys.into_iter().map(|k| ctx.t(k)).collect();
            let f = f.show(&state, AuditAction::TrajectViewed).await?;
            let page = ParticipantsPage { ctx, f, errors, email: form.email, sent: false };
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
    }
}

/// Takes someone out of a file (or withdraws their invitation), as the domain allows.
pub async fn withdraw_person(state: &AppState, f: &FileAccess, pid: ParticipantId) -> Result<(), AppError> {
    f.require(Action::Invite)?;
    let target = f.participants().iter().find(|p| p.id == pid && p.withdrawn_at.is_none()).ok_or(AppError::NotFound)?;
    match may_withdraw(f.role(), target.role, pid == f.my_participant_id()) {
        Ok(()) => Ok(state.store.tr_withdraw(f.id(), pid, f.audit()).await?),
        Err(WithdrawRefusal::Self_) => Err(AppError::Unprocessable),
        Err(WithdrawRefusal::NotAllowed) => Err(AppError::Forbidden),
    }
}

async fn withdraw(
    State(state): State<AppState>,
    SignedIn(_, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path((id, pid)): Path<(String, ParticipantId)>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, AppError> {
    let f = FileAccess::open(&state, &user, &id, &ip, Action::Invite).await?;
    withdraw_person(&state, &f, pid).await?;
    Ok(Redirect::to(&format!("{}/deelnemers", file_path(f.id()))).into_response())
}

#[derive(Deserialize)]
struct Empty {}

/// "Are you sure?" before something that cannot simply be undone (taking someone out,
/// revoking consent, closing the file): it says what will happen, and its form does it.
#[derive(Template, WebTemplate)]
#[template(path = "traject/confirm.html")]
struct ConfirmPage {
    ctx: PageCtx,
    f: Shown,
    title: String,
    text: String,
    action: String,
    fields: Vec<(String, String)>,
    button: String,
}

impl ConfirmPage {
    fn new(
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

async fn confirm_withdraw(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path((id, pid)): Path<(String, ParticipantId)>,
) -> Result<ConfirmPage, AppError> {
    let f = FileAccess::open(&state, &user, &id, &ip, Action::Invite).await?;
    let target = f.participants().iter().find(|p| p.id == pid && p.withdrawn_at.is_none()).cloned();
    let target = target.ok_or(AppError::NotFound)?;
    if may_withdraw(f.role(), target.role, pid == f.my_participant_id()).is_err() {
        return Err(AppError::Forbidden);
    }
    let f = f.show(&state, AuditAction::TrajectViewed).await?;
    let who = target.name.clone().unwrap_or(target.email.clone());
    let role = ctx.t(&target.role.label_key());
    let text =
        ctx.t_args("confirm-withdraw-text", &[("name", &who), ("role", &role), ("child", &f.traject.child_first_name)]);
    let action = format!("{}/deelnemers/{pid}/intrekken", file_path(f.traject.id));
    Ok(ConfirmPage::new(ctx, f, "confirm-withdraw-title", text, action, vec![], "confirm-withdraw-button"))
}

async fn confirm_revoke(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path((id, cid)): Path<(String, ConsentId)>,
) -> Result<ConfirmPage, AppError> {
    let f = FileAccess::open(&state, &user, &id, &ip, Action::GiveConsent).await?;
    let f = f.show(&state, AuditAction::TrajectViewed).await?;
    let consent =
        f.consents.iter().find(|c| c.id == cid && c.consent.revoked_at.is_none()).ok_or(AppError::NotFound)?;
    let kind = ctx.t(&consent.consent.kind.label_key());
    let text = ctx.t_args("confirm-revoke-text", &[("kind", &kind), ("child", &f.traject.child_first_name)]);
    let action = format!("{}/toestemming/{cid}/intrekken", file_path(f.traject.id));
    Ok(ConfirmPage::new(ctx, f, "confirm-revoke-title", text, action, vec![], "confirm-revoke-button"))
}

#[derive(Template, WebTemplate)]
#[template(path = "traject/invitation.html")]
struct InvitationPage {
    ctx: PageCtx,
    token: String,
    child: Option<String>,
    /// A parent confirms that they hold parental authority (or are the carer) on accepting.
    as_parent: bool,
    problem: Option<String>,
}

/// An invitation that can still be accepted, with its file.
async fn open_invitation(state: &AppState, hash: &str) -> Result<Option<(Participant, Traject)>, AppError> {
    let Some(p) = state.store.tr_invitation(hash).await? else { return Ok(None) };
    if p.accepted_at.is_some() || p.withdrawn_at.is_some() || p.expires_at <= Utc::now() {
        return Ok(None);
    }
    Ok(state.store.tr_get(p.traject_id).await?.filter(|t| t.closed_at.is_none()).map(|t| (p, t)))
}

async fn invitation_page(
    State(state): State<AppState>,
    ctx: PageCtx,
    ClientIp(ip): ClientIp,
    Path(token): Path<String>,
) -> Result<InvitationPage, AppError> {
    check_rate(&state, RateLimit::REDEEMS_PER_ADDRESS, &format!("redeem:ip:{ip}")).await?;
    let open = open_invitation(&state, &hash_token(&token)).await?;
    let as_parent = open.as_ref().is_some_and(|(p, _)| p.role == ParticipantRole::Parent);
    let child = open.map(|(_, t)| t.child_first_name);
    let problem = child.is_none().then(|| ctx.t("invitation-invalid"));
    Ok(InvitationPage { ctx, token, child, as_parent, problem })
}

#[derive(Deserialize)]
struct AcceptForm {
    #[serde(default)]
    authority: Option<String>,
}

/// Accepting signs the invited person in: a parent or an outside expert may not have an
/// account yet, and the link went to their address, just like a sign-in link. The rule
/// that allowed the invitation is checked again, since accounts and consents change.
async fn accept_invitation(
    State(state): State<AppState>,
    ctx: PageCtx,
    headers: axum::http::HeaderMap,
    ClientIp(ip): ClientIp,
    Path(token): Path<String>,
    CsrfForm(form): CsrfForm<AcceptForm>,
) -> Result<Response, AppError> {
    check_rate(&state, RateLimit::REDEEMS_PER_ADDRESS, &format!("redeem:ip:{ip}")).await?;
    let hash = hash_token(&token);
    let refuse = |ctx: PageCtx, status: StatusCode, key: &str| {
        let problem = Some(ctx.t(key));
        Ok((status, InvitationPage { ctx, token: String::new(), child: None, as_parent: false, problem })
            .into_response())
    };
    let Some((invitation, traject)) = open_invitation(&state, &hash).await? else {
        return refuse(ctx, StatusCode::GONE, "invitation-invalid");
    };
    if invitation.role == ParticipantRole::Parent && form.authority.as_deref() != Some("ja") {
        let page = InvitationPage { problem: None, child: Some(traject.child_first_name), as_parent: true, token, ctx };
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    let email = Email::parse(&invitation.email).map_err(|_| AppError::Internal)?;
    let account = state.store.user_by_email(&email).await?;
    let school = match traject.school_id {
        Some(id) => state.store.organisation(id).await?,
        None => None,
    };
    let consents: Vec<_> = state.store.tr_consents(traject.id).await?.into_iter().map(|c| c.consent).collect();
    let join = InviteContext {
        inviter: ParticipantRole::Parent,
        closed: false,
        school: school.as_ref().map(|s| s.id),
        swv: school.as_ref().and_then(|s| s.swv_id),
        has_parent: true,
        already_invited: false,
        consents: &consents,
        now: Utc::now(),
    };
    let facts = account.as_ref().map(|a| InviteeAccount { role: a.role, organisation_id: a.organisation_id });
    if let Err(why) = may_join(&join, invitation.role, email.as_str(), facts) {
        return refuse(ctx, StatusCode::UNPROCESSABLE_ENTITY, why.key());
    }
    let user = match account {
        Some(u) => u,
        None => {
            let Some(role) = account_for_new_invitee(invitation.role) else {
                return refuse(ctx, StatusCode::UNPROCESSABLE_ENTITY, "error-invite-no-account");
            };
            let name = samenspoor_domain::PersonName::parse(email.as_str().split('@').next().unwrap_or("?"))
                .map_err(|_| AppError::Internal)?;
            let new = NewUser { id: UserId::new(), email, name, role, organisation_id: None, is_demo: false };
            state.store.create_user(new, AuditContext { actor: None, ip: Some(ip.clone()) }).await?
        }
    };
    match state.store.tr_accept(&hash, user.id, Utc::now(), Some(ip.clone())).await? {
        Ok(p) => {
            let (token, session) = crate::auth::new_session(&state, user.id);
            let entry = ctx_of(&user, &ip).entry(AuditAction::SignedInWithLink, "user", Some(user.id.to_string()));
            state.store.start_session(session, entry).await?;
            Ok(crate::auth::signed_in(&state, &headers, &token, &file_path(p.traject_id)).await)
        }
        Err(_) => refuse(ctx, StatusCode::GONE, "invitation-invalid"),
    }
}

// ---------- consent ----------

#[derive(Template, WebTemplate)]
#[template(path = "traject/consent.html")]
struct ConsentPage {
    ctx: PageCtx,
    f: Shown,
    errors: Vec<String>,
}

impl ConsentPage {
    fn kinds(&self) -> [ConsentKind; 4] {
        ConsentKind::ALL
    }
    fn kind_name(&self, k: &ConsentKind) -> String {
        self.ctx.t(&k.label_key())
    }
    fn can_give(&self) -> bool {
        self.f.may(Action::GiveConsent)
    }
    fn active(&self, c: &ConsentRecord) -> bool {
        c.consent.active(Utc::now())
    }
    fn day(&self, d: &chrono::DateTime<Utc>) -> String {
        local_date(*d)
    }
}

async fn consent_page(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path(id): Path<String>,
) -> Result<ConsentPage, AppError> {
    let f =
        FileAccess::open(&state, &user, &id, &ip, Action::View).await?.show(&state, AuditAction::TrajectViewed).await?;
    Ok(ConsentPage { ctx, f, errors: vec![] })
}

/// What a parent fills in to give consent: the page's form and the API's body alike.
#[derive(Deserialize, utoipa::ToSchema)]
pub struct ConsentInput {
    /// involve_swv, involve_education_consultant, involve_expert or share_document.
    pub kind: String,
    /// The expert's e-mail address, or which document with whom; empty otherwise.
    #[serde(default)]
    pub subject: String,
    /// What for, in a few words.
    pub purpose: String,
    /// Last day it holds (YYYY-MM-DD); empty for no end.
    #[serde(default)]
    pub valid_until: String,
}

/// A consent record from what a parent filled in; every problem as a message id.
pub fn consent_from(
    traject_id: TrajectId,
    kind: &str,
    subject: &str,
    purpose: &str,
    valid_until: &str,
) -> Result<NewConsent, Vec<&'static str>> {
    let kind = ConsentKind::parse(kind);
    let subject = subject.trim().to_lowercase();
    let purpose = purpose.trim();
    let until = if valid_until.trim().is_empty() { Ok(None) } else { valid_until.trim().parse().map(Some) };
    let mut errors = vec![];
    match kind {
        None => errors.push("error-consent-kind"),
        Some(ConsentKind::InvolveExpert) if Email::parse(&subject).is_err() => errors.push("error-consent-expert"),
        Some(k) if k.needs_subject() && subject.is_empty() => errors.push("error-consent-subject"),
        _ => {}
    }
    if purpose.is_empty() || purpose.chars().count() > 500 {
        errors.push("error-consent-purpose");
    }
    if until.as_ref().is_ok_and(|d| d.is_some_and(|d| d < Utc::now().date_naive())) || until.is_err() {
        errors.push("error-consent-until");
    }
    match (kind, until, errors.is_empty()) {
        (Some(kind), Ok(valid_until), true) => {
            Ok(NewConsent { traject_id, kind, subject, purpose: purpose.to_owned(), valid_until })
        }
        _ => Err(errors),
    }
}

async fn give_consent(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<ConsentInput>,
) -> Result<Response, AppError> {
    let f = FileAccess::open(&state, &user, &id, &ip, Action::GiveConsent).await?;
    match consent_from(f.id(), &form.kind, &form.subject, &form.purpose, &form.valid_until) {
        Ok(new) => {
            state.store.tr_give_consent(new, f.audit()).await?;
            Ok(Redirect::to(&format!("{}/toestemming", file_path(f.id()))).into_response())
        }
        Err(keys) => {
            let errors = keys.into_iter().map(|k| ctx.t(k)).collect();
            let f = f.show(&state, AuditAction::TrajectViewed).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, ConsentPage { ctx, f, errors }).into_response())
        }
    }
}

async fn revoke_consent(
    State(state): State<AppState>,
    SignedIn(_, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path((id, cid)): Path<(String, ConsentId)>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, AppError> {
    let f = FileAccess::open(&state, &user, &id, &ip, Action::GiveConsent).await?;
    state.store.tr_revoke_consent(f.id(), cid, f.audit()).await?;
    Ok(Redirect::to(&format!("{}/toestemming", file_path(f.id()))).into_response())
}

// ---------- who looked, export, print, rights ----------

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
struct AccessPage {
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
struct AccessQuery {
    #[serde(default)]
    pagina: Option<usize>,
}

async fn access_log(
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

/// The whole file as one document: what a parent gets for their right of access.
pub async fn whole_file(state: &AppState, f: &Shown) -> Result<serde_json::Value, AppError> {
    let id = f.traject.id;
    Ok(serde_json::json!({
        "traject": f.traject,
        "participants": f.participants,
        "consents": f.consents,
        "checklist": f.ticks,
        "notes": f.readable_notes(),
        "timeline": f.timeline,
        "access_log": state.store.audit_for_object("traject", &id.to_string(), 10_000).await?,
        "exported_at": Utc::now(),
    }))
}

async fn export_json(
    State(state): State<AppState>,
    SignedIn(_, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let f = FileAccess::open(&state, &user, &id, &ip, Action::Export).await?;
    let f = f.show(&state, AuditAction::TrajectExported).await?;
    let body = serde_json::to_string_pretty(&whole_file(&state, &f).await?).map_err(|_| AppError::Internal)?;
    let disposition = format!("attachment; filename=\"dossier-{}.json\"", f.traject.id);
    Ok(([(header::CONTENT_TYPE, "application/json".to_owned()), (header::CONTENT_DISPOSITION, disposition)], body)
        .into_response())
}

#[derive(Template, WebTemplate)]
#[template(path = "traject/print.html")]
struct PrintPage {
    ctx: PageCtx,
    f: Shown,
    notes: Vec<Note>,
    timeline: Vec<TimelineEvent>,
}

impl PrintPage {
    fn when(&self, at: &chrono::DateTime<Utc>) -> String {
        local_datetime(*at)
    }
    fn event_text(&self, e: &TimelineEvent) -> String {
        describe_event(&self.ctx, e)
    }
    fn step_name(&self) -> String {
        self.ctx.t(&format!("{}-name", self.f.traject.step.key()))
    }
    fn role_name(&self, r: &ParticipantRole) -> String {
        self.ctx.t(&r.label_key())
    }
    fn kind_name(&self, k: &ConsentKind) -> String {
        self.ctx.t(&k.label_key())
    }
    fn printed_on(&self) -> String {
        local_datetime(Utc::now())
    }
    fn born(&self) -> String {
        self.f.traject.child_date_of_birth.format("%d-%m-%Y").to_string()
    }
}

async fn print_page(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path(id): Path<String>,
) -> Result<PrintPage, AppError> {
    let f = FileAccess::open(&state, &user, &id, &ip, Action::Export).await?;
    let f = f.show(&state, AuditAction::TrajectExported).await?;
    let (notes, timeline) = (f.readable_notes(), f.timeline.clone());
    Ok(PrintPage { ctx, f, notes, timeline })
}

#[derive(Template, WebTemplate)]
#[template(path = "traject/rights.html")]
struct RightsPage {
    ctx: PageCtx,
}

impl RightsPage {
    fn roles(&self) -> [ParticipantRole; 7] {
        ParticipantRole::ALL
    }
    fn actions(&self) -> [Action; 9] {
        Action::ALL
    }
    fn role_name(&self, r: &ParticipantRole) -> String {
        self.ctx.t(&r.label_key())
    }
    fn action_name(&self, a: &Action) -> String {
        self.ctx.t(&a.label_key())
    }
    fn may(&self, r: &ParticipantRole, a: &Action) -> bool {
        may(*r, *a)
    }
}

async fn rights(SignedIn(ctx, _): SignedIn) -> RightsPage {
    RightsPage { ctx }
}
