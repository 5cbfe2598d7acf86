//! Search over the published articles, one in-memory tantivy index per language.
//!
//! What a query becomes:
//! - its words, analysed as the articles are (stop words out, accents folded, stems);
//! - the other members of every synonym group it contains (the shipped list and the
//!   editors' own, see `samenspoor_domain::kennisbank::synonyms`), weighing a little less;
//! - compounds: two words that together form a word of the articles ("zorg plicht" →
//!   "zorgplicht"), and a compound the articles do not have split into parts they do
//!   ("oudergesprek" → "ouder", "gesprek"); the articles' own compounds are indexed with
//!   their parts too, so "plicht" finds "zorgplicht";
//! - a word the articles do not have is matched with one typo (two in long words).
//!
//! How an article ranks: each query word counts by the best field it is found in (title and
//! the editors' search words most, then the summary, then the body), plus a little for the
//! other fields. So an article that answers a question (its title, search words and summary
//! are about it) comes before one that mentions the words in a long body, and an article that
//! has more of the query's words comes before one that has one of them many times.

use super::analysis;
use super::typo::{TypoQuery, Typos};
use samenspoor_domain::Lang;
use samenspoor_domain::kennisbank::synonyms::{self, Group};
use samenspoor_store::ArticleVersion;
use std::collections::{HashMap, HashSet};
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, BoostQuery, DisjunctionMaxQuery, Occur, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions, Value};
use tantivy::snippet::SnippetGenerator;
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{Index, IndexReader, TantivyDocument, Term, doc};

/// Field weights: where a query word is found says how much the article is about it.
const TITLE: f32 = 3.0;
const KEYWORDS: f32 = 3.0;
const SUMMARY: f32 = 1.5;
const BODY: f32 = 1.0;
const PARTS: f32 = 0.5;
/// How much the fields other than the best one add for the same word.
const TIE_BREAKER: f32 = 0.2;
/// A synonym or a part of a compound weighs this much of a word the parent typed.
const SYNONYM: f32 = 0.8;
const PART: f32 = 0.6;
/// A typo costs half.
const FUZZY: f32 = 0.5;

#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub id: String,
    pub title: String,
    /// The snippet as (text, highlighted) pieces, so the template escapes all of it.
    pub snippet: Vec<(String, bool)>,
}

struct LangIndex {
    reader: IndexReader,
    analyzer: TextAnalyzer,
    id: Field,
    title: Field,
    keywords: Field,
    summary: Field,
    body: Field,
    parts: Field,
    /// Every term of this language's articles: what counts as a known word.
    vocabulary: HashSet<String>,
    /// Last parts of the articles' compounds that are no word on their own ("plicht").
    heads: HashSet<String>,
    synonyms: Vec<Group>,
}

pub struct SearchIndex {
    nl: LangIndex,
    en: LangIndex,
}

/// Why a build of the index failed: reading the articles or writing the index.
pub type BuildError = Box<dyn std::error::Error + Send + Sync>;

/// `(lang, after)` → the next published versions in `lang` whose article ids come after
/// `after` (`""` for the first), in the order of their ids; empty at the end.
pub trait Pages: FnMut(Lang, &str) -> Result<Vec<ArticleVersion>, BuildError> {}
impl<F: FnMut(Lang, &str) -> Result<Vec<ArticleVersion>, BuildError>> Pages for F {}

/// Calls `f` with every published version in `lang`, reading a page at a time: only one
/// page of bodies is in memory at once, however large the knowledge base is.
fn each_published(
    pages: &mut impl Pages,
    lang: Lang,
    mut f: impl FnMut(&ArticleVersion) -> Result<(), BuildError>,
) -> Result<(), BuildError> {
    let mut after = String::new();
    loop {
        let page = pages(lang, &after)?;
        let Some(last) = page.last() else { return Ok(()) };
        after = last.article_id.clone();
        for v in &page {
            f(v)?;
        }
    }
}

impl SearchIndex {
    /// `pages` reads the published articles (see `Pages`), twice per language: once to
    /// learn the words, once to index them. `synonyms` are the groups a query is expanded
    /// with (shipped and the editors'); `plain` turns an article body (Markdown) into the
    /// text to index and quote.
    pub fn build(
        mut pages: impl Pages,
        synonyms: &[Group],
        plain: impl Fn(&str) -> String,
    ) -> Result<Self, BuildError> {
        Ok(Self {
            nl: LangIndex::build(Lang::Nl, &mut pages, synonyms, &plain)?,
            en: LangIndex::build(Lang::En, &mut pages, synonyms, &plain)?,
        })
    }

