//! Documents over HTTP: a parent and a coordinator write a groeidocument and an OPP
//! together; the agreement, the talk with the parents, the pupil's view, versions and
//! their comparison, a conflict, sharing, and the API.

use crate::support::file_with_staff as file;
use crate::support::{Actor, location, spawn_app, spawn_demo_app};
use samenspoor_domain::traject::{ParticipantRole, Step};
use samenspoor_domain::{AuditAction, Email, Role, TrajectId};
use samenspoor_store::{AuditContext, NewInvitation};
use serde_json::json;

/// Starts a document of `kind` as `who`; returns its path.
async fn start(who: &Actor, file: &str, kind: &str, title: &str) -> String {
    let res = who.post(&format!("{file}/documenten"), &[("kind", kind), ("title", title)]).await;
    assert_eq!(res.status(), 303, "start {kind}");
    location(&res).trim_end_matches("/bewerken").to_owned()
}

const GOALS: [&str; 3] =
    ["Daan leest een AVI-E5 tekst", "Rustig starten in de ochtend", "Elke dag 30 minuten extra rekenen"];

/// The coordinator writes the OPP's perspective and three goals (version 2).
async fn opp_with_goals(coordinator: &Actor, file: &str) -> String {
    let doc = start(coordinator, file, "opp", "OPP 2026-2027").await;
    let mut fields = vec![
        ("base", "1".to_owned()),
        ("outflow_level", "vmbo-t".to_owned()),
        ("outflow_reasons", "Hij leert goed met uitleg in kleine stappen.".to_owned()),
        ("enrolled_on", "2026-09-01".to_owned()),
        ("goal_rows", "4".to_owned()),
    ];
    for (i, g) in GOALS.iter().enumerate() {
        fields.push((Box::leak(format!("goal_{}", i + 1).into_boxed_str()), g.to_string()));
    }
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let res = coordinator.post(&doc, &fields).await;
    assert_eq!(res.status(), 303, "save the OPP");
    doc
}

#[tokio::test]
async fn a_parent_agrees_with_two_of_three_goals_and_adds_her_view_and_the_coordinator_sees_it() {
    let app = spawn_app().await;
    let (file, id, parent, coordinator, _) = file(&app).await;
    let doc = opp_with_goals(&coordinator, &file).await;
    let edit = parent.page(&format!("{doc}/bewerken")).await;
    assert!(
        !edit.select("#nothing-to-write").is_empty() && edit.select("#save-doc").is_empty(),
        "a parent writes no OPP part"
    );
    assert!(parent.page(&doc).await.select("#edit-doc").is_empty());
    let page = parent.page(&doc).await;
    assert_eq!(
        page.select("#agreement-state"),
        vec!["De ouders hebben nog niet gereageerd op het handelingsdeel. De steun gaat gewoon door."]
    );
    assert_eq!(page.select(".goals > li").len(), 3);
    // Partial without a view, or with all goals, is refused and changes nothing; the typed view comes back.
    let refused = parent
        .post(&format!("{doc}/vastleggen"), &[("soort", "agreement"), ("choice", "partial"), ("agreed", "1")])
        .await;
    assert_eq!(refused.status(), 422);
    let refused = crate::support::to_page(
        parent
            .post(
                &format!("{doc}/vastleggen"),
                &[
                    ("soort", "agreement"),
                    ("choice", "partial"),
                    ("agreed", "1"),
                    ("agreed", "2"),
                    ("agreed", "3"),
                    ("view", "Mijn mening"),
                ],
            )
            .await,
    )
    .await;
    assert_eq!(refused.status, 422);
    assert!(refused.text.contains("Mijn mening") && refused.text.contains("niet alle doelen"), "{}", refused.text);
    // The school cannot agree for the parents.
    let school = coordinator.post(&format!("{doc}/vastleggen"), &[("soort", "agreement"), ("choice", "whole")]).await;
    assert_eq!(school.status(), 403);
    let view = "Doel 3 is te veel na een lange schooldag. Wij willen eerst zien hoe lezen gaat.";
    let ok = parent
        .post(
            &format!("{doc}/vastleggen"),
            &[("soort", "agreement"), ("choice", "partial"), ("agreed", "1"), ("agreed", "2"), ("view", view)],
        )
        .await;
    assert_eq!(ok.status(), 303);
    let seen = coordinator.page(&doc).await;
    assert_eq!(seen.select("#agreement-state"), vec!["De ouders stemmen in met een deel van de doelen."]);
    assert_eq!(seen.select("#parents-view"), vec![view]);
    assert_eq!(seen.select(".goals .agreed").len(), 2);
    assert_eq!(seen.select(".goals .not-agreed").len(), 1);
    // Reading a document is in the parents' access log.
    let log = app.store.audit_for_object("traject", &id.to_string(), 100).await.unwrap();
    assert!(log.iter().any(|e| e.action == AuditAction::DocumentViewed && e.actor == Some(coordinator.user.id)));
    assert!(log.iter().any(|e| e.action == AuditAction::DocumentRecorded && e.actor == Some(parent.user.id)));
    // A new action part asks the parents again; the support goes on meanwhile.
    let res = coordinator
        .post(&doc, &[("base", "2"), ("goal_rows", "1"), ("number_1", "1"), ("goal_1", "Daan leest een AVI-M6 tekst")])
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(
        coordinator.page(&doc).await.select("#agreement-state"),
        vec!["De ouders hebben nog niet gereageerd op het handelingsdeel. De steun gaat gewoon door."]
    );
}

