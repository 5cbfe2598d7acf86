//! The door to one document of a file: the file's own door first (`FileAccess`), then the
//! document must be in that file and, for someone from outside the school, shared with
//! them by the parents' consent. Anything else is a 404 with an audit entry. Rendering goes
//! through `show`, which records the read first.

use crate::AppState;
use crate::error::AppError;
use crate::traject::{FileAccess, Shown};
use chrono::Utc;
use samenspoor_domain::document::content::Author;
use samenspoor_domain::document::status::{Recorded, Version};
use samenspoor_domain::document::{Content, DocumentKind, may_read};
use samenspoor_domain::traject::{Action, ParticipantRole};
use samenspoor_domain::{AuditAction, DocumentId, TrajectId};
use samenspoor_store::{AuditContext, DocumentFile, User};

pub struct DocumentAccess {
    file: FileAccess,
    doc: DocumentFile,
    author: Author,
}

impl DocumentAccess {
    pub async fn open(
        state: &AppState,
        user: &User,
        id: &str,
        doc: &str,
        ip: &str,
        action: Action,
    ) -> Result<Self, AppError> {
        let file = FileAccess::open(state, user, id, ip, action).await?;
        let found = match doc.parse::<DocumentId>() {
            Ok(doc) => match file.document(doc) {
                Some(read_with_the_file) => read_with_the_file,
                None => state.store.doc_get(file.id(), doc).await?,
            },
            Err(_) => None,
        };
        match found {
            Some(doc) if may_read(file.role(), doc.head.id, &file.consents(), Utc::now()) => {
                let author = Author { id: user.id, name: user.name.clone(), role: file.role() };
                Ok(Self { file, doc, author })
            }
            _ => {
                let entry =
                    file.audit().entry(AuditAction::TrajectAccessRefused, "traject", Some(file.id().to_string()));
                state.store.append_audit(entry).await?;
                Err(AppError::NotFound)
            }
        }
    }

    /// Records that the document is shown, then hands out the file and the document.
    pub async fn show(self, state: &AppState) -> Result<(Shown, DocumentFile), AppError> {
        let f = self.file.show(state, AuditAction::DocumentViewed).await?;
        Ok((f, self.doc))
    }

    // What a change needs to be computed; nothing here is rendered.

    pub fn kind(&self) -> DocumentKind {
        self.doc.head.kind
    }

    pub fn id(&self) -> DocumentId {
        self.doc.head.id
    }

    pub fn traject_id(&self) -> TrajectId {
        self.file.id()
    }

    pub fn version(&self) -> u32 {
        self.doc.head.version
    }

    pub fn content(&self) -> Content {
        self.doc.current().map(|v| v.content.clone()).unwrap_or_default()
    }

    /// The content of version `n`, for an agreement or evaluation about that version.
    pub fn content_of(&self, n: u32) -> Option<&Content> {
        self.doc.version(n).map(|v| &v.content)
    }

    pub fn versions(&self) -> &[Version] {
        &self.doc.versions
    }

    pub fn records(&self) -> &[Recorded] {
        &self.doc.records
    }

    pub fn role(&self) -> ParticipantRole {
        self.file.role()
    }

    pub fn author(&self) -> &Author {
        &self.author
    }

    pub fn audit(&self) -> AuditContext {
        self.file.audit()
    }

    pub fn file(&self) -> &FileAccess {
        &self.file
    }
}
