//! Beheer: the admin's pages for accounts and organisations. Only the `admin` role.

use crate::AppState;
use crate::error::AppError;
use crate::page::{PageCtx, SignedIn};
use crate::security::{ClientIp, CsrfForm};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use samenspoor_domain::{Email, OrganisationId, OrganisationKind, OrganisationName, PersonName, Role, UserId};
use samenspoor_store::{AuditContext, NewOrganisation, NewUser, Organisation, StoreError, User};
use serde::Deserialize;

pub fn router() -> crate::routes::Routes {
    crate::routes::Routes::new()
        .route("/beheer", get(overview))
        .route("/beheer/gebruikers", post(create_user))
        .route("/beheer/organisaties", post(create_organisation))
}

#[derive(Template, WebTemplate)]
#[template(path = "admin.html")]
struct AdminPage {
    ctx: PageCtx,
    users: Vec<User>,
    organisations: Vec<Organisation>,
    user_errors: Vec<String>,
    organisation_errors: Vec<String>,
    user_form: UserForm,
    organisation_form: OrganisationForm,
}

impl AdminPage {
    fn organisation_name(&self, id: &Option<OrganisationId>) -> String {
        let id = *id;
        id.and_then(|id| self.organisations.iter().find(|o| o.id == id)).map(|o| o.name.clone()).unwrap_or_default()
    }

    fn swvs(&self) -> Vec<&Organisation> {
        self.organisations.iter().filter(|o| o.kind == OrganisationKind::Swv).collect()
    }

    fn roles(&self) -> [Role; 10] {
        Role::ALL
    }

    fn kinds(&self) -> [OrganisationKind; 3] {
        OrganisationKind::ALL
    }

    fn kind_label(&self, k: impl std::borrow::Borrow<OrganisationKind>) -> String {
        self.ctx.t(&k.borrow().label_key())
    }
}

fn require_admin(user: &User) -> Result<(), AppError> {
    if user.role.can(samenspoor_domain::Capability::Administer) { Ok(()) } else { Err(AppError::Forbidden) }
}

async fn page(state: &AppState, ctx: PageCtx) -> Result<AdminPage, AppError> {
    Ok(AdminPage {
        ctx,
        users: state.store.list_users().await?,
        organisations: state.store.list_organisations().await?,
        user_errors: vec![],
        organisation_errors: vec![],
        user_form: UserForm::default(),
        organisation_form: OrganisationForm::default(),
    })
}

async fn overview(State(state): State<AppState>, SignedIn(ctx, user): SignedIn) -> Result<AdminPage, AppError> {
    require_admin(&user)?;
    page(&state, ctx).await
}

#[derive(Deserialize, Default)]
struct UserForm {
    email: String,
    name: String,
    role: String,
    #[serde(default)]
    organisation: String,
}

fn parse_org(s: &str) -> Result<Option<OrganisationId>, &'static str> {
    if s.trim().is_empty() { Ok(None) } else { s.parse().map(Some).map_err(|_| "error-organisation-unknown") }
}

async fn create_user(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    CsrfForm(form): CsrfForm<UserForm>,
) -> Result<Response, AppError> {
    require_admin(&user)?;
    let email = Email::parse(&form.email).map_err(|e| e.key);
    let name = PersonName::parse(&form.name).map_err(|e| e.key);
    let role = Role::parse(&form.role).map_err(|e| e.key);
    let org = parse_org(&form.organisation);
    let outcome = match (email, name, role, org) {
        (Ok(email), Ok(name), Ok(role), Ok(organisation_id)) => {
            let new = NewUser { id: UserId::new(), email, name, role, organisation_id, is_demo: false };
            match state.store.create_user(new, AuditContext { actor: Some(user.id), ip: Some(ip) }).await {
                Ok(_) => return Ok(Redirect::to("/beheer").into_response()),
                Err(StoreError::Conflict(_)) => vec!["error-email-taken"],
                Err(StoreError::NotFound(_)) => vec!["error-organisation-unknown"],
                Err(e) => return Err(e.into()),
            }
        }
        (e, n, r, o) => [e.err(), n.err(), r.err(), o.err()].into_iter().flatten().collect(),
    };
    let mut p = page(&state, ctx).await?;
    p.user_errors = outcome.into_iter().map(|k| p.ctx.t(k)).collect();
    p.user_form = form;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, p).into_response())
}

#[derive(Deserialize, Default)]
struct OrganisationForm {
    kind: String,
    name: String,
    #[serde(default)]
    swv: String,
}

