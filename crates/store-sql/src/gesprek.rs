//! Gesprekken: the bodies of the `gs_*` Store methods. A change writes its timeline event
//! and its audit entry in the same transaction. Preparation is read per person; only
//! shared answers come out with the gesprek.

use crate::traject::{event, read_file};
use crate::{Backend, Col, Id, SqlStore, Time, Tx, audit, bad, other};
use samenspoor_domain::gesprek::preparation::{Answer, Question};
use samenspoor_domain::gesprek::{Companion, CompanionRelation, CompanionRole, GesprekStatus, Plan, Report, Response};
use samenspoor_domain::{AgendaPointId, AuditAction, GesprekId, ParticipantId, TrajectId, UserId};
use samenspoor_store::*;
use std::sync::Arc;

type GesprekRow = (
    Id,
    Id,
    String,
    Time,
    i32,
    String,
    String,
    Id,
    String,
    String,
    i32,
    Option<Id>,
    Time,
    Option<String>,
    Option<String>,
    Option<Time>,
);

const GESPREK_SELECT: &str =
    "SELECT g.id, g.traject_id, g.purpose, g.starts_at, g.minutes, g.place, g.link, g.leader_id,
     g.attendees, g.status, g.sequence, g.follow_up_of, g.created_at, g.report, u.name, g.report_at
     FROM gesprekken g LEFT JOIN users u ON u.id = g.report_by";

fn gesprek(row: GesprekRow) -> StoreResult<Gesprek> {
    let (
        id,
        traject,
        purpose,
        starts_at,
        minutes,
        place,
        link,
        leader,
        attendees,
        status,
        sequence,
        follow,
        created,
        report,
        by,
        at,
    ) = row;
    let attendees: Vec<ParticipantId> = serde_json::from_str(&attendees).map_err(other)?;
    Ok(Gesprek {
        id: GesprekId(id.0),
        traject_id: TrajectId(traject.0),
        plan: Plan {
            purpose,
            starts_at: starts_at.0,
            minutes: u32::try_from(minutes).map_err(other)?,
            place,
            link,
            leader: ParticipantId(leader.0),
            attendees,
        },
        status: GesprekStatus::parse(&status).ok_or_else(|| bad("gesprek status", &status))?,
        sequence: u32::try_from(sequence).map_err(other)?,
        follow_up_of: follow.map(|f| GesprekId(f.0)),
        created_at: created.0,
        report: report.map(|r| serde_json::from_str(&r)).transpose().map_err(other)?,
        report_by_name: by,
        report_at: at.map(|t| t.0),
    })
}

/// The gesprekken of file `traject`, in the order they are held.
pub(crate) async fn gesprekken_of<DB>(conn: &mut DB::Connection, traject: TrajectId) -> StoreResult<Vec<Gesprek>>
where
    DB: Backend,
    for<'c> &'c mut DB::Connection: sqlx::Executor<'c, Database = DB>,
    for<'q> DB::Arguments<'q>: sqlx::IntoArguments<'q, DB>,
    GesprekRow: for<'r> sqlx::FromRow<'r, DB::Row>,
    Id: Col<DB>,
{
    let rows: Vec<GesprekRow> =
        sqlx::query_as(&format!("{GESPREK_SELECT} WHERE g.traject_id = $1 ORDER BY g.starts_at, g.id"))
            .bind(Id::from(traject))
            .fetch_all(&mut *conn)
            .await?;
    rows.into_iter().map(gesprek).collect()
}

