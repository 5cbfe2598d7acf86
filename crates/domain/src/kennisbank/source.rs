//! The shipped content as files (see `content/README.md`): parsing them, and checking the
//! whole set before anything is imported. A broken link or a missing translation is an
//! error that names the file, so shipped content can never contain one.

use super::{is_slug, links};
use crate::Lang;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
pub struct LangText {
    pub title: String,
    pub intro: String,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
pub struct Tile {
    pub id: String,
    pub order: i32,
    pub nl: LangText,
    pub en: LangText,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
pub struct TermText {
    pub term: String,
    pub definition: String,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
pub struct Term {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article: Option<String>,
    pub nl: TermText,
    pub en: TermText,
}

#[derive(Deserialize, Serialize)]
struct Tiles {
    tile: Vec<Tile>,
}

#[derive(Deserialize, Serialize)]
struct Terms {
    term: Vec<Term>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    id: String,
    tile: String,
    order: i32,
    title: String,
    summary: String,
    #[serde(default)]
    related: Vec<String>,
    /// Search words ("zoekwoorden"), see `ArticleText::keywords`.
    #[serde(default)]
    zoekwoorden: Vec<String>,
}

/// One article file: one language of one question.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleFile {
    pub lang: Lang,
    pub id: String,
    pub tile: String,
    pub order: i32,
    pub title: String,
    pub summary: String,
    pub related: Vec<String>,
    pub keywords: Vec<String>,
    pub body: String,
}

impl ArticleFile {
    pub fn parse(lang: Lang, name: &str, text: &str) -> Result<Self, String> {
        let rest = text.strip_prefix("+++").ok_or(format!("{name}: does not start with +++ front matter"))?;
        let (front, body) = rest.split_once("\n+++").ok_or(format!("{name}: front matter is not closed with +++"))?;
        let fm: FrontMatter = toml::from_str(front).map_err(|e| format!("{name}: front matter: {e}"))?;
        if !is_slug(&fm.id) || !name.ends_with(&format!("{}.md", fm.id)) {
            return Err(format!("{name}: id {:?} must be a slug equal to the file name", fm.id));
        }
        let keywords = super::parse_keywords(&fm.zoekwoorden.join(",")).map_err(|_| {
            format!(
                "{name}: zoekwoorden: at most {} words of at most {} characters",
                super::MAX_KEYWORDS,
                super::MAX_KEYWORD_CHARS
            )
        })?;
        Ok(Self {
            lang,
            id: fm.id,
            tile: fm.tile,
            order: fm.order,
            title: fm.title,
            summary: fm.summary,
            related: fm.related,
            keywords,
            body: body.trim().to_owned(),
        })
    }

    /// Back to the file format, for `samenspoor export`.
    pub fn render(&self) -> String {
        let q = |s: &str| format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""));
        let related: Vec<String> = self.related.iter().map(|r| q(r)).collect();
        let keywords: Vec<String> = self.keywords.iter().map(|k| q(k)).collect();
        format!(
            "+++\nid = {}\ntile = {}\norder = {}\ntitle = {}\nsummary = {}\nrelated = [{}]\nzoekwoorden = [{}]\n+++\n{}\n",
            q(&self.id),
            q(&self.tile),
            self.order,
            q(&self.title),
            q(&self.summary),
            related.join(", "),
            keywords.join(", "),
            self.body
        )
    }
}

/// Everything the knowledge base ships with.
#[derive(Debug, Clone, Default)]
pub struct ContentSet {
    pub tiles: Vec<Tile>,
    pub terms: Vec<Term>,
    pub articles: Vec<ArticleFile>,
}

impl ContentSet {
    /// The set as files again (path under content/kennisbank, text), for `samenspoor export`.
    pub fn render(&self) -> Result<Vec<(String, String)>, String> {
        let tiles = toml::to_string(&Tiles { tile: self.tiles.clone() }).map_err(|e| e.to_string())?;
        let terms = toml::to_string(&Terms { term: self.terms.clone() }).map_err(|e| e.to_string())?;
        let mut files = vec![("tiles.toml".to_owned(), tiles), ("begrippen.toml".to_owned(), terms)];
        for a in &self.articles {
            files.push((format!("{}/{}.md", a.lang.as_str(), a.id), a.render()));
        }
        Ok(files)
    }