async fn create_organisation(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    CsrfForm(form): CsrfForm<OrganisationForm>,
) -> Result<Response, AppError> {
    require_admin(&user)?;
    let kind = OrganisationKind::parse(&form.kind).map_err(|e| e.key);
    let name = OrganisationName::parse(&form.name).map_err(|e| e.key);
    let swv = parse_org(&form.swv);
    let outcome = match (kind, name, swv) {
        (Ok(kind), Ok(name), Ok(swv_id)) => {
            let new = NewOrganisation { id: OrganisationId::new(), kind, name, swv_id };
            match state.store.create_organisation(new, AuditContext { actor: Some(user.id), ip: Some(ip) }).await {
                Ok(_) => return Ok(Redirect::to("/beheer").into_response()),
                Err(StoreError::NotFound(_)) => vec!["error-organisation-unknown"],
                Err(e) => return Err(e.into()),
            }
        }
        (k, n, s) => [k.err(), n.err(), s.err()].into_iter().flatten().collect(),
    };
    let mut p = page(&state, ctx).await?;
    p.organisation_errors = outcome.into_iter().map(|k| p.ctx.t(k)).collect();
    p.organisation_form = form;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, p).into_response())
}

/// The directory of help: entries with their check date, HSDS import and export.
pub fn directory_router() -> crate::routes::Routes {
    crate::routes::Routes::new()
        .route("/beheer/hulpwijzer", get(directory_page))
        .route("/beheer/hulpwijzer/import", post(import_directory))
        .route("/beheer/hulpwijzer/hsds.json", get(export_directory))
        .route("/beheer/hulpwijzer/{id}/gecontroleerd", post(mark_verified))
}

#[derive(Template, WebTemplate)]
#[template(path = "admin_directory.html")]
struct DirectoryPage {
    ctx: PageCtx,
    entries: Vec<samenspoor_store::DirectoryEntry>,
    errors: Vec<String>,
    json: String,
    imported: Option<usize>,
}

impl DirectoryPage {
    fn verified(&self, e: &samenspoor_store::DirectoryEntry) -> String {
        e.verified_on.map(samenspoor_domain::time::show_day).unwrap_or_else(|| self.ctx.t("hw-not-verified-short"))
    }
}

#[derive(Deserialize)]
struct Imported {
    klaar: Option<usize>,
}

async fn directory_page(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    axum::extract::Query(q): axum::extract::Query<Imported>,
) -> Result<DirectoryPage, AppError> {
    require_admin(&user)?;
    Ok(DirectoryPage {
        ctx,
        entries: state.store.hw_directory().await?,
        errors: vec![],
        json: String::new(),
        imported: q.klaar,
    })
}

#[derive(Deserialize)]
struct ImportForm {
    json: String,
}

async fn import_directory(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    ClientIp(ip): ClientIp,
    CsrfForm(form): CsrfForm<ImportForm>,
) -> Result<Response, AppError> {
    require_admin(&user)?;
    match samenspoor_domain::hulpwijzer::hsds::import(&form.json) {
        Ok(list) => {
            let entries: Vec<_> = list
                .into_iter()
                .map(|(organisation, verified_on)| samenspoor_store::DirectoryEntry { organisation, verified_on })
                .collect();
            let n = state.store.hw_import(&entries, AuditContext { actor: Some(user.id), ip: Some(ip) }).await?;
            state.directory.invalidate();
            Ok(Redirect::to(&format!("/beheer/hulpwijzer?klaar={n}")).into_response())
        }
        Err(errors) => {
            let entries = state.store.hw_directory().await?;
            let page = DirectoryPage { ctx, entries, errors, json: form.json, imported: None };
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
    }
}

async fn export_directory(State(state): State<AppState>, SignedIn(_, user): SignedIn) -> Result<Response, AppError> {
    require_admin(&user)?;
    let entries: Vec<_> =
        state.store.hw_directory().await?.into_iter().map(|e| (e.organisation, e.verified_on)).collect();
    let body = serde_json::to_string_pretty(&samenspoor_domain::hulpwijzer::hsds::export(&entries))
        .map_err(|_| AppError::Internal)?;
    Ok((
        [
            (axum::http::header::CONTENT_TYPE, "application/json"),
            (axum::http::header::CONTENT_DISPOSITION, "attachment; filename=\"hulpwijzer-hsds.json\""),
        ],
        body,
    )
        .into_response())
}

async fn mark_verified(
    State(state): State<AppState>,
    SignedIn(_, user): SignedIn,
    ClientIp(ip): ClientIp,
    axum::extract::Path(id): axum::extract::Path<String>,
    CsrfForm(_): CsrfForm<Empty>,
) -> Result<Response, AppError> {
    require_admin(&user)?;
    let today = chrono::Utc::now().date_naive();
    state.store.hw_mark_verified(&id, today, AuditContext { actor: Some(user.id), ip: Some(ip) }).await?;
    state.directory.invalidate();
    Ok(Redirect::to("/beheer/hulpwijzer").into_response())
}

#[derive(Deserialize)]
struct Empty {}
