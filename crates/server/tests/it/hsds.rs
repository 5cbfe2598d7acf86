//! HSDS for real: the export and the HSDS API validate against the Open Referral HSDS 3.0
//! schema (`data/hsds/organization.json`, vendored with its licence), read by Python's
//! `jsonschema` as an independent checker; the specification's own example files import.

use crate::support::{required, spawn_app};
use samenspoor_domain::hulpwijzer::hsds;
use serde_json::{Value, json};
use std::process::Command;

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/it/data/hsds");

/// Prints, as a JSON list, every schema error of every document in the file given.
const VALIDATE: &str = r#"
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
V = jsonschema.validators.validator_for(schema)
v = V(schema, format_checker=V.FORMAT_CHECKER)
docs = json.load(open(sys.argv[2]))
out = []
for i, d in enumerate(docs):
    for e in v.iter_errors(d):
        out.append("[%d] %s: %s" % (i, "/".join(map(str, e.absolute_path)), e.message[:200]))
print(json.dumps(out))
"#;

/// True when python3 can import jsonschema; where it cannot, a skip, or on CI a failure.
fn validator_available() -> bool {
    let ok = Command::new("python3").args(["-c", "import jsonschema"]).output().is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            !required("SAMENSPOOR_REQUIRE_JSONSCHEMA"),
            "python3 cannot import jsonschema: run `python3 -m pip install jsonschema` (see .ci/run)"
        );
        eprintln!("python3's jsonschema is not installed: HSDS schema validation skipped");
    }
    ok
}

/// The schema errors of each organization in `docs`.
fn schema_errors(docs: &[Value]) -> Vec<String> {
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), Value::Array(docs.to_vec()).to_string()).unwrap();
    let out = Command::new("python3")
        .args(["-c", VALIDATE, &format!("{DATA}/organization.json")])
        .arg(file.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "the validator failed: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn example(name: &str) -> String {
    std::fs::read_to_string(format!("{DATA}/{name}")).unwrap()
}

fn shipped_export() -> Vec<Value> {
    let entries: Vec<_> = samenspoor_web::content::directory().iter().map(|o| (o.clone(), o.assured_date)).collect();
    hsds::export(&entries).as_array().unwrap().clone()
}

#[test]
fn the_export_validates_against_the_official_hsds_schema() {
    if !validator_available() {
        return;
    }
    let full: Value = serde_json::from_str(&example("organization_full.json")).unwrap();
    assert_eq!(schema_errors(&[full]), Vec::<String>::new(), "the specification's own example is valid");
    let export = shipped_export();
    assert_eq!(export.len(), samenspoor_web::content::directory().len());
    assert_eq!(schema_errors(&export), Vec::<String>::new());
    // The check can fail: what the export used to write for an empty e-mail address.
    let mut broken = export[0].clone();
    broken["email"] = Value::Null;
    broken["services"][0]["assured_date"] = json!("gisteren");
    let errors = schema_errors(&[broken]);
    assert!(errors.iter().any(|e| e.starts_with("[0] email: None is not of type 'string'")), "{errors:?}");
}

#[test]
fn the_specifications_examples_import_one_a_list_and_a_page() {
    let one = hsds::import(&example("organization_full.json")).unwrap_or_else(|p| panic!("{p:?}"));
    assert_eq!(one.len(), 1);
    assert_eq!(one[0].0.name, "Example Organization Inc.");
    assert_eq!(one[0].0.nl.summary, one[0].0.en.summary);
    let list = format!("[{}]", example("organization_full.json"));
    assert_eq!(hsds::import(&list).unwrap(), one);
    let page = hsds::import(&example("organization_list.json")).unwrap_or_else(|p| panic!("{p:?}"));
    assert_eq!(page.len(), 1);
    assert_eq!(page[0].0.id, "example-organization-inc");
    let export = Value::Array(shipped_export()).to_string();
    assert_eq!(hsds::import(&export).unwrap().len(), samenspoor_web::content::directory().len());
}

#[tokio::test]
async fn the_hsds_api_serves_the_directory_in_pages_that_validate() {
    let app = spawn_app().await;
    let meta: Value = app.get("/api/v1/hsds").await.json().await.unwrap();
    assert_eq!(meta["version"], "3.0");
    assert!(meta["openapi_url"].as_str().unwrap().ends_with("/api/v1/openapi.json"));

    let n = samenspoor_web::content::directory().len();
    let first: Value = app.get("/api/v1/hsds/organizations?per_page=10").await.json().await.unwrap();
    assert_eq!((first["total_items"].as_u64(), first["total_pages"].as_u64()), (Some(n as u64), Some(3)));
    assert_eq!((first["page_number"].as_u64(), first["size"].as_u64()), (Some(1), Some(10)));
    assert_eq!((first["first_page"].as_bool(), first["last_page"].as_bool()), (Some(true), Some(false)));
    let last: Value = app.get("/api/v1/hsds/organizations?page=3&per_page=10").await.json().await.unwrap();
    assert_eq!((last["size"].as_u64(), last["last_page"].as_bool()), (Some(n as u64 - 20), Some(true)));
    let beyond: Value = app.get("/api/v1/hsds/organizations?page=9&per_page=10").await.json().await.unwrap();
    assert_eq!((beyond["empty"].as_bool(), beyond["size"].as_u64()), (Some(true), Some(0)));
    let all: Value = app.get("/api/v1/hsds/organizations").await.json().await.unwrap();
    let contents = all["contents"].as_array().unwrap().clone();
    assert_eq!(contents.len(), n, "default page size holds the whole directory");
    assert_eq!(contents[0]["name"], "De school van je kind", "escalation order");
    if validator_available() {
        assert_eq!(schema_errors(&contents), Vec::<String>::new());
    }
    assert_eq!(hsds::import(&all.to_string()).unwrap().len(), n, "a page of our API imports");

    for bad in ["per_page=0", "per_page=201", "page=0", "page=twee"] {
        let res = app.get(&format!("/api/v1/hsds/organizations?{bad}")).await;
        assert_eq!(res.status(), 422, "{bad}");
        assert_eq!(res.headers()["content-type"], "application/problem+json");
        let problem: Value = res.json().await.unwrap();
        assert_eq!(problem["field"], bad.split('=').next().unwrap(), "{bad}: {problem}");
    }

    let id = contents[3]["id"].as_str().unwrap();
    let one: Value = app.get(&format!("/api/v1/hsds/organizations/{id}")).await.json().await.unwrap();
    assert_eq!(one, contents[3]);
    assert_eq!(app.get("/api/v1/hsds/organizations/onbekend").await.status(), 404);

    let services: Value = app.get("/api/v1/hsds/services?per_page=5").await.json().await.unwrap();
    assert_eq!(services["total_items"].as_u64(), Some(n as u64));
    let s = &services["contents"][0];
    assert_eq!(s["organization_id"], contents[0]["id"]);
    let by_id: Value =
        app.get(&format!("/api/v1/hsds/services/{}", s["id"].as_str().unwrap())).await.json().await.unwrap();
    assert_eq!(&by_id, s);
    assert_eq!(app.get("/api/v1/hsds/services/onbekend").await.status(), 404);
}
