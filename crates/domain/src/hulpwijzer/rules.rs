//! The "Waar kan ik terecht?" questions, the parent's answers, and the rules that turn
//! answers into recommendations. The rules are data (`content/hulpwijzer/rules.toml`,
//! editable by editors): each names an organisation, the answers it applies to, and the
//! reason in the parent's own terms. Recommendations come by fit first: the help whose rule
//! says most precisely what the parent answered (a child at home for more than 4 weeks, an
//! OPP in dispute) before help that fits many situations; equal fits in escalation order.
//! The first recommendation is the one to call now.

use super::HelpOrganisation;
use crate::Lang;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// One question: its key in the URL and the API, whether several answers may be chosen,
/// and the values it takes.
pub struct Question {
    pub key: &'static str,
    pub multiple: bool,
    pub values: &'static [&'static str],
}

const YES_NO: &[&str] = &["ja", "nee"];

/// The questions in the order the wizard asks them.
pub const QUESTIONS: &[Question] = &[
    Question { key: "stappen", multiple: true, values: &["leerkracht", "school", "swv"] },
    Question { key: "conflict", multiple: false, values: &["nee", "school", "swv"] },
    Question { key: "oneens", multiple: false, values: &["nee", "toelating", "opp", "tlv", "ondersteuning"] },
    Question { key: "thuis", multiple: false, values: &["nee", "dreigt", "korter", "langer"] },
    Question { key: "ziekte", multiple: false, values: YES_NO },
    Question { key: "beperking", multiple: false, values: YES_NO },
    Question { key: "betalen", multiple: false, values: YES_NO },
    Question { key: "rechten", multiple: false, values: YES_NO },
    Question { key: "bejegening", multiple: false, values: YES_NO },
    Question { key: "kinderrechten", multiple: false, values: YES_NO },
    Question { key: "informatie", multiple: false, values: YES_NO },
];

pub fn question(key: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|q| q.key == key)
}

/// A parent's answers: for each question key, the chosen values. A question not answered
/// counts as "nee" (or nothing chosen, for the multiple-choice one).
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Answers(pub BTreeMap<String, BTreeSet<String>>);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerError {
    pub field: String,
    pub message: String,
}

impl Answers {
    /// From (key, value) pairs as they come from a URL; unknown keys or values are errors
    /// naming the field. Keys that are not questions but belong to the page (like `stap`)
    /// are passed in `ignore`.
    pub fn from_pairs<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
        ignore: &[&str],
    ) -> Result<Self, AnswerError> {
        let mut answers = Answers::default();
        for (key, value) in pairs {
            if ignore.contains(&key) {
                continue;
            }
            let q = question(key)
                .ok_or_else(|| AnswerError { field: key.to_owned(), message: "unknown question".into() })?;
            if !q.values.contains(&value) {
                return Err(AnswerError { field: key.to_owned(), message: format!("unknown answer {value:?}") });
            }
            let set = answers.0.entry(key.to_owned()).or_default();
            if !q.multiple && !set.is_empty() && !set.contains(value) {
                return Err(AnswerError { field: key.to_owned(), message: "only one answer allowed".into() });
            }
            set.insert(value.to_owned());
        }
        Ok(answers)
    }

    pub fn values(&self, key: &str) -> BTreeSet<String> {
        self.0.get(key).cloned().unwrap_or_default()
    }

    /// The single answer of a one-choice question, "nee" when not answered.
    pub fn one(&self, key: &str) -> String {
        self.0.get(key).and_then(|s| s.iter().next().cloned()).unwrap_or_else(|| "nee".into())
    }

    pub fn answered(&self, key: &str) -> bool {
        self.0.contains_key(key)
    }

    /// (key, value) pairs for a URL, in question order.
    pub fn pairs(&self) -> Vec<(String, String)> {
        QUESTIONS.iter().flat_map(|q| self.values(q.key).into_iter().map(move |v| (q.key.to_owned(), v))).collect()
    }
}

