//! The clock's round: notifications for every deadline that comes close or passes, made
//! once per parent, and the e-mails that are due, one per person. Both halves are safe to
//! run on every instance at once (see `nt_notify` and `nt_claim`). Time is given, so tests
//! walk through weeks in milliseconds.

use super::on_day;
use crate::AppState;
use crate::error::AppError;
use crate::mail::Mail;
use chrono::{DateTime, Duration, Utc};
use samenspoor_domain::Lang;
use samenspoor_domain::deadlines::notify::{MAX_MAILS, ask, reminder_after, retry_after};
use samenspoor_domain::time::amsterdam;
use samenspoor_domain::traject::ParticipantRole;
use samenspoor_store::{FileParts, NewNotification, Notification};
use std::collections::BTreeMap;

/// One round at `now`: returns (notifications made, e-mails sent).
pub async fn round(state: &AppState, now: DateTime<Utc>) -> Result<(u32, u32), AppError> {
    let made = notice(state, now).await?;
    let sent = mail(state, now).await?;
    Ok((made, sent))
}

/// Makes the notifications the files' deadlines ask for, for each parent in the file.
pub async fn notice(state: &AppState, now: DateTime<Utc>) -> Result<u32, AppError> {
    let today = amsterdam(now).date_naive();
    let mut made = 0;
    for traject in state.store.dl_open_files().await? {
        let Some(file) = state.store.tr_file(traject, FileParts::Clock).await? else { continue };
        let parents: Vec<_> = file
            .participants
            .iter()
            .filter(|p| p.active() && p.role == ParticipantRole::Parent)
            .filter_map(|p| p.user_id)
            .collect();
        if parents.is_empty() {
            continue;
        }
        let deadlines = on_day(state, &file, ParticipantRole::Parent, today);
        for d in &deadlines {
            let Some(asked) = ask(d) else { continue };
            for user in &parents {
                let delivery = state.store.nt_delivery(*user).await?;
                let new = NewNotification {
                    user: *user,
                    traject,
                    kind: d.kind.as_str().to_owned(),
                    state: asked.to_owned(),
                    due: d.due,
                    from: d.from,
                    what: d.what.clone(),
                    send_at: delivery.send_at(now),
                };
                if state.store.nt_notify(new).await? {
                    made += 1;
                }
            }
        }
    }
    Ok(made)
}

/// Sends the e-mails that are due: one per person, saying only that there is news.
pub async fn mail(state: &AppState, now: DateTime<Utc>) -> Result<u32, AppError> {
    // Until the e-mail went, the next one waits a day: a round that stops halfway never
    // mails twice.
    let claimed = state.store.nt_claim(now, now + Duration::days(1), 200).await?;
    let mut by_person: BTreeMap<String, Vec<Notification>> = BTreeMap::new();
    for n in claimed {
        by_person.entry(n.email.clone()).or_default().push(n);
    }
    let mut sent = 0;
    for (email, notes) in by_person {
        let link = format!("{}/meldingen", state.config.base_url.trim_end_matches('/'));
        let count = notes.len().to_string();
        let args = [("site", state.config.site_name.as_str()), ("link", link.as_str()), ("count", count.as_str())];
        let body = [Lang::Nl, Lang::En].map(|l| state.i18n.t_args(l, "mail-news-body", &args)).join("\n\n---\n\n");
        let subject = state.i18n.t_args(Lang::Nl, "mail-news-subject", &args);
        let result = state.mailer.send(Mail::text(email, subject, body)).await;
        for n in &notes {
            match &result {
                Ok(()) => {
                    let delivery = state.store.nt_delivery(n.user).await?;
                    let next = (n.sent_count < MAX_MAILS).then(|| delivery.send_at(now + reminder_after(n.sent_count)));
                    state.store.nt_schedule(n.id, next).await?;
                }
                Err(e) => {
                    tracing::warn!(error = %e, "notification mail failed; tried again later");
                    state.store.nt_failed(n.id, now + retry_after(n.failures)).await?;
                }
            }
        }
        if result.is_ok() {
            sent += 1;
        }
    }
    Ok(sent)
}
