//! Documents: the bodies of the `doc_*` Store methods. A version's content and a record's
//! body are stored as JSON text; the version number's primary key makes two saves on the
//! same base a conflict, whichever database.

use crate::traject::event;
use crate::{Backend, Col, Id, SqlStore, Time, Tx, audit, other};
use samenspoor_domain::document::status::{Recorded, Version};
use samenspoor_domain::document::{Content, DocumentKind, RecordBody};
use samenspoor_domain::{AuditAction, DocumentId, TrajectId};
use samenspoor_store::*;

type HeadRow = (Id, Id, String, String, Time, i32, Time, Option<String>);

const HEAD_SELECT: &str = "SELECT d.id, d.traject_id, d.kind, d.title, d.created_at, v.number, v.saved_at, u.name
     FROM documents d
     JOIN document_versions v ON v.document_id = d.id
      AND v.number = (SELECT MAX(number) FROM document_versions WHERE document_id = d.id)
     LEFT JOIN users u ON u.id = v.saved_by";

fn head((id, traject, kind, title, created_at, number, saved_at, name): HeadRow) -> StoreResult<DocumentHead> {
    Ok(DocumentHead {
        id: DocumentId(id.0),
        traject_id: TrajectId(traject.0),
        kind: DocumentKind::parse(&kind).ok_or_else(|| other(&kind))?,
        title,
        created_at: created_at.0,
        version: u32::try_from(number).map_err(other)?,
        saved_at: saved_at.0,
        saved_by_name: name.unwrap_or_default(),
    })
}

/// A version's or record's row, with its document first.
type PartRow = (Id, i32, String, Time, Option<String>);

/// The documents of file `traject`, or only its document `only`, each with every version
/// and record: three reads, whatever the number of documents.
pub(crate) async fn documents_of<DB>(
    conn: &mut DB::Connection,
    traject: TrajectId,
    only: Option<DocumentId>,
) -> StoreResult<Vec<DocumentFile>>
where
    DB: Backend,
    for<'c> &'c mut DB::Connection: sqlx::Executor<'c, Database = DB>,
    for<'q> DB::Arguments<'q>: sqlx::IntoArguments<'q, DB>,
    HeadRow: for<'r> sqlx::FromRow<'r, DB::Row>,
    PartRow: for<'r> sqlx::FromRow<'r, DB::Row>,
    Id: Col<DB>,
{
    let (filter, key) = match only {
        Some(doc) => ("d.id", Id::from(doc)),
        None => ("d.traject_id", Id::from(traject)),
    };
    // The file is checked on the heads; the versions and records follow their documents.
    let heads: Vec<HeadRow> =
        sqlx::query_as(&format!("{HEAD_SELECT} WHERE {filter} = $1 AND d.traject_id = $2 ORDER BY d.created_at, d.id"))
            .bind(key)
            .bind(Id::from(traject))
            .fetch_all(&mut *conn)
            .await?;
    if heads.is_empty() {
        return Ok(vec![]);
    }
    let versions: Vec<PartRow> = sqlx::query_as(&format!(
        "SELECT v.document_id, v.number, v.content, v.saved_at, u.name FROM document_versions v
         JOIN documents d ON d.id = v.document_id LEFT JOIN users u ON u.id = v.saved_by
         WHERE {filter} = $1 ORDER BY v.number"
    ))
    .bind(key)
    .fetch_all(&mut *conn)
    .await?;
    let records: Vec<PartRow> = sqlx::query_as(&format!(
        "SELECT r.document_id, r.version, r.body, r.at, u.name FROM document_records r
         JOIN documents d ON d.id = r.document_id LEFT JOIN users u ON u.id = r.by_user
         WHERE {filter} = $1 ORDER BY r.at, r.id"
    ))
    .bind(key)
    .fetch_all(&mut *conn)
    .await?;
    let mut versions = versions
        .into_iter()
        .map(|(doc, n, content, at, name)| {
            let version = Version {
                number: u32::try_from(n).map_err(other)?,
                content: serde_json::from_str::<Content>(&content).map_err(other)?,
                saved_at: at.0,
                saved_by_name: name.unwrap_or_default(),
            };
            Ok((doc, version))
        })
        .collect::<StoreResult<Vec<_>>>()?;
    let mut records = records
        .into_iter()
        .map(|(doc, version, body, at, name)| {
            let record = Recorded {
                version: u32::try_from(version).map_err(other)?,
                body: serde_json::from_str::<RecordBody>(&body).map_err(other)?,
                at: at.0,
                by_name: name.unwrap_or_default(),
            };
            Ok((doc, record))
        })
        .collect::<StoreResult<Vec<_>>>()?;
    heads
        .into_iter()
        .map(|row| {
            let head = head(row)?;
            let mine = |doc: &Id| doc.0 == head.id.0;
            let versions = versions.extract_if(.., |(doc, _)| mine(doc)).map(|(_, v)| v).collect();
            let records = records.extract_if(.., |(doc, _)| mine(doc)).map(|(_, r)| r).collect();
            Ok(DocumentFile { head, versions, records })
        })
        .collect()
}

