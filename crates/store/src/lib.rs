//! Storage behind one trait. Each use case is one method and one transaction; a method
//! that changes something writes its audit entry inside that same transaction, so the log
//! can never miss a change that happened.

pub mod deadlines;
pub mod document;
mod error;
pub mod gesprek;
pub mod hulpwijzer;
pub mod kennisbank;
mod models;
#[cfg(feature = "testing")]
pub mod testing;
pub mod traject;

pub use deadlines::*;
pub use document::*;
pub use error::StoreError;
pub use gesprek::*;
pub use hulpwijzer::*;
pub use kennisbank::*;
pub use models::*;
pub use traject::*;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use samenspoor_domain::kennisbank::ArticleStatus;
use samenspoor_domain::traject::{ParticipantRole, Step};
use samenspoor_domain::{AuditAction, ConsentId, Email, Lang, OrganisationId, ParticipantId, TrajectId, UserId};
use std::sync::Arc;
use uuid::Uuid;

pub type StoreResult<T> = Result<T, StoreError>;

#[async_trait]
pub trait Store:
    KennisbankStore + HulpwijzerStore + TrajectStore + DocumentStore + GesprekStore + DeadlineStore + Send + Sync + 'static
{
    /// Which database this is, for logs and the health page.
    fn backend(&self) -> &'static str;

    /// Cheap round trip to the database, for /healthz.
    async fn ping(&self) -> StoreResult<()>;
    /// Opens one new connection beside the pools and closes it: whether the database is
    /// there at all, however long the pools keep requests waiting under load.
    async fn reachable(&self) -> StoreResult<()>;

    async fn create_organisation(&self, new: NewOrganisation, audit: AuditContext) -> StoreResult<Organisation>;
    async fn list_organisations(&self) -> StoreResult<Vec<Organisation>>;
    async fn organisation(&self, id: OrganisationId) -> StoreResult<Option<Organisation>>;

    /// Fails with `StoreError::Conflict` when the e-mail address is taken.
    async fn create_user(&self, new: NewUser, audit: AuditContext) -> StoreResult<User>;
    async fn user(&self, id: UserId) -> StoreResult<Option<User>>;
    async fn user_by_email(&self, email: &Email) -> StoreResult<Option<User>>;
    async fn list_users(&self) -> StoreResult<Vec<User>>;
    async fn demo_users(&self) -> StoreResult<Vec<User>>;
    async fn user_credentials(&self, id: UserId) -> StoreResult<Option<Credentials>>;
    /// Sets a professional's password hash and TOTP secret together, and ends every
    /// session of the account.
    async fn set_credentials(&self, id: UserId, credentials: Credentials, audit: AuditContext) -> StoreResult<()>;

    /// Stores a sign-in link's hash; the link itself never reaches the database.
    async fn create_login_token(&self, new: NewLoginToken, audit: AuditContext) -> StoreResult<()>;
    /// Uses a sign-in link: marks it used and opens the session in one transaction, so a
    /// link can open at most one session even when two requests race.
    async fn redeem_login_token(
        &self,
        token_hash: &str,
        session: NewSession,
        now: DateTime<Utc>,
        ip: Option<String>,
    ) -> StoreResult<Result<User, samenspoor_domain::auth::LinkProblem>>;

    /// Opens a session after a sign-in that was checked elsewhere (password, demo).
    async fn start_session(&self, session: NewSession, audit: NewAuditEntry) -> StoreResult<()>;
    /// The signed-in user of a live session.
    async fn session_user(&self, session_hash: &str, now: DateTime<Utc>) -> StoreResult<Option<User>>;
    async fn end_session(&self, session_hash: &str, audit: AuditContext) -> StoreResult<()>;

    /// Counts one attempt for `key` in the window starting at `window_start` and returns
    /// the count including this one.
    async fn count_attempt(&self, key: &str, window_start: DateTime<Utc>) -> StoreResult<u32>;

    async fn append_audit(&self, entry: NewAuditEntry) -> StoreResult<()>;
    /// Newest first.
    async fn audit_by_actor(&self, actor: UserId, limit: u32) -> StoreResult<Vec<AuditEntry>>;
    /// When `actor` last did `action` on the object, if ever (an index lookup, so that the
    /// start page does not read the reader's whole history for "since your last visit").
    async fn audit_last(
        &self,
        actor: UserId,
        action: AuditAction,
        object_type: &str,
        object_id: &str,
    ) -> StoreResult<Option<DateTime<Utc>>>;

    /// Removes expired sessions, sign-in links and rate-limit windows; returns how many rows went.
    async fn purge_expired(&self, now: DateTime<Utc>) -> StoreResult<u64>;

    /// Removes the IP address from audit entries older than `before`; the entries stay.
    /// Returns how many entries lost their address.
    async fn forget_audit_ips(&self, before: DateTime<Utc>) -> StoreResult<u64>;
}