/// One rule: recommend `organisation` when every condition holds.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub organisation: String,
    /// Conditions: question key → accepted answers (any of them). For `stappen`, the key
    /// `stappen` means all listed steps were taken, `stappen_niet` that none of them was.
    #[serde(default)]
    pub when: BTreeMap<String, Vec<String>>,
    /// The fit the editors give this rule, instead of the one computed from `when`: for a
    /// late, formal route whose precise conditions would otherwise put it first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fit: Option<u32>,
    pub reason_nl: String,
    pub reason_en: String,
}

impl Rule {
    fn holds(&self, a: &Answers) -> bool {
        self.when.iter().all(|(key, accepted)| match key.as_str() {
            "stappen" => accepted.iter().all(|v| a.values("stappen").contains(v)),
            "stappen_niet" => accepted.iter().all(|v| !a.values("stappen").contains(v)),
            k => accepted.contains(&a.one(k)),
        })
    }

    /// How precisely the rule fits the answers it holds for, in hundredths. Each condition on
    /// the situation counts 200 when it accepts one answer, less when it accepts more (a
    /// condition that accepted every answer would say nothing); a condition on the steps
    /// already taken counts 50 (`stappen`) or 25 (`stappen_niet`): where the parent is on
    /// the road matters, but less than what happens. A rule without conditions fits 0.
    /// A `fit` set in the rule wins.
    pub fn fit(&self) -> u32 {
        if let Some(fit) = self.fit {
            return fit;
        }
        self.when
            .iter()
            .map(|(key, accepted)| match key.as_str() {
                "stappen" => 50,
                "stappen_niet" => 25,
                k => {
                    let options = question(k).map_or(2, |q| q.values.len()).max(2) as u32;
                    let accepted = (accepted.len() as u32).clamp(1, options);
                    200 * (options - accepted) / (options - 1)
                }
            })
            .sum()
    }

    pub fn reason(&self, lang: Lang) -> &str {
        match lang {
            Lang::Nl => &self.reason_nl,
            Lang::En => &self.reason_en,
        }
    }
}

#[derive(Deserialize, Serialize)]
struct RulesFile {
    rule: Vec<Rule>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Rules(pub Vec<Rule>);

#[derive(Debug, Clone, PartialEq)]
pub struct Recommendation {
    pub organisation_id: String,
    /// Why, in the parent's terms: one reason per rule that applied, the best fitting first.
    pub reasons: Vec<String>,
    /// The fit of the best fitting rule that applied (see `Rule::fit`).
    pub fit: u32,
}

impl Rules {
    /// Parses a rules file and checks it against the directory; every problem names the
    /// rule (counting from 1) and the field.
    pub fn parse(text: &str, organisations: &[HelpOrganisation]) -> Result<Self, Vec<String>> {
        let file: RulesFile = toml::from_str(text).map_err(|e| vec![format!("rules: {e}")])?;
        let mut problems = vec![];
        for (i, r) in file.rule.iter().enumerate() {
            let n = i + 1;
            if !organisations.iter().any(|o| o.id == r.organisation) {
                problems.push(format!("rule {n}: organisation {:?} is not in the directory", r.organisation));
            }
            for (key, values) in &r.when {
                let q = question(if key == "stappen_niet" { "stappen" } else { key });
                match q {
                    None => problems.push(format!("rule {n}: when.{key}: unknown question")),
                    Some(q) => {
                        for v in values.iter().filter(|v| !q.values.contains(&v.as_str())) {
                            problems.push(format!("rule {n}: when.{key}: unknown answer {v:?}"));
                        }
                    }
                }
            }
            if r.reason_nl.trim().is_empty() || r.reason_en.trim().is_empty() {
                problems.push(format!("rule {n}: reason_nl and reason_en are both needed"));
            }
        }
        if problems.is_empty() { Ok(Rules(file.rule)) } else { Err(problems) }
    }

    pub fn render(&self) -> String {
        toml::to_string(&RulesFile { rule: self.0.clone() }).unwrap_or_default()
    }

