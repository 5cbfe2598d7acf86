//! Hulpwijzer: the seed situations get the help the sources point to, the wizard works
//! page by page with the answers in the URL, the API refuses what it does not know, the
//! rules are data that editors change, and admins keep the directory (HSDS in and out).

use crate::support::{location, spawn_app, to_page};
use samenspoor_domain::hulpwijzer::rules::{Rules, all_combinations};
use samenspoor_domain::{Lang, Role};
use serde_json::{Value, json};

async fn advise(app: &crate::support::TestApp, answers: Value) -> Vec<Value> {
    let res = app.client.post(app.url("/api/v1/hulpwijzer/advice")).json(&answers).send().await.unwrap();
    assert_eq!(res.status(), 200, "{answers}");
    res.json().await.unwrap()
}

fn ids(advice: &[Value]) -> Vec<&str> {
    advice.iter().map(|a| a["organisation_id"].as_str().unwrap()).collect()
}

#[tokio::test]
async fn each_seed_situation_gets_the_help_the_sources_point_to() {
    let app = spawn_app().await;
    let stuck =
        advise(&app, json!({"stappen": ["leerkracht", "school", "swv"], "conflict": "swv", "thuis": "langer"})).await;
    assert!(ids(&stuck).contains(&"onderwijsconsulenten"), "{:?}", ids(&stuck));
    let reason = &stuck.iter().find(|a| a["organisation_id"] == "onderwijsconsulenten").unwrap()["reason"];
    assert!(reason.as_str().unwrap().contains("meer dan 4 weken thuis"), "{reason}");
    assert!(!ids(&stuck).contains(&"eigen-school"), "school was tried already");
    for (answers, expected) in [
        (json!({"ziekte": "ja"}), "ziezon"),
        (json!({"betalen": "ja"}), "het-juiste-loket"),
        (json!({"stappen": ["school"], "oneens": "toelating"}), "geschillencommissie-passend-onderwijs"),
        (json!({"oneens": "tlv"}), "landelijke-bezwaaradviescommissie-tlv"),
        (json!({"oneens": "tlv"}), "samenwerkingsverband"),
        (json!({"rechten": "ja"}), "regelrecht"),
        (json!({"rechten": "ja"}), "juridisch-loket"),
        (json!({"kinderrechten": "ja"}), "kinderombudsman"),
        (json!({"kinderrechten": "ja"}), "kinderrechtenhelpdesk"),
        (json!({"bejegening": "ja"}), "vertrouwenspersoon"),
        (json!({"beperking": "ja"}), "cce"),
        (json!({"informatie": "ja"}), "loket-passend-onderwijs"),
        (json!({}), "eigen-school"),
        (json!({"stappen": ["leerkracht", "school"], "conflict": "school"}), "samenwerkingsverband"),
        (json!({"thuis": "dreigt"}), "lansbrekers"),
    ] {
        let got = advise(&app, answers.clone()).await;
        assert!(ids(&got).contains(&expected), "{answers} should recommend {expected}: {:?}", ids(&got));
    }
    let first = advise(&app, json!({})).await;
    assert_eq!(ids(&first)[0], "eigen-school", "school comes first");
    let en: Vec<Value> = app
        .client
        .post(app.url("/api/v1/hulpwijzer/advice?lang=en"))
        .json(&json!({"ziekte": "ja"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(en.iter().any(|a| a["reason"].as_str().unwrap().contains("long-term illness")));
}

#[test]
fn the_shipped_rules_advise_every_combination_by_fit_then_in_escalation_order() {
    let orgs = samenspoor_web::content::directory();
    let rules = Rules::parse(samenspoor_web::content::rules_text(), orgs).unwrap_or_else(|p| panic!("{p:?}"));
    let position = |id: &str| orgs.iter().position(|o| o.id == id).unwrap();
    for answers in all_combinations() {
        let advice = rules.advise(&answers, orgs, Lang::Nl);
        assert!(!advice.is_empty(), "{answers:?} gets no advice");
        let order: Vec<(std::cmp::Reverse<u32>, usize)> =
            advice.iter().map(|r| (std::cmp::Reverse(r.fit), position(&r.organisation_id))).collect();
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{answers:?}: {order:?}");
    }
}

/// Situations parents are in, and the help to call first: the help that fits the situation,
/// not general advice that happens to come earlier in the escalation order.
#[tokio::test]
async fn the_first_recommendation_is_the_one_to_call_now() {
    let app = spawn_app().await;
    let all = ["leerkracht", "school", "swv"];
    for (answers, first) in [
        (json!({"stappen": all, "conflict": "swv", "thuis": "langer"}), "onderwijsconsulenten"),
        (json!({"stappen": ["leerkracht", "school"], "thuis": "langer"}), "onderwijsconsulenten"),
        (json!({"stappen": all, "oneens": "opp"}), "geschillencommissie-passend-onderwijs"),
        (json!({"stappen": ["leerkracht", "school"], "oneens": "toelating"}), "samenwerkingsverband"),
        (json!({"stappen": all, "oneens": "ondersteuning", "conflict": "swv"}), "onderwijsconsulenten"),
        (json!({"stappen": ["leerkracht", "school"], "conflict": "school"}), "samenwerkingsverband"),
        (json!({"stappen": ["leerkracht"], "thuis": "dreigt"}), "samenwerkingsverband"),
        (json!({"oneens": "tlv"}), "samenwerkingsverband"),
        (json!({"ziekte": "ja", "stappen": ["leerkracht"]}), "ziezon"),
        (json!({"beperking": "ja", "thuis": "langer", "stappen": all}), "cce"),
        (json!({"betalen": "ja"}), "het-juiste-loket"),
        (json!({"bejegening": "ja", "stappen": ["leerkracht"]}), "vertrouwenspersoon"),
        (json!({"kinderrechten": "ja", "stappen": ["leerkracht"]}), "kinderrechtenhelpdesk"),
        (json!({"informatie": "ja", "stappen": ["leerkracht"]}), "ouder-en-jeugdsteunpunt"),
        (json!({"bejegening": "ja", "beperking": "ja", "stappen": ["leerkracht"]}), "vertrouwenspersoon"),
        (json!({}), "eigen-school"),
    ] {
        let got = advise(&app, answers.clone()).await;
        assert_eq!(ids(&got).first().copied(), Some(first), "{answers}: {:?}", ids(&got));
        assert!(!got[0]["reason"].as_str().unwrap().is_empty());
    }
    // The law of 2025: every samenwerkingsverband has an ouder- en jeugdsteunpunt.
    let stuck = advise(&app, json!({"stappen": ["leerkracht", "school"], "conflict": "school"})).await;
    assert!(ids(&stuck).contains(&"ouder-en-jeugdsteunpunt"), "{:?}", ids(&stuck));
    let home = advise(&app, json!({"stappen": all, "thuis": "langer"})).await;
    assert!(ids(&home).contains(&"leerplichtambtenaar"), "{:?}", ids(&home));
    let unequal = advise(&app, json!({"bejegening": "ja", "beperking": "ja"})).await;
    assert!(ids(&unequal).contains(&"college-rechten-van-de-mens"), "{:?}", ids(&unequal));
    // Every shipped entry shows the day its facts were last checked.
    for o in samenspoor_web::content::directory() {
        let d = o.assured_date.unwrap_or_else(|| panic!("{} has no assured_date", o.id));
        let page = app.page(&format!("/hulpwijzer/organisaties/{}", o.id)).await;
        assert!(page.text.contains(&d.format("%d-%m-%Y").to_string()), "{}: check date shown", o.id);
    }
    let page = app.page("/hulpwijzer/advies?stappen=leerkracht&stappen=school&stappen=swv&oneens=opp").await;
    assert_eq!(page.select("#call-now").len(), 1);
    assert_eq!(page.select(".advice > li h2")[0], "Geschillencommissie passend onderwijs");
}

#[tokio::test]
async fn the_api_names_the_field_it_does_not_know() {
    let app = spawn_app().await;
    for (body, field) in [
        (json!({"kleur": "rood"}), "kleur"),
        (json!({"thuis": "soms"}), "thuis"),
        (json!({"thuis": ["nee", "langer"]}), "thuis"),
        (json!({"ziekte": true}), "ziekte"),
        (json!(["ziekte"]), ""),
    ] {
        let res = app.client.post(app.url("/api/v1/hulpwijzer/advice")).json(&body).send().await.unwrap();
        assert_eq!(res.status(), 422, "{body}");
        assert_eq!(res.headers()["content-type"], "application/problem+json");
        let problem: Value = res.json().await.unwrap();
        assert_eq!(problem["field"], field, "{body}: {problem}");
    }
    let bad = app.client.post(app.url("/api/v1/hulpwijzer/advice")).body("niet json").send().await.unwrap();
    assert_eq!(bad.status(), 422);
    let doc: Value = app.get("/api/v1/openapi.json").await.json().await.unwrap();
    let schema = &doc["components"]["schemas"]["AdviceRequest"]["properties"];
    assert!(schema["thuis"].to_string().contains("langer"), "values documented: {schema}");
    assert!(schema["stappen"].to_string().contains("swv"));
}

/// Walks the wizard as a browser without JavaScript would: each page's form, in order.
#[tokio::test]
async fn the_wizard_asks_one_question_per_page_and_keeps_answers_in_the_url() {
    let app = spawn_app().await;
    let choices: &[(&str, &[&str])] = &[
        ("stappen", &["leerkracht", "school", "swv"]),
        ("conflict", &["swv"]),
        ("thuis", &["langer"]),
        ("ziekte", &["ja"]),
    ];
    let mut url = "/hulpwijzer/vragen?stap=1".to_owned();
    let mut pages = 0;
    loop {
        let res = app.get(&url).await;
        if res.status() == 303 {
            url = location(&res);
            break;
        }
        let page = to_page(res).await;
        assert_eq!(page.status, 200, "{url}");
        pages += 1;
        assert_eq!(page.select(".progress-label")[0], format!("Vraag {pages} van 11"));
        let sel = scraper::Selector::parse("form.wizard input").unwrap();
        let mut fields: Vec<(String, String)> = vec![];
        let mut key = String::new();
        for input in page.html.select(&sel) {
            let (name, value, kind) = (
                input.value().attr("name").unwrap(),
                input.value().attr("value").unwrap(),
                input.value().attr("type").unwrap(),
            );
            if kind == "hidden" {
                fields.push((name.into(), value.into()));
            } else {
                key = name.to_owned();
                if choices.iter().any(|(k, vs)| *k == name && vs.contains(&value)) {
                    fields.push((name.into(), value.into()));
                }
            }
        }
        if pages > 1 {
            let back = page.attr("main a", "href").unwrap();
            assert!(back.contains(&format!("stap={}", pages - 1)) && back.contains("stappen=school"), "{back}");
        }
        assert!(!key.is_empty());
        url = format!("/hulpwijzer/vragen?{}", serde_urlencoded::to_string(&fields).unwrap());
    }
    assert_eq!(pages, 11);
    assert!(url.starts_with("/hulpwijzer/advies?"), "{url}");
    let advice = app.page(&url).await;
    let names = advice.select(".advice > li h2");
    assert!(
        names.contains(&"Onderwijsconsulenten".to_owned()) || names.iter().any(|n| n.contains("nderwijsconsulent")),
        "{names:?}"
    );
    assert!(names.iter().any(|n| n.contains("Ziezon")), "{names:?}");
    assert_eq!(advice.attr("#share-link", "value").unwrap(), app.url(&url));
    let changes = advice.select(".answers dd a");
    assert_eq!(changes.len(), 11);
    assert_eq!(app.get("/hulpwijzer/vragen?stap=2&thuis=soms").await.status(), 400);
    assert_eq!(app.get("/hulpwijzer/advies?kleur=rood").await.status(), 400);
    let history = app.store.audit_by_actor(samenspoor_domain::UserId::new(), 1).await.unwrap();
    assert!(history.is_empty(), "the wizard stores nothing");
}

fn hsds_entry(id: &str, name: &str) -> Value {
    let mut org = samenspoor_web::content::directory()[2].clone();
    org.id = id.into();
    org.name = name.into();
    samenspoor_domain::hulpwijzer::hsds::export(&[(org, None)])[0].clone()
}

#[tokio::test]
async fn admins_keep_the_directory_with_hsds_import_export_and_check_dates() {
    let app = spawn_app().await;
    app.sign_in("beheer@voorbeeld.nl", Role::Admin).await;
    let before = app.store.hw_directory().await.unwrap().len();
    let mut bad = hsds_entry("swv-rivierenland", "Samenwerkingsverband Rivierenland");
    bad["x_samenspoor"]["level"] = json!(7);
    let doc = json!([hsds_entry("goed", "Goed"), bad]).to_string();
    let refused = app.post_page("/beheer/hulpwijzer/import", &[("json", &doc)]).await;
    assert_eq!(refused.status, 422);
    let errors = refused.select(".error-summary li");
    assert_eq!(errors, vec!["organizations[1] (Samenwerkingsverband Rivierenland).level: must be 1 to 5"]);
    assert_eq!(app.store.hw_directory().await.unwrap().len(), before, "nothing changed");

    let mut own = hsds_entry("swv-rivierenland", "Samenwerkingsverband Rivierenland");
    own["x_samenspoor"]["level"] = json!(2);
    let ok = app.post("/beheer/hulpwijzer/import", &[("json", &json!([own]).to_string())]).await;
    assert_eq!(location(&ok), "/beheer/hulpwijzer?klaar=1");
    let overview = app.page("/hulpwijzer").await;
    assert!(overview.text.contains("Samenwerkingsverband Rivierenland"));

    let mark = app.post("/beheer/hulpwijzer/ziezon/gecontroleerd", &[]).await;
    assert_eq!(mark.status(), 303);
    let page = app.page("/hulpwijzer/organisaties/ziezon").await;
    let today = chrono::Utc::now().date_naive().format("%d-%m-%Y").to_string();
    assert!(page.text.contains(&today), "check date shown");

    let export: Value = app.get("/beheer/hulpwijzer/hsds.json").await.json().await.unwrap();
    assert_eq!(export.as_array().unwrap().len(), before + 1);
    let ziezon = export.as_array().unwrap().iter().find(|o| o["name"] == "Ziezon").unwrap();
    assert_eq!(ziezon["services"][0]["assured_date"], chrono::Utc::now().date_naive().to_string());
    let again = samenspoor_domain::hulpwijzer::hsds::import(&export.to_string()).unwrap();
    assert_eq!(again.len(), before + 1, "an export imports back");

    for role in [Role::Editor, Role::Parent, Role::Coordinator] {
        let other = spawn_app().await;
        other.sign_in("iemand@voorbeeld.nl", role).await;
        assert_eq!(other.get("/beheer/hulpwijzer").await.status(), 403);
        assert_eq!(other.get("/beheer/hulpwijzer/hsds.json").await.status(), 403);
        assert_eq!(other.post("/beheer/hulpwijzer/import", &[("json", "[]")]).await.status(), 403);
        assert_eq!(other.post("/beheer/hulpwijzer/ziezon/gecontroleerd", &[]).await.status(), 403);
    }
}

#[tokio::test]
async fn editors_change_the_rules_and_see_what_recommends_nothing() {
    let app = spawn_app().await;
    app.sign_in("redactie@voorbeeld.nl", Role::Editor).await;
    let page = app.page("/redactie/hulpwijzer").await;
    assert_eq!(page.status, 200);
    assert!(!page.select("#no-empty").is_empty(), "the shipped rules leave no combination without advice");

    let broken = app
        .post_page(
            "/redactie/hulpwijzer",
            &[("rules", "[[rule]]\norganisation = \"nergens\"\nreason_nl = \"x\"\nreason_en = \"y\"\n")],
        )
        .await;
    assert_eq!(broken.status, 422);
    assert_eq!(broken.select(".error-summary li"), vec!["rule 1: organisation \"nergens\" is not in the directory"]);
    assert_eq!(app.store.hw_rule_versions().await.unwrap().len(), 1);

    let narrow = "[[rule]]\norganisation = \"ziezon\"\nwhen = { ziekte = [\"ja\"] }\nreason_nl = \"Ziek.\"\nreason_en = \"Ill.\"\n";
    assert_eq!(app.post("/redactie/hulpwijzer", &[("rules", narrow)]).await.status(), 303);
    assert_eq!(app.store.hw_rule_versions().await.unwrap().len(), 2);
    let flagged = app.page("/redactie/hulpwijzer").await;
    assert!(flagged.select("#empty-combinations")[0].contains("30720"), "{:?}", flagged.select("#empty-combinations"));
    let advice = advise(&app, json!({"ziekte": "ja"})).await;
    assert_eq!(ids(&advice), vec!["ziezon"], "the new version is in force at once");
    let table = app.page("/redactie/hulpwijzer/tabel?pagina=2").await;
    assert_eq!(table.select("tbody tr").len(), 200);
    let first = app.page("/redactie/hulpwijzer/tabel").await.select("td.first");
    assert_eq!(first[0], "Ziezon: Ziek.", "each combination shows its first recommendation and why");

    for role in [Role::Parent, Role::Teacher, Role::CouncilMember] {
        let other = spawn_app().await;
        other.sign_in("iemand@voorbeeld.nl", role).await;
        assert_eq!(other.get("/redactie/hulpwijzer").await.status(), 403);
        assert_eq!(other.get("/redactie/hulpwijzer/tabel").await.status(), 403);
        assert_eq!(other.post("/redactie/hulpwijzer", &[("rules", narrow)]).await.status(), 403);
    }
}

#[test]
fn the_cli_imports_and_exports_hsds_and_refuses_a_bad_file_whole() {
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_samenspoor"))
            .args(args)
            .current_dir(dir.path())
            .output()
            .unwrap()
    };
    let out = run(&["export", "--hsds", "gids.json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let exported: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("gids.json")).unwrap()).unwrap();
    assert_eq!(exported.as_array().unwrap().len(), 23);
    let mut bad = hsds_entry("nieuw", "Nieuw Loket");
    bad["x_samenspoor"]["website"] = json!("ftp://x");
    std::fs::write(dir.path().join("slecht.json"), json!([hsds_entry("ook-nieuw", "Ook Nieuw"), bad]).to_string())
        .unwrap();
    let refused = run(&["import", "--hsds", "slecht.json"]);
    assert_eq!(refused.status.code(), Some(2));
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(err.contains("organizations[1] (Nieuw Loket).website"), "{err}");
    std::fs::write(dir.path().join("goed.json"), json!([hsds_entry("ook-nieuw", "Ook Nieuw")]).to_string()).unwrap();
    assert!(run(&["import", "--hsds", "goed.json"]).status.success());
    run(&["export", "--hsds", "na.json"]);
    let after: Value = serde_json::from_str(&std::fs::read_to_string(dir.path().join("na.json")).unwrap()).unwrap();
    assert_eq!(after.as_array().unwrap().len(), 24, "only the good file was imported");
    assert_eq!(run(&["export"]).status.code(), Some(2), "export needs --kennisbank or --hsds");
}

/// An installation that imported older rules gets the shipped ones on start, unless an
/// editor saved rules of their own there.
#[tokio::test]
async fn shipped_rules_reach_an_older_installation_unless_an_editor_changed_them() {
    use samenspoor_store::AuditContext;
    let app = spawn_app().await;
    let shipped = samenspoor_web::content::rules_text();
    let old = "[[rule]]\norganisation = \"eigen-school\"\nreason_nl = \"Oud.\"\nreason_en = \"Old.\"\n";
    app.store.hw_save_rules(old, AuditContext::system()).await.unwrap();
    samenspoor::import_shipped_content(&*app.store).await.unwrap();
    let newest = |v: Vec<samenspoor_store::RuleVersion>| v.into_iter().max_by_key(|v| v.number).unwrap();
    assert_eq!(newest(app.store.hw_rule_versions().await.unwrap()).text, shipped);
    let count = app.store.hw_rule_versions().await.unwrap().len();
    samenspoor::import_shipped_content(&*app.store).await.unwrap();
    assert_eq!(app.store.hw_rule_versions().await.unwrap().len(), count, "a second start changes nothing");

    let editor = app.create_user("redactie@voorbeeld.nl", Role::Editor).await;
    app.store.hw_save_rules(old, AuditContext { actor: Some(editor.id), ip: None }).await.unwrap();
    samenspoor::import_shipped_content(&*app.store).await.unwrap();
    assert_eq!(newest(app.store.hw_rule_versions().await.unwrap()).text, old, "the editor's rules stay");
}

/// After the cache's recheck time, 50 requests at once read the directory once: one reads
/// it again, the others answer from the last copy or the new one.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_directory_is_read_once_when_many_ask_after_its_recheck_time() {
    let app = spawn_app().await;
    let advice = "/hulpwijzer/advies?stappen=school&thuis=langer";
    assert_eq!(app.get(advice).await.status(), 200);
    let before = app.state.directory.reads();
    assert!(before >= 1);
    tokio::time::sleep(std::time::Duration::from_millis(3_100)).await;
    let requests = (0..50).map(|_| {
        let (client, url) = (app.client.clone(), app.url(advice));
        async move { client.get(url).send().await.unwrap().status().as_u16() }
    });
    assert_eq!(futures_util::future::join_all(requests).await, vec![200; 50]);
    assert_eq!(app.state.directory.reads(), before + 1, "one read for 50 requests");
}
