//! Gesprekken in a file: the plan, companions, the agenda, each person's preparation, the
//! report and the answers to it. Rows carry their traject's id, as every row of a file does.

use chrono::{DateTime, Utc};
use samenspoor_domain::gesprek::preparation::Answer;
use samenspoor_domain::gesprek::{Companion, GesprekStatus, Plan, Report, Response};
use samenspoor_domain::{AgendaPointId, GesprekId, TrajectId, UserId};
use serde::Serialize;
use std::sync::Arc;
use uuid::Uuid;

use crate::{AuditContext, StoreResult};

#[derive(Debug, Clone)]
pub struct NewGesprek {
    pub id: GesprekId,
    pub traject_id: TrajectId,
    pub plan: Plan,
    /// A follow-up of a gesprek that stopped early: its agenda and everyone's preparation
    /// are carried over, and that gesprek is marked paused.
    pub follow_up_of: Option<GesprekId>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Gesprek {
    pub id: GesprekId,
    pub traject_id: TrajectId,
    pub plan: Plan,
    pub status: GesprekStatus,
    /// Raised on every change, for calendar updates.
    pub sequence: u32,
    pub follow_up_of: Option<GesprekId>,
    pub created_at: DateTime<Utc>,
    pub report: Option<Report>,
    pub report_by_name: Option<String>,
    pub report_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CompanionRecord {
    pub id: Uuid,
    pub gesprek_id: GesprekId,
    pub companion: Companion,
    pub added_by_name: String,
    pub added_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AgendaPoint {
    pub id: AgendaPointId,
    pub text: String,
    pub added_by: UserId,
    pub added_by_name: String,
    pub by_parent: bool,
    pub position: i32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ResponseRecord {
    pub user: UserId,
    pub by_name: String,
    pub response: Response,
    pub at: DateTime<Utc>,
}

/// An answer its writer shares with the people at the table.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SharedAnswer {
    pub user: UserId,
    pub by_name: String,
    pub answer: Answer,
}

/// One gesprek with what everyone at the table may see (no one's private preparation).
#[derive(Debug, Clone, PartialEq)]
pub struct GesprekRecord {
    pub gesprek: Gesprek,
    pub companions: Vec<CompanionRecord>,
    /// In the agreed order; points taken off are not in it.
    pub agenda: Vec<AgendaPoint>,
    pub responses: Vec<ResponseRecord>,
    pub shared: Vec<SharedAnswer>,
}

#[async_trait::async_trait]
pub trait GesprekStore: Send + Sync {
    async fn gs_create(&self, new: NewGesprek, ctx: AuditContext) -> StoreResult<Gesprek>;
    /// A changed plan (raises the sequence); `Conflict` when it was cancelled or held.
    async fn gs_update(
        &self,
        traject: TrajectId,
        id: GesprekId,
        plan: &Plan,
        ctx: AuditContext,
    ) -> StoreResult<Gesprek>;
    /// Calls a planned gesprek off (raises the sequence); `Conflict` when it is not planned.
    async fn gs_cancel(&self, traject: TrajectId, id: GesprekId, ctx: AuditContext) -> StoreResult<Gesprek>;
    /// The file's gesprekken, soonest first.
    async fn gs_list(&self, traject: TrajectId) -> StoreResult<Vec<Gesprek>>;
    async fn gs_get(&self, traject: TrajectId, id: GesprekId) -> StoreResult<Option<GesprekRecord>>;
    /// Gesprek `id` with its file read with `parts`, as `gs_get` and `tr_file` give them, at
    /// one revision of the file: a gesprek's page needs both. None when either is missing.
    async fn gs_get_with_file(
        &self,
        traject: TrajectId,
        id: GesprekId,
        parts: crate::FileParts,
    ) -> StoreResult<Option<(GesprekRecord, Arc<crate::FileRecord>)>>;
    /// The gesprekken someone was brought to as a companion (by their e-mail address).
    async fn gs_for_companion(&self, email: &str) -> StoreResult<Vec<(Gesprek, CompanionRecord)>>;
    async fn gs_add_companion(
        &self,
        traject: TrajectId,
        id: GesprekId,
        companion: &Companion,
        ctx: AuditContext,
    ) -> StoreResult<CompanionRecord>;
    async fn gs_add_point(
        &self,
        traject: TrajectId,
        id: GesprekId,
        text: &str,
        by_parent: bool,
        ctx: AuditContext,
    ) -> StoreResult<AgendaPoint>;
    async fn gs_remove_point(
        &self,
        traject: TrajectId,
        id: GesprekId,
        point: AgendaPointId,
        ctx: AuditContext,
    ) -> StoreResult<()>;
    /// Moves a point one place up (or down), swapping with its neighbour.
    async fn gs_move_point(
        &self,
        traject: TrajectId,
        id: GesprekId,
        point: AgendaPointId,
        up: bool,
        ctx: AuditContext,
    ) -> StoreResult<()>;
    /// One person's own answers (private and shared).
    async fn gs_answers(&self, id: GesprekId, user: UserId) -> StoreResult<Vec<Answer>>;
    /// Saves the answers of `ctx.actor`, replacing theirs for these questions.
    async fn gs_save_answers(
        &self,
        traject: TrajectId,
        id: GesprekId,
        answers: &[Answer],
        ctx: AuditContext,
    ) -> StoreResult<()>;
    /// The leader's report: the gesprek is held; each agreement goes on the file's timeline.
    async fn gs_report(&self, traject: TrajectId, id: GesprekId, report: &Report, ctx: AuditContext)
    -> StoreResult<()>;
    async fn gs_respond(
        &self,
        traject: TrajectId,
        id: GesprekId,
        response: &Response,
        ctx: AuditContext,
    ) -> StoreResult<()>;
}
