//! The dates a file knows (registration, enrolment, a decision, the first day at home),
//! entered by parents or school; the parents' clock computes the deadlines from them.

use chrono::{DateTime, NaiveDate, Utc};
use samenspoor_domain::deadlines::KnownDate;
use samenspoor_domain::deadlines::notify::Delivery;
use samenspoor_domain::{TrajectId, UserId};
use serde::Serialize;
use uuid::Uuid;

use crate::{AuditContext, StoreResult};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DateRecord {
    pub id: Uuid,
    pub date: KnownDate,
    pub by_name: String,
    pub at: DateTime<Utc>,
}

/// A notification to make for one person about one deadline in one state ("soon" or
/// "overdue"); made once, however often it is asked for.
#[derive(Debug, Clone)]
pub struct NewNotification {
    pub user: UserId,
    pub traject: TrajectId,
    pub kind: String,
    pub state: String,
    pub due: NaiveDate,
    pub from: NaiveDate,
    pub what: String,
    /// When its first e-mail goes.
    pub send_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Notification {
    pub id: Uuid,
    pub user: UserId,
    pub email: String,
    pub traject: TrajectId,
    pub child_first_name: String,
    pub kind: String,
    pub state: String,
    pub due: NaiveDate,
    pub from: NaiveDate,
    pub what: String,
    pub created_at: DateTime<Utc>,
    pub acknowledged_at: Option<DateTime<Utc>>,
    /// E-mails sent (or being sent) so far.
    pub sent_count: u32,
    pub failures: u32,
}

#[async_trait::async_trait]
pub trait DeadlineStore: Send + Sync {
    /// The files that are not closed, for the clock's round.
    async fn dl_open_files(&self) -> StoreResult<Vec<TrajectId>>;
    /// Makes the notification unless it exists; an "overdue" one ends the reminders of the
    /// "soon" one before it. Returns whether it was new.
    async fn nt_notify(&self, new: NewNotification) -> StoreResult<bool>;
    /// Someone's notifications, newest first.
    async fn nt_inbox(&self, user: UserId) -> StoreResult<Vec<Notification>>;
    /// Acknowledged: no more reminders. `NotFound` when it is not theirs.
    async fn nt_acknowledge(&self, user: UserId, id: Uuid, now: DateTime<Utc>) -> StoreResult<()>;
    /// Claims up to `limit` notifications whose e-mail is due at `now`: each counts one more
    /// e-mail and its next one moves to `hold`, in one statement, so two instances never
    /// claim the same one (on PostgreSQL with `FOR UPDATE SKIP LOCKED`).
    async fn nt_claim(&self, now: DateTime<Utc>, hold: DateTime<Utc>, limit: u32) -> StoreResult<Vec<Notification>>;
    /// After the e-mail went: the next reminder (None: no more e-mail).
    async fn nt_schedule(&self, id: Uuid, next: Option<DateTime<Utc>>) -> StoreResult<()>;
    /// The e-mail failed: not counted, tried again at `retry_at`.
    async fn nt_failed(&self, id: Uuid, retry_at: DateTime<Utc>) -> StoreResult<()>;
    async fn nt_delivery(&self, user: UserId) -> StoreResult<Delivery>;
    async fn nt_set_delivery(&self, user: UserId, delivery: Delivery) -> StoreResult<()>;
    /// A letter template as editors changed it: (body, by whom, when).
    async fn lt_get(&self, letter: &str, lang: &str) -> StoreResult<Option<(String, String, DateTime<Utc>)>>;
    /// Saves an editor's template; None goes back to the shipped text.
    async fn lt_save(&self, letter: &str, lang: &str, body: Option<&str>, ctx: AuditContext) -> StoreResult<()>;
    async fn dl_add_date(&self, traject: TrajectId, date: KnownDate, ctx: AuditContext) -> StoreResult<DateRecord>;
    /// Takes a date off (a mistake); `NotFound` when it is not this file's.
    async fn dl_remove_date(&self, traject: TrajectId, id: Uuid, ctx: AuditContext) -> StoreResult<()>;
    /// The file's dates, by day.
    async fn dl_dates(&self, traject: TrajectId) -> StoreResult<Vec<DateRecord>>;
}