#[tokio::test]
async fn an_opp_is_set_only_after_the_talk_with_the_parents_and_the_pupil_is_heard() {
    let app = spawn_app().await;
    let (file, _, parent, coordinator, teacher) = file(&app).await;
    let doc = opp_with_goals(&coordinator, &file).await;
    let page = coordinator.page(&doc).await;
    assert!(page.text.contains("nog niet met de ouders besproken"));
    assert!(page.select("#set-opp").is_empty(), "no button while the talk is missing");
    let early = coordinator.post(&format!("{doc}/vastleggen"), &[("soort", "established")]).await;
    assert_eq!(early.status(), 422);
    // Bad input: a talk in the future, empty fields.
    let bad = coordinator
        .post(
            &format!("{doc}/vastleggen"),
            &[("soort", "consultation"), ("date", "2999-01-01"), ("who", ""), ("said", "x")],
        )
        .await;
    assert_eq!(bad.status(), 422);
    let parent_talk = parent
        .post(
            &format!("{doc}/vastleggen"),
            &[("soort", "consultation"), ("date", "2026-10-01"), ("who", "x"), ("said", "y")],
        )
        .await;
    assert_eq!(parent_talk.status(), 403, "the school records the talk");
    let talk = coordinator
        .post(
            &format!("{doc}/vastleggen"),
            &[
                ("soort", "consultation"),
                ("date", "2026-10-01"),
                ("who", "Moeder, IB, juf"),
                ("said", "We zijn het eens over vmbo-t."),
            ],
        )
        .await;
    assert_eq!(talk.status(), 303);
    let pupil = teacher
        .post(
            &format!("{doc}/vastleggen"),
            &[("soort", "pupil_view"), ("how", "own_words"), ("text", "Ik wil 's ochtends een rustig plekje.")],
        )
        .await;
    assert_eq!(pupil.status(), 303);
    assert_eq!(
        teacher.post(&format!("{doc}/vastleggen"), &[("soort", "established")]).await.status(),
        403,
        "a teacher does not set the OPP"
    );
    let set = coordinator.post(&format!("{doc}/vastleggen"), &[("soort", "established")]).await;
    assert_eq!(set.status(), 303);
    let page = parent.page(&doc).await;
    assert!(page.text.contains("Deze versie is vastgesteld."));
    assert_eq!(page.select("#pupil-view"), vec!["Ik wil 's ochtends een rustig plekje."]);
    assert!(page.text.contains("Volgende evaluatie met de ouders"));
    assert_eq!(
        coordinator.post(&format!("{doc}/vastleggen"), &[("soort", "established")]).await.status(),
        422,
        "once per version"
    );
}