/// The knowledge base: tiles, glossary, articles and their versions, reviews, feedback.
#[async_trait]
pub trait KennisbankStore: Send + Sync {
    /// Imports the shipped knowledge base in one transaction, unless articles exist
    /// already; returns whether it imported.
    async fn kb_import(&self, content: &ContentSet, audit: AuditContext) -> StoreResult<bool>;
    /// Brings an installation that imported an older shipped knowledge base up to this one,
    /// in one transaction, without touching the editors' work: tiles, terms and articles
    /// it does not have are added; an article whose versions were all shipped (none saved
    /// by an editor) gets the shipped text as a new published version when it differs.
    /// Returns how many article versions were added.
    async fn kb_update_shipped(&self, content: &ContentSet, audit: AuditContext) -> StoreResult<usize>;
    async fn kb_tiles(&self) -> StoreResult<Vec<Tile>>;
    async fn kb_terms(&self) -> StoreResult<Vec<Term>>;
    async fn kb_articles(&self) -> StoreResult<Vec<KbArticle>>;
    /// The published version of every article in every language.
    async fn kb_published(&self) -> StoreResult<Vec<ArticleVersion>>;
    /// The published version of every article in every language, without bodies.
    async fn kb_published_heads(&self) -> StoreResult<Vec<ArticleHead>>;
    /// Up to `limit` published versions in `lang` whose article id comes after `after`, in
    /// the order of their ids: the search index is built a page at a time.
    async fn kb_published_page(&self, lang: Lang, after: &str, limit: u32) -> StoreResult<Vec<ArticleVersion>>;
    /// Adds counted page views, a batch at a time (counting each view with its own write
    /// would put a write on every article request).
    async fn kb_add_views(&self, views: &[(String, i64)]) -> StoreResult<()>;
    /// All versions of one article in one language, newest first.
    async fn kb_versions(&self, article_id: &str, lang: Lang) -> StoreResult<Vec<ArticleVersion>>;
    async fn kb_version(&self, id: Uuid) -> StoreResult<Option<ArticleVersion>>;
    /// Saves a new concept version; `NotFound` for an unknown article.
    async fn kb_save_version(&self, new: NewVersion, audit: AuditContext) -> StoreResult<ArticleVersion>;
    /// Moves a version along the editors' flow; an illegal step is a `Conflict`.
    /// Publishing supersedes the version that was published before.
    async fn kb_change_status(&self, id: Uuid, to: ArticleStatus, audit: AuditContext) -> StoreResult<ArticleVersion>;
    async fn kb_add_comment(&self, new: NewComment, audit: AuditContext) -> StoreResult<ReviewComment>;
    async fn kb_comments(&self, version_id: Uuid) -> StoreResult<Vec<ReviewComment>>;
    async fn kb_resolve_comment(&self, id: Uuid, audit: AuditContext) -> StoreResult<()>;
    async fn kb_add_feedback(&self, new: NewFeedback) -> StoreResult<()>;
    /// Newest first.
    async fn kb_feedback(&self) -> StoreResult<Vec<Feedback>>;
    /// Grows with every publication and every change of the editors' synonyms; instances
    /// rebuild their search index when it changes.
    async fn kb_content_version(&self) -> StoreResult<i64>;
    /// The synonym groups editors added to the shipped ones (empty when none).
    async fn kb_synonyms(&self) -> StoreResult<Vec<Vec<String>>>;
    /// Replaces the editors' synonym groups (already checked by
    /// `samenspoor_domain::kennisbank::synonyms::parse`).
    async fn kb_save_synonyms(&self, groups: &[Vec<String>], audit: AuditContext) -> StoreResult<()>;
    /// Counts one search that found nothing or was followed by another, in its ISO week.
    async fn kb_count_search(&self, week: &str, query: &str, outcome: SearchOutcome) -> StoreResult<()>;
    /// The counted searches of the newest `weeks` weeks: newest week first, then the most
    /// frequent first.
    async fn kb_search_misses(&self, weeks: usize) -> StoreResult<Vec<SearchMiss>>;
}

