//! The shared file's records. Every row carries its traject's id, so the data of one
//! family stays together (and could be sharded together).

use chrono::{DateTime, NaiveDate, Utc};
use samenspoor_domain::traject::{ChildDetails, Consent, ConsentKind, NoteVisibility, ParticipantRole, Step};
use samenspoor_domain::{AuditAction, ConsentId, Email, NoteId, OrganisationId, ParticipantId, TrajectId, UserId};
use serde::Serialize;
use uuid::Uuid;

#[derive(Debug, Clone)]
pub struct NewTraject {
    pub id: TrajectId,
    pub child: ChildDetails,
    pub school_id: Option<OrganisationId>,
    pub creator: UserId,
    pub creator_role: ParticipantRole,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Traject {
    pub id: TrajectId,
    pub child_first_name: String,
    pub child_last_name: String,
    pub child_date_of_birth: NaiveDate,
    pub class_name: String,
    pub school_id: Option<OrganisationId>,
    pub step: Step,
    pub created_at: DateTime<Utc>,
    pub closed_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Participant {
    pub id: ParticipantId,
    pub traject_id: TrajectId,
    pub user_id: Option<UserId>,
    pub name: Option<String>,
    pub email: String,
    pub role: ParticipantRole,
    pub invited_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub accepted_at: Option<DateTime<Utc>>,
    pub withdrawn_at: Option<DateTime<Utc>>,
}

impl Participant {
    pub fn active(&self) -> bool {
        self.accepted_at.is_some() && self.withdrawn_at.is_none()
    }
}

#[derive(Debug, Clone)]
pub struct NewInvitation {
    pub traject_id: TrajectId,
    pub email: Email,
    pub role: ParticipantRole,
    pub token_hash: String,
    pub expires_at: DateTime<Utc>,
}

#[derive(Debug, Clone)]
pub struct NewConsent {
    pub traject_id: TrajectId,
    pub kind: ConsentKind,
    pub subject: String,
    pub purpose: String,
    pub valid_until: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConsentRecord {
    pub id: ConsentId,
    pub traject_id: TrajectId,
    pub consent: Consent,
    pub given_by: UserId,
    pub given_by_name: String,
}

#[derive(Debug, Clone)]
pub struct NewNote {
    pub traject_id: TrajectId,
    pub visibility: NoteVisibility,
    pub body: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Note {
    pub id: NoteId,
    pub traject_id: TrajectId,
    pub author: UserId,
    pub author_name: String,
    pub visibility: NoteVisibility,
    pub body: String,
    pub created_at: DateTime<Utc>,
}

/// One line of the file's history. `detail` holds what the kind needs (JSON).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimelineEvent {
    pub id: Uuid,
    pub at: DateTime<Utc>,
    /// Who did it: for "what others did", never shown or exported.
    #[serde(skip)]
    pub actor: Option<UserId>,
    pub actor_name: Option<String>,
    pub kind: String,
    pub detail: serde_json::Value,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChecklistTick {
    pub step: Step,
    pub item: String,
    pub by_name: Option<String>,
    pub at: DateTime<Utc>,
}

/// Which parts of a file to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileParts {
    /// The file, its participants and consents: enough to decide who may do what.
    Access,
    /// Also what its clock reads: the gesprekken, the dates and the documents. For the
    /// clock's round over every open file, which should not push the files people are
    /// reading out of memory: such a read is not kept.
    Clock,
    /// Also its notes (all; who may read which is the caller's to decide), checklist,
    /// timeline (newest first) and the school's name.
    Whole,
}

/// One file as it was at one moment.
#[derive(Debug, Clone, PartialEq)]
pub struct FileRecord {
    pub traject: Traject,
    pub participants: Vec<Participant>,
    pub consents: Vec<ConsentRecord>,
    pub notes: Vec<Note>,
    pub ticks: Vec<ChecklistTick>,
    pub timeline: Vec<TimelineEvent>,
    pub school_name: Option<String>,
    /// By start, as `gs_list` gives them.
    pub gesprekken: Vec<crate::Gesprek>,
    /// The dates entered for the clock, as `dl_dates` gives them.
    pub dates: Vec<crate::DateRecord>,
    /// Every document whole, in the order they were made (`doc_list`).
    pub documents: Vec<crate::DocumentFile>,
}

/// School's open proposal to close the file early: who, when, why.
#[derive(Debug, Clone, PartialEq)]
pub struct CloseProposal {
    pub by_name: Option<String>,
    pub at: DateTime<Utc>,
    pub why: String,
}

/// The timeline kinds that open and end a proposal to close: a proposal stays open until it
/// is declined or the step changes (closing it, or moving on).
pub const CLOSE_PROPOSAL_KINDS: [&str; 3] = ["close_proposed", "close_declined", "step"];

impl FileRecord {
    /// The open proposal to close the file early, if any (needs the timeline: `Whole`).
    pub fn close_proposal(&self) -> Option<CloseProposal> {
        let last = self.timeline.iter().find(|e| CLOSE_PROPOSAL_KINDS.contains(&e.kind.as_str()))?;
        (last.kind == "close_proposed").then(|| CloseProposal {
            by_name: last.actor_name.clone(),
            at: last.at,
            why: last.detail.get("why").and_then(|w| w.as_str()).unwrap_or_default().to_owned(),
        })
    }

    /// The consents themselves, for the domain's rules.
    pub fn consent_list(&self) -> Vec<Consent> {
        self.consents.iter().map(|c| c.consent.clone()).collect()
    }
}

/// One line of "who looked": an entry (the newest of its run), how many in a row, since when.
#[derive(Debug, Clone, PartialEq)]
pub struct AccessLine {
    pub entry: AccessEntry,
    pub count: usize,
    pub since: DateTime<Utc>,
}

/// The access log as one reader sees it (see `Store::audit_lines`).
#[derive(Debug, Clone, PartialEq)]
pub struct AccessLines {
    pub others: Vec<AccessLine>,
    pub mine: usize,
    pub my_last: Option<DateTime<Utc>>,
}

/// One read or write of a file, as parents see it: who, in which role, what, when.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AccessEntry {
    pub at: DateTime<Utc>,
    #[serde(skip)]
    pub actor: Option<UserId>,
    pub actor_name: Option<String>,
    pub actor_role: Option<String>,
    pub action: AuditAction,
    /// For the operator's investigations only: never shown or exported to parents.
    #[serde(skip)]
    pub ip: Option<String>,
}
