//! The shared file: the bodies of the `tr_*` Store methods. Each change writes
//! its timeline event and its audit entry in the same transaction.

use crate::deadlines::dates_of;
use crate::document::documents_of;
use crate::gesprek::gesprekken_of;
use crate::{Backend, Col, Day, Id, SqlStore, Time, Tx, audit, other};
use chrono::{DateTime, NaiveDate, Utc};
use futures_util::TryStreamExt;
use samenspoor_domain::auth::LinkProblem;
use samenspoor_domain::traject::{Consent, ConsentKind, NoteVisibility, ParticipantRole, Step};
use samenspoor_domain::{AuditAction, ConsentId, NoteId, ParticipantId, TrajectId, UserId};
use samenspoor_store::*;
use std::str::FromStr;
use std::sync::Arc;

#[derive(sqlx::FromRow)]
struct TrajectRow {
    id: Id,
    child_first_name: String,
    child_last_name: String,
    child_date_of_birth: Day,
    class_name: String,
    school_id: Option<Id>,
    step: String,
    created_at: Time,
    closed_at: Option<Time>,
}

impl TrajectRow {
    fn into_traject(self) -> StoreResult<Traject> {
        Ok(Traject {
            id: TrajectId(self.id.0),
            child_first_name: self.child_first_name,
            child_last_name: self.child_last_name,
            child_date_of_birth: self.child_date_of_birth.0,
            class_name: self.class_name,
            school_id: self.school_id.map(|s| samenspoor_domain::OrganisationId(s.0)),
            step: Step::parse(&self.step).ok_or_else(|| other(&self.step))?,
            created_at: self.created_at.0,
            closed_at: self.closed_at.map(|t| t.0),
        })
    }
}

#[derive(sqlx::FromRow)]
struct ParticipantRow {
    id: Id,
    traject_id: Id,
    user_id: Option<Id>,
    name: Option<String>,
    email: String,
    role: String,
    invited_at: Time,
    expires_at: Time,
    accepted_at: Option<Time>,
    withdrawn_at: Option<Time>,
}

impl ParticipantRow {
    fn into_participant(self) -> StoreResult<Participant> {
        Ok(Participant {
            id: ParticipantId(self.id.0),
            traject_id: TrajectId(self.traject_id.0),
            user_id: self.user_id.map(|u| UserId(u.0)),
            name: self.name,
            email: self.email,
            role: ParticipantRole::parse(&self.role).ok_or_else(|| other(&self.role))?,
            invited_at: self.invited_at.0,
            expires_at: self.expires_at.0,
            accepted_at: self.accepted_at.map(|t| t.0),
            withdrawn_at: self.withdrawn_at.map(|t| t.0),
        })
    }
}

const TRAJECT_COLUMNS: &str = "t.id, t.child_first_name, t.child_last_name, t.child_date_of_birth, t.class_name, \
     t.school_id, t.step, t.created_at, t.closed_at";
const PARTICIPANT_SELECT: &str = "SELECT p.id, p.traject_id, p.user_id, u.name, p.email, p.role, p.invited_at, \
     p.expires_at, p.accepted_at, p.withdrawn_at FROM tr_participants p LEFT JOIN users u ON u.id = p.user_id";

