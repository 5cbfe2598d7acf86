//! Search over the published articles, one in-memory tantivy index per language. Title
//! matches weigh most, then the summary, then the body; words of five letters or more also
//! match with one typo; the field's abbreviations and their full names find each other.

use super::analysis;
use samenspoor_domain::Lang;
use samenspoor_store::ArticleVersion;
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, BoostQuery, FuzzyTermQuery, Occur, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions, Value};
use tantivy::snippet::SnippetGenerator;
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{Index, IndexReader, TantivyDocument, Term, doc};

/// Abbreviations of the field and what they stand for; a query with one finds the others.
pub const SYNONYMS: &[&[&str]] = &[
    &["opp", "ontwikkelingsperspectiefplan", "ontwikkelingsperspectief"],
    &["ib'er", "ib-er", "iber", "intern begeleider"],
    &["swv", "samenwerkingsverband"],
    &["tlv", "toelaatbaarheidsverklaring"],
    &["sop", "schoolondersteuningsprofiel"],
    &["opr", "ondersteuningsplanraad"],
    &["mr", "medezeggenschapsraad"],
    &["gpo", "geschillencommissie passend onderwijs", "geschillencommissie"],
];

/// The query with the other names of each abbreviation or full name it contains.
pub fn expand_synonyms(query: &str) -> String {
    let q = format!(" {} ", query.to_lowercase().replace('’', "'"));
    let spaced: String =
        q.chars().map(|c| if c.is_alphanumeric() || c == '\'' || c == '-' { c } else { ' ' }).collect();
    let mut out = query.to_owned();
    for group in SYNONYMS {
        if group.iter().any(|v| spaced.contains(&format!(" {v} "))) {
            for v in *group {
                if !spaced.contains(&format!(" {v} ")) {
                    out.push(' ');
                    out.push_str(v);
                }
            }
        }
    }
    out
}

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
    summary: Field,
    body: Field,
}

pub struct SearchIndex {
    nl: LangIndex,
    en: LangIndex,
}

impl SearchIndex {
    /// `plain` turns an article body (Markdown) into the text to index and quote.
    pub fn build(published: &[ArticleVersion], plain: impl Fn(&str) -> String) -> tantivy::Result<Self> {
        Ok(Self {
            nl: LangIndex::build(Lang::Nl, published, &plain)?,
            en: LangIndex::build(Lang::En, published, &plain)?,
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

impl LangIndex {
    fn build(lang: Lang, published: &[ArticleVersion], plain: &impl Fn(&str) -> String) -> tantivy::Result<Self> {
        let tokenizer = lang.as_str();
        let text = |stored: bool| {
            let indexing = TextFieldIndexing::default()
                .set_tokenizer(tokenizer)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions);
            let o = TextOptions::default().set_indexing_options(indexing);
            if stored { o.set_stored() } else { o }
        };
        let mut schema = Schema::builder();
        let id = schema.add_text_field("id", STRING | STORED);
        let title = schema.add_text_field("title", text(true));
        let summary = schema.add_text_field("summary", text(true));
        let body = schema.add_text_field("body", text(true));
        let index = Index::create_in_ram(schema.build());
        let analyzer = match lang {
            Lang::Nl => analysis::dutch(),
            Lang::En => analysis::english(),
        };
        index.tokenizers().register(tokenizer, analyzer.clone());
        let mut writer = index.writer::<TantivyDocument>(15_000_000)?;
        for v in published.iter().filter(|v| v.lang == lang) {
            writer.add_document(doc!(id => v.article_id.clone(), title => v.title.clone(), summary => v.summary.clone(), body => plain(&v.body)))?;
        }
        writer.commit()?;
        let reader = index.reader()?;
        Ok(Self { reader, analyzer, id, title, summary, body })
    }

    fn search(&self, query: &str, limit: usize) -> tantivy::Result<Vec<Hit>> {
        let expanded = expand_synonyms(query);
        let terms = analysis::terms(&mut self.analyzer.clone(), &expanded);
        if terms.is_empty() {
            return Ok(vec![]);
        }
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![];
        for (word, chars) in &terms {
            for (field, weight) in [(self.title, 3.0), (self.summary, 1.5), (self.body, 1.0)] {
                let term = Term::from_field_text(field, word);
                let exact = TermQuery::new(term.clone(), IndexRecordOption::WithFreqs);
                clauses.push((Occur::Should, Box::new(BoostQuery::new(Box::new(exact), weight))));
                // Typos are forgiven in titles and bodies; the summary repeats both.
                if *chars >= 5 && field != self.summary {
                    let fuzzy = FuzzyTermQuery::new(term, 1, true);
                    clauses.push((Occur::Should, Box::new(BoostQuery::new(Box::new(fuzzy), weight * 0.5))));
                }
            }
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
                // Found through a typo or synonym the snippet cannot point at: show the summary.
                pieces = vec![(get(self.summary), false)];
            }
            hits.push(Hit { id: get(self.id), title: get(self.title), snippet: pieces });
        }
        Ok(hits)
    }
}
