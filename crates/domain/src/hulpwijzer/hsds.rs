//! The directory as Open Referral HSDS 3.0 JSON: a list of organizations, each with one
//! service, valid against the specification's compiled `organization.json` schema (a field
//! without a value is left out, never `null`). Our full bilingual record travels along as
//! the extension `x_samenspoor`, so an export imports back unchanged; a file from elsewhere
//! (core fields only) is read too: one organization, a list of them, or a page of the HSDS
//! API (`organization_list`, with `contents`). An import is checked whole: every problem
//! names the record and the field.

use super::{HelpOrganisation, OrganisationText};
use chrono::NaiveDate;
use serde_json::{Value, json};
use uuid::Uuid;

fn stable_id(kind: &str, slug: &str) -> String {
    Uuid::new_v5(&Uuid::NAMESPACE_URL, format!("samenspoor:{kind}:{slug}").as_bytes()).to_string()
}

fn nonempty(s: &str) -> Value {
    if s.is_empty() { Value::Null } else { json!(s) }
}

/// Leaves out every field without a value: HSDS wants a string there, or no field at all.
fn drop_nulls(v: &mut Value) {
    match v {
        Value::Object(map) => {
            map.retain(|_, v| !v.is_null());
            map.values_mut().for_each(drop_nulls);
        }
        Value::Array(items) => items.iter_mut().for_each(drop_nulls),
        _ => {}
    }
}

/// One organization as HSDS: its id is stable (from our slug), its one service carries
/// the facts and the day they were last checked (`assured_date`).
pub fn organization(o: &HelpOrganisation, verified: Option<NaiveDate>) -> Value {
    let mut doc = export(&[(o.clone(), verified)]);
    doc.as_array_mut().and_then(|a| a.pop()).unwrap_or(Value::Null)
}

/// The HSDS id of one of our organisations, and of its service.
pub fn organization_id(slug: &str) -> String {
    stable_id("organization", slug)
}

pub fn service_id(slug: &str) -> String {
    stable_id("service", slug)
}

/// (organisation, date last checked) pairs as an HSDS document.
pub fn export(entries: &[(HelpOrganisation, Option<NaiveDate>)]) -> Value {
    let list: Vec<Value> = entries
        .iter()
        .map(|(o, verified)| {
            let org_id = stable_id("organization", &o.id);
            let service_id = stable_id("service", &o.id);
            let phones: Vec<Value> = if o.phone.is_empty() {
                vec![]
            } else {
                vec![json!({ "id": stable_id("phone", &o.id), "number": o.phone })]
            };
            let mut extension = serde_json::to_value(o).unwrap_or(Value::Null);
            if let Some(map) = extension.as_object_mut() {
                map.insert("verified_on".into(), json!(verified.map(|d| d.to_string())));
            }
            json!({
                "id": org_id,
                "name": o.name,
                "description": o.nl.summary,
                "email": nonempty(&o.email),
                "website": nonempty(&o.website),
                "phones": phones,
                "services": [{
                    "id": service_id,
                    "organization_id": org_id,
                    "name": o.name,
                    "description": o.nl.what,
                    "url": nonempty(&o.website),
                    "email": nonempty(&o.email),
                    "status": "active",
                    "application_process": o.nl.how,
                    "fees_description": o.nl.cost,
                    "eligibility_description": o.nl.when,
                    "assured_date": verified.map(|d| d.to_string()),
                    "phones": phones,
                    "languages": o.languages.iter().map(|l| json!({ "id": stable_id(&format!("language-{l}"), &o.id), "service_id": service_id, "code": l })).collect::<Vec<_>>(),
                    "service_areas": if o.area.is_empty() { vec![] } else { vec![json!({ "id": stable_id("area", &o.id), "service_id": service_id, "name": o.area })] },
                }],
                "x_samenspoor": extension,
            })
        })
        .collect();
    let mut doc = Value::Array(list);
    drop_nulls(&mut doc);
    doc
}