pub(crate) async fn event<DB>(
    tx: &mut Tx<DB>,
    traject: TrajectId,
    actor: Option<UserId>,
    kind: &str,
    detail: serde_json::Value,
) -> StoreResult<()>
where
    DB: Backend,
    for<'c> &'c mut DB::Connection: sqlx::Executor<'c, Database = DB>,
    for<'q> DB::Arguments<'q>: sqlx::IntoArguments<'q, DB>,
    for<'a> &'a str: sqlx::Encode<'a, DB> + sqlx::Type<DB>,
    String: Col<DB>,
    Id: Col<DB>,
    Option<Id>: Col<DB>,
    Time: Col<DB>,
{
    sqlx::query("INSERT INTO tr_timeline (id, traject_id, at, actor_id, kind, detail) VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(Id::v7())
        .bind(Id::from(traject))
        .bind(Time::now())
        .bind(actor.map(Id::from))
        .bind(kind)
        .bind(detail.to_string())
        .execute(&mut **tx)
        .await?;
    Ok(())
}

type TimelineRow = (Id, Time, Option<Id>, Option<String>, String, String);
type ConsentRow = (Id, String, String, String, Id, Option<String>, Time, Option<String>, Option<Time>);

/// File `id` with `parts` read; the rest left empty. Read in one transaction that sees one
/// moment (`SqlStore::snapshot`), so the parts belong together.
pub(crate) async fn read_file<DB>(
    conn: &mut DB::Connection,
    id: TrajectId,
    parts: FileParts,
) -> StoreResult<Option<FileRecord>>
where
    DB: Backend,
    for<'c> &'c mut DB::Connection: sqlx::Executor<'c, Database = DB>,
    for<'q> DB::Arguments<'q>: sqlx::IntoArguments<'q, DB>,
    for<'a> &'a str: sqlx::ColumnIndex<DB::Row>,
    usize: sqlx::ColumnIndex<DB::Row>,
    String: Col<DB>,
    Option<String>: Col<DB>,
    i32: Col<DB>,
    bool: Col<DB>,
    Id: Col<DB>,
    Option<Id>: Col<DB>,
    Time: Col<DB>,
    Option<Time>: Col<DB>,
    Day: Col<DB>,
{
    let row: Option<TrajectRow> = sqlx::query_as(&format!("SELECT {TRAJECT_COLUMNS} FROM trajecten t WHERE t.id = $1"))
        .bind(Id::from(id))
        .fetch_optional(&mut *conn)
        .await?;
    let Some(traject) = row.map(TrajectRow::into_traject).transpose()? else { return Ok(None) };
    let participants: Vec<_> = {
        let rows: Vec<ParticipantRow> =
            sqlx::query_as(&format!("{PARTICIPANT_SELECT} WHERE p.traject_id = $1 ORDER BY p.invited_at, p.id"))
                .bind(Id::from(id))
                .fetch_all(&mut *conn)
                .await?;
        rows.into_iter().map(ParticipantRow::into_participant).collect::<StoreResult<Vec<_>>>()
    }?;
    let consents: Vec<_> = {
        let rows: Vec<ConsentRow> = sqlx::query_as(
            "SELECT c.id, c.kind, c.subject, c.purpose, c.given_by, u.name, c.given_at, c.valid_until, c.revoked_at
             FROM tr_consents c LEFT JOIN users u ON u.id = c.given_by WHERE c.traject_id = $1 ORDER BY c.given_at, c.id",
        )
        .bind(Id::from(id))
        .fetch_all(&mut *conn)
        .await?;
        rows.into_iter()
            .map(|(cid, kind, subject, purpose, by, name, at, until, revoked)| {
                Ok(ConsentRecord {
                    id: ConsentId(cid.0),
                    traject_id: id,
                    consent: Consent {
                        kind: ConsentKind::parse(&kind).ok_or_else(|| other(&kind))?,
                        subject,
                        purpose,
                        given_at: at.0,
                        valid_until: until.as_deref().map(NaiveDate::from_str).transpose().map_err(other)?,
                        revoked_at: revoked.map(|t| t.0),
                    },
                    given_by: UserId(by.0),
                    given_by_name: name.unwrap_or_default(),
                })
            })
            .collect::<StoreResult<Vec<_>>>()
    }?;
    let mut file = FileRecord {
        traject,
        participants,
        consents,
        notes: vec![],
        ticks: vec![],
        timeline: vec![],
        school_name: None,
        gesprekken: vec![],
        dates: vec![],
        documents: vec![],
    };
    if parts == FileParts::Whole {
        file.notes = {
            let rows: Vec<(Id, Id, Option<String>, String, String, Time)> = sqlx::query_as(
                "SELECT n.id, n.author_id, u.name, n.visibility, n.body, n.created_at FROM tr_notes n
                 LEFT JOIN users u ON u.id = n.author_id WHERE n.traject_id = $1 ORDER BY n.created_at DESC, n.id DESC",
            )
            .bind(Id::from(id))
            .fetch_all(&mut *conn)
            .await?;
            rows.into_iter()
                .map(|(nid, author, name, vis, body, at)| {
                    Ok(Note {
                        id: NoteId(nid.0),
                        traject_id: id,
                        author: UserId(author.0),
                        author_name: name.unwrap_or_default(),
                        visibility: NoteVisibility::parse(&vis).ok_or_else(|| other(&vis))?,
                        body,
                        created_at: at.0,
                    })
                })
                .collect::<StoreResult<Vec<_>>>()
        }?;
        file.ticks = {
            let rows: Vec<(String, String, Option<String>, Time)> = sqlx::query_as(
                "SELECT k.step, k.item, u.name, k.at FROM tr_ticks k LEFT JOIN users u ON u.id = k.user_id
                 WHERE k.traject_id = $1 ORDER BY k.at",
            )
            .bind(Id::from(id))
            .fetch_all(&mut *conn)
            .await?;
            rows.into_iter()
                .map(|(step, item, by_name, at)| {
                    Ok(ChecklistTick { step: Step::parse(&step).ok_or_else(|| other(&step))?, item, by_name, at: at.0 })
                })
                .collect::<StoreResult<Vec<_>>>()
        }?;
        file.timeline = {
            let rows: Vec<TimelineRow> = sqlx::query_as(
                "SELECT e.id, e.at, e.actor_id, u.name, e.kind, e.detail FROM tr_timeline e
                 LEFT JOIN users u ON u.id = e.actor_id WHERE e.traject_id = $1 ORDER BY e.at DESC, e.id DESC",
            )
            .bind(Id::from(id))
            .fetch_all(&mut *conn)
            .await?;
            rows.into_iter()
                .map(|(eid, at, actor, actor_name, kind, detail)| {
                    Ok(TimelineEvent {
                        id: eid.0,
                        at: at.0,
                        actor: actor.map(|a| UserId(a.0)),
                        actor_name,
                        kind,
                        detail: serde_json::from_str(&detail).map_err(other)?,
                    })
                })
                .collect::<StoreResult<Vec<_>>>()
        }?;
        if let Some(school) = file.traject.school_id {
            let name: Option<(String,)> = sqlx::query_as("SELECT name FROM organisations WHERE id = $1")
                .bind(Id::from(school))
                .fetch_optional(&mut *conn)
                .await?;
            file.school_name = name.map(|(n,)| n);
        }
    }
    if parts != FileParts::Access {
        file.gesprekken = gesprekken_of::<DB>(conn, id).await?;
        file.dates = dates_of::<DB>(conn, id).await?;
        file.documents = documents_of::<DB>(conn, id, None).await?;
    }
    Ok(Some(file))
}

/// The audit entry of a change to one file.
fn logged(ctx: &AuditContext, action: AuditAction, traject: TrajectId) -> NewAuditEntry {
    ctx.entry(action, "traject", Some(traject.to_string()))
}

#[async_trait::async_trait]
impl<DB> TrajectStore for SqlStore<DB>
where
    DB: Backend,
    for<'c> &'c mut DB::Connection: sqlx::Executor<'c, Database = DB>,
    for<'q> DB::Arguments<'q>: sqlx::IntoArguments<'q, DB>,
    for<'a> &'a str: sqlx::Encode<'a, DB> + sqlx::Type<DB> + sqlx::ColumnIndex<DB::Row>,
    usize: sqlx::ColumnIndex<DB::Row>,
    String: Col<DB>,
    Option<String>: Col<DB>,
    i32: Col<DB>,
    i64: Col<DB>,
    bool: Col<DB>,
    Id: Col<DB>,
    Option<Id>: Col<DB>,
    Time: Col<DB>,
    Option<Time>: Col<DB>,
    Day: Col<DB>,
{
    async fn tr_create(&self, new: NewTraject, ctx: AuditContext) -> StoreResult<Traject> {
        let mut tx = self.writer.begin().await?;
        let now = Utc::now();
        let (email,): (String,) = sqlx::query_as("SELECT email FROM users WHERE id = $1")
            .bind(Id::from(new.creator))
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(StoreError::NotFound("user".into()))?;
        sqlx::query(
            "INSERT INTO trajecten (id, child_first_name, child_last_name, child_date_of_birth, class_name, school_id, step, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(Id::from(new.id))
        .bind(&new.child.first_name)
        .bind(&new.child.last_name)
        .bind(Day(new.child.date_of_birth))
        .bind(&new.child.class_name)
        .bind(new.school_id.map(Id::from))
        .bind(Step::Talk.as_str())
        .bind(Time(now))
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO tr_participants (id, traject_id, user_id, email, role, invited_at, expires_at, accepted_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(Id::v7())
        .bind(Id::from(new.id))
        .bind(Id::from(new.creator))
        .bind(&email)
        .bind(new.creator_role.as_str())
        .bind(Time(now))
        .bind(Time(now))
        .bind(Time(now))
        .execute(&mut *tx)
        .await?;
        event(&mut tx, new.id, Some(new.creator), "created", serde_json::json!({ "role": new.creator_role.as_str() }))
            .await?;
        audit(&mut tx, &logged(&ctx, AuditAction::TrajectCreated, new.id)).await?;
        tx.commit().await?;
        self.tr_get(new.id).await?.ok_or(StoreError::NotFound("traject".into()))
    }

    async fn tr_file(&self, id: TrajectId, parts: FileParts) -> StoreResult<Option<Arc<FileRecord>>> {
        let Some(rev) = self.file_rev(id).await? else {
            self.files.forget(id);
            return Ok(None);
        };
        if let Some(file) = self.files.file(id, rev) {
            return Ok(Some(file));
        }
        let Some((mut tx, rev)) = self.snapshot(id).await? else { return Ok(None) };
        let Some(file) = read_file::<DB>(&mut tx, id, parts).await? else { return Ok(None) };
        tx.commit().await?;
        let file = Arc::new(file);
        // Only a file read whole is kept.
        if parts == FileParts::Whole {
            self.files.keep_file(rev, &file);
        }
        Ok(Some(file))
    }

    async fn tr_list_for_user(&self, user: UserId) -> StoreResult<Vec<(Traject, ParticipantRole)>> {
        #[derive(sqlx::FromRow)]
        struct Row {
            #[sqlx(flatten)]
            t: TrajectRow,
            role: String,
        }
        let rows: Vec<Row> = sqlx::query_as(&format!(
            "SELECT {TRAJECT_COLUMNS}, p.role FROM trajecten t JOIN tr_participants p ON p.traject_id = t.id
             WHERE p.user_id = $1 AND p.accepted_at IS NOT NULL AND p.withdrawn_at IS NULL ORDER BY t.created_at DESC"
        ))
        .bind(Id::from(user))
        .fetch_all(&self.reader)
        .await?;
        rows.into_iter()
            .map(|r| {
                let role = ParticipantRole::parse(&r.role).ok_or_else(|| other(&r.role))?;
                Ok((r.t.into_traject()?, role))
            })
            .collect()
    }

    async fn tr_invite(&self, new: NewInvitation, ctx: AuditContext) -> StoreResult<Participant> {
        let mut tx = self.writer.begin().await?;
        let id = ParticipantId::new();
        sqlx::query(
            "INSERT INTO tr_participants (id, traject_id, email, role, token_hash, invited_at, expires_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(Id::from(id))
        .bind(Id::from(new.traject_id))
        .bind(new.email.as_str())
        .bind(new.role.as_str())
        .bind(&new.token_hash)
        .bind(Time::now())
        .bind(Time(new.expires_at))
        .execute(&mut *tx)
        .await?;
        let detail = serde_json::json!({ "email": new.email.as_str(), "role": new.role.as_str() });
        event(&mut tx, new.traject_id, ctx.actor, "invited", detail).await?;
        audit(&mut tx, &logged(&ctx, AuditAction::ParticipantInvited, new.traject_id)).await?;
        tx.commit().await?;
        self.tr_participants(new.traject_id)
            .await?
            .into_iter()
            .find(|p| p.id == id)
            .ok_or(StoreError::NotFound("participant".into()))
    }

    async fn tr_invitation(&self, token_hash: &str) -> StoreResult<Option<Participant>> {
        let row: Option<ParticipantRow> = sqlx::query_as(&format!("{PARTICIPANT_SELECT} WHERE p.token_hash = $1"))
            .bind(token_hash)
            .fetch_optional(&self.reader)
            .await?;
        row.map(ParticipantRow::into_participant).transpose()
    }

    async fn tr_accept(
        &self,
        token_hash: &str,
        user: UserId,
        now: DateTime<Utc>,
        ip: Option<String>,
    ) -> StoreResult<Result<Participant, LinkProblem>> {
        let mut tx = self.writer.begin().await?;
        // The conditions in the UPDATE make an invitation single-use under races.
        let claimed: Option<(Id, Id)> = sqlx::query_as(
            "UPDATE tr_participants SET user_id = $1, accepted_at = $2
             WHERE token_hash = $3 AND accepted_at IS NULL AND withdrawn_at IS NULL AND expires_at > $4
             RETURNING id, traject_id",
        )
        .bind(Id::from(user))
        .bind(Time(now))
        .bind(token_hash)
        .bind(Time(now))
        .fetch_optional(&mut *tx)
        .await?;
        let Some((id, traject)) = claimed else {
            let row: Option<(Time, Option<Time>, Option<Time>)> = sqlx::query_as(
                "SELECT expires_at, accepted_at, withdrawn_at FROM tr_participants WHERE token_hash = $1",
            )
            .bind(token_hash)
            .fetch_optional(&mut *tx)
            .await?;
            return Ok(Err(match row {
                None => LinkProblem::Unknown,
                Some((_, Some(_), _)) | Some((_, _, Some(_))) => LinkProblem::AlreadyUsed,
                Some(_) => LinkProblem::Expired,
            }));
        };
        let (id, traject) = (ParticipantId(id.0), TrajectId(traject.0));
        event(&mut tx, traject, Some(user), "joined", serde_json::json!({})).await?;
        audit(&mut tx, &logged(&AuditContext { actor: Some(user), ip }, AuditAction::InvitationAccepted, traject))
            .await?;
        tx.commit().await?;
        let p = self.tr_participants(traject).await?.into_iter().find(|p| p.id == id);
        Ok(Ok(p.ok_or(StoreError::NotFound("participant".into()))?))
    }

    async fn tr_withdraw(&self, traject: TrajectId, participant: ParticipantId, ctx: AuditContext) -> StoreResult<()> {
        let mut tx = self.writer.begin().await?;
        let done = sqlx::query(
            "UPDATE tr_participants SET withdrawn_at = $1 WHERE id = $2 AND traject_id = $3 AND withdrawn_at IS NULL",
        )
        .bind(Time::now())
        .bind(Id::from(participant))
        .bind(Id::from(traject))
        .execute(&mut *tx)
        .await?;
        if DB::rows_affected(&done) == 0 {
            return Err(StoreError::NotFound("participant".into()));
        }
        event(&mut tx, traject, ctx.actor, "withdrawn", serde_json::json!({ "participant": participant.to_string() }))
            .await?;
        audit(&mut tx, &logged(&ctx, AuditAction::InvitationWithdrawn, traject)).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn tr_move(&self, id: TrajectId, from: Step, to: Step, why: &str, ctx: AuditContext) -> StoreResult<Traject> {
        if !from.may_become(to) {
            return Err(StoreError::Conflict(format!("{} cannot become {}", from.as_str(), to.as_str())));
        }
        let mut tx = self.writer.begin().await?;
        let closed = (to == Step::Closed).then(Time::now);
        let done = sqlx::query("UPDATE trajecten SET step = $1, closed_at = $2 WHERE id = $3 AND step = $4")
            .bind(to.as_str())
            .bind(closed)
            .bind(Id::from(id))
            .bind(from.as_str())
            .execute(&mut *tx)
            .await?;
        if DB::rows_affected(&done) == 0 {
            return Err(StoreError::Conflict("the file is not at that step (any more)".into()));
        }
        let detail = serde_json::json!({ "from": from.as_str(), "to": to.as_str(), "why": why });
        event(&mut tx, id, ctx.actor, "step", detail).await?;
        audit(&mut tx, &logged(&ctx, AuditAction::StepChanged, id)).await?;
        tx.commit().await?;
        self.tr_get(id).await?.ok_or(StoreError::NotFound("traject".into()))
    }

    async fn tr_close_proposal(
        &self,
        id: TrajectId,
        from: Step,
        why: Option<&str>,
        ctx: AuditContext,
    ) -> StoreResult<()> {
        let mut tx = self.writer.begin().await?;
        let at: Option<(String,)> = sqlx::query_as("SELECT step FROM trajecten WHERE id = $1")
            .bind(Id::from(id))
            .fetch_optional(&mut *tx)
            .await?;
        if at.map(|(s,)| s) != Some(from.as_str().to_owned()) || !from.closes_early() {
            return Err(StoreError::Conflict("the file is not at that step (any more)".into()));
        }
        let last: Option<(String,)> = sqlx::query_as(&format!(
            "SELECT kind FROM tr_timeline WHERE traject_id = $1 AND kind IN ('{}') ORDER BY at DESC, id DESC LIMIT 1",
            CLOSE_PROPOSAL_KINDS.join("', '")
        ))
        .bind(Id::from(id))
        .fetch_optional(&mut *tx)
        .await?;
        let open = last.is_some_and(|(k,)| k == "close_proposed");
        let (kind, detail, action) = match why {
            Some(why) => {
                ("close_proposed", serde_json::json!({ "from": from.as_str(), "why": why }), AuditAction::CloseProposed)
            }
            None if open => {
                ("close_declined", serde_json::json!({ "from": from.as_str() }), AuditAction::CloseDeclined)
            }
            None => return Err(StoreError::Conflict("there is no proposal to close".into())),
        };
        event(&mut tx, id, ctx.actor, kind, detail).await?;
        audit(&mut tx, &logged(&ctx, action, id)).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn tr_set_tick(
        &self,
        id: TrajectId,
        step: Step,
        item: &str,
        ticked: bool,
        ctx: AuditContext,
    ) -> StoreResult<()> {
        let mut tx = self.writer.begin().await?;
        if ticked {
            sqlx::query(
                "INSERT INTO tr_ticks (traject_id, step, item, user_id, at) VALUES ($1, $2, $3, $4, $5)
                 ON CONFLICT (traject_id, step, item) DO NOTHING",
            )
            .bind(Id::from(id))
            .bind(step.as_str())
            .bind(item)
            .bind(ctx.actor.map(Id::from))
            .bind(Time::now())
            .execute(&mut *tx)
            .await?;
        } else {
            sqlx::query("DELETE FROM tr_ticks WHERE traject_id = $1 AND step = $2 AND item = $3")
                .bind(Id::from(id))
                .bind(step.as_str())
                .bind(item)
                .execute(&mut *tx)
                .await?;
        }
        let detail = serde_json::json!({ "step": step.as_str(), "item": item, "ticked": ticked });
        event(&mut tx, id, ctx.actor, "checklist", detail).await?;
        audit(&mut tx, &logged(&ctx, AuditAction::ChecklistChanged, id)).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn tr_give_consent(&self, new: NewConsent, ctx: AuditContext) -> StoreResult<ConsentRecord> {
        let giver = ctx.actor.ok_or(StoreError::Conflict("consent needs a parent".into()))?;
        let mut tx = self.writer.begin().await?;
        let id = ConsentId::new();
        sqlx::query(
            "INSERT INTO tr_consents (id, traject_id, kind, subject, purpose, given_by, given_at, valid_until)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(Id::from(id))
        .bind(Id::from(new.traject_id))
        .bind(new.kind.as_str())
        .bind(&new.subject)
        .bind(&new.purpose)
        .bind(Id::from(giver))
        .bind(Time::now())
        .bind(new.valid_until.map(|d| d.to_string()))
        .execute(&mut *tx)
        .await?;
        let detail = serde_json::json!({ "kind": new.kind.as_str(), "subject": new.subject, "purpose": new.purpose });
        event(&mut tx, new.traject_id, Some(giver), "consent_given", detail).await?;
        audit(&mut tx, &logged(&ctx, AuditAction::ConsentGiven, new.traject_id)).await?;
        tx.commit().await?;
        self.tr_consents(new.traject_id)
            .await?
            .into_iter()
            .find(|c| c.id == id)
            .ok_or(StoreError::NotFound("consent".into()))
    }

    async fn tr_revoke_consent(&self, traject: TrajectId, consent: ConsentId, ctx: AuditContext) -> StoreResult<()> {
        let mut tx = self.writer.begin().await?;
        let kind: Option<(String,)> = sqlx::query_as(
            "UPDATE tr_consents SET revoked_at = $1, revoked_by = $2 WHERE id = $3 AND traject_id = $4 AND revoked_at IS NULL
             RETURNING kind",
        )
        .bind(Time::now())
        .bind(ctx.actor.map(Id::from))
        .bind(Id::from(consent))
        .bind(Id::from(traject))
        .fetch_optional(&mut *tx)
        .await?;
        let (kind,) = kind.ok_or(StoreError::NotFound("consent".into()))?;
        event(&mut tx, traject, ctx.actor, "consent_revoked", serde_json::json!({ "kind": kind })).await?;
        audit(&mut tx, &logged(&ctx, AuditAction::ConsentRevoked, traject)).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn tr_add_note(&self, new: NewNote, ctx: AuditContext) -> StoreResult<Note> {
        let author = ctx.actor.ok_or(StoreError::Conflict("a note needs an author".into()))?;
        let mut tx = self.writer.begin().await?;
        let id = NoteId::new();
        // What the database stored (at its precision) is what the caller gets back.
        let (created_at,): (Time,) = sqlx::query_as(
            "INSERT INTO tr_notes (id, traject_id, author_id, visibility, body, created_at) VALUES ($1, $2, $3, $4, $5, $6)
             RETURNING created_at",
        )
        .bind(Id::from(id))
        .bind(Id::from(new.traject_id))
        .bind(Id::from(author))
        .bind(new.visibility.as_str())
        .bind(&new.body)
        .bind(Time::now())
        .fetch_one(&mut *tx)
        .await?;
        // A private note stays off the shared timeline.
        if new.visibility == NoteVisibility::Shared {
            event(&mut tx, new.traject_id, Some(author), "note", serde_json::json!({ "note": id.to_string() })).await?;
        }
        audit(&mut tx, &logged(&ctx, AuditAction::NoteAdded, new.traject_id)).await?;
        let (author_name,): (String,) =
            sqlx::query_as("SELECT name FROM users WHERE id = $1").bind(Id::from(author)).fetch_one(&mut *tx).await?;
        tx.commit().await?;
        Ok(Note {
            id,
            traject_id: new.traject_id,
            author,
            author_name,
            visibility: new.visibility,
            body: new.body,
            created_at: created_at.0,
        })
    }

    async fn tr_retime(
        &self,
        id: TrajectId,
        marks: &[(DateTime<Utc>, DateTime<Utc>)],
        end: DateTime<Utc>,
    ) -> StoreResult<()> {
        const COLUMNS: [(&str, &str, &str); 7] = [
            ("trajecten", "created_at", "id"),
            ("tr_participants", "invited_at", "traject_id"),
            ("tr_participants", "accepted_at", "traject_id"),
            ("tr_ticks", "at", "traject_id"),
            ("tr_consents", "given_at", "traject_id"),
            ("tr_notes", "created_at", "traject_id"),
            ("tr_timeline", "at", "traject_id"),
        ];
        let mut tx = self.writer.begin().await?;
        for (i, (from, to)) in marks.iter().enumerate() {
            let until = marks.get(i + 1).map_or(end, |m| m.0);
            for (table, column, key) in COLUMNS {
                sqlx::query(&format!(
                    "UPDATE {table} SET {column} = $1 WHERE {key} = $2 AND {column} >= $3 AND {column} < $4"
                ))
                .bind(Time(*to))
                .bind(Id::from(id))
                .bind(Time(*from))
                .bind(Time(until))
                .execute(&mut *tx)
                .await?;
            }
        }
        tx.commit().await?;
        Ok(())
    }

    async fn tr_purge_closed(&self, closed_before: DateTime<Utc>) -> StoreResult<u64> {
        let mut tx = self.writer.begin().await?;
        let old: Vec<(Id, Time)> =
            sqlx::query_as("SELECT id, closed_at FROM trajecten WHERE closed_at IS NOT NULL AND closed_at < $1")
                .bind(Time(closed_before))
                .fetch_all(&mut *tx)
                .await?;
        for (id, closed_at) in &old {
            for table in [
                "notifications",
                "tr_dates",
                "gs_responses",
                "gs_answers",
                "gs_agenda",
                "gs_companions",
                "gesprekken",
                "document_records",
                "document_versions",
                "documents",
                "tr_timeline",
                "tr_notes",
                "tr_consents",
                "tr_ticks",
                "tr_participants",
            ] {
                sqlx::query(&format!("DELETE FROM {table} WHERE traject_id = $1")).bind(id).execute(&mut *tx).await?;
            }
            sqlx::query("DELETE FROM trajecten WHERE id = $1").bind(id).execute(&mut *tx).await?;
            sqlx::query("INSERT INTO tr_deleted (id, deleted_at, closed_month) VALUES ($1, $2, $3)")
                .bind(Id::v7())
                .bind(Time::now())
                .bind(closed_at.0.format("%Y-%m").to_string())
                .execute(&mut *tx)
                .await?;
            audit(
                &mut tx,
                &AuditContext::system().entry(AuditAction::TrajectDeleted, "traject", Some(id.0.to_string())),
            )
            .await?;
        }
        tx.commit().await?;
        Ok(old.len() as u64)
    }

    async fn audit_lines(
        &self,
        object_type: &str,
        object_id: &str,
        me: UserId,
        offset: u32,
        limit: u32,
    ) -> StoreResult<AccessLines> {
        // From the runs the store keeps as it writes the log (migration 0015), newest first,
        // only as far as the page needs. Leaving out the reader's own runs can bring two runs
        // of someone else together: they become one line.
        let (mine, my_last): (Option<i64>, Option<Time>) = sqlx::query_as(crate::plans::MY_RUNS)
            .bind(object_type)
            .bind(object_id)
            .bind(Id::from(me))
            .fetch_one(&self.reader)
            .await?;
        // Read only as far as the page needs, from a connection of its own: one left
        // mid-answer goes back to sqlx, which finishes it off.
        let mut conn = self.reader.acquire().await?;
        #[allow(clippy::type_complexity)]
        let mut runs = sqlx::query_as::<_, (Time, Time, i32, Option<Id>, Option<String>, Option<String>, String)>(
            crate::plans::OTHERS_RUNS,
        )
        .bind(object_type)
        .bind(object_id)
        .bind(Id::from(me))
        .fetch(&mut *conn);
        let wanted = offset as usize + limit as usize;
        let mut others: Vec<AccessLine> = vec![];
        while let Some((first_at, last_at, count, actor, actor_name, actor_role, action)) = runs.try_next().await? {
            let actor = actor.map(|a| UserId(a.0));
            let action = AuditAction::parse(&action).ok_or_else(|| other(&action))?;
            let count = usize::try_from(count).map_err(other)?;
            let full = others.len() == wanted;
            match others.last_mut() {
                Some(line) if line.entry.actor == actor && line.entry.action == action => {
                    line.count += count;
                    line.since = first_at.0;
                }
                // A new line past the page: the page's last line is complete.
                _ if full => break,
                _ => others.push(AccessLine {
                    entry: AccessEntry { at: last_at.0, actor, actor_name, actor_role, action, ip: None },
                    count,
                    since: first_at.0,
                }),
            }
        }
        others.drain(..others.len().min(offset as usize));
        Ok(AccessLines { others, mine: mine.unwrap_or(0).try_into().map_err(other)?, my_last: my_last.map(|t| t.0) })
    }

    async fn audit_for_object(&self, object_type: &str, object_id: &str, limit: u32) -> StoreResult<Vec<AccessEntry>> {
        #[allow(clippy::type_complexity)]
        let rows: Vec<(Time, Option<Id>, Option<String>, Option<String>, String, Option<String>)> = sqlx::query_as(
            "SELECT a.at, a.actor_id, u.name, u.role, a.action, a.ip FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
             WHERE a.object_type = $1 AND a.object_id = $2 ORDER BY a.at DESC, a.id DESC LIMIT $3",
        )
        .bind(object_type)
        .bind(object_id)
        .bind(i64::from(limit))
        .fetch_all(&self.reader)
        .await?;
        rows.into_iter()
            .map(|(at, actor, actor_name, actor_role, action, ip)| {
                Ok(AccessEntry {
                    at: at.0,
                    actor: actor.map(|a| UserId(a.0)),
                    actor_name,
                    actor_role,
                    action: AuditAction::parse(&action).ok_or_else(|| other(&action))?,
                    ip,
                })
            })
            .collect()
    }
}
