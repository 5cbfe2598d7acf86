//! WCAG 2.1 AA on every page type, checked with axe-core (pinned from npm, injected into
//! headless Chromium) in Dutch and English, signed in and out; keyboard use; reflow at
//! 320 px; no request to another host; screenshots at 390 and 1280 px for a reviewer.

use crate::browser::Browser;
use crate::support::{TestApp, required, spawn_demo_app};
use samenspoor_domain::Role;

fn axe_source() -> Option<String> {
    let path = std::env::var("SAMENSPOOR_AXE").unwrap_or_else(|_| {
        format!("{}/../../target/axe/node_modules/axe-core/axe.min.js", env!("CARGO_MANIFEST_DIR"))
    });
    match std::fs::read_to_string(&path) {
        Ok(s) => Some(s),
        Err(_) => {
            assert!(
                !required("SAMENSPOOR_REQUIRE_BROWSER"),
                "axe-core is missing at {path}: .ci/run installs it from npm"
            );
            eprintln!("axe-core not installed ({path}): accessibility checks skipped");
            None
        }
    }
}

async fn sign_in_as(browser: &Browser, app: &TestApp, role: Role, lang: &str) {
    let user = app.store.demo_users().await.unwrap().into_iter().find(|u| u.role == role).unwrap();
    browser.goto(&app.url("/inloggen")).await;
    if browser.source().await.contains("action=\"/uitloggen\"") {
        sign_out(browser, lang).await;
        browser.goto(&app.url("/inloggen")).await;
    }
    browser.click(&format!("input[name=user_id][value='{}'] ~ button", user.id)).await;
    let welcome = if lang == "nl" { "Welkom" } else { "Welcome" };
    browser.wait_for_text("h1", &format!("{welcome}, {}", user.name)).await;
}

async fn sign_out(browser: &Browser, lang: &str) {
    open_menu(browser).await;
    browser.click("form[action='/uitloggen'] button").await;
    let front = if lang == "nl" { "Samen op één spoor voor je kind" } else { "Together on one track for your child" };
    browser.wait_for_text("h1", front).await;
}

/// On a narrow screen the header's links sit behind the menu button: open it.
async fn open_menu(browser: &Browser) {
    browser
        .run("const t = document.querySelector('.menu-toggle'); if (t && !t.hidden && t.getAttribute('aria-expanded') !== 'true') t.click(); return 1;")
        .await;
}

/// The violations axe finds on the current page, as "rule: where" lines.
async fn violations(browser: &Browser, axe: &str) -> Vec<String> {
    let script = format!(
        "{axe}\nconst done = arguments[arguments.length - 1];\
         axe.run(document, {{ runOnly: {{ type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }} }})\
         .then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))))\
         .catch(e => done(['axe failed: ' + e]));"
    );
    let result = browser.run_async(&script).await;
    let list = result.as_array().unwrap_or_else(|| panic!("axe did not answer with a list: {result}"));
    list.iter().map(|v| v.as_str().unwrap_or_default().to_owned()).collect()
}

/// Checks of the page as loaded: other hosts, reflow.
async fn page_checks(browser: &Browser) -> Vec<String> {
    let result = browser
        .run(
            "const own = location.origin; const out = [];\
             for (const e of performance.getEntriesByType('resource')) { if (!e.name.startsWith(own)) out.push('request to another host: ' + e.name); }\
             if (document.documentElement.scrollWidth > window.innerWidth + 1) out.push('horizontal scroll: ' + document.documentElement.scrollWidth + ' > ' + window.innerWidth);\
             for (const cell of document.querySelectorAll('td, th')) {\
               const walk = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT); let node;\
               while ((node = walk.nextNode())) { const re = /\\p{L}+/gu; let m;\
                 while ((m = re.exec(node.textContent))) { const r = document.createRange(); r.setStart(node, m.index); r.setEnd(node, m.index + m[0].length);\
                   const lines = new Set(Array.from(r.getClientRects()).filter(x => x.width > 0).map(x => Math.round(x.top)));\
                   if (lines.size > 1) out.push('word broken in a table cell: ' + m[0]); } } }\
             return out;",
        )
        .await;
    result.as_array().map(|a| a.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect()).unwrap_or_default()
}

