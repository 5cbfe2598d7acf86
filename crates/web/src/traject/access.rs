//! The one door to a child's file. `FileAccess::open` checks that the person takes part in
//! the file (with the parents' consent where their role needs it) and that their role may
//! do this action now; anyone else gets a 404 that is audited. The file's data is reached
//! only through `Shown`, and the only way to get a `Shown` records the read in the audit
//! log first, so no page, error re-render or API answer can show a child's data unaudited.

use crate::AppState;
use crate::error::AppError;
use chrono::Utc;
use samenspoor_domain::traject::consent::covers;
use samenspoor_domain::traject::permissions::may_now;
use samenspoor_domain::traject::{Action, Consent, NoteVisibility, ParticipantRole};
use samenspoor_domain::{AuditAction, DocumentId, ParticipantId, TrajectId, UserId};
use samenspoor_store::{AuditContext, DocumentFile, FileParts, FileRecord, Note, Participant, User};
use std::sync::Arc;

/// A file opened by one of its participants for one action. Its fields are private: the
/// data comes out only through `show`.
pub struct FileAccess {
    file: Arc<FileRecord>,
    parts: FileParts,
    me: Participant,
    audit: AuditContext,
}

/// The file's data (the whole `FileRecord`, by `Deref`), after its reading was recorded.
/// Its notes are all of them: who may read which is decided by `readable_notes`.
pub struct Shown {
    file: Arc<FileRecord>,
    pub me: Participant,
}

impl std::ops::Deref for Shown {
    type Target = FileRecord;
    fn deref(&self) -> &FileRecord {
        &self.file
    }
}

impl Shown {
    pub fn role(&self) -> ParticipantRole {
        self.me.role
    }

    pub fn may(&self, action: Action) -> bool {
        may_now(self.me.role, action, self.traject.closed_at.is_some())
    }

    /// The notes this reader may see: every shared note, and their own private ones.
    pub fn readable_notes(&self) -> Vec<Note> {
        let me = self.me.user_id;
        self.notes.iter().filter(|n| n.visibility == NoteVisibility::Shared || Some(n.author) == me).cloned().collect()
    }
}

/// `user`'s place in `file`: an accepted, not withdrawn participant whose role, where it
/// needs one, is covered by the parents' consent now. None: they may not see the file.
pub fn participation(file: &FileRecord, user: UserId) -> Option<Participant> {
    let me = file.participants.iter().find(|p| p.active() && p.user_id == Some(user))?;
    let consents = file.consent_list();
    covers(&consents, me.role, &me.email, Utc::now()).then(|| me.clone())
}

impl FileAccess {
    /// Opens file `id` for `user` to do `action`: 404 (audited) when they are not in it or
    /// their consent ended, 403 when their role may not do this, 409 when the file is closed.
    pub async fn open(state: &AppState, user: &User, id: &str, ip: &str, action: Action) -> Result<Self, AppError> {
        let Ok(id) = id.parse::<TrajectId>() else { return Err(AppError::NotFound) };
        let parts = Self::parts_for(action);
        let file = state.store.tr_file(id, parts).await?;
        Self::admit(state, user, id, file, parts, ip, action).await
    }

    /// What `open` reads of a file for `action`: pages that show the file get it whole in
    /// the same store call; a change needs only what decides access.
    pub fn parts_for(action: Action) -> FileParts {
        if matches!(action, Action::View | Action::ViewAccessLog | Action::Export) {
            FileParts::Whole
        } else {
            FileParts::Access
        }
    }

    /// `open` for a file already read with `parts_for(action)` (`None`: there is no such file).
    pub async fn admit(
        state: &AppState,
        user: &User,
        id: TrajectId,
        file: Option<Arc<FileRecord>>,
        parts: FileParts,
        ip: &str,
        action: Action,
    ) -> Result<Self, AppError> {
        let audit = AuditContext { actor: Some(user.id), ip: Some(ip.to_owned()) };
        let refused = || async {
            state
                .store
                .append_audit(audit.entry(AuditAction::TrajectAccessRefused, "traject", Some(id.to_string())))
                .await?;
            Err::<Self, AppError>(AppError::NotFound)
        };
        let Some(file) = file else { return refused().await };
        let Some(me) = participation(&file, user.id) else { return refused().await };
        let f = FileAccess { file, parts, me, audit };
        if let Err(refused) = f.require(action) {
            // Someone in the file tried what their role may not (or not any more): kept too.
            let entry = f.audit.entry(AuditAction::TrajectActionRefused, "traject", Some(id.to_string()));
            state.store.append_audit(entry).await?;
            return Err(refused);
        }
        Ok(f)
    }

    /// 403 when the role may not do `action`; 409 when the table allows it but the file is closed.
    pub fn require(&self, action: Action) -> Result<(), AppError> {
        let closed = self.file.traject.closed_at.is_some();
        if may_now(self.me.role, action, closed) {
            Ok(())
        } else if may_now(self.me.role, action, false) {
            Err(AppError::FileClosed)
        } else {
            Err(AppError::Forbidden)
        }
    }

    /// Records that the file is shown (`how`: viewed or exported), then hands out its data
    /// (read whole now if it was opened for a change, as when a refused form shows it again).
    pub async fn show(self, state: &AppState, how: AuditAction) -> Result<Shown, AppError> {
        let id = self.file.traject.id;
        state.store.append_audit(self.audit.entry(how, "traject", Some(id.to_string()))).await?;
        let file = match self.parts {
            FileParts::Whole => self.file,
            FileParts::Access | FileParts::Clock => {
                state.store.tr_file(id, FileParts::Whole).await?.ok_or(AppError::NotFound)?
            }
        };
        Ok(Shown { file, me: self.me })
    }

    pub fn id(&self) -> TrajectId {
        self.file.traject.id
    }

    /// Document `doc` as read with the file, when the file was read whole (`Some(None)`: it
    /// is not in this file); `None` when only what decides access was read. For the
    /// document's own door, which records its reading before anything is shown.
    pub fn document(&self, doc: DocumentId) -> Option<Option<DocumentFile>> {
        (self.parts == FileParts::Whole).then(|| self.file.documents.iter().find(|d| d.head.id == doc).cloned())
    }

    pub fn role(&self) -> ParticipantRole {
        self.me.role
    }

    pub fn my_participant_id(&self) -> ParticipantId {
        self.me.id
    }

    pub fn user_id(&self) -> Option<UserId> {
        self.audit.actor
    }

    /// Who acts, and from where: for the store's audit row of a change.
    pub fn audit(&self) -> AuditContext {
        self.audit.clone()
    }

    pub fn is_closed(&self) -> bool {
        self.file.traject.closed_at.is_some()
    }

    pub fn school(&self) -> Option<samenspoor_domain::OrganisationId> {
        self.file.traject.school_id
    }

    pub fn step(&self) -> samenspoor_domain::traject::Step {
        self.file.traject.step
    }

    /// The child's first name, for an invitation e-mail (not a rendering of the file).
    pub fn child_first_name(&self) -> &str {
        &self.file.traject.child_first_name
    }

    pub fn consents(&self) -> Vec<Consent> {
        self.file.consent_list()
    }

    pub fn participants(&self) -> &[Participant] {
        &self.file.participants
    }
}