fn slugify(name: &str) -> String {
    let mut out = String::new();
    for c in name.to_lowercase().chars() {
        let c = match c {
            'à'..='å' => 'a',
            'è'..='ë' => 'e',
            'ì'..='ï' => 'i',
            'ò'..='ö' => 'o',
            'ù'..='ü' => 'u',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

fn text(v: &Value, key: &str) -> String {
    v.get(key).and_then(Value::as_str).unwrap_or_default().to_owned()
}

/// Reads an HSDS document. Nothing is returned unless every record is valid.
pub fn import(json_text: &str) -> Result<Vec<(HelpOrganisation, Option<NaiveDate>)>, Vec<String>> {
    let doc: Value = serde_json::from_str(json_text).map_err(|e| vec![format!("not valid JSON: {e}")])?;
    let single;
    let list = match &doc {
        Value::Array(list) => list,
        Value::Object(page) if page.contains_key("contents") => page
            .get("contents")
            .and_then(Value::as_array)
            .ok_or_else(|| vec!["contents: must be a list of organizations".to_owned()])?,
        Value::Object(_) => {
            single = vec![doc.clone()];
            &single
        }
        _ => {
            return Err(vec![
                "the file must be one organization, a list of organizations, or a page with contents".to_owned(),
            ]);
        }
    };
    let mut out = vec![];
    let mut problems = vec![];
    for (i, record) in list.iter().enumerate() {
        let name = text(record, "name");
        let at = format!("organizations[{i}] ({})", if name.is_empty() { "no name" } else { &name });
        let parsed: Result<(HelpOrganisation, Option<NaiveDate>), String> = match record.get("x_samenspoor") {
            Some(ext) => {
                let verified = match ext.get("verified_on") {
                    Some(Value::String(d)) => d
                        .parse::<NaiveDate>()
                        .map(Some)
                        .map_err(|_| format!("{at}.x_samenspoor.verified_on: not a date")),
                    _ => Ok(None),
                };
                let mut ext = ext.clone();
                if let Some(map) = ext.as_object_mut() {
                    map.remove("verified_on");
                }
                serde_json::from_value::<HelpOrganisation>(ext)
                    .map_err(|e| format!("{at}.x_samenspoor: {e}"))
                    .and_then(|o| verified.map(|v| (o, v)))
            }
            None => {
                let service = record.get("services").and_then(|s| s.get(0)).cloned().unwrap_or(Value::Null);
                let what = Some(text(&service, "description")).filter(|w| !w.is_empty());
                let t = OrganisationText {
                    summary: text(record, "description"),
                    what: what.unwrap_or_else(|| text(record, "description")),
                    when: text(&service, "eligibility_description"),
                    when_not: String::new(),
                    cost: text(&service, "fees_description"),
                    bring: String::new(),
                    how: text(&service, "application_process"),
                };
                let verified = service.get("assured_date").and_then(Value::as_str).and_then(|d| d.parse().ok());
                Ok((
                    HelpOrganisation {
                        id: slugify(&name),
                        level: 3,
                        kind: "national".into(),
                        name: name.clone(),
                        website: text(record, "website"),
                        phone: record
                            .get("phones")
                            .and_then(|p| p.get(0))
                            .map(|p| text(p, "number"))
                            .unwrap_or_default(),
                        email: text(record, "email"),
                        direct_contact: true,
                        languages: vec![],
                        area: service
                            .get("service_areas")
                            .and_then(|a| a.get(0))
                            .map(|a| text(a, "name"))
                            .unwrap_or_default(),
                        article: None,
                        assured_date: None,
                        nl: t.clone(),
                        en: t,
                    },
                    verified,
                ))
            }
        };
        match parsed {
            Ok((o, v)) => {
                let p = o.problems();
                if p.is_empty() {
                    out.push((o, v));
                } else {
                    problems.extend(p.into_iter().map(|p| format!("{at}.{p}")));
                }
            }
            Err(e) => problems.push(e),
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    for (o, _) in &out {
        if !seen.insert(o.id.clone()) {
            problems.push(format!("id {:?} appears more than once", o.id));
        }
    }
    if problems.is_empty() { Ok(out) } else { Err(problems) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn org() -> HelpOrganisation {
        let t = OrganisationText {
            summary: "Helpt ouders.".into(),
            what: "Advies.".into(),
            when: "Bij vragen.".into(),
            when_not: "Niet bij ruzie.".into(),
            cost: "Gratis.".into(),
            bring: "Je vraag.".into(),
            how: "Bel ons.".into(),
        };
        HelpOrganisation {
            id: "steunpunt".into(),
            level: 3,
            kind: "national".into(),
            name: "Steunpunt Ouders".into(),
            website: "https://steunpunt.example".into(),
            phone: "0800-0000".into(),
            email: "vraag@steunpunt.example".into(),
            direct_contact: true,
            languages: vec!["nl".into()],
            area: "Nederland".into(),
            article: Some("hulp-onafhankelijk-advies".into()),
            assured_date: None,
            nl: t.clone(),
            en: t,
        }
    }

    #[test]
    fn an_export_imports_back_unchanged() {
        let day: NaiveDate = "2026-11-24".parse().unwrap();
        let doc = export(&[(org(), Some(day))]);
        assert_eq!(doc[0]["services"][0]["assured_date"], "2026-11-24");
        assert_eq!(doc[0]["services"][0]["fees_description"], "Gratis.");
        assert!(Uuid::parse_str(doc[0]["id"].as_str().unwrap()).is_ok());
        assert_eq!(import(&doc.to_string()).unwrap(), vec![(org(), Some(day))]);
    }

    #[test]
    fn an_export_has_no_nulls() {
        let mut o = org();
        o.website = String::new();
        o.email = String::new();
        o.article = None;
        let text = export(&[(o.clone(), None)]).to_string();
        assert!(!text.contains("null"), "{text}");
        assert_eq!(import(&text).unwrap(), vec![(o, None)]);
    }

    #[test]
    fn one_organization_a_list_and_a_page_are_read() {
        let one = r#"{"id": "x", "name": "Ouderloket Zuid", "description": "Een loket."}"#;
        let got = import(one).unwrap();
        assert_eq!((got[0].0.id.as_str(), got[0].0.nl.what.as_str()), ("ouderloket-zuid", "Een loket."));
        let page = format!(
            r#"{{"total_items": 2, "page_number": 1, "contents": [{one}, {{"name": "Tweede", "description": "Nog een."}}]}}"#
        );
        assert_eq!(import(&page).unwrap().len(), 2);
        assert_eq!(import(&format!("[{one}]")).unwrap(), got);
    }

    #[test]
    fn a_plain_hsds_file_is_read_from_its_core_fields() {
        let plain = r#"[{"id": "x", "name": "Ouderloket Zuid", "description": "Een loket.", "website": "https://zuid.example",
            "services": [{"id": "s", "description": "Advies voor ouders.", "fees_description": "Gratis.", "assured_date": "2026-10-01"}]}]"#;
        let got = import(plain).unwrap();
        assert_eq!(got[0].0.id, "ouderloket-zuid");
        assert_eq!(got[0].0.nl.cost, "Gratis.");
        assert_eq!(got[0].1, Some("2026-10-01".parse().unwrap()));
    }

    #[test]
    fn every_problem_names_record_and_field_and_nothing_is_returned() {
        let mut bad = org();
        bad.email = "geen-adres".into();
        let doc = export(&[(org(), None), (bad, None)]);
        let mut text = doc.to_string();
        text = text.replacen("\"level\":3", "\"level\":9", 1);
        let problems = import(&text).unwrap_err();
        assert!(problems.iter().any(|p| p.starts_with("organizations[0] (Steunpunt Ouders).level")), "{problems:?}");
        assert!(problems.iter().any(|p| p.starts_with("organizations[1] (Steunpunt Ouders).email")), "{problems:?}");
        assert_eq!(
            import("42").unwrap_err(),
            vec!["the file must be one organization, a list of organizations, or a page with contents"]
        );
        assert_eq!(import(r#"{"contents": 1}"#).unwrap_err(), vec!["contents: must be a list of organizations"]);
        assert!(import("[{\"name\": \"\"}]").unwrap_err()[0].contains("organizations[0] (no name).id"));
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(600))]

        /// Any damage to a valid export (a field taken out or of another type, the text cut
        /// short) gets an answer: the organisations, or problems in words; never a panic.
        #[test]
        fn any_damaged_export_is_answered(cut in 0usize..3000, key in 0usize..64, kind in 0u8..4) {
            let mut value = export(&[(org(), None)]);
            if let Some(o) = value.as_array_mut().and_then(|a| a.first_mut()).and_then(Value::as_object_mut) {
                let keys: Vec<String> = o.keys().cloned().collect();
                let k = keys[key % keys.len()].clone();
                match kind {
                    0 => drop(o.remove(&k)),
                    1 => drop(o.insert(k, Value::Null)),
                    2 => drop(o.insert(k, json!(42))),
                    _ => drop(o.insert(k, json!([{}]))),
                }
            }
            let text = value.to_string();
            for t in [text.clone(), text.chars().take(cut).collect::<String>()] {
                if let Err(problems) = import(&t) {
                    proptest::prop_assert!(!problems.is_empty() && problems.iter().all(|p| !p.is_empty()));
                }
            }
        }
    }
}
