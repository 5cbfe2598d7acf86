//! Every interface string exists in both languages, in the same area's file and once, and
//! every key the code uses exists.

use samenspoor_domain::{AuditAction, Lang, OrganisationKind, Role};
use samenspoor_web::i18n::{I18n, sources};
use std::collections::BTreeSet;
use std::path::Path;

/// (file, key) of every message of a language; a key defined twice is listed twice.
fn keys(lang: Lang) -> Vec<(&'static str, String)> {
    sources(lang)
        .flat_map(|(file, source)| {
            source
                .lines()
                .filter(|l| !l.starts_with([' ', '#', '\t']) && l.contains(" ="))
                .map(move |l| (file, l.split(" =").next().unwrap().trim().to_owned()))
        })
        .collect()
}

#[test]
fn both_languages_have_the_same_keys() {
    for lang in Lang::ALL {
        let all = keys(lang);
        let once: BTreeSet<&String> = all.iter().map(|(_, k)| k).collect();
        assert_eq!(once.len(), all.len(), "a key is defined twice in {}/", lang.as_str());
    }
    let nl: BTreeSet<_> = keys(Lang::Nl).into_iter().collect();
    let en: BTreeSet<_> = keys(Lang::En).into_iter().collect();
    assert!(nl.len() > 100, "found {} keys", nl.len());
    assert_eq!(nl.difference(&en).collect::<Vec<_>>(), Vec::<&(&str, String)>::new(), "missing in en/");
    assert_eq!(en.difference(&nl).collect::<Vec<_>>(), Vec::<&(&str, String)>::new(), "missing in nl/");
}

/// String literals passed to t(...), t1(...) or t_args(...), and "error-..." keys in the domain.
fn used_keys() -> BTreeSet<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    // Every file in every subfolder: a new area's folder is read without being listed here.
    let mut files = vec![];
    let mut dirs: Vec<_> = ["crates/web/templates", "crates/web/src", "crates/domain/src"].map(|d| root.join(d)).into();
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs" || e == "html") {
                files.push((path.extension().is_some_and(|e| e == "rs"), std::fs::read_to_string(path).unwrap()));
            }
        }
    }
    assert!(files.len() > 80, "read {} files", files.len());
    let mut found = BTreeSet::new();
    for (is_rust, text) in files {
        // In Rust every "error-..." literal is a message id; in templates those are CSS classes.
        let error_literals = if is_rust { &[("\"error-", "error-")][..] } else { &[] };
        for &(marker, prefix) in [(".t(\"", ""), (".t1(\"", ""), (".t_args(\"", "")].iter().chain(error_literals) {
            for piece in text.split(marker).skip(1) {
                let key = format!("{prefix}{}", piece.split('"').next().unwrap());
                if key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') && key.contains('-') {
                    found.insert(key);
                }
            }
        }
    }
    found
}

#[test]
fn every_key_the_code_uses_is_translated() {
    let i18n = I18n::load();
    let mut used = used_keys();
    assert!(used.contains("sign-in-title") && used.contains("error-email-invalid"), "{used:?}");
    used.extend(Role::ALL.iter().map(|r| r.label_key()));
    used.extend(Role::ALL.iter().map(|r| format!("home-intro-{}", r.as_str().replace('_', "-"))));
    used.extend(AuditAction::ALL.iter().map(|a| a.label_key()));
    used.extend(OrganisationKind::ALL.iter().map(|k| k.label_key()));
    use samenspoor_domain::hulpwijzer::rules::QUESTIONS;
    use samenspoor_domain::kennisbank::ArticleStatus;
    use samenspoor_domain::traject::{Action, ConsentKind, ParticipantRole, Step};
    for s in Step::ALL {
        used.extend(["name", "means", "next"].map(|p| format!("{}-{p}", s.key())));
        used.extend(s.checklist().iter().map(|i| format!("check-{i}")));
    }
    used.extend(ParticipantRole::ALL.iter().map(|r| r.label_key()));
    used.extend(Action::ALL.iter().map(|a| a.label_key()));
    used.extend(ConsentKind::ALL.iter().map(|k| k.label_key()));
    used.extend(ArticleStatus::ALL.iter().map(|s| s.label_key()));
    used.extend(samenspoor_web::traject::TIMELINE_FILTERS.iter().map(|f| format!("tl-filter-{f}")));
    for q in QUESTIONS {
        used.insert(format!("hw-q-{}", q.key));
        used.insert(format!("hw-q-{}-hint", q.key));
        used.extend(q.values.iter().map(|v| format!("hw-a-{}-{v}", q.key)));
    }
    used.extend((1..=5).map(|n| format!("hw-level-{n}")));
    used.extend(
        [
            "created",
            "invited",
            "joined",
            "withdrawn",
            "step",
            "ticked",
            "unticked",
            "consent-given",
            "consent-revoked",
            "note",
        ]
        .map(|k| format!("tl-{k}")),
    );
    for status in [400, 401, 403, 404, 405, 413, 422, 429, 500, 503] {
        used.insert(format!("error-{status}-title"));
        used.insert(format!("error-{status}-text"));
    }
    for lang in Lang::ALL {
        let missing: Vec<_> = used.iter().filter(|k| !i18n.has(lang, k)).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", lang.as_str());
    }
}

#[test]
fn numbers_choose_the_plural_and_text_stays_text() {
    let i18n = I18n::load();
    let count = |lang, n: &str| i18n.t_args(lang, "kb-search-count", &[("count", n)]);
    assert_eq!(count(Lang::Nl, "1"), "1 artikel gevonden");
    assert_eq!(count(Lang::Nl, "3"), "3 artikelen gevonden");
    assert_eq!(count(Lang::En, "1"), "1 article found");
    assert_eq!(count(Lang::En, "12"), "12 articles found");
    let repeated =
        i18n.t_args(Lang::Nl, "access-repeated", &[("last", "07-01-2027 09:05"), ("count", "3"), ("since", "007")]);
    assert_eq!(repeated, "07-01-2027 09:05 (3 keer sinds 007)", "leading zeros and dates stay as typed");
}