    /// The organisations for these answers, each once with every reason that applied: the
    /// best fit first (see `Rule::fit`), equal fits in escalation order (the directory's
    /// order). The first is the one to call now.
    pub fn advise(&self, answers: &Answers, organisations: &[HelpOrganisation], lang: Lang) -> Vec<Recommendation> {
        let mut out: Vec<Recommendation> = vec![];
        for org in organisations {
            let mut applied: Vec<&Rule> =
                self.0.iter().filter(|r| r.organisation == org.id && r.holds(answers)).collect();
            applied.sort_by_key(|r| std::cmp::Reverse(r.fit()));
            if let Some(best) = applied.first() {
                out.push(Recommendation {
                    organisation_id: org.id.clone(),
                    fit: best.fit(),
                    reasons: applied.iter().map(|r| r.reason(lang).to_owned()).collect(),
                });
            }
        }
        out.sort_by_key(|r| std::cmp::Reverse(r.fit));
        out
    }
}

/// Every possible set of answers (all questions answered), for the editors' table.
pub fn all_combinations() -> Vec<Answers> {
    let mut combos = vec![Answers::default()];
    for q in QUESTIONS {
        let options: Vec<BTreeSet<String>> = if q.multiple {
            (0..(1u32 << q.values.len()))
                .map(|mask| {
                    q.values
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| mask & (1 << i) != 0)
                        .map(|(_, v)| v.to_string())
                        .collect()
                })
                .collect()
        } else {
            q.values.iter().map(|v| BTreeSet::from([v.to_string()])).collect()
        };
        combos = combos
            .into_iter()
            .flat_map(|a| {
                options.iter().map(move |o| {
                    let mut a = a.clone();
                    a.0.insert(q.key.to_owned(), o.clone());
                    a
                })
            })
            .collect();
    }
    combos
}

#[cfg(test)]
mod tests {
    use super::*;

    fn org(id: &str, level: u8) -> HelpOrganisation {
        let t = super::super::OrganisationText {
            summary: "s".into(),
            what: "w".into(),
            when: "w".into(),
            when_not: "w".into(),
            cost: "c".into(),
            bring: "b".into(),
            how: "h".into(),
        };
        HelpOrganisation {
            id: id.into(),
            level,
            kind: "national".into(),
            name: id.into(),
            website: String::new(),
            phone: String::new(),
            email: String::new(),
            direct_contact: true,
            languages: vec![],
            area: String::new(),
            article: None,
            assured_date: None,
            nl: t.clone(),
            en: t,
        }
    }

    const RULES: &str = r#"
[[rule]]
organisation = "consulent"
when = { thuis = ["langer"], stappen = ["school", "swv"] }
reason_nl = "Je kind zit al meer dan 4 weken thuis."
reason_en = "Your child has been at home for more than 4 weeks."

[[rule]]
organisation = "school"
when = { stappen_niet = ["leerkracht"] }
reason_nl = "Begin bij de leerkracht."
reason_en = "Start with the teacher."
"#;

    #[test]
    fn answers_from_a_url_name_the_bad_field() {
        let ok = Answers::from_pairs(
            [("stappen", "school"), ("stappen", "swv"), ("thuis", "langer"), ("stap", "3")],
            &["stap"],
        )
        .unwrap();
        assert_eq!(ok.values("stappen").len(), 2);
        assert_eq!(ok.one("ziekte"), "nee");
        let e = Answers::from_pairs([("thuis", "soms")], &[]).unwrap_err();
        assert_eq!(e.field, "thuis");
        assert_eq!(Answers::from_pairs([("kleur", "rood")], &[]).unwrap_err().field, "kleur");
        assert_eq!(Answers::from_pairs([("thuis", "nee"), ("thuis", "langer")], &[]).unwrap_err().field, "thuis");
    }