fn number(n: u32) -> StoreResult<i32> {
    i32::try_from(n).map_err(other)
}

/// A document's changes are logged on its file, so the parents' access log shows them.
fn logged(ctx: &AuditContext, action: AuditAction, traject: TrajectId) -> NewAuditEntry {
    ctx.entry(action, "traject", Some(traject.to_string()))
}

/// The title of document `id` in file `traject`; `NotFound` when it is not in that file.
async fn title_of<DB>(tx: &mut Tx<DB>, traject: TrajectId, id: DocumentId) -> StoreResult<String>
where
    DB: Backend,
    for<'c> &'c mut DB::Connection: sqlx::Executor<'c, Database = DB>,
    for<'q> DB::Arguments<'q>: sqlx::IntoArguments<'q, DB>,
    (String,): for<'r> sqlx::FromRow<'r, DB::Row>,
    Id: Col<DB>,
{
    let row: Option<(String,)> = sqlx::query_as("SELECT title FROM documents WHERE id = $1 AND traject_id = $2")
        .bind(Id::from(id))
        .bind(Id::from(traject))
        .fetch_optional(&mut **tx)
        .await?;
    row.map(|(t,)| t).ok_or(StoreError::NotFound("document".into()))
}

#[async_trait::async_trait]
impl<DB> DocumentStore for SqlStore<DB>
where
    DB: Backend,
    for<'c> &'c mut DB::Connection: sqlx::Executor<'c, Database = DB>,
    for<'q> DB::Arguments<'q>: sqlx::IntoArguments<'q, DB>,
    for<'a> &'a str: sqlx::Encode<'a, DB> + sqlx::Type<DB>,
    (i32,): for<'r> sqlx::FromRow<'r, DB::Row>,
    (String,): for<'r> sqlx::FromRow<'r, DB::Row>,
    HeadRow: for<'r> sqlx::FromRow<'r, DB::Row>,
    PartRow: for<'r> sqlx::FromRow<'r, DB::Row>,
    String: Col<DB>,
    Option<String>: Col<DB>,
    i32: Col<DB>,
    Id: Col<DB>,
    Option<Id>: Col<DB>,
    Time: Col<DB>,
{
    async fn doc_create(&self, new: NewDocument, ctx: AuditContext) -> StoreResult<DocumentHead> {
        let author = ctx.actor.ok_or(StoreError::Conflict("a document needs an author".into()))?;
        let content = serde_json::to_string(&new.content).map_err(other)?;
        let now = Time::now();
        let mut tx = self.writer.begin().await?;
        sqlx::query("INSERT INTO documents (id, traject_id, kind, title, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6)")
            .bind(Id::from(new.id))
            .bind(Id::from(new.traject_id))
            .bind(new.kind.as_str())
            .bind(&new.title)
            .bind(Id::from(author))
            .bind(now)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO document_versions (document_id, traject_id, number, content, saved_by, saved_at)
             VALUES ($1, $2, 1, $3, $4, $5)",
        )
        .bind(Id::from(new.id))
        .bind(Id::from(new.traject_id))
        .bind(content)
        .bind(Id::from(author))
        .bind(now)
        .execute(&mut *tx)
        .await?;
        let detail = serde_json::json!({ "document": new.id.to_string(), "title": new.title, "what": "created" });
        event(&mut tx, new.traject_id, Some(author), "document", detail).await?;
        audit(&mut tx, &logged(&ctx, AuditAction::DocumentCreated, new.traject_id)).await?;
        let row: HeadRow = sqlx::query_as(&format!("{HEAD_SELECT} WHERE d.id = $1"))
            .bind(Id::from(new.id))
            .fetch_one(&mut *tx)
            .await?;
        tx.commit().await?;
        head(row)
    }

    async fn doc_list(&self, traject: TrajectId) -> StoreResult<Vec<DocumentHead>> {
        let rows: Vec<HeadRow> =
            sqlx::query_as(&format!("{HEAD_SELECT} WHERE d.traject_id = $1 ORDER BY d.created_at, d.id"))
                .bind(Id::from(traject))
                .fetch_all(&self.reader)
                .await?;
        rows.into_iter().map(head).collect()
    }

    async fn doc_get(&self, traject: TrajectId, id: DocumentId) -> StoreResult<Option<DocumentFile>> {
        // One read transaction that sees one moment, so the versions and records belong
        // together.
        let mut tx = self.reader.begin_with(DB::SNAPSHOT).await?;
        let mut found = documents_of::<DB>(&mut tx, traject, Some(id)).await?;
        tx.commit().await?;
        Ok(found.pop())
    }

    async fn doc_save(
        &self,
        traject: TrajectId,
        id: DocumentId,
        base: u32,
        content: &Content,
        ctx: AuditContext,
    ) -> StoreResult<u32> {
        let author = ctx.actor.ok_or(StoreError::Conflict("a version needs an author".into()))?;
        let json = serde_json::to_string(content).map_err(other)?;
        let mut tx = self.writer.begin().await?;
        let title = title_of(&mut tx, traject, id).await?;
        let (newest,): (i32,) =
            sqlx::query_as("SELECT COALESCE(MAX(number), 0) FROM document_versions WHERE document_id = $1")
                .bind(Id::from(id))
                .fetch_one(&mut *tx)
                .await?;
        if newest != number(base)? {
            return Err(StoreError::Conflict(format!("version {base} is not the newest (that is {newest})")));
        }
        let next = base + 1;
        // The primary key (document_id, number) refuses a second save on the same base
        // that raced past the check above.
        sqlx::query(
            "INSERT INTO document_versions (document_id, traject_id, number, content, saved_by, saved_at)
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(Id::from(id))
        .bind(Id::from(traject))
        .bind(number(next)?)
        .bind(json)
        .bind(Id::from(author))
        .bind(Time::now())
        .execute(&mut *tx)
        .await
        .map_err(|e| match e {
            sqlx::Error::Database(d) if d.is_unique_violation() => {
                StoreError::Conflict(format!("version {next} was saved by someone else"))
            }
            e => e.into(),
        })?;
        let detail =
            serde_json::json!({ "document": id.to_string(), "title": title, "what": "saved", "version": next });
        event(&mut tx, traject, Some(author), "document", detail).await?;
        audit(&mut tx, &logged(&ctx, AuditAction::DocumentSaved, traject)).await?;
        tx.commit().await?;
        Ok(next)
    }

    async fn doc_record(
        &self,
        traject: TrajectId,
        id: DocumentId,
        version: u32,
        body: &RecordBody,
        ctx: AuditContext,
    ) -> StoreResult<()> {
        let author = ctx.actor.ok_or(StoreError::Conflict("a record needs an author".into()))?;
        let json = serde_json::to_string(body).map_err(other)?;
        let mut tx = self.writer.begin().await?;
        let title = title_of(&mut tx, traject, id).await?;
        let exists: Option<(i32,)> =
            sqlx::query_as("SELECT number FROM document_versions WHERE document_id = $1 AND number = $2")
                .bind(Id::from(id))
                .bind(number(version)?)
                .fetch_optional(&mut *tx)
                .await?;
        if exists.is_none() {
            return Err(StoreError::NotFound("document version".into()));
        }
        sqlx::query(
            "INSERT INTO document_records (id, document_id, traject_id, version, kind, body, by_user, at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(Id::v7())
        .bind(Id::from(id))
        .bind(Id::from(traject))
        .bind(number(version)?)
        .bind(body.kind())
        .bind(json)
        .bind(Id::from(author))
        .bind(Time::now())
        .execute(&mut *tx)
        .await?;
        let detail =
            serde_json::json!({ "document": id.to_string(), "title": title, "what": body.kind(), "version": version });
        event(&mut tx, traject, Some(author), "document", detail).await?;
        audit(&mut tx, &logged(&ctx, AuditAction::DocumentRecorded, traject)).await?;
        tx.commit().await?;
        Ok(())
    }
}