/// Every signed-in page of the demo: Daan's mother's, and the coordinator's (who sees other
/// forms on the same pages).
async fn signed_in_pages(app: &TestApp) -> (Vec<String>, Vec<String>) {
    let daan = app.store.tr_list_for_user(app.store.demo_users().await.unwrap()[0].id).await.unwrap()[0].0.id;
    let file = format!("/trajecten/{daan}");
    let parent_pages = [
        "/start".to_owned(),
        "/account/activiteit".to_owned(),
        "/trajecten".to_owned(),
        "/trajecten/nieuw".to_owned(),
        "/trajecten/rechten".to_owned(),
        file.clone(),
        format!("{file}/deelnemers"),
        format!("{file}/toestemming"),
        format!("{file}/inzage"),
        format!("{file}/afdruk"),
        format!("{file}/documenten"),
        format!("{file}/klok"),
        format!("{file}/klok/brief/zorgplicht"),
        "/meldingen".to_owned(),
        format!("{file}/afsluiten"),
    ];
    // Every document page: each of Daan's documents, as his mother and as the coordinator
    // (who see different forms), its versions, its print view and the edit form.
    let mut document_pages = vec![];
    for d in app.store.doc_list(daan).await.unwrap() {
        let doc = format!("{file}/documenten/{}", d.id);
        document_pages.extend([
            doc.clone(),
            format!("{doc}/bewerken"),
            format!("{doc}/versies"),
            format!("{doc}/afdruk"),
        ]);
    }
    // Every gesprek page: the list, each of Daan's gesprekken, the preparation and its sheet.
    let mut gesprek_pages = vec![format!("{file}/gesprekken")];
    for g in app.store.gs_list(daan).await.unwrap() {
        let page = format!("{file}/gesprekken/{}", g.id);
        gesprek_pages.extend([page.clone(), format!("{page}/voorbereiding"), format!("{page}/voorbereiding/afdruk")]);
    }
    let document_pages = [document_pages, gesprek_pages].concat();
    let coordinator_pages = [
        vec![
            "/start".to_owned(),
            file.clone(),
            format!("{file}/deelnemers"),
            format!("{file}/inzage"),
            format!("{file}/afsluiten"),
        ],
        document_pages.clone(),
    ]
    .concat();
    ([parent_pages.to_vec(), document_pages].concat(), coordinator_pages)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_page_type_meets_wcag_21_aa_in_both_languages() {
    let Some(axe) = axe_source() else { return };
    let Some(browser) = Browser::start_with_js(390).await else { return };
    let app = spawn_demo_app().await;
    let public = [
        "/",
        "/inloggen",
        "/inloggen/link/onbekend",
        "/kennisbank",
        "/kennisbank/gesprek-met-school",
        "/kennisbank/artikel/iemand-meenemen",
        "/kennisbank/artikel/iemand-meenemen/print",
        "/kennisbank/zoeken?q=iemand%20meenemen",
        "/kennisbank/zoeken?q=xyzzy",
        "/kennisbank/begrippen",
        "/hulpwijzer",
        "/hulpwijzer/vragen?stap=1",
        "/hulpwijzer/vragen?stap=4&stappen=leerkracht",
        "/hulpwijzer/advies?stappen=school&stappen=swv&thuis=langer&ziekte=ja",
        "/hulpwijzer/organisaties/lansbrekers",
        "/bestaat-niet",
        "/contact",
        "/privacy",
        "/toegankelijkheid",
    ];
    let (parent_pages, coordinator_pages) = signed_in_pages(&app).await;
    let editor_pages = [
        "/redactie",
        "/redactie/feedback",
        "/redactie/artikel/opp/nl",
        "/redactie/artikel/opp/nl/verschil?van=1&naar=1",
        "/redactie/hulpwijzer",
        "/redactie/brieven",
        "/redactie/synoniemen",
        "/redactie/zoekvragen",
    ];
    let admin_pages = ["/beheer", "/beheer/hulpwijzer", "/account/beveiliging"];
    let companion_pages = ["/start".to_owned(), "/gesprekken".to_owned()];
    // First prove the check can fail: a page with an image without alt text.
    browser.goto(&app.url("/")).await;
    browser.run("document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"/static/style.css\">'); return 1;").await;
    let found = violations(&browser, &axe).await;
    assert!(found.iter().any(|v| v.starts_with("image-alt")), "axe runs and reports: {found:?}");
    let mut problems = vec![];
    for lang in ["nl", "en"] {
        browser.goto(&app.url(&format!("/taal/{lang}"))).await;
        let mut check = |path: String, found: Vec<String>| {
            for f in found {
                problems.push(format!("{lang} {path}: {f}"));
            }
        };
        for path in public {
            browser.goto(&app.url(path)).await;
            check(path.to_owned(), [violations(&browser, &axe).await, page_checks(&browser).await].concat());
        }
        for (role, pages) in [
            (Role::Parent, parent_pages.clone()),
            (Role::Coordinator, coordinator_pages.clone()),
            (Role::Companion, companion_pages.to_vec()),
            (Role::Editor, editor_pages.map(str::to_owned).to_vec()),
            (Role::Admin, admin_pages.map(str::to_owned).to_vec()),
        ] {
            sign_in_as(&browser, &app, role, lang).await;
            for path in pages {
                browser.goto(&app.url(&path)).await;
                check(path.clone(), [violations(&browser, &axe).await, page_checks(&browser).await].concat());
            }
        }
        browser.goto(&app.url("/start")).await;
        sign_out(&browser, lang).await;
    }
    browser.quit().await;
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn key_pages_reflow_at_320_px_and_are_photographed_at_390_and_1280() {
    if axe_source().is_none() {
        return;
    }
    let Some(browser) = Browser::start_with_js(320).await else { return };
    let app = spawn_demo_app().await;
    let pages = [
        ("front", "/"),
        ("article", "/kennisbank/artikel/zorgplicht"),
        ("wizard", "/hulpwijzer/vragen?stap=2"),
        ("search", "/kennisbank/zoeken?q=opp"),
    ];
    let mut problems = vec![];
    for (width, label) in [(320, "320"), (390, "390"), (1280, "1280")] {
        browser.resize(width, 900).await;
        for (name, path) in pages {
            browser.goto(&app.url(path)).await;
            for p in page_checks(&browser).await {
                problems.push(format!("{label} {path}: {p}"));
            }
            if label != "320" {
                browser.screenshot(&format!("{name}-{label}")).await;
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_keyboard_reaches_the_skip_link_first_and_it_moves_focus_to_the_content() {
    if axe_source().is_none() {
        return;
    }
    let Some(browser) = Browser::start_with_js(1280).await else { return };
    let app = spawn_demo_app().await;
    browser.goto(&app.url("/kennisbank")).await;
    browser.press("\u{E004}").await;
    let first = browser
        .run("return document.activeElement.getAttribute('href') + '|' + document.activeElement.textContent;")
        .await;
    assert_eq!(first.as_str(), Some("#inhoud|Ga direct naar de inhoud"));
    let visible = browser
        .run("const r = document.activeElement.getBoundingClientRect(); return r.left >= 0 && r.width > 0;")
        .await;
    assert_eq!(visible.as_bool(), Some(true), "the skip link shows when focused");
    browser.press("\u{E007}").await;
    let target = browser.run("return location.hash;").await;
    assert_eq!(target.as_str(), Some("#inhoud"));
    let outline = browser
        .run(
            "document.querySelector('.tiles a').focus(); return getComputedStyle(document.activeElement).outlineStyle;",
        )
        .await;
    assert_eq!(outline.as_str(), Some("solid"), "focus is always visible");
    browser.quit().await;
}

/// A whole key flow by keyboard alone: sign in with the demo button, open the wizard, pick
/// answers with Space, move on with Enter, and reach the advice.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_wizard_and_sign_in_work_with_tab_space_and_enter_alone() {
    if axe_source().is_none() {
        return;
    }
    let Some(browser) = Browser::start_with_js(1280).await else { return };
    let app = spawn_demo_app().await;
    const TAB: &str = "\u{E004}";
    const ENTER: &str = "\u{E007}";
    const SPACE: &str = "\u{E00D}";
    let focused = "return document.activeElement.id || document.activeElement.textContent.trim();";

    // Sign in: Tab until the first demo button has focus, then Enter.
    browser.goto(&app.url("/inloggen")).await;
    for _ in 0..40 {
        browser.press(TAB).await;
        let now = browser.run(focused).await;
        if now.as_str().is_some_and(|t| t.starts_with("Inloggen als Sanne")) {
            break;
        }
    }
    browser.press(ENTER).await;
    browser.wait_for_text("h1", "Welkom, Sanne de Vries").await;

    // The wizard: on each page, Tab to the first answer, Space to choose it, Enter to go on.
    browser.goto(&app.url("/hulpwijzer/vragen?stap=1")).await;
    for step in 1..=11 {
        browser.wait_for_text(".progress-label", &format!("Vraag {step} van 11")).await;
        for _ in 0..30 {
            browser.press(TAB).await;
            let id = browser.run("return document.activeElement.id;").await;
            if id.as_str().is_some_and(|i| i.starts_with("a-")) {
                break;
            }
        }
        browser.press(SPACE).await;
        let checked = browser.run("return document.activeElement.checked;").await;
        assert_eq!(checked.as_bool(), Some(true), "Space chose the answer on question {step}");
        browser.press(ENTER).await;
    }
    browser.wait_for_text("h1", "Hier kun je terecht").await;
    browser.quit().await;
}

/// Every signed-in page on a phone (390 px) and a wide screen: no horizontal scroll, no word
/// broken inside a table cell, nothing from another host; the header's links fold behind a
/// menu on the phone; each page photographed at both widths for a reviewer.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn signed_in_pages_fit_a_phone_and_are_photographed_at_390_and_1280() {
    if axe_source().is_none() {
        return;
    }
    let Some(browser) = Browser::start_with_js(390).await else { return };
    let app = spawn_demo_app().await;
    let (parent_pages, coordinator_pages) = signed_in_pages(&app).await;
    // First prove the check can fail: a table cell too narrow for its word.
    browser.goto(&app.url("/")).await;
    // (Styles set through the DOM: the CSP refuses style attributes in markup.)
    browser
        .run("const t = document.createElement('table'); t.style.width = 'auto'; const c = t.insertRow().insertCell(); c.textContent = 'Intrekken'; c.style.width = '1ch'; c.style.maxWidth = '1ch'; c.style.overflowWrap = 'anywhere'; document.querySelector('main').append(t); return 1;")
        .await;
    assert!(page_checks(&browser).await.iter().any(|p| p.contains("word broken")), "the check sees a broken word");

    sign_in_as(&browser, &app, Role::Parent, "nl").await;
    browser.goto(&app.url("/start")).await;
    let header = browser.run("return document.querySelector('.site-header').getBoundingClientRect().height;").await;
    assert!(header.as_f64().unwrap() < 120.0, "the header stays small on a phone: {header}");
    let hidden = browser.run("return document.getElementById('site-nav').hidden;").await;
    assert_eq!(hidden.as_bool(), Some(true), "the links wait behind the menu button");
    open_menu(&browser).await;
    let shown = browser.run("return document.getElementById('site-nav').hidden;").await;
    assert_eq!(shown.as_bool(), Some(false), "and show when it is pressed");

    // A refused form on a phone: the summary has focus and is in view; it links to the field.
    let daan = app.store.tr_list_for_user(app.store.demo_users().await.unwrap()[0].id).await.unwrap()[0].0.id;
    browser.goto(&app.url(&format!("/trajecten/{daan}"))).await;
    browser.click("#add-note").await;
    browser.wait_for_text("#fouten h2", "Er klopt nog iets niet").await;
    let seen = browser
        .run("const s = document.getElementById('fouten'); const r = s.getBoundingClientRect();\
              return [document.activeElement === s, r.top >= 0 && r.bottom <= window.innerHeight, document.querySelector('#fouten a').getAttribute('href'), document.getElementById('note').getAttribute('aria-invalid')];")
        .await;
    assert_eq!(seen, serde_json::json!([true, true, "#note", "true"]), "focused, in view, linked, marked");

    let mut problems = vec![];
    let mut photos = 0;
    for (role, label, pages) in
        [(Role::Parent, "parent", parent_pages), (Role::Coordinator, "coordinator", coordinator_pages)]
    {
        sign_in_as(&browser, &app, role, "nl").await;
        for (i, path) in pages.iter().enumerate() {
            for width in [390, 1280] {
                browser.resize(width, 900).await;
                browser.goto(&app.url(path)).await;
                for p in page_checks(&browser).await {
                    problems.push(format!("{label} {width} {path}: {p}"));
                }
                let name =
                    path.trim_start_matches('/').split('/').filter(|p| p.len() < 30).collect::<Vec<_>>().join("-");
                browser.screenshot(&format!("signed-in-{label}-{i:02}-{name}-{width}")).await;
                photos += 1;
            }
        }
        browser.resize(390, 900).await;
    }
    browser.quit().await;
    assert!(photos >= 60, "{photos} screenshots");
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

/// Script and markup typed into the file's forms come back as text, checked in the DOM of a
/// real browser: nothing runs, no element is made of it, and the reader sees what was typed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn script_and_markup_typed_into_forms_stay_text_in_the_browser() {
    if axe_source().is_none() {
        return;
    }
    let Some(browser) = Browser::start_with_js(1280).await else { return };
    let app = spawn_demo_app().await;
    let users = app.store.demo_users().await.unwrap();
    let by_role = |role: Role| users.iter().find(|u| u.role == role).unwrap().clone();
    let (sanne, fatima) = (app.actor_for(by_role(Role::Parent)).await, app.actor_for(by_role(Role::Coordinator)).await);
    let daan = app.store.tr_list_for_user(sanne.user.id).await.unwrap()[0].0.id;
    let file = format!("/trajecten/{daan}");
    let hostile = r#"<script>window.pwned=1</script><img src=x onerror="window.pwned=2"> "quoted" & <b>bold</b>"#;
    let note = sanne.post(&format!("{file}/notities"), &[("body", hostile), ("visibility", "shared")]).await;
    assert_eq!(note.status(), 303);
    let consent = [("kind", "involve_expert"), ("subject", "expert@voorbeeld.nl"), ("purpose", hostile)];
    assert_eq!(sanne.post(&format!("{file}/toestemming"), &consent).await.status(), 303);
    let propose = fatima.post(&format!("{file}/afsluiten"), &[("from", "plan"), ("why", hostile)]).await;
    assert_eq!(propose.status(), 303);

    sign_in_as(&browser, &app, Role::Parent, "nl").await;
    let pages = [file.clone(), format!("{file}/toestemming"), format!("{file}/afdruk"), format!("{file}/afsluiten")];
    for path in pages {
        browser.goto(&app.url(&path)).await;
        let found = browser
            .run("return [window.pwned === undefined, document.querySelectorAll('img[src=\"x\"], main b, [onerror]').length,\
                  Array.from(document.scripts).every(s => s.src.startsWith(location.origin + '/static/')),\
                  document.body.textContent.includes('<script>window.pwned=1</script>')];")
            .await;
        assert_eq!(found, serde_json::json!([true, 0, true, true]), "{path}: nothing ran or was made, the text shows");
    }
    browser.quit().await;
}
