//! The store contract on both databases, and the check that both schemas agree.

use crate::support::pg;
use samenspoor::AnyStore;
use samenspoor_store_sql::schema::Schema;

mod sqlite {
    samenspoor_store::contract_tests!(crate::support::sqlite_factory);
}

mod postgres {
    samenspoor_store::contract_tests!(crate::support::pg::factory);
}

#[tokio::test]
async fn both_migration_trees_define_the_same_tables_columns_types_indexes_and_foreign_keys() {
    let Some(pg_url) = pg::fresh_url().await else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let AnyStore::Sqlite(lite) =
        samenspoor::open_store(&format!("sqlite://{}/s.db", dir.path().display())).await.unwrap()
    else {
        unreachable!()
    };
    let AnyStore::Postgres(pgs) = samenspoor::open_store(&pg_url).await.unwrap() else { unreachable!() };
    let a = samenspoor_store_sqlite::schema(&lite).await.unwrap();
    let b = samenspoor_store_postgres::schema(&pgs).await.unwrap();
    let names = |s: &Schema| s.columns.iter().map(|c| format!("{}.{}", c.table, c.name)).collect::<Vec<_>>();
    assert!(names(&a).contains(&"users.email".to_owned()), "schema query found the users table: {a:?}");
    assert_eq!(names(&a), names(&b), "SQLite and PostgreSQL have other tables or columns");
    let mut problems = vec![];
    for (l, p) in a.columns.iter().zip(&b.columns) {
        let column = format!("{}.{}", l.table, l.name);
        if notion(&l.declared, &p.declared).is_none() {
            problems.push(format!("{column}: {} on SQLite but {} on PostgreSQL", l.declared, p.declared));
        }
        if l.not_null != p.not_null {
            problems.push(format!("{column}: NOT NULL {} on SQLite, {} on PostgreSQL", l.not_null, p.not_null));
        }
    }
    assert!(problems.is_empty(), "column types differ:\n{}", problems.join("\n"));
    assert!(
        a.indexes.iter().any(|i| i.table == "audit_log" && i.columns == "actor_id,at"),
        "index query found the audit log's index: {:?}",
        a.indexes
    );
    assert_eq!(a.indexes, b.indexes, "SQLite and PostgreSQL have other indexes");
    assert!(a.foreign_keys.iter().any(|f| f.table == "sessions" && f.on_delete == "CASCADE"), "{:?}", a.foreign_keys);
    assert_eq!(a.foreign_keys, b.foreign_keys, "SQLite and PostgreSQL have other foreign keys");
}

/// The common notion of a column type, from how each database declares it. The store's
/// codecs keep ids as TEXT on SQLite and UUID on PostgreSQL, times as INTEGER milliseconds
/// and TIMESTAMPTZ, days as TEXT and DATE; any other pair is a mismatch.
fn notion(sqlite: &str, postgres: &str) -> Option<&'static str> {
    match (sqlite.to_ascii_uppercase().as_str(), postgres) {
        ("TEXT", "uuid") => Some("id"),
        ("TEXT", "text") => Some("text"),
        ("TEXT", "date") => Some("day"),
        ("INTEGER", "timestamp with time zone") => Some("time"),
        ("INTEGER", "integer" | "bigint") => Some("int"),
        ("BOOLEAN", "boolean") => Some("bool"),
        _ => None,
    }
}

/// Every change the append-only log must refuse, even from its owner; forgetting an IP
/// address (`SET ip = NULL` alone) is the one change it allows.
const APPEND_ONLY_BREACHES: [&str; 5] = [
    "UPDATE audit_log SET action = 'x'",
    "UPDATE audit_log SET ip = NULL, object_type = 'x'",
    "UPDATE audit_log SET ip = '198.51.100.1'",
    "DELETE FROM audit_log",
    "TRUNCATE audit_log",
];