#[tokio::test]
async fn each_writes_their_own_part_versions_are_kept_and_compared() {
    let app = spawn_app().await;
    let (file, _, parent, coordinator, teacher) = file(&app).await;
    let doc = start(&coordinator, &file, "groeidocument", "Groeidocument Noor").await;
    let ok = coordinator
        .post(&doc, &[("base", "1"), ("strengths", "Noor tekent prachtig."), ("needs", "Rust in de klas.")])
        .await;
    assert_eq!(ok.status(), 303);
    // School cannot write the parents' part; a parent cannot write the school's sections.
    let page =
        crate::support::to_page(teacher.post(&doc, &[("base", "2"), ("parents_part", "Thuis gaat het goed.")]).await)
            .await;
    assert_eq!(page.status, 422);
    assert!(page.text.contains("iemand anders schrijft"));
    assert_eq!(parent.post(&doc, &[("base", "2"), ("strengths", "Anders")]).await.status(), 422);
    // School asks the parents; they get a mail and answer.
    let asked = coordinator
        .post(&format!("{doc}/vastleggen"), &[("soort", "parents_asked"), ("message", "Wil je dit voor vrijdag doen?")])
        .await;
    assert_eq!(asked.status(), 303);
    let mail = app.smtp.wait_for(1).await;
    assert_eq!(mail.to, vec!["ouder@voorbeeld.nl".to_owned()]);
    assert!(mail.data.to_lowercase().contains("content-type: text/plain; charset=utf-8"), "{}", mail.data);
    let text = mail.text();
    assert!(text.contains("Wil je dit voor vrijdag doen?") && text.contains("/bewerken"), "{text}");
    assert!(parent.page(&doc).await.text.contains("De ouders hebben hun deel nog niet ingevuld."));
    let edit = parent.page(&format!("{doc}/bewerken")).await;
    assert_eq!(edit.select("textarea").len(), 2, "the parents' part and the child's voice");
    let ok = parent
        .post(
            &doc,
            &[
                ("base", "2"),
                ("parents_part", "Thuis is ze snel moe.\nZe wil graag vriendinnen."),
                ("child_voice", "Ik vind tekenen het leukst."),
            ],
        )
        .await;
    assert_eq!(ok.status(), 303);
    let page = coordinator.page(&doc).await;
    assert!(page.text.contains("De ouders vulden hun deel in op"));
    let written = page.select("#s-parents_part + p + p.muted");
    assert!(written.iter().any(|w| w.contains("Test Persoon") || w.contains("Ouder")), "{written:?}");
    assert!(page.text.contains("Geschreven door"));
    assert_eq!(
        parent
            .post(&doc, &[("base", "3"), ("parents_part", "Thuis is ze snel moe.\nZe wil graag vriendinnen.")])
            .await
            .status(),
        422,
        "nothing changed"
    );
    // Versions: all kept, compared side by side with the changes marked.
    let ok = coordinator.post(&doc, &[("base", "3"), ("needs", "Rust en een vaste plek in de klas.")]).await;
    assert_eq!(ok.status(), 303);
    let cmp = coordinator.page(&format!("{doc}/versies?a=2&b=4")).await;
    assert_eq!(cmp.select("tbody tr").len(), 4);
    assert!(cmp.select("ins").iter().any(|t| t.contains("en een vaste plek")), "{:?}", cmp.select("ins"));
    assert!(cmp.select("ins").iter().any(|t| t.contains("moe")));
    let old =
        app.store.doc_get(file_id(&file), doc.rsplit('/').next().unwrap().parse().unwrap()).await.unwrap().unwrap();
    assert_eq!(
        old.versions[1].content.text(samenspoor_domain::document::SectionKey::Needs),
        "Rust in de klas.",
        "version 2 unchanged"
    );
    let print = parent.page(&format!("{doc}/afdruk")).await;
    assert!(print.text.contains("Ik vind tekenen het leukst.") && print.text.contains("Groeidocument Noor"));
}