/// Gesprek `id` of file `traject` with its companions, agenda, responses and shared answers.
async fn read_gesprek<DB>(
    conn: &mut DB::Connection,
    traject: TrajectId,
    id: GesprekId,
) -> StoreResult<Option<GesprekRecord>>
where
    DB: Backend,
    for<'c> &'c mut DB::Connection: sqlx::Executor<'c, Database = DB>,
    for<'q> DB::Arguments<'q>: sqlx::IntoArguments<'q, DB>,
    GesprekRow: for<'r> sqlx::FromRow<'r, DB::Row>,
    CompanionRow: for<'r> sqlx::FromRow<'r, DB::Row>,
    (Id, String, Id, Option<String>, bool, i32): for<'r> sqlx::FromRow<'r, DB::Row>,
    (Id, Option<String>, String, Time): for<'r> sqlx::FromRow<'r, DB::Row>,
    (Id, Option<String>, String, String): for<'r> sqlx::FromRow<'r, DB::Row>,
    Id: Col<DB>,
{
    let row: Option<GesprekRow> = sqlx::query_as(&format!("{GESPREK_SELECT} WHERE g.id = $1 AND g.traject_id = $2"))
        .bind(Id::from(id))
        .bind(Id::from(traject))
        .fetch_optional(&mut *conn)
        .await?;
    let Some(g) = row.map(gesprek).transpose()? else { return Ok(None) };
    let rows: Vec<CompanionRow> =
        sqlx::query_as(&format!("{COMPANION_SELECT} WHERE c.gesprek_id = $1 ORDER BY c.added_at, c.id"))
            .bind(Id::from(id))
            .fetch_all(&mut *conn)
            .await?;
    let companions = rows.into_iter().map(companion).collect::<StoreResult<Vec<_>>>()?;
    let rows: Vec<(Id, String, Id, Option<String>, bool, i32)> = sqlx::query_as(
        "SELECT a.id, a.text, a.added_by, u.name, a.by_parent, a.position FROM gs_agenda a LEFT JOIN users u
         ON u.id = a.added_by WHERE a.gesprek_id = $1 AND a.removed_at IS NULL ORDER BY a.position, a.id",
    )
    .bind(Id::from(id))
    .fetch_all(&mut *conn)
    .await?;
    let agenda = rows
        .into_iter()
        .map(|(pid, text, by, name, by_parent, position)| AgendaPoint {
            id: AgendaPointId(pid.0),
            text,
            added_by: UserId(by.0),
            added_by_name: name.unwrap_or_default(),
            by_parent,
            position,
        })
        .collect();
    let rows: Vec<(Id, Option<String>, String, Time)> = sqlx::query_as(
        "SELECT r.user_id, u.name, r.body, r.at FROM gs_responses r LEFT JOIN users u ON u.id = r.user_id
         WHERE r.gesprek_id = $1 ORDER BY r.at, r.id",
    )
    .bind(Id::from(id))
    .fetch_all(&mut *conn)
    .await?;
    let responses = rows
        .into_iter()
        .map(|(user, name, body, at)| {
            Ok(ResponseRecord {
                user: UserId(user.0),
                by_name: name.unwrap_or_default(),
                response: serde_json::from_str(&body).map_err(other)?,
                at: at.0,
            })
        })
        .collect::<StoreResult<Vec<_>>>()?;
    let rows: Vec<(Id, Option<String>, String, String)> = sqlx::query_as(
        "SELECT a.user_id, u.name, a.question, a.text FROM gs_answers a LEFT JOIN users u ON u.id = a.user_id
         WHERE a.gesprek_id = $1 AND a.shared ORDER BY u.name, a.question",
    )
    .bind(Id::from(id))
    .fetch_all(&mut *conn)
    .await?;
    let shared = rows
        .into_iter()
        .map(|(user, name, question, text)| {
            let question = Question::parse(&question).ok_or_else(|| bad("question", &question))?;
            Ok(SharedAnswer {
                user: UserId(user.0),
                by_name: name.unwrap_or_default(),
                answer: Answer { question, text, shared: true },
            })
        })
        .collect::<StoreResult<Vec<_>>>()?;
    Ok(Some(GesprekRecord { gesprek: g, companions, agenda, responses, shared }))
}

/// A gesprek's changes are logged on its file, so the parents' access log shows them.
fn logged(ctx: &AuditContext, action: AuditAction, traject: TrajectId) -> NewAuditEntry {
    ctx.entry(action, "traject", Some(traject.to_string()))
}

fn actor(ctx: &AuditContext) -> StoreResult<UserId> {
    ctx.actor.ok_or(StoreError::Conflict("a change to a gesprek needs a person".into()))
}

type CompanionRow = (Id, Id, String, String, String, String, String, Option<String>, Time);

