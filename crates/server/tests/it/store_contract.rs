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