    #[test]
    fn rules_recommend_by_fit_then_in_escalation_order_with_reasons() {
        let dir = vec![org("school", 1), org("consulent", 4)];
        let rules = Rules::parse(RULES, &dir).unwrap();
        let stuck = Answers::from_pairs([("stappen", "school"), ("stappen", "swv"), ("thuis", "langer")], &[]).unwrap();
        let advice = rules.advise(&stuck, &dir, Lang::Nl);
        assert_eq!(advice.len(), 2);
        assert_eq!(advice[0].organisation_id, "consulent", "at home for weeks: the help that fits first");
        assert_eq!(advice[0].reasons, vec!["Je kind zit al meer dan 4 weken thuis."]);
        assert_eq!((advice[0].fit, advice[1].fit), (200 + 50, 25));
        let same_fit = Rules::parse(
            &RULES.replace("thuis = [\"langer\"], stappen = [\"school\", \"swv\"]", "stappen_niet = [\"swv\"]"),
            &dir,
        )
        .unwrap();
        let fresh = Answers::default();
        let ids: Vec<_> = same_fit.advise(&fresh, &dir, Lang::Nl).into_iter().map(|r| r.organisation_id).collect();
        assert_eq!(ids, vec!["school", "consulent"], "equal fits in escalation order");
        let talked = Answers::from_pairs([("stappen", "leerkracht")], &[]).unwrap();
        assert!(rules.advise(&talked, &dir, Lang::En).is_empty());
        assert_eq!(Rules::parse(&rules.render(), &dir).unwrap(), rules);
    }

    #[test]
    fn fit_grows_with_precision() {
        let rule = |when: &str| {
            let text = format!(
                "[[rule]]\norganisation = \"school\"\nwhen = {{ {when} }}\nreason_nl = \"x\"\nreason_en = \"x\"\n"
            );
            Rules::parse(&text, &[org("school", 1)]).unwrap().0.remove(0).fit()
        };
        assert_eq!(rule(""), 0);
        assert_eq!(rule("ziekte = [\"ja\"]"), 200);
        assert_eq!(rule("thuis = [\"langer\"]"), 200);
        assert_eq!(rule("thuis = [\"dreigt\", \"langer\"]"), 133);
        assert_eq!(rule("thuis = [\"nee\", \"dreigt\", \"korter\", \"langer\"]"), 0);
        assert_eq!(rule("oneens = [\"toelating\", \"opp\"], stappen = [\"school\", \"swv\"]"), 150 + 50);
        assert_eq!(rule("stappen_niet = [\"leerkracht\"]"), 25);
        assert_eq!(rule("ziekte = [\"ja\"], beperking = [\"ja\"] }\nfit = 10\n# {"), 10, "the editors' fit wins");
    }

    #[test]
    fn bad_rules_are_named() {
        let dir = vec![org("school", 1)];
        let bad = "[[rule]]\norganisation = \"nergens\"\nwhen = { thuis = [\"altijd\"], kleur = [\"rood\"] }\nreason_nl = \"x\"\nreason_en = \"\"\n";
        let problems = Rules::parse(bad, &dir).unwrap_err();
        assert_eq!(problems.len(), 4, "{problems:?}");
        assert!(problems[0].contains("nergens"));
    }

    #[test]
    fn every_combination_is_enumerated_once() {
        let all = all_combinations();
        assert_eq!(all.len(), 8 * 3 * 5 * 4 * 128);
        assert_eq!(all.iter().collect::<std::collections::BTreeSet<_>>().len(), all.len());
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(600))]

        /// Whatever an editor saves as rules, the check answers: rules, or problems that say
        /// what is wrong; never a panic.
        #[test]
        fn any_rules_text_is_answered(lines in proptest::collection::vec(proptest::prop_oneof![
            proptest::strategy::Just("[[rule]]".to_owned()),
            proptest::strategy::Just("organisation = \"a\"".to_owned()),
            proptest::strategy::Just("organisation = \"onbekend\"".to_owned()),
            proptest::strategy::Just("when.stappen = [\"school\"]".to_owned()),
            proptest::strategy::Just("when.thuis = [\"nooit\"]".to_owned()),
            proptest::strategy::Just("when.vraag = [1]".to_owned()),
            proptest::strategy::Just("reason_nl = \"Omdat.\"".to_owned()),
            proptest::strategy::Just("reason_en = \"Because.\"".to_owned()),
            proptest::strategy::Just("fit = 4".to_owned()),
            proptest::strategy::Just("fit = -1".to_owned()),
            ".{0,12}",
        ], 0..16)) {
            let text = lines.join("\n");
            if let Err(problems) = Rules::parse(&text, &[org("a", 1)]) {
                proptest::prop_assert!(!problems.is_empty() && problems.iter().all(|p| !p.is_empty()), "{text}");
            }
        }
    }
}
