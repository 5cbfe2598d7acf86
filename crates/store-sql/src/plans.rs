//! Queries whose cost must not grow with their table (the audit log, the knowledge base's
//! versions): each must find its rows through an index, which a test checks against
//! SQLite's plan (`EXPLAIN QUERY PLAN`; PostgreSQL plans from statistics). SQLite picked a
//! wider index over the intended one once, and a lookup walked every row of a file.

/// When `$1` last did `$4` on object `$3`/`$2` ("since your last visit"), from the runs:
/// a file has a few runs per visit where the log has a row per page. Asked of the log
/// with `ORDER BY at DESC LIMIT 1`, PostgreSQL walked the reader's newest rows until one
/// was of this file and action (15 ms after 110,000 views of other pages; the start page
/// fell to 190 requests a second), as SQLite once did too (migration 0016).
pub const AUDIT_LAST: &str = "SELECT MAX(last_at) FROM audit_runs WHERE object_type = $3 AND object_id = $2 \
     AND actor_id = $1 AND action = $4";

/// The reader's own runs on an object: how often, and when last.
pub const MY_RUNS: &str =
    "SELECT SUM(count), MAX(last_at) FROM audit_runs WHERE object_type = $1 AND object_id = $2 AND actor_id = $3";

/// Everyone else's runs on an object, newest first.
pub const OTHERS_RUNS: &str = "SELECT r.first_at, r.last_at, r.count, r.actor_id, u.name, u.role, r.action
     FROM audit_runs r LEFT JOIN users u ON u.id = r.actor_id
     WHERE r.object_type = $1 AND r.object_id = $2 AND r.actor_id IS DISTINCT FROM $3
     ORDER BY r.first_at DESC, r.id DESC";

/// A stretch of `$1` rows of the same person and action extends the object's newest run
/// when that run is theirs. `{skip_locked}` is the backend's `SKIP_LOCKED`: on PostgreSQL a
/// run another transaction is extending is left alone and a new run begins (the reader
/// joins the two), so writers to one file do not queue behind each other here.
pub const EXTEND_RUN: &str = "UPDATE audit_runs SET count = count + $1,
         last_at = CASE WHEN last_at < $2 THEN $2 ELSE last_at END
     WHERE id = (SELECT id FROM audit_runs
                 WHERE id = (SELECT id FROM audit_runs WHERE object_type = $3 AND object_id = $4
                             ORDER BY first_at DESC, id DESC LIMIT 1)
                   AND actor_id IS NOT DISTINCT FROM $5 AND action = $6{skip_locked})";

/// Each query with the index SQLite must use for it.
pub const INDEXED: [(&str, &str); 5] = [
    (AUDIT_LAST, "audit_runs_object"),
    (MY_RUNS, "audit_runs_object"),
    (OTHERS_RUNS, "audit_runs_object"),
    (EXTEND_RUN, "audit_runs_object"),
    (crate::kennisbank::PUBLISHED_PAGE, "kb_versions_published"),
];
