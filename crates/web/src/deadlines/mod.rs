//! The parents' clock: the dates a file knows, every deadline that follows from them and
//! from the file's OPP and agreements, the signals that ask for attention now, and the
//! letters a parent can send. The rules are the domain's (`samenspoor_domain::deadlines`).

mod api;
mod inbox;
mod letters;
pub mod notify;
mod pages;

pub use pages::{ClockRow, describe};

use crate::AppState;
use chrono::Utc;
use samenspoor_domain::deadlines::{Deadline, FromFile, deadlines};
use samenspoor_domain::document::status::opp_status;
use samenspoor_domain::document::{DocumentKind, RecordBody, may_read};
use samenspoor_domain::time::amsterdam;
use samenspoor_domain::traject::ParticipantRole;
use samenspoor_store::FileRecord;

use axum::routing::{get, post};

pub fn router() -> crate::routes::Routes {
    crate::routes::Routes::new()
        .route("/trajecten/{id}/klok", get(pages::clock).post(pages::add_date))
        .route("/trajecten/{id}/klok/{did}/weg", post(pages::remove_date))
        .route("/trajecten/{id}/klok/brief/{letter}", get(pages::letter))
        .route("/redactie/brieven", get(letters::edit))
        .route("/redactie/brieven/{letter}/{lang}", post(letters::save))
        .route("/meldingen", get(inbox::inbox))
        .route("/meldingen/bezorging", post(inbox::delivery))
        .route("/meldingen/{nid}/gezien", post(inbox::acknowledge))
}

pub fn api_router() -> crate::routes::Routes {
    use utoipa::OpenApi;
    crate::routes::Routes::new()
        .route("/trajecten/{id}/clock", get(api::clock))
        .route("/trajecten/{id}/clock/dates", post(api::add_date))
        .route("/trajecten/{id}/clock/dates/{did}/remove", post(api::remove_date))
        .route("/notifications", get(api::notifications))
        .route("/notifications/{nid}/acknowledge", post(api::acknowledge))
        .documented(api::ClockApi::openapi())
}

/// Today in Amsterdam.
pub fn today() -> chrono::NaiveDate {
    amsterdam(Utc::now()).date_naive()
}

/// Every deadline of `file` (read whole, or with `FileParts::Clock`) as `role` may know it:
/// the dates entered, the OPPs this reader may read, and the agreements of the file's
/// gesprekken. Call it only for a file whose reading is audited (the page that shows it,
/// or the list of one's files).
pub fn for_file(state: &AppState, file: &FileRecord, role: ParticipantRole) -> Vec<Deadline> {
    on_day(state, file, role, today())
}

/// `for_file` as it stands on `today` (the clock's round runs at a time it is given).
pub fn on_day(state: &AppState, file: &FileRecord, role: ParticipantRole, today: chrono::NaiveDate) -> Vec<Deadline> {
    let consents = file.consent_list();
    let dates: Vec<_> = file.dates.iter().map(|d| d.date).collect();
    let mut from_file = FromFile::default();
    for doc in &file.documents {
        if doc.head.kind != DocumentKind::Opp || !may_read(role, doc.head.id, &consents, Utc::now()) {
            continue;
        }
        let set = doc
            .records
            .iter()
            .filter(|r| r.body == RecordBody::Established)
            .map(|r| amsterdam(r.at).date_naive())
            .min();
        from_file.opp_set = match (from_file.opp_set, set) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        // Evaluations are due once an OPP was set (or evaluated).
        if let Some(status) = opp_status(&doc.versions, &doc.records, today)
            && (status.established.is_some() || status.last_evaluation.is_some())
        {
            from_file.opp_evaluation = status.next_evaluation;
            from_file.opp_evaluation_from = status.last_evaluation.map(|e| e.date).or(set);
        }
    }
    for g in &file.gesprekken {
        let held = amsterdam(g.plan.starts_at).date_naive();
        for c in g.report.iter().flat_map(|r| r.commitments.iter()) {
            from_file.commitments.push((format!("{}: {}", c.who, c.what), c.due, held));
        }
    }
    deadlines(&dates, &from_file, &state.config.deadlines, today)
}

/// A deadline that asks for attention now, with its words.
pub type Signal = (Deadline, ClockRow);

/// The deadlines of a file that ask for attention now, in the reader's words. Only for a
/// file whose reading is audited.
pub fn signals_for(
    state: &AppState,
    ctx: &crate::page::PageCtx,
    file: &FileRecord,
    role: ParticipantRole,
) -> Vec<Signal> {
    let all = for_file(state, file, role);
    samenspoor_domain::deadlines::signals(&all)
        .into_iter()
        .map(|d| {
            let (text, source, now) = describe(ctx, state, d);
            (d.clone(), ClockRow { text, source, now })
        })
        .collect()
}
