//! Traject: the shared file of one child's support route. Access comes only from being a
//! participant (and, for people from outside the school, from the parents' consent); what
//! each role may do is the domain's permission table. Every read and write is audited, and
//! someone who tries another family's file gets a 404 and leaves an audit entry.

use crate::AppState;
use crate::error::AppError;
use crate::mail::Mail;
use crate::page::{PageCtx, SignedIn};
use crate::security::{ClientIp, CsrfForm, hash_token, random_token};
use askama::Template;
use askama_web::WebTemplate;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use chrono::{Duration, Utc};
use samenspoor_domain::traject::consent::covers;
use samenspoor_domain::traject::permissions::may;
use samenspoor_domain::traject::{
    Action, ChildDetails, ConsentKind, NoteVisibility, ParticipantRole, Step, parse_note,
};
use samenspoor_domain::{AuditAction, Email, OrganisationKind, UserId};
use samenspoor_store::*;
use serde::Deserialize;
use uuid::Uuid;

/// How long an invitation link works.
pub const INVITATION_DAYS: i64 = 14;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/trajecten", get(list))
        .route("/trajecten/nieuw", get(new_page).post(create))
        .route("/trajecten/rechten", get(rights))
        .route("/trajecten/{id}", get(file_page))
        .route("/trajecten/{id}/stap", post(move_step))
        .route("/trajecten/{id}/checklist", post(tick))
        .route("/trajecten/{id}/notities", post(add_note))
        .route("/trajecten/{id}/deelnemers", get(participants_page).post(invite))
        .route("/trajecten/{id}/deelnemers/{pid}/intrekken", post(withdraw))
        .route("/trajecten/{id}/toestemming", get(consent_page).post(give_consent))
        .route("/trajecten/{id}/toestemming/{cid}/intrekken", post(revoke_consent))
        .route("/trajecten/{id}/inzage", get(access_log))
        .route("/trajecten/{id}/export.json", get(export_json))
        .route("/trajecten/{id}/afdruk", get(print_page))
        .route("/uitnodiging/{token}", get(invitation_page).post(accept_invitation))
}

/// A file opened by one of its participants.
pub struct FileAccess {
    pub traject: Traject,
    pub me: Participant,
    pub participants: Vec<Participant>,
    pub consents: Vec<ConsentRecord>,
}

impl FileAccess {
    pub fn role(&self) -> ParticipantRole {
        self.me.role
    }

    pub fn require(&self, action: Action) -> Result<(), AppError> {
        if may(self.me.role, action) { Ok(()) } else { Err(AppError::Forbidden) }
    }

    fn consent_list(&self) -> Vec<samenspoor_domain::traject::Consent> {
        self.consents.iter().map(|c| c.consent.clone()).collect()
    }
}

/// Opens a file for `user`, or answers 404 (and audits the attempt) when they may not see it.
pub async fn open_file(state: &AppState, user: &User, id: &str, ip: &str) -> Result<FileAccess, AppError> {
    let id: Uuid = id.parse().map_err(|_| AppError::NotFound)?;
    let ctx = AuditContext { actor: Some(user.id), ip: Some(ip.to_owned()) };
    let refused = || async {
        let entry = ctx.entry(AuditAction::TrajectAccessRefused, "traject", Some(id.to_string()));
        state.store.append_audit(entry).await?;
        Err::<FileAccess, AppError>(AppError::NotFound)
    };
    let Some(traject) = state.store.tr_get(id).await? else { return refused().await };
    let participants = state.store.tr_participants(id).await?;
    let Some(me) = participants.iter().find(|p| p.active() && p.user_id == Some(user.id)).cloned() else {
        return refused().await;
    };
    let consents = state.store.tr_consents(id).await?;
    let access = FileAccess { traject, me, participants, consents };
    if !covers(&access.consent_list(), access.me.role, &access.me.email, Utc::now()) {
        return refused().await;
    }
    Ok(access)
}

async fn audit_read(state: &AppState, user: &User, ip: &str, id: Uuid, action: AuditAction) -> Result<(), AppError> {
    let ctx = AuditContext { actor: Some(user.id), ip: Some(ip.to_owned()) };
    Ok(state.store.append_audit(ctx.entry(action, "traject", Some(id.to_string()))).await?)
}

fn ctx_of(user: &User, ip: &str) -> AuditContext {
    AuditContext { actor: Some(user.id), ip: Some(ip.to_owned()) }
}