    pub fn search(&self, lang: Lang, query: &str, limit: usize) -> Vec<Hit> {
        let index = match lang {
            Lang::Nl => &self.nl,
            Lang::En => &self.en,
        };
        index.search(query, limit).unwrap_or_else(|e| {
            tracing::error!(error = %e, "search failed");
            vec![]
        })
    }
}

/// Lower case, accents folded, split on anything that is not a letter or digit: the words
/// as written, before stop words and stems.
fn raw_words(text: &str) -> Vec<String> {
    let folded: String = text.to_lowercase().chars().map(fold).collect();
    folded.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_owned).collect()
}

fn fold(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => 'a',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ç' => 'c',
        'ñ' => 'n',
        'ÿ' | 'ý' => 'y',
        c => c,
    }
}

/// A compound's parts: the first is a known word (with a linking "s" or "e" taken off),
/// the second a known word or a known head; both at least 3 and 4 letters. The split with
/// the longest second part wins ("schoolondersteuningsprofiel" → "school" + the rest).
fn split_compound(
    word: &str,
    stem: &mut impl FnMut(&str) -> Option<String>,
    known: &impl Fn(&str) -> bool,
) -> Option<(String, String)> {
    if word.len() < 7 || !word.is_ascii() {
        return None;
    }
    for at in 3..=word.len() - 4 {
        let (left, right) = word.split_at(at);
        let right_known = stem(right).is_some_and(|s| known(&s));
        if !right_known {
            continue;
        }
        let lefts = [Some(left), left.strip_suffix('s'), left.strip_suffix('e')];
        for l in lefts.into_iter().flatten().filter(|l| l.len() >= 3) {
            if stem(l).is_some_and(|s| known(&s)) {
                return Some((l.to_owned(), right.to_owned()));
            }
        }
    }
    None
}

impl LangIndex {
    fn build(
        lang: Lang,
        pages: &mut impl Pages,
        synonyms: &[Group],
        plain: &impl Fn(&str) -> String,
    ) -> Result<Self, BuildError> {
        let tokenizer = lang.as_str();
        let text = |stored: bool| {
            let indexing = TextFieldIndexing::default()
                .set_tokenizer(tokenizer)
                // No phrase is ever asked for and snippets are cut from the stored text, so
                // word positions would only take memory (about a third of the index).
                .set_index_option(IndexRecordOption::WithFreqs);
            let o = TextOptions::default().set_indexing_options(indexing);
            if stored { o.set_stored() } else { o }
        };
        let mut schema = Schema::builder();
        let id = schema.add_text_field("id", STRING | STORED);
        let title = schema.add_text_field("title", text(true));
        let keywords = schema.add_text_field("keywords", text(false));
        let summary = schema.add_text_field("summary", text(true));
        let body = schema.add_text_field("body", text(true));
        let parts = schema.add_text_field("parts", text(false));
        let index = Index::create_in_ram(schema.build());
        let mut analyzer = match lang {
            Lang::Nl => analysis::dutch(),
            Lang::En => analysis::english(),
        };
        index.tokenizers().register(tokenizer, analyzer.clone());

        // The articles are read twice rather than kept: at 10,000 articles their bodies and
        // plain texts held at once were the largest part of the build's peak memory.
        let mut vocabulary = HashSet::new();
        let mut words = HashSet::new();
        each_published(pages, lang, |v| {
            for t in [&v.title, &v.keywords.join(", "), &v.summary, &plain(&v.body)] {
                vocabulary.extend(analysis::terms(&mut analyzer, t).into_iter().map(|(t, _)| t));
                words.extend(raw_words(t));
            }
            Ok(())
        })?;
        let mut memo: HashMap<String, Option<String>> = HashMap::new();
        let mut stem = |w: &str| {
            if let Some(s) = memo.get(w) {
                return s.clone();
            }
            let s = analysis::terms(&mut analyzer, w).into_iter().next().map(|(t, _)| t);
            memo.insert(w.to_owned(), s.clone());
            s
        };
        // Heads: second parts of two or more of the articles' compounds whose first part is
        // a known word ("leerplicht", "zorgplicht" → "plicht").
        let mut head_count: HashMap<String, usize> = HashMap::new();
        for w in words.iter().filter(|w| w.len() >= 8) {
            for at in 3..=w.len() - 5 {
                let (left, right) = w.split_at(at);
                if stem(left).is_some_and(|s| vocabulary.contains(&s))
                    && let Some(h) = stem(right)
                {
                    *head_count.entry(h).or_default() += 1;
                }
            }
        }
        let heads: HashSet<String> =
            head_count.into_iter().filter(|(h, n)| *n >= 2 && !vocabulary.contains(h)).map(|(h, _)| h).collect();
        let known = |s: &str| vocabulary.contains(s) || heads.contains(s);
        let mut compound_parts: HashMap<String, String> = HashMap::new();
        for w in &words {
            if let Some((l, r)) = split_compound(w, &mut stem, &known) {
                compound_parts.insert(w.clone(), format!("{l} {r}"));
            }
        }

        let mut writer = index.writer::<TantivyDocument>(15_000_000)?;
        each_published(pages, lang, |v| {
            let kw = v.keywords.join(", ");
            let text = plain(&v.body);
            let mut part_text = String::new();
            for t in [&v.title, &kw, &v.summary, &text] {
                for w in raw_words(t) {
                    if let Some(p) = compound_parts.get(&w) {
                        part_text.push_str(p);
                        part_text.push(' ');
                    }
                }
            }
            writer.add_document(doc!(
                id => v.article_id.clone(),
                title => v.title.clone(),
                keywords => kw,
                summary => v.summary.clone(),
                body => text,
                parts => part_text,
            ))?;
            Ok(())
        })?;
        writer.commit()?;
        let reader = index.reader()?;
        Ok(Self {
            reader,
            analyzer,
            id,
            title,
            keywords,
            summary,
            body,
            parts,
            vocabulary,
            heads,
            synonyms: synonyms.to_vec(),
        })
    }