fn file_id(file: &str) -> TrajectId {
    file.trim_start_matches("/trajecten/").parse().unwrap()
}

#[tokio::test]
async fn two_people_saving_at_once_the_second_sees_both_texts_and_nothing_is_lost() {
    let app = spawn_app().await;
    let (file, id, _, coordinator, teacher) = file(&app).await;
    let doc = start(&coordinator, &file, "handelingsplan", "Plan lezen").await;
    assert_eq!(coordinator.post(&doc, &[("base", "1"), ("approach", "Elke dag tutorlezen.")]).await.status(), 303);
    let mine = "Twee keer per week in een klein groepje.";
    let page = crate::support::to_page(teacher.post(&doc, &[("base", "1"), ("approach", mine)]).await).await;
    assert_eq!(page.status, 409);
    assert!(page.text.contains("Elke dag tutorlezen.") && page.text.contains(mine), "both texts are shown");
    assert_eq!(page.attr("input[name=base]", "value").as_deref(), Some("2"), "the next save builds on the newest");
    let versions = app.store.doc_list(id).await.unwrap();
    assert_eq!(versions[0].version, 2, "the second save wrote nothing");
    assert_eq!(teacher.post(&doc, &[("base", "2"), ("approach", mine)]).await.status(), 303);
}

#[tokio::test]
async fn outside_people_see_a_document_only_while_the_parents_share_it() {
    let app = spawn_app().await;
    let (file, id, parent, coordinator, _) = file(&app).await;
    let doc = opp_with_goals(&coordinator, &file).await;
    let consent = samenspoor_store::NewConsent {
        traject_id: id,
        kind: samenspoor_domain::traject::ConsentKind::InvolveSwv,
        subject: String::new(),
        purpose: "Meedenken.".into(),
        valid_until: None,
    };
    app.store.tr_give_consent(consent, AuditContext { actor: Some(parent.user.id), ip: None }).await.unwrap();
    let swv = app.actor("swv@voorbeeld.nl", Role::SwvConsultant).await;
    let invitation = NewInvitation {
        traject_id: id,
        email: Email::parse("swv@voorbeeld.nl").unwrap(),
        role: ParticipantRole::SwvConsultant,
        token_hash: "doc-swv".into(),
        expires_at: chrono::Utc::now() + chrono::Duration::days(1),
    };
    app.store.tr_invite(invitation, AuditContext { actor: Some(parent.user.id), ip: None }).await.unwrap();
    app.store.tr_accept("doc-swv", swv.user.id, chrono::Utc::now(), None).await.unwrap().unwrap();
    assert_eq!(swv.get(&doc).await.status(), 404);
    assert!(swv.page(&format!("{file}/documenten")).await.select(".doc-list li").is_empty());
    assert_eq!(
        coordinator.post(&format!("{doc}/delen"), &[("purpose", "x")]).await.status(),
        403,
        "only parents share"
    );
    assert_eq!(parent.post(&format!("{doc}/delen"), &[("purpose", "")]).await.status(), 422);
    assert_eq!(
        parent.post(&format!("{doc}/delen"), &[("purpose", "Zodat de consulent kan meedenken.")]).await.status(),
        303
    );
    assert_eq!(swv.get(&doc).await.status(), 200);
    assert_eq!(swv.page(&format!("{file}/documenten")).await.select(".doc-list li").len(), 1);
    let api = swv.get(&format!("/api/v1{}", doc.replace("/documenten/", "/documents/"))).await;
    assert_eq!(api.status(), 200);
    // Revoking the consent stops it from that moment.
    let consents = app.store.tr_consents(id).await.unwrap();
    let share =
        consents.iter().find(|c| c.consent.kind == samenspoor_domain::traject::ConsentKind::ShareDocument).unwrap();
    app.store.tr_revoke_consent(id, share.id, AuditContext { actor: Some(parent.user.id), ip: None }).await.unwrap();
    assert_eq!(swv.get(&doc).await.status(), 404);
}

