//! Documents in a file: each save a new numbered version, records beside the versions.
//! Rows carry their traject's id, as every row of a file does.

use chrono::{DateTime, Utc};
use samenspoor_domain::document::status::{Recorded, Version};
use samenspoor_domain::document::{Content, DocumentKind, RecordBody};
use samenspoor_domain::{DocumentId, TrajectId};
use serde::Serialize;

use crate::{AuditContext, StoreResult};

#[derive(Debug, Clone)]
pub struct NewDocument {
    pub id: DocumentId,
    pub traject_id: TrajectId,
    pub kind: DocumentKind,
    pub title: String,
    /// Version 1.
    pub content: Content,
}

/// A document as listed: what it is and its newest version.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentHead {
    pub id: DocumentId,
    pub traject_id: TrajectId,
    pub kind: DocumentKind,
    pub title: String,
    pub created_at: DateTime<Utc>,
    pub version: u32,
    pub saved_at: DateTime<Utc>,
    pub saved_by_name: String,
}

/// A document with every version (oldest first) and every record (oldest first).
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentFile {
    pub head: DocumentHead,
    pub versions: Vec<Version>,
    pub records: Vec<Recorded>,
}

impl DocumentFile {
    pub fn current(&self) -> Option<&Version> {
        self.versions.last()
    }

    pub fn version(&self, number: u32) -> Option<&Version> {
        self.versions.iter().find(|v| v.number == number)
    }
}

#[async_trait::async_trait]
pub trait DocumentStore: Send + Sync {
    async fn doc_create(&self, new: NewDocument, ctx: AuditContext) -> StoreResult<DocumentHead>;
    /// The file's documents, in the order they were made.
    async fn doc_list(&self, traject: TrajectId) -> StoreResult<Vec<DocumentHead>>;
    /// One document of file `traject` (None when it is not in that file).
    async fn doc_get(&self, traject: TrajectId, id: DocumentId) -> StoreResult<Option<DocumentFile>>;
    /// Saves `content` as version `base + 1`. `Conflict` when `base` is not the newest
    /// version any more (someone else saved first): nothing is written then.
    async fn doc_save(
        &self,
        traject: TrajectId,
        id: DocumentId,
        base: u32,
        content: &Content,
        ctx: AuditContext,
    ) -> StoreResult<u32>;
    /// Records `body` about version `version` (which must exist).
    async fn doc_record(
        &self,
        traject: TrajectId,
        id: DocumentId,
        version: u32,
        body: &RecordBody,
        ctx: AuditContext,
    ) -> StoreResult<()>;
}