    /// The terms to look for, each with its weight and whether a typo is allowed.
    fn query_terms(&self, query: &str) -> Vec<(String, f32, bool)> {
        let mut analyzer = self.analyzer.clone();
        let mut stem = |w: &str| analysis::terms(&mut analyzer, w).into_iter().next().map(|(t, _)| t);
        let known = |s: &str| self.vocabulary.contains(s) || self.heads.contains(s);
        let mut out: Vec<(String, f32, bool)> = vec![];
        let mut add = |t: String, weight: f32, fuzzy: bool| {
            match out.iter_mut().find(|(o, _, _)| *o == t) {
                Some(existing) => existing.1 = existing.1.max(weight),
                None => out.push((t, weight, fuzzy)),
            };
        };
        let words = raw_words(query);
        for w in &words {
            let Some(t) = stem(w) else { continue };
            if known(&t) {
                add(t, 1.0, false);
            } else if let Some((l, r)) = split_compound(w, &mut stem, &known) {
                for p in [l, r] {
                    if let Some(pt) = stem(&p) {
                        add(pt, PART, false);
                    }
                }
                add(t, 1.0, true);
            } else {
                add(t, 1.0, w.len() >= 5);
            }
        }
        for pair in words.windows(2) {
            let joined = format!("{}{}", pair[0], pair[1]);
            if let Some(t) = stem(&joined)
                && self.vocabulary.contains(&t)
            {
                add(t, 1.0, false);
            }
        }
        for phrase in synonyms::expansions(&self.synonyms, query) {
            for w in raw_words(&phrase) {
                if let Some(t) = stem(&w) {
                    add(t, SYNONYM, false);
                }
            }
        }
        out
    }

