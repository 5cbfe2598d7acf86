//! The pages outside one file: the list of my files, starting a file, and who may do what.

use super::{ctx_of, file_path};
use crate::AppState;
use crate::error::AppError;
use crate::form_errors::FieldErrors;
use crate::page::{PageCtx, SignedIn};
use crate::security::{ClientIp, CsrfForm};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Utc;
use samenspoor_domain::traject::permissions::may;
use samenspoor_domain::traject::{Action, ChildDetails, ParticipantRole, Step};
use samenspoor_domain::{AuditAction, OrganisationKind, TrajectId};
use samenspoor_store::*;
use serde::Deserialize;
use uuid::Uuid;

#[derive(Template, WebTemplate)]
#[template(path = "traject/list.html")]
pub(super) struct ListPage {
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

pub(super) async fn list(
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
    let files = visible_files(state, user).await?;
    let audit = ctx_of(user, ip);
    // Sent together, the rows are committed together (see the store's audit batches).
    futures_util::future::try_join_all(files.iter().map(|f| {
        state.store.append_audit(audit.entry(AuditAction::TrajectListed, "traject", Some(f.traject.id.to_string())))
    }))
    .await?;
    Ok(files.into_iter().map(|f| (f.traject, f.role)).collect())
}

/// A file someone may see, with their role in it.
pub struct Visible {
    pub traject: Traject,
    pub role: ParticipantRole,
    /// The file read whole to decide it, for a role that needs consent (school roles do not).
    pub file: Option<std::sync::Arc<FileRecord>>,
}

/// `my_files` without the audit rows, for a caller that records what it shows itself.
pub async fn visible_files(state: &AppState, user: &User) -> Result<Vec<Visible>, AppError> {
    let mut files = vec![];
    for (traject, role) in state.store.tr_list_for_user(user.id).await? {
        // School roles need no consent; for the others the same rule as opening the file.
        // Read whole: such a reader has few files, and the start page summarises them next.
        let file = if role.needs_consent() {
            match state.store.tr_file(traject.id, FileParts::Whole).await? {
                Some(file) if super::access::participation(&file, user.id).is_some() => Some(file),
                _ => continue,
            }
        } else {
            None
        };
        files.push(Visible { traject, role, file });
    }
    Ok(files)
}

#[derive(Template, WebTemplate)]
#[template(path = "traject/new.html")]
pub(super) struct NewPage {
    ctx: PageCtx,
    schools: Vec<Organisation>,
    form: NewForm,
    errors: FieldErrors,
}

#[derive(Deserialize, Default)]
pub(super) struct NewForm {
    first_name: String,
    last_name: String,
    /// The day, month and year fields; `date_of_birth` in one field still works.
    #[serde(default)]
    dob_day: String,
    #[serde(default)]
    dob_month: String,
    #[serde(default)]
    dob_year: String,
    #[serde(default)]
    date_of_birth: String,
    #[serde(default)]
    class_name: String,
    #[serde(default)]
    school: String,
}

async fn schools(state: &AppState) -> Result<Vec<Organisation>, AppError> {
    Ok(state.store.list_organisations().await?.into_iter().filter(|o| o.kind == OrganisationKind::School).collect())
}

pub(super) async fn new_page(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
) -> Result<NewPage, AppError> {
    ParticipantRole::starter(user.role).ok_or(AppError::Forbidden)?;
    Ok(NewPage { ctx, schools: schools(&state).await?, form: NewForm::default(), errors: FieldErrors::default() })
}

pub(super) async fn create(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    CsrfForm(form): CsrfForm<NewForm>,
) -> Result<Response, AppError> {
    let role = ParticipantRole::starter(user.role).ok_or(AppError::Forbidden)?;
    let today = Utc::now().date_naive();
    let born = if form.date_of_birth.trim().is_empty() {
        format!("{}-{}-{}", form.dob_day.trim(), form.dob_month.trim(), form.dob_year.trim())
    } else {
        form.date_of_birth.clone()
    };
    let child = ChildDetails::parse(&form.first_name, &form.last_name, &born, &form.class_name, today);
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
            let mut errors = FieldErrors::default();
            for e in child.err().unwrap_or_default() {
                let field = match e.key {
                    "error-child-first-name" => "first_name",
                    "error-child-last-name" => "last_name",
                    "error-child-date-of-birth" => "dob_day",
                    _ => "class_name",
                };
                errors.push(field, ctx.t(e.key));
            }
            if !known_school || form.school.parse::<Uuid>().is_err() && !form.school.is_empty() {
                errors.push("school", ctx.t("error-organisation-unknown"));
            }
            let page = NewPage { schools: schools(&state).await?, ctx, form, errors };
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "traject/rights.html")]
pub(super) struct RightsPage {
    ctx: PageCtx,
}

impl RightsPage {
    fn roles(&self) -> [ParticipantRole; 7] {
        ParticipantRole::ALL
    }
    fn actions(&self) -> [Action; 13] {
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

pub(super) async fn rights(SignedIn(ctx, _): SignedIn) -> RightsPage {
    RightsPage { ctx }
}
