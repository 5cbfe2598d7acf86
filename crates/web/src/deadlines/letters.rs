//! Letters: the shipped text in each language, or the one editors changed in the redactie;
//! filled in with a file's facts on the letter page. Editors and admins only change them.

use crate::AppState;
use crate::error::AppError;
use crate::fields::Fields;
use crate::page::{PageCtx, SignedIn};
use crate::security::CsrfForm;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use samenspoor_domain::Lang;
use samenspoor_domain::deadlines::Letter;
use samenspoor_domain::deadlines::letters::{PLACEHOLDERS, parse_template};
use samenspoor_store::User;

/// The template of `letter` in `lang`: the editors' version, else the shipped one (the
/// Fluent message with its placeholders left in).
pub async fn template(state: &AppState, letter: Letter, lang: Lang) -> Result<(String, Option<String>), AppError> {
    if let Some((body, by, _)) = state.store.lt_get(letter.as_str(), lang.as_str()).await? {
        return Ok((body, Some(by)));
    }
    let marks: Vec<String> = PLACEHOLDERS.iter().map(|p| format!("{{ ${p} }}")).collect();
    let args: Vec<(&str, &str)> = PLACEHOLDERS.iter().copied().zip(marks.iter().map(String::as_str)).collect();
    Ok((state.i18n.t_args(lang, &format!("letter-{}-body", letter.as_str()), &args), None))
}

fn require_editor(user: &User) -> Result<(), AppError> {
    if user.role.can(samenspoor_domain::Capability::EditContent) { Ok(()) } else { Err(AppError::Forbidden) }
}

pub struct LetterRow {
    pub letter: Letter,
    pub lang: Lang,
    pub title: String,
    pub body: String,
    pub changed_by: Option<String>,
    pub error: Option<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "deadlines/letters_edit.html")]
pub struct LettersPage {
    ctx: PageCtx,
    rows: Vec<LetterRow>,
}

impl LettersPage {
    fn placeholders(&self) -> String {
        PLACEHOLDERS.iter().map(|p| format!("{{ ${p} }}")).collect::<Vec<_>>().join(", ")
    }
}

async fn rows(state: &AppState, ctx: &PageCtx) -> Result<Vec<LetterRow>, AppError> {
    let mut out = vec![];
    for letter in Letter::ALL {
        for lang in [Lang::Nl, Lang::En] {
            let (body, changed_by) = template(state, letter, lang).await?;
            let title = format!("{} ({})", ctx.t(&format!("letter-{}-title", letter.as_str())), lang.as_str());
            out.push(LetterRow { letter, lang, title, body, changed_by, error: None });
        }
    }
    Ok(out)
}

pub async fn edit(State(state): State<AppState>, SignedIn(ctx, user): SignedIn) -> Result<LettersPage, AppError> {
    require_editor(&user)?;
    let rows = rows(&state, &ctx).await?;
    Ok(LettersPage { ctx, rows })
}

pub async fn save(
    State(state): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    crate::security::ClientIp(ip): crate::security::ClientIp,
    Path((letter, lang)): Path<(String, String)>,
    CsrfForm(fields): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    require_editor(&user)?;
    let fields = Fields(fields);
    let (Some(letter), Some(lang)) = (Letter::parse(&letter), Lang::parse(&lang)) else {
        return Err(AppError::NotFound);
    };
    let audit = samenspoor_store::AuditContext { actor: Some(user.id), ip: Some(ip) };
    if fields.get("reset") == "ja" {
        state.store.lt_save(letter.as_str(), lang.as_str(), None, audit).await?;
        return Ok(Redirect::to(&format!("/redactie/brieven#{}-{}", letter.as_str(), lang.as_str())).into_response());
    }
    match parse_template(fields.get("body")) {
        Ok(body) => {
            state.store.lt_save(letter.as_str(), lang.as_str(), Some(&body), audit).await?;
            Ok(Redirect::to(&format!("/redactie/brieven#{}-{}", letter.as_str(), lang.as_str())).into_response())
        }
        Err(e) => {
            let mut rows = rows(&state, &ctx).await?;
            // What the editor typed comes back, with the message, at its own letter.
            if let Some(row) = rows.iter_mut().find(|r| r.letter == letter && r.lang == lang) {
                row.body = fields.get("body").to_owned();
                row.error = Some(ctx.t(e.key));
            }
            Ok((StatusCode::UNPROCESSABLE_ENTITY, LettersPage { ctx, rows }).into_response())
        }
    }
}