fn companion(row: CompanionRow) -> StoreResult<CompanionRecord> {
    let (id, gesprek, name, email, relation, role, why, by, at) = row;
    Ok(CompanionRecord {
        id: id.0,
        gesprek_id: GesprekId(gesprek.0),
        companion: Companion {
            name,
            email,
            relation: CompanionRelation::parse(&relation).ok_or_else(|| bad("relation", &relation))?,
            role: CompanionRole::parse(&role).ok_or_else(|| bad("companion role", &role))?,
            why,
        },
        added_by_name: by.unwrap_or_default(),
        added_at: at.0,
    })
}

const COMPANION_SELECT: &str =
    "SELECT c.id, c.gesprek_id, c.name, c.email, c.relation, c.role, c.why, u.name, c.added_at
     FROM gs_companions c LEFT JOIN users u ON u.id = c.added_by";

#[async_trait::async_trait]
impl<DB> GesprekStore for SqlStore<DB>
where
    DB: Backend,
    for<'c> &'c mut DB::Connection: sqlx::Executor<'c, Database = DB>,
    for<'q> DB::Arguments<'q>: sqlx::IntoArguments<'q, DB>,
    for<'a> &'a str: sqlx::Encode<'a, DB> + sqlx::Type<DB> + sqlx::ColumnIndex<DB::Row>,
    usize: sqlx::ColumnIndex<DB::Row>,
    GesprekRow: for<'r> sqlx::FromRow<'r, DB::Row>,
    CompanionRow: for<'r> sqlx::FromRow<'r, DB::Row>,
    (Id, String, Id, Option<String>, bool, i32): for<'r> sqlx::FromRow<'r, DB::Row>,
    (Id, Option<String>, String, Time): for<'r> sqlx::FromRow<'r, DB::Row>,
    (Id, Option<String>, String, String): for<'r> sqlx::FromRow<'r, DB::Row>,
    (String, String, bool): for<'r> sqlx::FromRow<'r, DB::Row>,
    (Id, i32): for<'r> sqlx::FromRow<'r, DB::Row>,
    (i32,): for<'r> sqlx::FromRow<'r, DB::Row>,
    (i64,): for<'r> sqlx::FromRow<'r, DB::Row>,
    (String,): for<'r> sqlx::FromRow<'r, DB::Row>,
    (Id, String, String, bool, Time): for<'r> sqlx::FromRow<'r, DB::Row>,
    String: Col<DB>,
    Option<String>: Col<DB>,
    i32: Col<DB>,
    bool: Col<DB>,
    Id: Col<DB>,
    Option<Id>: Col<DB>,
    Time: Col<DB>,
    Option<Time>: Col<DB>,
    crate::Day: Col<DB>,
{
    async fn gs_create(&self, new: NewGesprek, ctx: AuditContext) -> StoreResult<Gesprek> {
        let by = actor(&ctx)?;
        let attendees = serde_json::to_string(&new.plan.attendees).map_err(other)?;
        let mut tx = self.writer.begin().await?;
        sqlx::query(
            "INSERT INTO gesprekken (id, traject_id, purpose, starts_at, minutes, place, link, leader_id, attendees, status,
             sequence, follow_up_of, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'planned', 0, $10, $11, $12)",
        )
        .bind(Id::from(new.id))
        .bind(Id::from(new.traject_id))
        .bind(&new.plan.purpose)
        .bind(Time(new.plan.starts_at))
        .bind(i32::try_from(new.plan.minutes).map_err(other)?)
        .bind(&new.plan.place)
        .bind(&new.plan.link)
        .bind(Id::from(new.plan.leader))
        .bind(attendees)
        .bind(new.follow_up_of.map(Id::from))
        .bind(Id::from(by))
        .bind(Time::now())
        .execute(&mut *tx)
        .await?;
        if let Some(old) = new.follow_up_of {
            carry_over(&mut tx, new.traject_id, old, new.id).await?;
        }
        let detail = serde_json::json!({ "gesprek": new.id.to_string(), "what": "planned", "purpose": new.plan.purpose,
            "at": new.plan.starts_at });
        event(&mut tx, new.traject_id, Some(by), "gesprek", detail).await?;
        audit(&mut tx, &logged(&ctx, AuditAction::GesprekPlanned, new.traject_id)).await?;
        let row: GesprekRow = sqlx::query_as(&format!("{GESPREK_SELECT} WHERE g.id = $1"))
            .bind(Id::from(new.id))
            .fetch_one(&mut *tx)
            .await?;
        tx.commit().await?;
        gesprek(row)
    }

    async fn gs_update(
        &self,
        traject: TrajectId,
        id: GesprekId,
        plan: &Plan,
        ctx: AuditContext,
    ) -> StoreResult<Gesprek> {
        let by = actor(&ctx)?;
        let attendees = serde_json::to_string(&plan.attendees).map_err(other)?;
        let mut tx = self.writer.begin().await?;
        let done = sqlx::query(
            "UPDATE gesprekken SET purpose = $1, starts_at = $2, minutes = $3, place = $4, link = $5, leader_id = $6,
             attendees = $7, sequence = sequence + 1 WHERE id = $8 AND traject_id = $9 AND status = 'planned'",
        )
        .bind(&plan.purpose)
        .bind(Time(plan.starts_at))
        .bind(i32::try_from(plan.minutes).map_err(other)?)
        .bind(&plan.place)
        .bind(&plan.link)
        .bind(Id::from(plan.leader))
        .bind(attendees)
        .bind(Id::from(id))
        .bind(Id::from(traject))
        .execute(&mut *tx)
        .await?;
        if DB::rows_affected(&done) == 0 {
            return Err(StoreError::Conflict("only a planned gesprek changes".into()));
        }
        let detail = serde_json::json!({ "gesprek": id.to_string(), "what": "changed", "purpose": plan.purpose, "at": plan.starts_at });
        event(&mut tx, traject, Some(by), "gesprek", detail).await?;
        audit(&mut tx, &logged(&ctx, AuditAction::GesprekChanged, traject)).await?;
        let row: GesprekRow =
            sqlx::query_as(&format!("{GESPREK_SELECT} WHERE g.id = $1")).bind(Id::from(id)).fetch_one(&mut *tx).await?;
        tx.commit().await?;
        gesprek(row)
    }

    async fn gs_cancel(&self, traject: TrajectId, id: GesprekId, ctx: AuditContext) -> StoreResult<Gesprek> {
        let by = actor(&ctx)?;
        let mut tx = self.writer.begin().await?;
        let done = sqlx::query(
            "UPDATE gesprekken SET status = 'cancelled', sequence = sequence + 1
             WHERE id = $1 AND traject_id = $2 AND status = 'planned'",
        )
        .bind(Id::from(id))
        .bind(Id::from(traject))
        .execute(&mut *tx)
        .await?;
        if DB::rows_affected(&done) == 0 {
            return Err(StoreError::Conflict("only a planned gesprek is called off".into()));
        }
        let row: GesprekRow =
            sqlx::query_as(&format!("{GESPREK_SELECT} WHERE g.id = $1")).bind(Id::from(id)).fetch_one(&mut *tx).await?;
        let g = gesprek(row)?;
        let detail = serde_json::json!({ "gesprek": id.to_string(), "what": "cancelled", "purpose": g.plan.purpose, "at": g.plan.starts_at });
        event(&mut tx, traject, Some(by), "gesprek", detail).await?;
        audit(&mut tx, &logged(&ctx, AuditAction::GesprekChanged, traject)).await?;
        tx.commit().await?;
        Ok(g)
    }

    async fn gs_list(&self, traject: TrajectId) -> StoreResult<Vec<Gesprek>> {
        let mut conn = self.reader.acquire().await?;
        let list = gesprekken_of::<DB>(&mut conn, traject).await?;
        conn.done();
        Ok(list)
    }

    async fn gs_get(&self, traject: TrajectId, id: GesprekId) -> StoreResult<Option<GesprekRecord>> {
        // Kept with its file's revision, as the file is (`file_cache`).
        let Some(rev) = self.file_rev(traject).await? else { return Ok(None) };
        if let Some(kept) = self.files.gesprek(traject, rev, id) {
            return Ok(Some(kept));
        }
        let Some((mut tx, rev)) = self.snapshot(traject).await? else { return Ok(None) };
        let record = read_gesprek::<DB>(&mut tx, traject, id).await?;
        tx.commit().await?;
        if let Some(record) = &record {
            self.files.keep_gesprek(traject, rev, record);
        }
        Ok(record)
    }

    async fn gs_get_with_file(
        &self,
        traject: TrajectId,
        id: GesprekId,
        parts: FileParts,
    ) -> StoreResult<Option<(GesprekRecord, Arc<FileRecord>)>> {
        // Both are kept at the file's revision, so one lookup of it serves both, and one
        // read transaction reads what is missing.
        let Some(rev) = self.file_rev(traject).await? else { return Ok(None) };
        if let (Some(record), Some(file)) = (self.files.gesprek(traject, rev, id), self.files.file(traject, rev)) {
            return Ok(Some((record, file)));
        }
        let Some((mut tx, rev)) = self.snapshot(traject).await? else { return Ok(None) };
        let Some(record) = read_gesprek::<DB>(&mut tx, traject, id).await? else { return Ok(None) };
        let file = match self.files.file(traject, rev) {
            Some(file) => file,
            None => match read_file::<DB>(&mut tx, traject, parts).await? {
                Some(file) => Arc::new(file),
                None => return Ok(None),
            },
        };
        tx.commit().await?;
        self.files.keep_gesprek(traject, rev, &record);
        if parts == FileParts::Whole {
            self.files.keep_file(rev, &file);
        }
        Ok(Some((record, file)))
    }

    async fn gs_for_companion(&self, email: &str) -> StoreResult<Vec<(Gesprek, CompanionRecord)>> {
        let rows: Vec<CompanionRow> =
            sqlx::query_as(&format!("{COMPANION_SELECT} WHERE c.email = $1 ORDER BY c.added_at, c.id"))
                .bind(email.to_lowercase())
                .fetch_all(&self.reader)
                .await?;
        let mut out = vec![];
        for row in rows {
            let c = companion(row)?;
            let g: GesprekRow = sqlx::query_as(&format!("{GESPREK_SELECT} WHERE g.id = $1"))
                .bind(Id::from(c.gesprek_id))
                .fetch_one(&self.reader)
                .await?;
            out.push((gesprek(g)?, c));
        }
        Ok(out)
    }

    async fn gs_add_companion(
        &self,
        traject: TrajectId,
        id: GesprekId,
        c: &Companion,
        ctx: AuditContext,
    ) -> StoreResult<CompanionRecord> {
        let by = actor(&ctx)?;
        let mut tx = self.writer.begin().await?;
        planned(&mut tx, traject, id).await?;
        let cid = Id::v7();
        sqlx::query(
            "INSERT INTO gs_companions (id, gesprek_id, traject_id, name, email, relation, role, why, added_by, added_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
        )
        .bind(cid)
        .bind(Id::from(id))
        .bind(Id::from(traject))
        .bind(&c.name)
        .bind(&c.email)
        .bind(c.relation.as_str())
        .bind(c.role.as_str())
        .bind(&c.why)
        .bind(Id::from(by))
        .bind(Time::now())
        .execute(&mut *tx)
        .await?;
        let detail = serde_json::json!({ "gesprek": id.to_string(), "what": "companion", "name": c.name, "role": c.role.as_str() });
        event(&mut tx, traject, Some(by), "gesprek", detail).await?;
        audit(&mut tx, &logged(&ctx, AuditAction::GesprekChanged, traject)).await?;
        let row: CompanionRow =
            sqlx::query_as(&format!("{COMPANION_SELECT} WHERE c.id = $1")).bind(cid).fetch_one(&mut *tx).await?;
        tx.commit().await?;
        companion(row)
    }

    async fn gs_add_point(
        &self,
        traject: TrajectId,
        id: GesprekId,
        text: &str,
        by_parent: bool,
        ctx: AuditContext,
    ) -> StoreResult<AgendaPoint> {
        let by = actor(&ctx)?;
        let mut tx = self.writer.begin().await?;
        planned(&mut tx, traject, id).await?;
        let (last,): (i32,) = sqlx::query_as("SELECT COALESCE(MAX(position), 0) FROM gs_agenda WHERE gesprek_id = $1")
            .bind(Id::from(id))
            .fetch_one(&mut *tx)
            .await?;
        let pid = AgendaPointId::new();
        sqlx::query(
            "INSERT INTO gs_agenda (id, gesprek_id, traject_id, text, added_by, by_parent, position, added_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(Id::from(pid))
        .bind(Id::from(id))
        .bind(Id::from(traject))
        .bind(text)
        .bind(Id::from(by))
        .bind(by_parent)
        .bind(last + 1)
        .bind(Time::now())
        .execute(&mut *tx)
        .await?;
        audit(&mut tx, &logged(&ctx, AuditAction::GesprekChanged, traject)).await?;
        let (name,): (String,) =
            sqlx::query_as("SELECT name FROM users WHERE id = $1").bind(Id::from(by)).fetch_one(&mut *tx).await?;
        tx.commit().await?;
        Ok(AgendaPoint {
            id: pid,
            text: text.to_owned(),
            added_by: by,
            added_by_name: name,
            by_parent,
            position: last + 1,
        })
    }

    async fn gs_remove_point(
        &self,
        traject: TrajectId,
        id: GesprekId,
        point: AgendaPointId,
        ctx: AuditContext,
    ) -> StoreResult<()> {
        let by = actor(&ctx)?;
        let mut tx = self.writer.begin().await?;
        let done = sqlx::query(
            "UPDATE gs_agenda SET removed_at = $1, removed_by = $2
             WHERE id = $3 AND gesprek_id = $4 AND traject_id = $5 AND removed_at IS NULL",
        )
        .bind(Time::now())
        .bind(Id::from(by))
        .bind(Id::from(point))
        .bind(Id::from(id))
        .bind(Id::from(traject))
        .execute(&mut *tx)
        .await?;
        if DB::rows_affected(&done) == 0 {
            return Err(StoreError::NotFound("agenda point".into()));
        }
        audit(&mut tx, &logged(&ctx, AuditAction::GesprekChanged, traject)).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn gs_move_point(
        &self,
        traject: TrajectId,
        id: GesprekId,
        point: AgendaPointId,
        up: bool,
        ctx: AuditContext,
    ) -> StoreResult<()> {
        let mut tx = self.writer.begin().await?;
        let points: Vec<(Id, i32)> = sqlx::query_as(
            "SELECT id, position FROM gs_agenda WHERE gesprek_id = $1 AND traject_id = $2 AND removed_at IS NULL
             ORDER BY position, id",
        )
        .bind(Id::from(id))
        .bind(Id::from(traject))
        .fetch_all(&mut *tx)
        .await?;
        let Some(at) = points.iter().position(|(p, _)| p.0 == point.0) else {
            return Err(StoreError::NotFound("agenda point".into()));
        };
        let other_at = if up { at.checked_sub(1) } else { Some(at + 1).filter(|i| *i < points.len()) };
        if let Some(o) = other_at {
            for (row, position) in [(points[at].0, points[o].1), (points[o].0, points[at].1)] {
                sqlx::query("UPDATE gs_agenda SET position = $1 WHERE id = $2")
                    .bind(position)
                    .bind(row)
                    .execute(&mut *tx)
                    .await?;
            }
            audit(&mut tx, &logged(&ctx, AuditAction::GesprekChanged, traject)).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn gs_answers(&self, id: GesprekId, user: UserId) -> StoreResult<Vec<Answer>> {
        let rows: Vec<(String, String, bool)> = sqlx::query_as(
            "SELECT question, text, shared FROM gs_answers WHERE gesprek_id = $1 AND user_id = $2 ORDER BY question",
        )
        .bind(Id::from(id))
        .bind(Id::from(user))
        .fetch_all(&self.reader)
        .await?;
        rows.into_iter()
            .map(|(q, text, shared)| {
                Ok(Answer { question: Question::parse(&q).ok_or_else(|| bad("question", &q))?, text, shared })
            })
            .collect()
    }

    async fn gs_save_answers(
        &self,
        traject: TrajectId,
        id: GesprekId,
        answers: &[Answer],
        ctx: AuditContext,
    ) -> StoreResult<()> {
        let by = actor(&ctx)?;
        // One statement for all answers, last before the commit: the rows stay locked until
        // commit, so the less happens in between, the less a second save of the same
        // preparation waits.
        // A question given twice keeps its last answer (one statement may not update a
        // row twice). An answer that did not change is not written: its time stays when it
        // was last changed, and the file's revision stays, so kept copies stay good.
        let mut last: Vec<&Answer> = vec![];
        for a in answers {
            last.retain(|kept| kept.question != a.question);
            last.push(a);
        }
        let mut tx = self.writer.begin().await?;
        exists(&mut tx, traject, id).await?;
        audit(&mut tx, &logged(&ctx, AuditAction::GesprekPrepared, traject)).await?;
        if !last.is_empty() {
            let sql = format!(
                "INSERT INTO gs_answers (gesprek_id, traject_id, user_id, question, text, shared, updated_at)
                 VALUES {} ON CONFLICT (gesprek_id, user_id, question) DO UPDATE SET text = excluded.text,
                 shared = excluded.shared, updated_at = excluded.updated_at
                 WHERE gs_answers.text <> excluded.text OR gs_answers.shared <> excluded.shared",
                crate::value_rows(last.len(), 7)
            );
            let mut query = sqlx::query(&sql);
            let now = Time::now();
            for a in last {
                query = query
                    .bind(Id::from(id))
                    .bind(Id::from(traject))
                    .bind(Id::from(by))
                    .bind(a.question.as_str())
                    .bind(&a.text)
                    .bind(a.shared)
                    .bind(now);
            }
            query.execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn gs_report(
        &self,
        traject: TrajectId,
        id: GesprekId,
        report: &Report,
        ctx: AuditContext,
    ) -> StoreResult<()> {
        let by = actor(&ctx)?;
        let json = serde_json::to_string(report).map_err(other)?;
        let mut tx = self.writer.begin().await?;
        let done = sqlx::query(
            "UPDATE gesprekken SET report = $1, report_by = $2, report_at = $3, status = 'held'
             WHERE id = $4 AND traject_id = $5 AND status IN ('planned', 'held')",
        )
        .bind(json)
        .bind(Id::from(by))
        .bind(Time::now())
        .bind(Id::from(id))
        .bind(Id::from(traject))
        .execute(&mut *tx)
        .await?;
        if DB::rows_affected(&done) == 0 {
            return Err(StoreError::Conflict("a cancelled or paused gesprek gets no report".into()));
        }
        event(
            &mut tx,
            traject,
            Some(by),
            "gesprek",
            serde_json::json!({ "gesprek": id.to_string(), "what": "report" }),
        )
        .await?;
        // Each agreement becomes a task on the file's timeline, with its due date.
        for c in &report.commitments {
            let detail = serde_json::json!({ "gesprek": id.to_string(), "who": c.who, "what": c.what, "due": c.due });
            event(&mut tx, traject, Some(by), "commitment", detail).await?;
        }
        audit(&mut tx, &logged(&ctx, AuditAction::GesprekChanged, traject)).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn gs_respond(
        &self,
        traject: TrajectId,
        id: GesprekId,
        response: &Response,
        ctx: AuditContext,
    ) -> StoreResult<()> {
        let by = actor(&ctx)?;
        let json = serde_json::to_string(response).map_err(other)?;
        let mut tx = self.writer.begin().await?;
        let (status,): (String,) = sqlx::query_as("SELECT status FROM gesprekken WHERE id = $1 AND traject_id = $2")
            .bind(Id::from(id))
            .bind(Id::from(traject))
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(StoreError::NotFound("gesprek".into()))?;
        if status != "held" {
            return Err(StoreError::Conflict("only a report is answered".into()));
        }
        sqlx::query(
            "INSERT INTO gs_responses (id, gesprek_id, traject_id, user_id, body, at) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(Id::v7())
        .bind(Id::from(id))
        .bind(Id::from(traject))
        .bind(Id::from(by))
        .bind(json)
        .bind(Time::now())
        .execute(&mut *tx)
        .await?;
        audit(&mut tx, &logged(&ctx, AuditAction::GesprekChanged, traject)).await?;
        tx.commit().await?;
        Ok(())
    }
}

/// `NotFound` unless gesprek `id` is in file `traject`.
async fn exists<DB>(tx: &mut Tx<DB>, traject: TrajectId, id: GesprekId) -> StoreResult<String>
where
    DB: Backend,
    for<'c> &'c mut DB::Connection: sqlx::Executor<'c, Database = DB>,
    for<'q> DB::Arguments<'q>: sqlx::IntoArguments<'q, DB>,
    (String,): for<'r> sqlx::FromRow<'r, DB::Row>,
    Id: Col<DB>,
{
    let row: Option<(String,)> = sqlx::query_as("SELECT status FROM gesprekken WHERE id = $1 AND traject_id = $2")
        .bind(Id::from(id))
        .bind(Id::from(traject))
        .fetch_optional(&mut **tx)
        .await?;
    row.map(|(s,)| s).ok_or(StoreError::NotFound("gesprek".into()))
}

/// Like `exists`, and `Conflict` unless the gesprek is still planned.
async fn planned<DB>(tx: &mut Tx<DB>, traject: TrajectId, id: GesprekId) -> StoreResult<()>
where
    DB: Backend,
    for<'c> &'c mut DB::Connection: sqlx::Executor<'c, Database = DB>,
    for<'q> DB::Arguments<'q>: sqlx::IntoArguments<'q, DB>,
    (String,): for<'r> sqlx::FromRow<'r, DB::Row>,
    Id: Col<DB>,
{
    match exists(tx, traject, id).await?.as_str() {
        "planned" => Ok(()),
        _ => Err(StoreError::Conflict("the gesprek is no longer planned".into())),
    }
}

/// A follow-up carries on: the agenda's points and everyone's preparation are copied, and
/// the gesprek that stopped early is marked paused.
async fn carry_over<DB>(tx: &mut Tx<DB>, traject: TrajectId, old: GesprekId, new: GesprekId) -> StoreResult<()>
where
    DB: Backend,
    for<'c> &'c mut DB::Connection: sqlx::Executor<'c, Database = DB>,
    for<'q> DB::Arguments<'q>: sqlx::IntoArguments<'q, DB>,
    (String,): for<'r> sqlx::FromRow<'r, DB::Row>,
    (Id, String, String, bool, Time): for<'r> sqlx::FromRow<'r, DB::Row>,
    (Id, String, Id, Option<String>, bool, i32): for<'r> sqlx::FromRow<'r, DB::Row>,
    String: Col<DB>,
    Option<String>: Col<DB>,
    i32: Col<DB>,
    bool: Col<DB>,
    Id: Col<DB>,
    Time: Col<DB>,
{
    let done = sqlx::query(
        "UPDATE gesprekken SET status = 'paused' WHERE id = $1 AND traject_id = $2 AND status IN ('planned', 'held')",
    )
    .bind(Id::from(old))
    .bind(Id::from(traject))
    .execute(&mut **tx)
    .await?;
    if DB::rows_affected(&done) == 0 {
        return Err(StoreError::Conflict("only a planned or held gesprek is followed up".into()));
    }
    let points: Vec<(Id, String, Id, Option<String>, bool, i32)> = sqlx::query_as(
        "SELECT a.id, a.text, a.added_by, u.name, a.by_parent, a.position FROM gs_agenda a
         LEFT JOIN users u ON u.id = a.added_by WHERE a.gesprek_id = $1 AND a.removed_at IS NULL",
    )
    .bind(Id::from(old))
    .fetch_all(&mut **tx)
    .await?;
    for (_, text, by, _, by_parent, position) in points {
        sqlx::query(
            "INSERT INTO gs_agenda (id, gesprek_id, traject_id, text, added_by, by_parent, position, added_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(Id::v7())
        .bind(Id::from(new))
        .bind(Id::from(traject))
        .bind(text)
        .bind(by)
        .bind(by_parent)
        .bind(position)
        .bind(Time::now())
        .execute(&mut **tx)
        .await?;
    }
    let answers: Vec<(Id, String, String, bool, Time)> =
        sqlx::query_as("SELECT user_id, question, text, shared, updated_at FROM gs_answers WHERE gesprek_id = $1")
            .bind(Id::from(old))
            .fetch_all(&mut **tx)
            .await?;
    for (user, question, text, shared, at) in answers {
        sqlx::query(
            "INSERT INTO gs_answers (gesprek_id, traject_id, user_id, question, text, shared, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(Id::from(new))
        .bind(Id::from(traject))
        .bind(user)
        .bind(question)
        .bind(text)
        .bind(shared)
        .bind(at)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}
