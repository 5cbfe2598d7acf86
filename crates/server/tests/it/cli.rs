//! The binary as an operator uses it.

use std::process::{Command, Output};

fn samenspoor(dir: &std::path::Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_samenspoor"))
        .args(args)
        .current_dir(dir)
        .env("SAMENSPOOR__WEB__BASE_URL", "https://samenspoor.voorbeeld.nl")
        .output()
        .unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn bad_arguments_give_one_line_and_exit_code_2() {
    let dir = tempfile::tempdir().unwrap();
    for args in [&["bogus"][..], &["serve", "--nonsense"], &["create-user", "--email", "a@b.nl"], &["restore"], &[]] {
        let out = samenspoor(dir.path(), args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert_eq!(stderr(&out).trim().lines().count(), 1, "{args:?}: {}", stderr(&out));
    }
    let help = samenspoor(dir.path(), &["--help"]);
    assert_eq!(help.status.code(), Some(0));
    let text = String::from_utf8_lossy(&help.stdout);
    for cmd in ["serve", "migrate", "create-user", "login-link", "backup", "restore"] {
        assert!(text.contains(cmd), "{cmd} in --help");
    }
    assert_eq!(samenspoor(dir.path(), &["create-user", "--help"]).status.code(), Some(0));
}

#[test]
fn create_user_login_link_and_backup_on_the_default_sqlite_file() {
    let dir = tempfile::tempdir().unwrap();
    assert!(samenspoor(dir.path(), &["migrate"]).status.success());
    assert!(dir.path().join("data/samenspoor.db").exists(), "the default database is under ./data/");

    let bad_role =
        samenspoor(dir.path(), &["create-user", "--email", "a@voorbeeld.nl", "--name", "A", "--role", "koning"]);
    assert_eq!(bad_role.status.code(), Some(2));
    assert!(stderr(&bad_role).contains("unknown role"), "{}", stderr(&bad_role));
    let bad_email = samenspoor(dir.path(), &["create-user", "--email", "geen", "--name", "A", "--role", "parent"]);
    assert_eq!(bad_email.status.code(), Some(2));

    let ok = samenspoor(
        dir.path(),
        &["create-user", "--email", "IB@Voorbeeld.nl", "--name", "Ilse Bos", "--role", "coordinator"],
    );
    assert!(ok.status.success(), "{}", stderr(&ok));
    assert!(String::from_utf8_lossy(&ok.stdout).contains("ib@voorbeeld.nl"));
    let dup = samenspoor(dir.path(), &["create-user", "--email", "ib@voorbeeld.nl", "--name", "X", "--role", "parent"]);
    assert_eq!(dup.status.code(), Some(2));
    assert!(stderr(&dup).contains("exists already"));

    let link = samenspoor(dir.path(), &["login-link", "--email", "ib@voorbeeld.nl"]);
    assert!(link.status.success(), "{}", stderr(&link));
    let url = String::from_utf8_lossy(&link.stdout).trim().to_owned();
    assert!(url.starts_with("https://samenspoor.voorbeeld.nl/inloggen/link/") && url.len() > 60, "{url}");
    assert_eq!(samenspoor(dir.path(), &["login-link", "--email", "niemand@voorbeeld.nl"]).status.code(), Some(2));

    let backup = samenspoor(dir.path(), &["backup", "--to", "kopie.db"]);
    assert!(backup.status.success(), "{}", stderr(&backup));
    let copy =
        samenspoor(dir.path(), &["--database-url", "sqlite://kopie.db", "login-link", "--email", "ib@voorbeeld.nl"]);
    assert!(copy.status.success(), "the copy holds the account: {}", stderr(&copy));
    let again = samenspoor(dir.path(), &["backup", "--to", "kopie.db"]);
    assert_eq!(again.status.code(), Some(2), "an existing file is not overwritten");
}

#[test]
fn a_bad_database_url_or_config_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = samenspoor(dir.path(), &["--database-url", "mysql://x", "migrate"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("unknown database URL"), "{}", stderr(&out));
    let light = Command::new(env!("CARGO_BIN_EXE_samenspoor"))
        .args(["serve", "--bind", "127.0.0.1:0"])
        .current_dir(dir.path())
        .env("SAMENSPOOR__WEB__BRAND_COLOR", "#ffff00")
        .output()
        .unwrap();
    assert_eq!(light.status.code(), Some(2));
    assert!(stderr(&light).contains("contrast"), "{}", stderr(&light));
    std::fs::write(dir.path().join("samenspoor.toml"), "bind = 12\n").unwrap();
    let out = samenspoor(dir.path(), &["migrate"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("invalid configuration"), "{}", stderr(&out));
}

#[tokio::test]
async fn backup_of_postgres_points_at_pg_dump() {
    // A database of its own: the server's own database may carry another branch's schema.
    let Some(url) = crate::support::pg::fresh_url().await else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let out = samenspoor(dir.path(), &["--database-url", &url, "backup", "--to", "x.db"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("pg_dump"), "{}", stderr(&out));
    let out = samenspoor(dir.path(), &["--database-url", &url, "restore", "--from", "x.db"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("pg_restore"), "{}", stderr(&out));
}

#[test]
fn serve_stops_cleanly_on_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let mut child = Command::new(env!("CARGO_BIN_EXE_samenspoor"))
        .args(["serve", "--demo", "--bind", &format!("127.0.0.1:{port}")])
        .current_dir(dir.path())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut up = false;
    for _ in 0..100 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            up = true;
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    assert!(up, "server came up");
    let term = Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap();
    assert!(term.success());
    let status = child.wait().unwrap();
    assert!(status.success(), "clean exit after SIGTERM: {status:?}");
    let mut out = String::new();
    std::io::Read::read_to_string(child.stdout.as_mut().unwrap(), &mut out).unwrap();
    assert!(out.contains(&format!("http://localhost:{port}")), "{out}");
    assert!(out.contains("sanne.devries@demo.invalid"), "the demo accounts are printed: {out}");
}