#[tokio::test]
async fn the_audit_log_refuses_updates_and_deletes_on_both_databases() {
    use sqlx::Connection;
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/s.db", dir.path().display());
    let store = samenspoor::open_store(&url).await.unwrap().shared();
    store
        .append_audit(samenspoor_store::AuditContext::system().entry(
            samenspoor_domain::AuditAction::SignedOut,
            "user",
            None,
        ))
        .await
        .unwrap();
    let mut lite = sqlx::SqliteConnection::connect(&url).await.unwrap();
    for sql in APPEND_ONLY_BREACHES.iter().filter(|s| !s.starts_with("TRUNCATE")) {
        let err = sqlx::query(sql).execute(&mut lite).await.unwrap_err();
        assert!(err.to_string().contains("append-only"), "{sql}: {err}");
    }
    let Some(pg_url) = pg::fresh_url().await else {
        return;
    };
    let pg_store = samenspoor::open_store(&pg_url).await.unwrap().shared();
    pg_store
        .append_audit(samenspoor_store::AuditContext::system().entry(
            samenspoor_domain::AuditAction::SignedOut,
            "user",
            None,
        ))
        .await
        .unwrap();
    let mut conn = sqlx::PgConnection::connect(&pg_url).await.unwrap();
    for sql in APPEND_ONLY_BREACHES {
        let err = sqlx::query(sql).execute(&mut conn).await.unwrap_err();
        assert!(err.to_string().contains("append-only"), "{sql}: {err}");
    }
}

/// A server keeps the files it read whole, checked against `trajecten.rev`. A change made
/// anywhere else (another server on the same database, an operator in SQL) must show at the
/// next read, and every table of a file must move the revision on.
#[tokio::test]
async fn a_kept_file_shows_every_change_made_elsewhere_on_both_databases() {
    let dir = tempfile::tempdir().unwrap();
    kept_files_follow_changes(&format!("sqlite://{}/s.db", dir.path().display())).await;
    if let Some(pg_url) = pg::fresh_url().await {
        kept_files_follow_changes(&pg_url).await;
    }
}

async fn sql(url: &str, statement: &str) -> Vec<String> {
    use sqlx::Connection;
    if url.starts_with("sqlite:") {
        let mut c = sqlx::SqliteConnection::connect(url).await.unwrap();
        sqlx::query_scalar(statement).fetch_all(&mut c).await.unwrap()
    } else {
        let mut c = sqlx::PgConnection::connect(url).await.unwrap();
        sqlx::query_scalar(statement).fetch_all(&mut c).await.unwrap()
    }
}