/// The directory of help and the wizard's rules.
#[async_trait]
pub trait HulpwijzerStore: Send + Sync {
    /// Adds or replaces directory entries by id, all in one transaction; a replaced entry
    /// keeps its check date unless the import brings one.
    async fn hw_import(&self, entries: &[DirectoryEntry], audit: AuditContext) -> StoreResult<usize>;
    /// In escalation order.
    async fn hw_directory(&self) -> StoreResult<Vec<DirectoryEntry>>;
    async fn hw_mark_verified(&self, id: &str, on: chrono::NaiveDate, audit: AuditContext) -> StoreResult<()>;
    /// Every saved version of the wizard's rules, newest first; the newest is in force.
    async fn hw_rule_versions(&self) -> StoreResult<Vec<RuleVersion>>;
    async fn hw_save_rules(&self, text: &str, audit: AuditContext) -> StoreResult<RuleVersion>;
}

/// The shared file of a child's support route.
#[async_trait]
pub trait TrajectStore: Send + Sync {
    /// Starts a file; its starter is its first participant.
    async fn tr_create(&self, new: NewTraject, audit: AuditContext) -> StoreResult<Traject>;
    /// One file read in one transaction: enough to decide access (`Access`), or everything
    /// its pages show (`Whole`). None when there is no such file.
    async fn tr_file(&self, id: TrajectId, parts: FileParts) -> StoreResult<Option<Arc<FileRecord>>>;
    async fn tr_get(&self, id: TrajectId) -> StoreResult<Option<Traject>> {
        Ok(self.tr_file(id, FileParts::Access).await?.map(|f| f.traject.clone()))
    }
    /// The files a person takes part in (accepted, not withdrawn), with their role.
    async fn tr_list_for_user(&self, user: UserId) -> StoreResult<Vec<(Traject, ParticipantRole)>>;
    /// Everyone invited to a file, including pending and withdrawn invitations.
    async fn tr_participants(&self, id: TrajectId) -> StoreResult<Vec<Participant>> {
        Ok(self.tr_file(id, FileParts::Access).await?.map(|f| f.participants.clone()).unwrap_or_default())
    }
    async fn tr_invite(&self, new: NewInvitation, audit: AuditContext) -> StoreResult<Participant>;
    async fn tr_invitation(&self, token_hash: &str) -> StoreResult<Option<Participant>>;
    /// Accepts an invitation for `user` (once, before it expires, unless withdrawn).
    async fn tr_accept(
        &self,
        token_hash: &str,
        user: UserId,
        now: DateTime<Utc>,
        ip: Option<String>,
    ) -> StoreResult<Result<Participant, samenspoor_domain::auth::LinkProblem>>;
    async fn tr_withdraw(&self, traject: TrajectId, participant: ParticipantId, audit: AuditContext)
    -> StoreResult<()>;
    /// Moves the file from `from` to `to`; `Conflict` when it is not at `from` any more or
    /// the move is not allowed. The reason is kept on the timeline.
    async fn tr_move(
        &self,
        id: TrajectId,
        from: Step,
        to: Step,
        why: &str,
        audit: AuditContext,
    ) -> StoreResult<Traject>;
    /// School proposes closing the file early (`Some(why)`), for a parent to confirm by
    /// closing it; or a parent declines the open proposal (`None`). Both are kept on the
    /// timeline. `Conflict` when the file is not at `from`, or there is no proposal to decline.
    async fn tr_close_proposal(
        &self,
        id: TrajectId,
        from: Step,
        why: Option<&str>,
        audit: AuditContext,
    ) -> StoreResult<()>;
    async fn tr_set_tick(
        &self,
        id: TrajectId,
        step: Step,
        item: &str,
        ticked: bool,
        audit: AuditContext,
    ) -> StoreResult<()>;
    async fn tr_ticks(&self, id: TrajectId) -> StoreResult<Vec<ChecklistTick>> {
        Ok(self.tr_file(id, FileParts::Whole).await?.map(|f| f.ticks.clone()).unwrap_or_default())
    }
    async fn tr_give_consent(&self, new: NewConsent, audit: AuditContext) -> StoreResult<ConsentRecord>;
    async fn tr_revoke_consent(&self, traject: TrajectId, consent: ConsentId, audit: AuditContext) -> StoreResult<()>;
    async fn tr_consents(&self, id: TrajectId) -> StoreResult<Vec<ConsentRecord>> {
        Ok(self.tr_file(id, FileParts::Access).await?.map(|f| f.consents.clone()).unwrap_or_default())
    }
    async fn tr_add_note(&self, new: NewNote, audit: AuditContext) -> StoreResult<Note>;
    /// Every note, shared and private; who may read which is the caller's to decide.
    async fn tr_notes(&self, id: TrajectId) -> StoreResult<Vec<Note>> {
        Ok(self.tr_file(id, FileParts::Whole).await?.map(|f| f.notes.clone()).unwrap_or_default())
    }
    /// Newest first.
    async fn tr_timeline(&self, id: TrajectId) -> StoreResult<Vec<TimelineEvent>> {
        Ok(self.tr_file(id, FileParts::Whole).await?.map(|f| f.timeline.clone()).unwrap_or_default())
    }
    /// Deletes files closed before `closed_before`, leaving only an anonymous record that
    /// it happened; returns how many.
    async fn tr_purge_closed(&self, closed_before: DateTime<Utc>) -> StoreResult<u64>;
    /// For demo data only: the file's own history (its creation, people, consents,
    /// checklist, notes and timeline) written from each mark's first instant up to the next
    /// mark (the last one up to `end`) is moved to that mark's second instant, so a demo
    /// file reads as months of work. Rows in one stretch keep their order by id. Leave a
    /// few milliseconds between a mark and any write: SQLite keeps milliseconds.
    async fn tr_retime(
        &self,
        id: TrajectId,
        marks: &[(DateTime<Utc>, DateTime<Utc>)],
        end: DateTime<Utc>,
    ) -> StoreResult<()>;
    /// Every audited read and write of one object, newest first, with names.
    async fn audit_for_object(&self, object_type: &str, object_id: &str, limit: u32) -> StoreResult<Vec<AccessEntry>>;
    /// "Who looked at it", as `me` reads it: the others' lines from `offset` (the same person
    /// doing the same thing several times in a row is one line), newest first, at most
    /// `limit`; and how often and when last `me` was there. Read newest first only as far
    /// as the page needs (past `me`'s own rows on the way).
    async fn audit_lines(
        &self,
        object_type: &str,
        object_id: &str,
        me: UserId,
        offset: u32,
        limit: u32,
    ) -> StoreResult<AccessLines>;
}
