//! The dates a file knows (registration, enrolment, a decision, the first day at home),
//! entered by parents or school; the parents' clock computes the deadlines from them.

use chrono::{DateTime, Utc};
use samenspoor_domain::TrajectId;
use samenspoor_domain::deadlines::KnownDate;
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

#[async_trait::async_trait]
pub trait DeadlineStore: Send + Sync {
    async fn dl_add_date(&self, traject: TrajectId, date: KnownDate, ctx: AuditContext) -> StoreResult<DateRecord>;
    /// Takes a date off (a mistake); `NotFound` when it is not this file's.
    async fn dl_remove_date(&self, traject: TrajectId, id: Uuid, ctx: AuditContext) -> StoreResult<()>;
    /// The file's dates, by day.
    async fn dl_dates(&self, traject: TrajectId) -> StoreResult<Vec<DateRecord>>;
}