async fn kept_files_follow_changes(url: &str) {
    use samenspoor_domain::traject::{ChildDetails, NoteVisibility, ParticipantRole};
    use samenspoor_domain::{OrganisationId, OrganisationKind, OrganisationName, Role, TrajectId};
    use samenspoor_store::{AuditContext, FileParts, NewNote, NewOrganisation, NewTraject};
    let here = samenspoor::open_store(url).await.unwrap().shared();
    let there = samenspoor::open_store(url).await.unwrap().shared();
    let school = OrganisationId::new();
    let name = OrganisationName::parse("De Linde").unwrap();
    let new = NewOrganisation { id: school, kind: OrganisationKind::School, name, swv_id: None };
    here.create_organisation(new, AuditContext::system()).await.unwrap();
    let parent = here
        .create_user(samenspoor_store::testing::new_user("ouder@voorbeeld.nl", Role::Parent), AuditContext::system())
        .await
        .unwrap();
    let child =
        ChildDetails::parse("Daan", "de Vries", "2017-03-14", "groep 6", chrono::Utc::now().date_naive()).unwrap();
    let id = TrajectId::new();
    let new =
        NewTraject { id, child, school_id: Some(school), creator: parent.id, creator_role: ParticipantRole::Parent };
    let by_parent = AuditContext { actor: Some(parent.id), ip: None };
    here.tr_create(new, by_parent.clone()).await.unwrap();
    let whole = || async { here.tr_file(id, FileParts::Whole).await.unwrap().unwrap() };
    let first = whole().await;
    assert_eq!(whole().await, first, "read twice, unchanged");
    assert_eq!(first.school_name.as_deref(), Some("De Linde"));

    let note = NewNote { traject_id: id, visibility: NoteVisibility::Shared, body: "Van de andere server.".into() };
    there.tr_add_note(note, by_parent.clone()).await.unwrap();
    assert_eq!(whole().await.notes.len(), 1, "a note written by another server");
    let me = whole().await.participants[0].id;
    let plan = samenspoor_domain::gesprek::Plan {
        purpose: "Hoe gaat het met lezen?".into(),
        starts_at: chrono::Utc::now() + chrono::Duration::days(7),
        minutes: 45,
        place: "School".into(),
        link: String::new(),
        leader: me,
        attendees: vec![me],
    };
    let g = samenspoor_domain::GesprekId::new();
    let new = samenspoor_store::NewGesprek { id: g, traject_id: id, plan, follow_up_of: None };
    there.gs_create(new, by_parent.clone()).await.unwrap();
    assert_eq!(whole().await.gesprekken.len(), 1, "a gesprek planned by another server");
    let gesprek = || async { here.gs_get(id, g).await.unwrap().unwrap() };
    assert_eq!(gesprek().await, gesprek().await, "read twice, unchanged");
    there.gs_add_point(id, g, "Lezen thuis", true, by_parent).await.unwrap();
    assert_eq!(gesprek().await.agenda.len(), 1, "an agenda point added by another server");
    let changes = [
        (format!("UPDATE users SET name = 'Sanne Nieuw' WHERE id = '{}'", parent.id), "a person's name"),
        (format!("UPDATE organisations SET name = 'De Eik' WHERE id = '{school}'"), "the school's name"),
        (format!("UPDATE trajecten SET class_name = 'groep 7' WHERE id = '{id}'"), "the file itself"),
        (format!("DELETE FROM tr_notes WHERE traject_id = '{id}'"), "a part taken away"),
    ];
    let mut seen = vec![];
    for (change, what) in changes {
        sql(url, &change).await;
        let now = whole().await;
        seen.push((
            what,
            now.participants[0].name.clone(),
            now.school_name.clone(),
            now.traject.class_name.clone(),
            now.notes.len(),
        ));
    }
    let names = |n: &str| Some(n.to_owned());
    assert_eq!(
        seen,
        [
            ("a person's name", names("Sanne Nieuw"), names("De Linde"), "groep 6".to_owned(), 1),
            ("the school's name", names("Sanne Nieuw"), names("De Eik"), "groep 6".to_owned(), 1),
            ("the file itself", names("Sanne Nieuw"), names("De Eik"), "groep 7".to_owned(), 1),
            ("a part taken away", names("Sanne Nieuw"), names("De Eik"), "groep 7".to_owned(), 0),
        ],
        "{url}"
    );

    // Every table with a file's rows moves its revision on insert, update and delete.
    // Notifications name a file but belong to their reader; they are not part of it. The
    // revision's own shards (file_revs) are what the triggers write.
    let (tables, triggers) = if url.starts_with("sqlite:") {
        (
            "SELECT m.name FROM sqlite_master m JOIN pragma_table_info(m.name) c \
             WHERE m.type = 'table' AND c.name = 'traject_id' ORDER BY m.name",
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%rev%'",
        )
    } else {
        (
            "SELECT table_name::text FROM information_schema.columns \
             WHERE column_name = 'traject_id' AND table_schema = current_schema() ORDER BY table_name",
            "SELECT event_object_table || '_rev_' || lower(event_manipulation) FROM information_schema.triggers \
             WHERE trigger_name LIKE '%\\_rev'",
        )
    };
    let triggers = sql(url, triggers).await;
    let missing: Vec<_> = sql(url, tables)
        .await
        .into_iter()
        .filter(|t| t != "notifications" && t != "file_revs")
        .flat_map(|t| ["insert", "update", "delete"].map(|op| format!("{t}_rev_{op}")))
        .filter(|want| !triggers.contains(want))
        .collect();
    assert!(triggers.len() >= 14 * 3, "{url}: {triggers:?}");
    assert!(missing.is_empty(), "{url}: no revision trigger for {missing:?}");
}

/// "Who looked" reads the runs the store keeps as it writes the log; migration 0015 made
/// the runs of the log written before it. Both must give the same runs, on both databases.
#[tokio::test]
async fn the_runs_kept_while_writing_equal_the_runs_the_migration_makes_from_the_log() {
    let dir = tempfile::tempdir().unwrap();
    runs_match(&format!("sqlite://{}/s.db", dir.path().display()), "store-sqlite").await;
    if let Some(pg_url) = pg::fresh_url().await {
        runs_match(&pg_url, "store-postgres").await;
    }
}