#[tokio::test]
async fn an_evaluation_that_rewrites_the_plan_takes_the_file_back_to_planning() {
    let app = spawn_app().await;
    let (file, id, parent, coordinator, _) = file(&app).await;
    let doc = opp_with_goals(&coordinator, &file).await;
    for (from, to) in
        [("talk", "inform_orient"), ("inform_orient", "investigate"), ("investigate", "plan"), ("plan", "evaluate")]
    {
        assert_eq!(
            parent
                .post(&format!("{file}/stap"), &[("from", from), ("to", to), ("why", "Samen besproken.")])
                .await
                .status(),
            303
        );
    }
    let missing = coordinator
        .post(
            &format!("{doc}/vastleggen"),
            &[("soort", "evaluation"), ("date", "2026-11-20"), ("who", "Moeder, IB"), ("reached_1", "yes")],
        )
        .await;
    assert_eq!(missing.status(), 422, "every goal is judged");
    let ok = coordinator
        .post(
            &format!("{doc}/vastleggen"),
            &[
                ("soort", "evaluation"),
                ("date", "2026-11-20"),
                ("who", "Moeder, IB"),
                ("reached_1", "yes"),
                ("reached_2", "partly"),
                ("note_2", "Bijna elke dag."),
                ("reached_3", "no"),
                ("changes", "Rekenen gaat eruit."),
                ("next_date", "2027-03-01"),
                ("new_version", "ja"),
            ],
        )
        .await;
    assert_eq!(ok.status(), 303);
    assert_eq!(app.store.tr_get(id).await.unwrap().unwrap().step, Step::Plan);
    let page = parent.page(&doc).await;
    assert!(page.text.contains("01-03-2027"), "the next evaluation date is shown");
    assert!(page.text.contains("Deels gehaald: Bijna elke dag."));
}