fn file_path(id: Uuid) -> String {
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

async fn list(State(state): State<AppState>, SignedIn(ctx, user): SignedIn) -> Result<ListPage, AppError> {
    let files = state.store.tr_list_for_user(user.id).await?;
    Ok(ListPage { can_start: ParticipantRole::starter(user.role).is_some(), ctx, files })
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
            let new = NewTraject { id: Uuid::now_v7(), child, school_id, creator: user.id, creator_role: role };
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
    f: FileAccess,
    school: Option<String>,
    current: StepView,
    notes: Vec<Note>,
    timeline: Vec<TimelineEvent>,
    filter: String,
    errors: Vec<String>,
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
        may(self.f.role(), action)
    }
    fn next_steps(&self) -> &'static [Step] {
        self.f.traject.step.next()
    }
    fn role_name(&self, r: &ParticipantRole) -> String {
        self.ctx.t(&r.label_key())
    }
    fn when(&self, at: &chrono::DateTime<Utc>) -> String {
        at.format("%d-%m-%Y %H:%M").to_string()
    }
    fn event_text(&self, e: &TimelineEvent) -> String {
        describe_event(&self.ctx, e)
    }
    fn check(&self, item: &str) -> String {
        self.ctx.t(&format!("check-{item}"))
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

async fn file_data(state: &AppState, ctx: PageCtx, f: FileAccess, filter: String) -> Result<FilePage, AppError> {
    let id = f.traject.id;
    let me = f.me.user_id;
    let notes = state
        .store
        .tr_notes(id)
        .await?
        .into_iter()
        .filter(|n| n.visibility == NoteVisibility::Shared || Some(n.author) == me)
        .collect();
    let timeline =
        state.store.tr_timeline(id).await?.into_iter().filter(|e| matches_filter(&e.kind, &filter)).collect();
    let ticks = state.store.tr_ticks(id).await?;
    let step = f.traject.step;
    let items = step
        .checklist()
        .iter()
        .map(|item| {
            let tick = ticks.iter().find(|t| t.step == step && t.item == *item);
            (item.to_string(), tick.is_some(), tick.and_then(|t| t.by_name.clone()))
        })
        .collect();
    let school = match f.traject.school_id {
        Some(sid) => state.store.organisation(sid).await?.map(|o| o.name),
        None => None,
    };
    Ok(FilePage { ctx, school, current: StepView { step, items }, notes, timeline, filter, errors: vec![], f })
}

async fn file_page(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path(id): Path<String>,
    Query(q): Query<FileQuery>,
) -> Result<FilePage, AppError> {
    let f = open_file(&state, &user, &id, &ip).await?;
    audit_read(&state, &user, &ip, f.traject.id, AuditAction::TrajectViewed).await?;
    let filter = if TIMELINE_FILTERS.contains(&q.soort.as_str()) { q.soort } else { String::new() };
    file_data(&state, ctx, f, filter).await
}

async fn refuse_with(state: &AppState, ctx: PageCtx, f: FileAccess, key: &str) -> Result<Response, AppError> {
    let mut page = file_data(state, ctx, f, String::new()).await?;
    page.errors = vec![page.ctx.t(key)];
    Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
}

#[derive(Deserialize)]
struct MoveForm {
    from: String,
    to: String,
    #[serde(default)]
    why: String,
}

async fn move_step(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path(id): Path<String>,
    CsrfForm(form): CsrfForm<MoveForm>,
) -> Result<Response, AppError> {
    let f = open_file(&state, &user, &id, &ip).await?;
    f.require(Action::MoveStep)?;
    let (Some(from), Some(to)) = (Step::parse(&form.from), Step::parse(&form.to)) else {
        return refuse_with(&state, ctx, f, "error-step-illegal").await;
    };
    let why = form.why.trim();
    if why.is_empty() || why.chars().count() > 1000 {
        return refuse_with(&state, ctx, f, "error-step-why").await;
    }
    if !from.may_become(to) {
        return refuse_with(&state, ctx, f, "error-step-illegal").await;
    }
    match state.store.tr_move(f.traject.id, from, to, why, ctx_of(&user, &ip)).await {
        Ok(t) => Ok(Redirect::to(&file_path(t.id)).into_response()),
        Err(StoreError::Conflict(_)) => refuse_with(&state, ctx, f, "error-step-stale").await,
        Err(e) => Err(e.into()),
    }
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
    let f = open_file(&state, &user, &id, &ip).await?;
    tick_item(&state, &f, &user, &ip, &form.step, &form.item, form.ticked == "ja").await?;
    Ok(Redirect::to(&format!("{}#checklist", file_path(f.traject.id))).into_response())
}

/// Ticks or unticks an item of the current step's checklist.
pub async fn tick_item(
    state: &AppState,
    f: &FileAccess,
    user: &User,
    ip: &str,
    step: &str,
    item: &str,
    ticked: bool,
) -> Result<(), AppError> {
    f.require(Action::TickChecklist)?;
    let step = Step::parse(step).filter(|s| *s == f.traject.step).ok_or(AppError::Unprocessable)?;
    if !step.checklist().contains(&item) {
        return Err(AppError::Unprocessable);
    }
    Ok(state.store.tr_set_tick(f.traject.id, step, item, ticked, ctx_of(user, ip)).await?)
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
    let f = open_file(&state, &user, &id, &ip).await?;
    f.require(Action::AddNote)?;
    let (Ok(body), Some(visibility)) = (parse_note(&form.body), NoteVisibility::parse(&form.visibility)) else {
        return refuse_with(&state, ctx, f, "error-note").await;
    };
    state.store.tr_add_note(NewNote { traject_id: f.traject.id, visibility, body }, ctx_of(&user, &ip)).await?;
    Ok(Redirect::to(&format!("{}#notities", file_path(f.traject.id))).into_response())
}

// ---------- participants and invitations ----------

#[derive(Template, WebTemplate)]
#[template(path = "traject/participants.html")]
struct ParticipantsPage {
    ctx: PageCtx,
    f: FileAccess,
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
        may(self.f.role(), Action::Invite)
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
    let f = open_file(&state, &user, &id, &ip).await?;
    audit_read(&state, &user, &ip, f.traject.id, AuditAction::TrajectViewed).await?;
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

/// Invites someone by e-mail, when the parents' consent covers their role, and mails the
/// link in `lang`. Shared by the page and the API.
pub async fn invite_person(
    state: &AppState,
    f: &FileAccess,
    user: &User,
    ip: &str,
    email: &str,
    role: &str,
    lang: samenspoor_domain::Lang,
) -> Result<Participant, Refused> {
    f.require(Action::Invite)?;
    let email = Email::parse(email).map_err(|e| Refused::Input(vec![e.key]))?;
    let role = ParticipantRole::parse(role).ok_or(Refused::Input(vec!["error-role-invalid"]))?;
    if !covers(&f.consent_list(), role, email.as_str(), Utc::now()) {
        return Err(Refused::Input(vec!["error-invite-no-consent"]));
    }
    let token = random_token();
    let new = NewInvitation {
        traject_id: f.traject.id,
        email: email.clone(),
        role,
        token_hash: hash_token(&token),
        expires_at: Utc::now() + Duration::days(INVITATION_DAYS),
    };
    let participant = state.store.tr_invite(new, ctx_of(user, ip)).await?;
    let link = format!("{}/uitnodiging/{token}", state.config.base_url.trim_end_matches('/'));
    let site = &state.config.site_name;
    let mail = Mail {
        to: email.to_string(),
        subject: state.i18n.t_args(lang, "mail-invite-subject", &[("site", site)]),
        body: state.i18n.t_args(
            lang,
            "mail-invite-body",
            &[("name", &user.name), ("child", &f.traject.child_first_name), ("link", &link), ("site", site)],
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
    let f = open_file(&state, &user, &id, &ip).await?;
    match invite_person(&state, &f, &user, &ip, &form.email, &form.role, ctx.lang).await {
        Ok(_) => Ok(Redirect::to(&format!("{}/deelnemers?verstuurd=1", file_path(f.traject.id))).into_response()),
        Err(Refused::Error(e)) => Err(e),
        Err(Refused::Input(keys)) => {
            let errors = keys.into_iter().map(|k| ctx.t(k)).collect();
            let page = ParticipantsPage { ctx, f, errors, email: form.email, sent: false };
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
    }
}

/// Takes someone out of a file (or withdraws their invitation). Only a parent can take a
/// parent out: parents are equal partners.
pub async fn withdraw_person(
    state: &AppState,
    f: &FileAccess,
    user: &User,
    ip: &str,
    pid: Uuid,
) -> Result<(), AppError> {
    f.require(Action::Invite)?;
    if pid == f.me.id {
        return Err(AppError::Unprocessable);
    }
    let target = f.participants.iter().find(|p| p.id == pid).ok_or(AppError::NotFound)?;
    if target.role == ParticipantRole::Parent && f.role() != ParticipantRole::Parent {
        return Err(AppError::Forbidden);
    }
    Ok(state.store.tr_withdraw(f.traject.id, pid, ctx_of(user, ip)).await?)
}

async fn withdraw(
    State(state): State<AppState>,
    SignedIn(_, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path((id, pid)): Path<(String, Uuid)>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, AppError> {
    let f = open_file(&state, &user, &id, &ip).await?;
    withdraw_person(&state, &f, &user, &ip, pid).await?;
    Ok(Redirect::to(&format!("{}/deelnemers", file_path(f.traject.id))).into_response())
}

#[derive(Deserialize)]
struct Empty {}

#[derive(Template, WebTemplate)]
#[template(path = "traject/invitation.html")]
struct InvitationPage {
    ctx: PageCtx,
    token: String,
    child: Option<String>,
    problem: Option<String>,
}

async fn invitation_page(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(token): Path<String>,
) -> Result<InvitationPage, AppError> {
    let invitation = state.store.tr_invitation(&hash_token(&token)).await?;
    let child = match &invitation {
        Some(p) if p.accepted_at.is_none() && p.withdrawn_at.is_none() && p.expires_at > Utc::now() => {
            state.store.tr_get(p.traject_id).await?.map(|t| t.child_first_name)
        }
        _ => None,
    };
    let problem = child.is_none().then(|| ctx.t("invitation-invalid"));
    Ok(InvitationPage { ctx, token, child, problem })
}

/// Accepting signs the invited person in: they may not have an account yet, and the link
/// went to their address, just like a sign-in link.
async fn accept_invitation(
    State(state): State<AppState>,
    ctx: PageCtx,
    headers: axum::http::HeaderMap,
    ClientIp(ip): ClientIp,
    Path(token): Path<String>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, AppError> {
    let hash = hash_token(&token);
    let invalid = |ctx: PageCtx| {
        let problem = Some(ctx.t("invitation-invalid"));
        Ok((StatusCode::GONE, InvitationPage { ctx, token: String::new(), child: None, problem }).into_response())
    };
    let Some(invitation) = state.store.tr_invitation(&hash).await? else { return invalid(ctx) };
    let email = Email::parse(&invitation.email).map_err(|_| AppError::Internal)?;
    let user = match state.store.user_by_email(&email).await? {
        Some(u) => u,
        None => {
            let name = samenspoor_domain::PersonName::parse(invitation.email.split('@').next().unwrap_or("?"))
                .map_err(|_| AppError::Internal)?;
            let new = NewUser {
                id: UserId::new(),
                email,
                name,
                role: invitation.role.account_role(),
                organisation_id: None,
                is_demo: false,
            };
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
        Err(_) => invalid(ctx),
    }
}

// ---------- consent ----------

#[derive(Template, WebTemplate)]
#[template(path = "traject/consent.html")]
struct ConsentPage {
    ctx: PageCtx,
    f: FileAccess,
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
        may(self.f.role(), Action::GiveConsent)
    }
    fn active(&self, c: &ConsentRecord) -> bool {
        c.consent.active(Utc::now())
    }
    fn day(&self, d: &chrono::DateTime<Utc>) -> String {
        d.format("%d-%m-%Y").to_string()
    }
}

async fn consent_page(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path(id): Path<String>,
) -> Result<ConsentPage, AppError> {
    let f = open_file(&state, &user, &id, &ip).await?;
    audit_read(&state, &user, &ip, f.traject.id, AuditAction::TrajectViewed).await?;
    Ok(ConsentPage { ctx, f, errors: vec![] })
}

#[derive(Deserialize)]
struct ConsentForm {
    kind: String,
    #[serde(default)]
    subject: String,
    purpose: String,
    #[serde(default)]
    valid_until: String,
}

/// A consent record from what a parent filled in; every problem as a message id.
pub fn consent_from(
    traject_id: Uuid,
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
    CsrfForm(form): CsrfForm<ConsentForm>,
) -> Result<Response, AppError> {
    let f = open_file(&state, &user, &id, &ip).await?;
    f.require(Action::GiveConsent)?;
    match consent_from(f.traject.id, &form.kind, &form.subject, &form.purpose, &form.valid_until) {
        Ok(new) => {
            state.store.tr_give_consent(new, ctx_of(&user, &ip)).await?;
            Ok(Redirect::to(&format!("{}/toestemming", file_path(f.traject.id))).into_response())
        }
        Err(keys) => {
            let errors = keys.into_iter().map(|k| ctx.t(k)).collect();
            Ok((StatusCode::UNPROCESSABLE_ENTITY, ConsentPage { ctx, f, errors }).into_response())
        }
    }
}

async fn revoke_consent(
    State(state): State<AppState>,
    SignedIn(_, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path((id, cid)): Path<(String, Uuid)>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, AppError> {
    let f = open_file(&state, &user, &id, &ip).await?;
    f.require(Action::GiveConsent)?;
    state.store.tr_revoke_consent(f.traject.id, cid, ctx_of(&user, &ip)).await?;
    Ok(Redirect::to(&format!("{}/toestemming", file_path(f.traject.id))).into_response())
}

// ---------- who looked, export, print, rights ----------

#[derive(Template, WebTemplate)]
#[template(path = "traject/access.html")]
struct AccessPage {
    ctx: PageCtx,
    f: FileAccess,
    entries: Vec<AccessEntry>,
}

impl AccessPage {
    fn when(&self, e: &AccessEntry) -> String {
        e.at.format("%d-%m-%Y %H:%M").to_string()
    }
    fn what(&self, e: &AccessEntry) -> String {
        self.ctx.t(&e.action.label_key())
    }
    fn role(&self, e: &AccessEntry) -> String {
        e.actor_role
            .as_deref()
            .and_then(|r| samenspoor_domain::Role::parse(r).ok())
            .map(|r| self.ctx.t(&r.label_key()))
            .unwrap_or_default()
    }
}

async fn access_log(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path(id): Path<String>,
) -> Result<AccessPage, AppError> {
    let f = open_file(&state, &user, &id, &ip).await?;
    f.require(Action::ViewAccessLog)?;
    audit_read(&state, &user, &ip, f.traject.id, AuditAction::TrajectViewed).await?;
    let entries = state.store.audit_for_object("traject", &f.traject.id.to_string(), 500).await?;
    Ok(AccessPage { ctx, f, entries })
}

/// The whole file as one document: what a parent gets for their right of access.
pub async fn whole_file(state: &AppState, f: &FileAccess, me: UserId) -> Result<serde_json::Value, AppError> {
    let id = f.traject.id;
    let notes: Vec<Note> = state
        .store
        .tr_notes(id)
        .await?
        .into_iter()
        .filter(|n| n.visibility == NoteVisibility::Shared || n.author == me)
        .collect();
    Ok(serde_json::json!({
        "traject": f.traject,
        "participants": f.participants,
        "consents": f.consents,
        "checklist": state.store.tr_ticks(id).await?,
        "notes": notes,
        "timeline": state.store.tr_timeline(id).await?,
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
    let f = open_file(&state, &user, &id, &ip).await?;
    f.require(Action::Export)?;
    audit_read(&state, &user, &ip, f.traject.id, AuditAction::TrajectExported).await?;
    let body = serde_json::to_string_pretty(&whole_file(&state, &f, user.id).await?).map_err(|_| AppError::Internal)?;
    let disposition = format!("attachment; filename=\"dossier-{}.json\"", f.traject.id);
    Ok(([(header::CONTENT_TYPE, "application/json".to_owned()), (header::CONTENT_DISPOSITION, disposition)], body)
        .into_response())
}

#[derive(Template, WebTemplate)]
#[template(path = "traject/print.html")]
struct PrintPage {
    ctx: PageCtx,
    f: FileAccess,
    notes: Vec<Note>,
    timeline: Vec<TimelineEvent>,
}

impl PrintPage {
    fn when(&self, at: &chrono::DateTime<Utc>) -> String {
        at.format("%d-%m-%Y %H:%M").to_string()
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
}

async fn print_page(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    Path(id): Path<String>,
) -> Result<PrintPage, AppError> {
    let f = open_file(&state, &user, &id, &ip).await?;
    f.require(Action::Export)?;
    audit_read(&state, &user, &ip, f.traject.id, AuditAction::TrajectExported).await?;
    let notes = state
        .store
        .tr_notes(f.traject.id)
        .await?
        .into_iter()
        .filter(|n| n.visibility == NoteVisibility::Shared || n.author == user.id)
        .collect();
    let timeline = state.store.tr_timeline(f.traject.id).await?;
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