async fn runs_match(url: &str, crate_dir: &str) {
    use samenspoor_domain::{AuditAction, Role};
    use samenspoor_store::AuditContext;
    let store = samenspoor::open_store(url).await.unwrap().shared();
    let mut people = vec![None];
    for email in ["ouder@voorbeeld.nl", "juf@voorbeeld.nl"] {
        let new = samenspoor_store::testing::new_user(email, Role::Parent);
        people.push(Some(store.create_user(new, AuditContext::system()).await.unwrap().id));
    }
    // Runs of one, of several, broken by someone else and by another action, over two
    // objects written in turn, and rows without an object (they have no runs).
    let steps = [
        (1, "a", AuditAction::TrajectViewed),
        (1, "a", AuditAction::TrajectViewed),
        (2, "b", AuditAction::TrajectViewed),
        (1, "a", AuditAction::TrajectViewed),
        (2, "a", AuditAction::TrajectViewed),
        (2, "a", AuditAction::NoteAdded),
        (0, "a", AuditAction::TrajectViewed),
        (0, "a", AuditAction::TrajectViewed),
        (2, "", AuditAction::SignedOut),
        (2, "b", AuditAction::TrajectViewed),
        (1, "a", AuditAction::TrajectViewed),
    ];
    let start = chrono::Utc::now() - chrono::Duration::hours(1);
    for (i, (who, object, action)) in steps.into_iter().enumerate() {
        let ctx = AuditContext { actor: people[who], ip: None };
        let mut entry = ctx.entry(action, "traject", (!object.is_empty()).then(|| object.to_owned()));
        entry.at = start + chrono::Duration::seconds(i as i64);
        store.append_audit(entry).await.unwrap();
    }
    let migration = std::fs::read_to_string(format!(
        "{}/../{crate_dir}/migrations/0015_audit_runs.sql",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let backfill = &migration[migration.find("INSERT INTO audit_runs").unwrap()..];
    sql(url, "CREATE TABLE runs_from_the_log AS SELECT * FROM audit_runs WHERE 1 = 0").await;
    sql(url, &backfill.replacen("INSERT INTO audit_runs", "INSERT INTO runs_from_the_log", 1)).await;
    let runs = |table: &str| {
        format!(
            "SELECT object_id || ' ' || COALESCE(CAST(actor_id AS TEXT), '-') || ' ' || action || ' ' || \
             CAST(count AS TEXT) || ' ' || CAST(first_at AS TEXT) || ' ' || CAST(last_at AS TEXT) \
             FROM {table} WHERE object_type = 'traject' ORDER BY object_id, first_at"
        )
    };
    let kept = sql(url, &runs("audit_runs")).await;
    let made = sql(url, &runs("runs_from_the_log")).await;
    let counts: Vec<_> = kept.iter().map(|r| r.split(' ').nth(3).unwrap().to_owned()).collect();
    assert_eq!(counts, ["3", "1", "1", "2", "1", "2"], "{url}: {kept:#?}");
    assert_eq!(kept, made, "{url}");
}

/// The lookups that must not grow with their table (the audit log, the knowledge base's
/// versions) find their rows through the index meant for them. SQLite plans from the schema alone (no statistics are gathered),
/// so the plan of a fresh database is the plan of a full one.
#[tokio::test]
async fn lookups_on_growing_tables_use_their_index_on_sqlite() {
    use sqlx::Connection;
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/s.db", dir.path().display());
    samenspoor::open_store(&url).await.unwrap();
    let mut c = sqlx::SqliteConnection::connect(&url).await.unwrap();
    for (query, index) in samenspoor_store_sql::plans::INDEXED {
        let plan: Vec<(i64, i64, i64, String)> =
            sqlx::query_as(&format!("EXPLAIN QUERY PLAN {}", query.replace("{skip_locked}", "")))
                .fetch_all(&mut c)
                .await
                .unwrap();
        let steps: Vec<_> = plan.into_iter().map(|(_, _, _, step)| step).collect();
        assert!(
            steps.iter().any(|s| s.contains(&format!("USING COVERING INDEX {index} "))
                || s.contains(&format!("USING INDEX {index} "))),
            "{query}\n{steps:#?}"
        );
        assert!(!steps.iter().any(|s| s.starts_with("SCAN ") || s.contains("TEMP B-TREE")), "{query}\n{steps:#?}");
    }
}
