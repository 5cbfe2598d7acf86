//! Reliability: the search index built once beside serving, the API against its own
//! OpenAPI document (schemathesis), restore, crash safety and database outages.

use crate::support::spawn_app;

/// On a fresh server, 200 concurrent first searches (pages and API) wait for one load of
/// the knowledge base and one build of its index, and every one of them finds something.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_first_searches_on_a_fresh_server_build_the_index_once() {
    let app = spawn_app().await;
    let requests = (0..200).map(|i| {
        let path = if i % 2 == 0 {
            "/api/v1/kennisbank/search?q=opp"
        } else {
            "/kennisbank/zoeken?q=ontwikkelingsperspectief"
        };
        let (client, url) = (app.client.clone(), app.url(path));
        async move {
            let res = client.get(url).send().await.unwrap();
            (res.status().as_u16(), res.text().await.unwrap())
        }
    });
    let answers = futures_util::future::join_all(requests).await;
    for (status, body) in &answers {
        assert_eq!(*status, 200, "{body}");
        assert!(body.contains("/kennisbank/artikel/opp"), "every search finds the OPP article: {body:.300}");
    }
    let (loads, builds) = app.state.kennisbank.loads_and_builds();
    assert_eq!((loads, builds), (1, 1), "one load and one index build for 200 concurrent first searches");
}

/// The Python that has schemathesis: `SAMENSPOOR_SCHEMATHESIS_PYTHON` (CI's virtual
/// environment) or python3.
fn schemathesis_python() -> String {
    std::env::var("SAMENSPOOR_SCHEMATHESIS_PYTHON").unwrap_or_else(|_| "python3".into())
}

/// True when that Python can import schemathesis; where it cannot, a skip, or on CI a failure.
fn schemathesis_available() -> bool {
    let ok = std::process::Command::new(schemathesis_python())
        .args(["-c", "import schemathesis"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            !crate::support::required("SAMENSPOOR_REQUIRE_SCHEMATHESIS"),
            "python3 cannot import schemathesis: run `python3 -m pip install schemathesis==4.32.5` or set \
             SAMENSPOOR_SCHEMATHESIS_PYTHON (see .ci/run)"
        );
        eprintln!("python3's schemathesis is not installed: API schema fuzzing skipped");
    }
    ok
}

/// Runs schemathesis for `seconds` against the app's OpenAPI document with these headers;
/// returns whether it passed and its report.
async fn schemathesis(base: &str, headers: &[String], seconds: u32) -> (bool, String) {
    let config = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/schemathesis/schemathesis.toml");
    // Run in a folder of its own: schemathesis keeps a cache in its working directory.
    let cwd = tempfile::tempdir().unwrap();
    let mut command = tokio::process::Command::new(schemathesis_python());
    command
        .current_dir(cwd.path())
        .args(["-c", "import sys\nfrom schemathesis.cli import schemathesis\nsys.argv[0] = 'schemathesis'\nsys.exit(schemathesis())"])
        .args(["--no-color", "--config-file", config, "run", &format!("{base}/api/v1/openapi.json")])
        .args(["--max-time", &seconds.to_string(), "--request-timeout", "10"]);
    for h in headers {
        command.args(["-H", h]);
    }
    let out = tokio::time::timeout(std::time::Duration::from_secs(u64::from(seconds) + 120), command.output())
        .await
        .expect("schemathesis stops within its time budget")
        .expect("python3 runs");
    let report = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    (out.status.success(), report)
}

/// schemathesis against /api/v1/openapi.json, anonymous and as the demo parent, 40 seconds
/// each: no 5xx, every status code and response as documented, schema-invalid requests
/// refused and (except where schemathesis.toml says why not) schema-valid ones accepted.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_api_keeps_to_its_openapi_document_under_schemathesis() {
    if !schemathesis_available() {
        return;
    }
    let app = crate::support::spawn_demo_app().await;
    let (ok, report) = schemathesis(&app.base, &[], 40).await;
    assert!(ok, "schemathesis, anonymous:\n{report}");
    println!("anonymous: {}", report.lines().rev().find(|l| l.contains("generated")).unwrap_or_default());

    let email = samenspoor_domain::Email::parse("sanne.devries@demo.invalid").unwrap();
    let sanne = app.store.user_by_email(&email).await.unwrap().expect("the demo parent");
    let res = app.post("/inloggen/demo", &[("user_id", &sanne.id.to_string())]).await;
    assert_eq!(res.status(), 303, "demo sign-in");
    let session = app.cookie("ss_session").expect("a session cookie");
    let csrf = app.csrf().await;
    let headers = [format!("Cookie: ss_session={session}"), format!("X-CSRF-Token: {csrf}")];
    let (ok, report) = schemathesis(&app.base, &headers, 40).await;
    assert!(ok, "schemathesis, signed in as a parent:\n{report}");
    println!("parent: {}", report.lines().rev().find(|l| l.contains("generated")).unwrap_or_default());
}

/// The advice API parses its body as the documented type: `null` (allowed there) counts as
/// not answered; a value outside the documented set is refused and named.
#[tokio::test]
async fn the_advice_api_takes_the_null_its_schema_allows() {
    let app = spawn_app().await;
    let url = app.url("/api/v1/hulpwijzer/advice");
    let none = app.client.post(&url).json(&serde_json::json!({})).send().await.unwrap();
    let none: serde_json::Value = none.json().await.unwrap();
    let nulls = serde_json::json!({"thuis": null, "stappen": null, "ziekte": null});
    let res = app.client.post(&url).json(&nulls).send().await.unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.json::<serde_json::Value>().await.unwrap(), none, "null is the same as no answer");
    let res = app.client.post(&url).json(&serde_json::json!({"stappen": ["school", 3]})).send().await.unwrap();
    assert_eq!(res.status(), 422);
    assert_eq!(res.json::<serde_json::Value>().await.unwrap()["field"], "stappen");
}
