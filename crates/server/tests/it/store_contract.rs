//! The store contract on both databases, and the check that both schemas agree.

use crate::support::pg;
use samenspoor::AnyStore;

mod sqlite {
    samenspoor_store::contract_tests!(crate::support::sqlite_factory);
}

mod postgres {
    samenspoor_store::contract_tests!(crate::support::pg::factory);
}

#[tokio::test]
async fn both_migration_trees_define_the_same_tables_and_columns() {
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
    let (a, b) = (lite.schema().await.unwrap(), pgs.schema().await.unwrap());
    assert!(a.iter().any(|(t, c)| t == "users" && c == "email"), "schema query found the users table: {a:?}");
    assert_eq!(a, b, "SQLite and PostgreSQL schemas differ");
}

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
    for sql in ["UPDATE audit_log SET action = 'x'", "DELETE FROM audit_log"] {
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
    for sql in ["UPDATE audit_log SET action = 'x'", "DELETE FROM audit_log"] {
        let err = sqlx::query(sql).execute(&mut conn).await.unwrap_err();
        assert!(err.to_string().contains("append-only"), "{sql}: {err}");
    }
}