#[tokio::test]
async fn the_api_writes_and_reads_documents_with_the_same_rules() {
    let app = spawn_app().await;
    let (_, id, parent, coordinator, _) = file(&app).await;
    let base = format!("/api/v1/trajecten/{id}/documents");
    let res = coordinator.post_json(&base, &json!({ "kind": "opp", "title": "OPP via API" })).await;
    assert_eq!(res.status(), 201);
    let head: serde_json::Value = res.json().await.unwrap();
    let doc = format!("{base}/{}", head["id"].as_str().unwrap());
    assert_eq!(
        parent.post_json(&base, &json!({ "kind": "opp", "title": "x" })).await.status(),
        403,
        "parents start no OPP"
    );
    assert_eq!(coordinator.post_json(&base, &json!({ "kind": "brief", "title": "x" })).await.status(), 422);
    let save = json!({ "base_version": 1, "sections": { "outflow_level": "havo" }, "goals": [{ "goal": "Lezen" }, { "goal": "Rust" }, { "goal": "Rekenen" }] });
    assert_eq!(coordinator.post_json(&format!("{doc}/versions"), &save).await.status(), 201);
    assert_eq!(coordinator.post_json(&format!("{doc}/versions"), &save).await.status(), 409, "base 1 is old now");
    let theirs = json!({ "base_version": 2, "sections": { "parents_part": "x" } });
    assert_eq!(coordinator.post_json(&format!("{doc}/versions"), &theirs).await.status(), 422);
    let partial =
        json!({ "kind": "agreement", "choice": "partial", "agreed_goals": [1, 2], "view": "Rekenen is te veel." });
    assert_eq!(coordinator.post_json(&format!("{doc}/records"), &partial).await.status(), 403);
    assert_eq!(
        parent
            .post_json(
                &format!("{doc}/records"),
                &json!({ "kind": "agreement", "choice": "partial", "agreed_goals": [1, 2] })
            )
            .await
            .status(),
        422
    );
    assert_eq!(parent.post_json(&format!("{doc}/records"), &partial).await.status(), 201);
    let got: serde_json::Value = parent.get(&doc).await.json().await.unwrap();
    assert_eq!(got["status"]["agreement"]["Partial"]["agreed_goals"], json!([1, 2]));
    assert_eq!(got["versions"].as_array().unwrap().len(), 2);
    let v1: serde_json::Value = parent.get(&format!("{doc}/versions/1")).await.json().await.unwrap();
    assert_eq!(v1["number"], 1);
    assert_eq!(parent.get(&format!("{doc}/versions/9")).await.status(), 404);
    let list: serde_json::Value = parent.get(&base).await.json().await.unwrap();
    assert_eq!(list.as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn the_demo_shows_daans_documents() {
    let app = spawn_demo_app().await;
    let users = app.store.demo_users().await.unwrap();
    let mother = app.actor_for(users.iter().find(|u| u.role == Role::Parent).unwrap().clone()).await;
    let file = mother.page("/trajecten").await.attr(".cards a", "href").unwrap();
    let list = mother.page(&format!("{file}/documenten")).await;
    assert_eq!(list.attr(".file-nav a[aria-current=page]", "href"), Some(format!("{file}/documenten")), "where she is");
    assert_eq!(mother.page(&file).await.attr(".file-nav a[aria-current=page]", "href"), Some(file.clone()));
    let links: Vec<String> = list.select(".doc-list li a");
    assert!(links.len() >= 3, "{links:?}");
    let opp = list
        .html
        .select(&scraper::Selector::parse(".doc-list li a").unwrap())
        .find(|a| a.text().collect::<String>().contains("OPP"))
        .unwrap();
    let opp = mother.page(opp.value().attr("href").unwrap()).await;
    assert_eq!(opp.select("#agreement-state"), vec!["De ouders stemmen in met een deel van de doelen."]);
    assert!(!opp.select("#parents-view").is_empty() && !opp.select("#pupil-view").is_empty());
    assert!(opp.text.contains("Laatste evaluatie"));
}

#[tokio::test]
async fn the_export_holds_every_version_and_a_document_is_shared_only_from_its_page() {
    let app = spawn_app().await;
    let (file, id, parent, coordinator, _) = file(&app).await;
    let doc = opp_with_goals(&coordinator, &file).await;
    let export: serde_json::Value = parent.get(&format!("{file}/export.json")).await.json().await.unwrap();
    let docs = export["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["versions"].as_array().unwrap().len(), 2, "every version is in the parents' copy");
    // The consent page offers no free-text document sharing, and the API refuses a
    // document that is not this file's.
    let consent = parent.page(&format!("{file}/toestemming")).await;
    assert!(consent.select("#kind-share_document").is_empty());
    let other = samenspoor_domain::DocumentId::new();
    let api = format!("/api/v1/trajecten/{id}/consents");
    let body = json!({ "kind": "share_document", "subject": other.to_string(), "purpose": "Meedenken." });
    assert_eq!(parent.post_json(&api, &body).await.status(), 422);
    let mine = doc.rsplit('/').next().unwrap();
    let body = json!({ "kind": "share_document", "subject": mine, "purpose": "Meedenken." });
    assert_eq!(parent.post_json(&api, &body).await.status(), 201);
    let consent = parent.page(&format!("{file}/toestemming")).await;
    assert_eq!(consent.attr(".consent a[href*='/documenten/']", "href").as_deref(), Some(doc.as_str()));
}
