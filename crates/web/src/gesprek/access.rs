//! The door to one gesprek. A participant of the file comes in through the file's own door
//! (`FileAccess`); a companion the parents brought comes in for that one gesprek only, by
//! the e-mail address they signed in with. Anyone else gets a 404 with an audit entry.
//! Rendering goes through `show`, which records the read first.

use crate::AppState;
use crate::error::AppError;
use crate::traject::{FileAccess, participation};
use samenspoor_domain::gesprek::Seat;
use samenspoor_domain::traject::Action;
use samenspoor_domain::{AuditAction, GesprekId, TrajectId};
use samenspoor_store::{AuditContext, GesprekRecord, Participant, User};

pub struct GesprekAccess {
    pub seat: Seat,
    file: Option<FileAccess>,
    record: GesprekRecord,
    audit: AuditContext,
    user: User,
    child: String,
    closed: bool,
    participants: Vec<Participant>,
}

/// What the page may show once the read is recorded.
pub struct GesprekShown {
    pub seat: Seat,
    pub record: GesprekRecord,
    pub user: User,
    pub child: String,
    pub closed: bool,
    /// The file's participants, for the names of the attendees.
    pub participants: Vec<Participant>,
    pub file_role: Option<samenspoor_domain::traject::ParticipantRole>,
}

impl GesprekAccess {
    /// Opens gesprek `gid` of file `id` for `user` to do `action` (an action of the file's
    /// permission table; a companion may only read and take part).
    pub async fn open(
        state: &AppState,
        user: &User,
        id: &str,
        gid: &str,
        ip: &str,
        action: Action,
    ) -> Result<Self, AppError> {
        let audit = AuditContext { actor: Some(user.id), ip: Some(ip.to_owned()) };
        let refuse = |target: String| async move {
            let entry = audit.entry(AuditAction::TrajectAccessRefused, "traject", Some(target));
            state.store.append_audit(entry).await?;
            Err::<Self, AppError>(AppError::NotFound)
        };
        let (Ok(traject), Ok(gesprek)) = (id.parse::<TrajectId>(), gid.parse::<GesprekId>()) else {
            return refuse(id.to_owned()).await;
        };
        // The file read once, as the file's own door reads it for this action.
        let parts = FileAccess::parts_for(action);
        let Some((record, file)) = state.store.gs_get_with_file(traject, gesprek, parts).await? else {
            return refuse(id.to_owned()).await;
        };
        let closed = file.traject.closed_at.is_some();
        let child = file.traject.child_first_name.clone();
        let participants = file.participants.clone();
        let audit = AuditContext { actor: Some(user.id), ip: Some(ip.to_owned()) };
        if let Some(me) = participation(&file, user.id) {
            let leads = me.id == record.gesprek.plan.leader;
            let f = FileAccess::admit(state, user, traject, Some(file), parts, ip, action).await?;
            let seat = Seat::File { role: me.role, leads };
            return Ok(Self { seat, file: Some(f), record, audit, user: user.clone(), child, closed, participants });
        }
        let brought = record.companions.iter().any(|c| c.companion.email.eq_ignore_ascii_case(&user.email));
        if brought {
            // A companion reads and takes part; planning is for the file's own people.
            if !matches!(action, Action::View | Action::TakePart) {
                return Err(AppError::Forbidden);
            }
            if closed && action != Action::View {
                return Err(AppError::FileClosed);
            }
            let (user, seat) = (user.clone(), Seat::Companion);
            return Ok(Self { seat, file: None, record, audit, user, child, closed, participants });
        }
        refuse(id.to_owned()).await
    }

    pub async fn show(self, state: &AppState) -> Result<GesprekShown, AppError> {
        let traject = self.record.gesprek.traject_id;
        let entry = self.audit.entry(AuditAction::GesprekViewed, "traject", Some(traject.to_string()));
        state.store.append_audit(entry).await?;
        let file_role = self.file.as_ref().map(FileAccess::role);
        let participants = self.participants;
        Ok(GesprekShown {
            seat: self.seat,
            record: self.record,
            user: self.user,
            child: self.child,
            closed: self.closed,
            participants,
            file_role,
        })
    }

    pub fn record(&self) -> &GesprekRecord {
        &self.record
    }

    pub fn traject_id(&self) -> TrajectId {
        self.record.gesprek.traject_id
    }

    pub fn id(&self) -> GesprekId {
        self.record.gesprek.id
    }

    pub fn audit(&self) -> AuditContext {
        self.audit.clone()
    }

    pub fn user(&self) -> &User {
        &self.user
    }

    pub fn file(&self) -> Option<&FileAccess> {
        self.file.as_ref()
    }

    pub fn child(&self) -> &str {
        &self.child
    }

    pub fn participants(&self) -> &[Participant] {
        &self.participants
    }

    pub fn closed(&self) -> bool {
        self.closed
    }
}