    fn search(&self, query: &str, limit: usize) -> tantivy::Result<Vec<Hit>> {
        let terms = self.query_terms(query);
        if terms.is_empty() {
            return Ok(vec![]);
        }
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![];
        for (word, weight, fuzzy) in &terms {
            let typos = fuzzy.then(|| Typos::new(word, if word.len() >= 10 { 2 } else { 1 }));
            let mut fields: Vec<Box<dyn Query>> = vec![];
            for (field, field_weight) in [
                (self.title, TITLE),
                (self.keywords, KEYWORDS),
                (self.summary, SUMMARY),
                (self.body, BODY),
                (self.parts, PARTS),
            ] {
                let term = Term::from_field_text(field, word);
                let exact = TermQuery::new(term, IndexRecordOption::WithFreqs);
                fields.push(Box::new(BoostQuery::new(Box::new(exact), field_weight * weight)));
                if let Some(typos) = &typos {
                    let typo = TypoQuery { field, typos: typos.clone() };
                    fields.push(Box::new(BoostQuery::new(Box::new(typo), field_weight * weight * FUZZY)));
                }
            }
            clauses.push((Occur::Should, Box::new(DisjunctionMaxQuery::with_tie_breaker(fields, TIE_BREAKER))));
        }
        let query = BooleanQuery::new(clauses);
        let searcher = self.reader.searcher();
        let mut snippets = SnippetGenerator::create(&searcher, &query, self.body)?;
        snippets.set_max_num_chars(220);
        let mut hits = vec![];
        for (_, address) in searcher.search(&query, &TopDocs::with_limit(limit))? {
            let doc: TantivyDocument = searcher.doc(address)?;
            let get = |f: Field| doc.get_first(f).and_then(|v| v.as_str()).unwrap_or_default().to_owned();
            let snippet = snippets.snippet_from_doc(&doc);
            let fragment = snippet.fragment();
            let mut pieces = vec![];
            let mut at = 0;
            for range in snippet.highlighted() {
                if range.start >= at && range.end <= fragment.len() {
                    pieces.push((fragment[at..range.start].to_owned(), false));
                    pieces.push((fragment[range.start..range.end].to_owned(), true));
                    at = range.end;
                }
            }
            pieces.push((fragment[at..].to_owned(), false));
            if fragment.is_empty() {
                // Found through a typo, synonym or search word the snippet cannot point at:
                // show the summary.
                pieces = vec![(get(self.summary), false)];
            }
            hits.push(Hit { id: get(self.id), title: get(self.title), snippet: pieces });
        }
        Ok(hits)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use samenspoor_domain::kennisbank::ArticleStatus;

    fn version(id: &str, lang: Lang, body: &str) -> ArticleVersion {
        ArticleVersion {
            id: uuid::Uuid::now_v7(),
            article_id: id.into(),
            lang,
            number: 1,
            status: ArticleStatus::Published,
            title: format!("Vraag {id}"),
            summary: String::new(),
            body: body.into(),
            related: vec![],
            keywords: vec![],
            author: None,
            created_at: chrono::Utc::now(),
            published_at: None,
        }
    }

    /// The build reads page after page until one comes back empty, and indexes every
    /// article of every page (here one article a page), in its own language only.
    #[test]
    fn the_index_holds_every_article_of_every_page() {
        let all = [
            version("a", Lang::Nl, "De leerplicht geldt."),
            version("b", Lang::Nl, "Over het ontwikkelingsperspectief."),
            version("c", Lang::Nl, "Een thuiszitter zit thuis."),
            version("c", Lang::En, "A pupil who stays at home."),
        ];
        let mut asked = vec![];
        let pages = |lang: Lang, after: &str| -> Result<Vec<ArticleVersion>, BuildError> {
            asked.push((lang, after.to_owned()));
            Ok(all.iter().filter(|v| v.lang == lang && v.article_id.as_str() > after).take(1).cloned().collect())
        };
        let index = SearchIndex::build(pages, &[], str::to_owned).unwrap();
        let found = |lang, q| index.search(lang, q, 5).into_iter().map(|h| h.id).collect::<Vec<_>>();
        assert_eq!(found(Lang::Nl, "leerplicht"), ["a"]);
        assert_eq!(found(Lang::Nl, "thuiszitter"), ["c"]);
        assert_eq!(found(Lang::En, "home"), ["c"]);
        assert!(found(Lang::En, "leerplicht").is_empty(), "a Dutch article is not in the English index");
        // Two passes per language: Dutch reads "", a, b, c (empty) twice; English "", c twice.
        assert_eq!(asked.len(), 2 * 4 + 2 * 2, "{asked:?}");
    }

    /// A page that cannot be read fails the build; it is not an index with articles missing.
    #[test]
    fn a_page_that_cannot_be_read_fails_the_build() {
        let pages = |_: Lang, after: &str| -> Result<Vec<ArticleVersion>, BuildError> {
            if after.is_empty() { Ok(vec![version("a", Lang::Nl, "Tekst.")]) } else { Err("database gone".into()) }
        };
        let err = SearchIndex::build(pages, &[], str::to_owned).err().expect("the build fails");
        assert_eq!(err.to_string(), "database gone");
    }
}
