//! Notes in a file, shared with everyone in it or private.

use super::file::{Kept, refuse_with};
use super::{FileAccess, file_path};
use crate::AppState;
use crate::error::AppError;
use crate::page::SignedIn;
use crate::security::{ClientIp, CsrfForm};
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use samenspoor_domain::traject::{Action, NoteVisibility, parse_note};
use samenspoor_store::*;
use serde::Deserialize;

#[derive(Deserialize)]
pub(super) struct NoteForm {
    body: String,
    visibility: String,
}

pub(super) async fn add_note(
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
    Ok(Redirect::to(&format!("{}?gedaan=notitie#notities", file_path(f.id()))).into_response())
}
