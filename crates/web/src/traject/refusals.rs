//! Every refusal on a child's file leaves an audit row, also one a handler decides after the
//! file's door (`FileAccess::open`, which keeps its own): an unknown participant, consent,
//! date, document or agenda point in the file (404), or an action on an object the role may
//! not touch (403). Someone trying ids in a family's file shows in its log.

use crate::AppState;
use crate::security::ClientIp;
use axum::extract::{FromRequestParts, Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::Response;
use chrono::Utc;
use samenspoor_domain::{AuditAction, TrajectId};
use samenspoor_store::AuditContext;

/// The file a path is about: `/trajecten/{id}/...` or `/api/v1/trajecten/{id}/...`.
fn file_of(path: &str) -> Option<TrajectId> {
    let rest = path.strip_prefix("/api/v1").unwrap_or(path).strip_prefix("/trajecten/")?;
    rest.split('/').next()?.parse().ok()
}

pub async fn audit_refusals(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let Some(file) = file_of(request.uri().path()) else { return next.run(request).await };
    let (mut parts, body) = request.into_parts();
    let ip = ClientIp::from_request_parts(&mut parts, &state).await.map(|c| c.0).ok();
    let headers = parts.headers.clone();
    // SQLite keeps milliseconds: a row written just after this instant may read as before it.
    let started = Utc::now() - chrono::Duration::milliseconds(1);
    let response = next.run(Request::from_parts(parts, body)).await;
    let action = match response.status() {
        StatusCode::NOT_FOUND => AuditAction::TrajectAccessRefused,
        StatusCode::FORBIDDEN => AuditAction::TrajectActionRefused,
        _ => return response,
    };
    let Ok(Some(user)) = crate::page::session_user(&state, &headers).await else { return response };
    let id = file.to_string();
    // The door keeps its own row; only a refusal it did not record is added here.
    let kept = state.store.audit_by_actor(user.id, 1).await.ok().and_then(|mut e| e.pop()).is_some_and(|e| {
        e.at >= started
            && e.object_id.as_deref() == Some(id.as_str())
            && matches!(e.action, AuditAction::TrajectAccessRefused | AuditAction::TrajectActionRefused)
    });
    if !kept {
        let entry = AuditContext { actor: Some(user.id), ip }.entry(action, "traject", Some(id));
        if let Err(e) = state.store.append_audit(entry).await {
            tracing::error!(error = %e, "a refusal could not be audited");
        }
    }
    response
}

#[cfg(test)]
mod tests {
    use super::file_of;

    #[test]
    fn the_file_a_path_is_about() {
        let id = "0194f3c2-7a1b-7c3d-8e4f-123456789abc";
        assert!(file_of(&format!("/trajecten/{id}")).is_some());
        assert!(file_of(&format!("/trajecten/{id}/deelnemers/x/intrekken")).is_some());
        assert!(file_of(&format!("/api/v1/trajecten/{id}/notes")).is_some());
        for other in ["/trajecten", "/trajecten/nieuw", "/trajecten/rechten", "/kennisbank/artikel/opp", "/api/v1/me"] {
            assert!(file_of(other).is_none(), "{other}");
        }
    }
}