    /// Parses the files; `files` are (path relative to content/kennisbank, text).
    pub fn parse<'a>(files: impl IntoIterator<Item = (&'a str, &'a str)>) -> Result<Self, Vec<String>> {
        let mut set = ContentSet::default();
        let mut errors = vec![];
        for (path, text) in files {
            let result = match path {
                "tiles.toml" => {
                    toml::from_str::<Tiles>(text).map(|t| set.tiles = t.tile).map_err(|e| format!("{path}: {e}"))
                }
                "begrippen.toml" => {
                    toml::from_str::<Terms>(text).map(|t| set.terms = t.term).map_err(|e| format!("{path}: {e}"))
                }
                p if p.ends_with(".md") && p.starts_with("nl/") => {
                    ArticleFile::parse(Lang::Nl, p, text).map(|a| set.articles.push(a))
                }
                p if p.ends_with(".md") && p.starts_with("en/") => {
                    ArticleFile::parse(Lang::En, p, text).map(|a| set.articles.push(a))
                }
                _ => Ok(()),
            };
            if let Err(e) = result {
                errors.push(e);
            }
        }
        set.tiles.sort_by_key(|t| t.order);
        set.articles.sort_by(|a, b| {
            (&a.tile, a.order, &a.id, a.lang.as_str()).cmp(&(&b.tile, b.order, &b.id, b.lang.as_str()))
        });
        if errors.is_empty() { Ok(set) } else { Err(errors) }
    }

    pub fn article_ids(&self) -> BTreeSet<String> {
        self.articles.iter().map(|a| a.id.clone()).collect()
    }

    /// Every problem in the set: missing translations, unknown tiles, links that do not
    /// resolve. `organisations` are the ids the hulpwijzer knows.
    pub fn problems(&self, organisations: &BTreeSet<String>) -> Vec<String> {
        let mut problems = vec![];
        let ids = self.article_ids();
        let tiles: BTreeSet<_> = self.tiles.iter().map(|t| t.id.clone()).collect();
        let terms: BTreeSet<_> = self.terms.iter().map(|t| t.id.clone()).collect();
        let known = links::Known { articles: &ids, terms: &terms, organisations };
        for id in &ids {
            for lang in Lang::ALL {
                if !self.articles.iter().any(|a| &a.id == id && a.lang == lang) {
                    problems.push(format!("{}/{id}.md: missing translation", lang.as_str()));
                }
            }
        }
        for a in &self.articles {
            let name = format!("{}/{}.md", a.lang.as_str(), a.id);
            if !tiles.contains(&a.tile) {
                problems.push(format!("{name}: unknown tile {:?}", a.tile));
            }
            problems.extend(known.problems(&a.body, &a.related).into_iter().map(|p| format!("{name}: {p}")));
        }
        for t in &self.terms {
            if let Some(article) = &t.article
                && !ids.contains(article)
            {
                problems.push(format!("begrippen.toml: term {} points to unknown article {article:?}", t.id));
            }
        }
        problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TILES: &str = "[[tile]]\nid = \"t\"\norder = 1\n[tile.nl]\ntitle = \"T\"\nintro = \"I\"\n[tile.en]\ntitle = \"T\"\nintro = \"I\"\n";
    const TERMS: &str = "[[term]]\nid = \"opp\"\n[term.nl]\nterm = \"OPP\"\ndefinition = \"D\"\n[term.en]\nterm = \"OPP\"\ndefinition = \"D\"\n";

    fn article(id: &str, body: &str, related: &str) -> String {
        format!(
            "+++\nid = \"{id}\"\ntile = \"t\"\norder = 1\ntitle = \"Vraag?\"\nsummary = \"Ja.\"\nrelated = [{related}]\n+++\n{body}\n"
        )
    }

    #[test]
    fn a_clean_set_has_no_problems_and_round_trips() {
        let a = article("a", "Zie [b](artikel:b) en het [OPP](begrip:opp).", "\"b\"");
        let b = article("b", "Ga naar [de hulpwijzer](hulpwijzer:) of [O&O](organisatie:oo).", "");
        let files = [
            ("tiles.toml", TILES),
            ("begrippen.toml", TERMS),
            ("nl/a.md", &a[..]),
            ("en/a.md", &a),
            ("nl/b.md", &b),
            ("en/b.md", &b),
        ];
        let set = ContentSet::parse(files).unwrap();
        let orgs = BTreeSet::from(["oo".to_owned()]);
        assert_eq!(set.problems(&orgs), Vec::<String>::new());
        let rendered = set.render().unwrap();
        let again = ContentSet::parse(rendered.iter().map(|(p, t)| (p.as_str(), t.as_str()))).unwrap();
        assert_eq!(
            (again.tiles, again.terms, again.articles),
            (set.tiles.clone(), set.terms.clone(), set.articles.clone())
        );
    }

    #[test]
    fn dangling_links_and_missing_translations_are_named() {
        let a = article(
            "a",
            "Zie [x](artikel:bestaat-niet) en [y](begrip:nee) en [z](organisatie:geen) en [w](http://elders.example).",
            "\"ook-niet\"",
        );
        let files = [("tiles.toml", TILES), ("begrippen.toml", TERMS), ("nl/a.md", &a[..])];
        let problems = ContentSet::parse(files).unwrap().problems(&BTreeSet::new());
        assert_eq!(
            problems,
            vec![
                "en/a.md: missing translation",
                "nl/a.md: link to unknown article \"bestaat-niet\"",
                "nl/a.md: link to unknown term \"nee\"",
                "nl/a.md: link to unknown organisation \"geen\"",
                "nl/a.md: link \"http://elders.example\" is not one of artikel:, begrip:, organisatie:, hulpwijzer:",
                "nl/a.md: related article \"ook-niet\" does not exist",
            ]
        );
    }

    #[test]
    fn broken_files_are_named() {
        let errors =
            ContentSet::parse([("nl/a.md", "geen front matter"), ("en/b.md", "+++\nid = \"c\"\n+++\n")]).unwrap_err();
        assert!(errors[0].starts_with("nl/a.md: does not start"), "{errors:?}");
        assert!(errors[1].starts_with("en/b.md: front matter"), "{errors:?}");
    }
}
