//! How text becomes search terms. Dutch: words, lower case, accents folded (geëvalueerd →
//! geevalueerd), past participles and verb forms brought to one stem, Snowball stemming.
//! English: the same with the English stemmer. Both drop their language's small words
//! (stop words), so "wat is ..." does not rank every title that starts with "Wat is" first.
//! Used for the index and the query alike.

use rust_stemmers::{Algorithm, Stemmer};
use std::cell::RefCell;
use std::collections::HashMap;
use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, RemoveLongFilter, SimpleTokenizer, StopWordFilter, TextAnalyzer, Token,
    TokenFilter, TokenStream, Tokenizer,
};

/// Dutch words that say nothing about what a question is about: articles, pronouns,
/// prepositions, question words, forms of the auxiliary verbs, fillers. Words that carry
/// meaning in this field stay searchable: "niet", "geen", "eens" ("niet eens met"),
/// "iemand", "andere", "alleen", "zelf".
pub const DUTCH_STOP_WORDS: &[&str] = &[
    "de",
    "het",
    "een",
    "en",
    "of",
    "van",
    "in",
    "op",
    "aan",
    "met",
    "voor",
    "bij",
    "naar",
    "over",
    "uit",
    "door",
    "om",
    "tot",
    "te",
    "als",
    "dan",
    "dat",
    "die",
    "dit",
    "deze",
    "er",
    "hier",
    "daar",
    "waar",
    "wat",
    "wie",
    "welke",
    "welk",
    "hoe",
    "wanneer",
    "waarom",
    "is",
    "zijn",
    "was",
    "waren",
    "ben",
    "bent",
    "wordt",
    "worden",
    "werd",
    "word",
    "heb",
    "hebt",
    "heeft",
    "hebben",
    "had",
    "kan",
    "kun",
    "kunt",
    "kunnen",
    "mag",
    "mogen",
    "moet",
    "moeten",
    "wil",
    "wilt",
    "willen",
    "zal",
    "zou",
    "zullen",
    "ik",
    "je",
    "jij",
    "u",
    "hij",
    "zij",
    "ze",
    "we",
    "wij",
    "mijn",
    "mn",
    "jouw",
    "uw",
    "haar",
    "ons",
    "onze",
    "hun",
    "me",
    "mij",
    "zich",
    "ook",
    "nog",
    "al",
    "maar",
    "dus",
    "want",
    "toch",
    "wel",
    "nu",
    "zo",
    "even",
    "gewoon",
    "eigenlijk",
    "heel",
    "erg",
    "echt",
    "doe",
    "doet",
    "doen",
    "zoals",
    "iets",
    "hem",
    "men",
    "nou",
    "hoor",
    "graag",
    "ja",
    "nee",
];

/// English words that say nothing about what a question is about. "not", "no", "other",
/// "alone" and "own" stay searchable.
pub const ENGLISH_STOP_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "from", "about", "as", "is",
    "are", "was", "were", "be", "been", "am", "do", "does", "did", "i", "me", "my", "you", "your", "he", "she", "it",
    "its", "we", "our", "they", "them", "their", "his", "her", "him", "this", "that", "these", "those", "what",
    "which", "who", "whom", "how", "when", "where", "why", "can", "could", "may", "might", "must", "shall", "should",
    "will", "would", "have", "has", "had", "there", "here", "so", "than", "then", "too", "very", "just", "also", "if",
    "into", "up", "im", "get", "got", "please", "really",
];

fn stop_words(words: &[&str]) -> StopWordFilter {
    StopWordFilter::remove(words.iter().map(|w| (*w).to_owned()))
}

/// A filter that rewrites each token's text with a plain function.
#[derive(Clone, Copy)]
pub struct MapFilter(pub fn(&mut String));

impl TokenFilter for MapFilter {
    type Tokenizer<T: Tokenizer> = MapTokenizer<T>;
    fn transform<T: Tokenizer>(self, tokenizer: T) -> MapTokenizer<T> {
        MapTokenizer { inner: tokenizer, f: self.0 }
    }
}

#[derive(Clone)]
pub struct MapTokenizer<T> {
    inner: T,
    f: fn(&mut String),
}

impl<T: Tokenizer> Tokenizer for MapTokenizer<T> {
    type TokenStream<'a> = MapStream<T::TokenStream<'a>>;
    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        MapStream { inner: self.inner.token_stream(text), f: self.f }
    }
}

pub struct MapStream<S> {
    inner: S,
    f: fn(&mut String),
}

impl<S: TokenStream> TokenStream for MapStream<S> {
    fn advance(&mut self) -> bool {
        if !self.inner.advance() {
            return false;
        }
        (self.f)(&mut self.inner.token_mut().text);
        true
    }
    fn token(&self) -> &Token {
        self.inner.token()
    }
    fn token_mut(&mut self) -> &mut Token {
        self.inner.token_mut()
    }
}

/// How many words each thread keeps the stem of, per language (a few MB at most).
const STEMS_KEPT: usize = 50_000;

thread_local! {
    static DUTCH: (Stemmer, RefCell<HashMap<String, String>>) =
        (Stemmer::create(Algorithm::Dutch), RefCell::new(HashMap::new()));
    static ENGLISH: (Stemmer, RefCell<HashMap<String, String>>) =
        (Stemmer::create(Algorithm::English), RefCell::new(HashMap::new()));
}

/// Snowball stemming with each thread's memory of the words it stemmed: a search's snippets
/// run the analyzer over the body of every hit, and stemming was half of a search's time.
fn stem_kept(w: &mut String, (stemmer, kept): &(Stemmer, RefCell<HashMap<String, String>>)) {
    let mut kept = kept.borrow_mut();
    if let Some(stem) = kept.get(w.as_str()) {
        w.clone_from(stem);
        return;
    }
    let stem = stemmer.stem(w).into_owned();
    if kept.len() >= STEMS_KEPT {
        kept.clear();
    }
    kept.insert(std::mem::replace(w, stem.clone()), stem);
}

fn dutch_stem(w: &mut String) {
    DUTCH.with(|d| stem_kept(w, d));
}

fn english_stem(w: &mut String) {
    ENGLISH.with(|e| stem_kept(w, e));
}

/// "geëvalueerd" → "evalueer", "gehoord" → "hoor": Snowball leaves Dutch participles whole.
fn dutch_participle(w: &mut String) {
    if w.len() >= 7 && w.starts_with("ge") && w.ends_with(['d', 't']) {
        w.truncate(w.len() - 1);
        w.replace_range(..2, "");
    }
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// After stemming: "meeneemt" → "meenem", "evalueer" → "evaluer", so the forms of a verb
/// meet the stem of its infinitive.
fn dutch_verb_stem(w: &mut String) {
    let b = w.as_bytes();
    let n = b.len();
    if n >= 5 && b[n - 1] == b't' && !is_vowel(b[n - 2]) && b[n - 2] != b't' {
        w.truncate(n - 1);
    }
    let b = w.as_bytes();
    let n = b.len();
    if n >= 4 && !is_vowel(b[n - 1]) && b[n - 2] == b[n - 3] && matches!(b[n - 2], b'a' | b'e' | b'o' | b'u') {
        w.remove(n - 2);
    }
}

pub fn dutch() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(stop_words(DUTCH_STOP_WORDS))
        .filter(MapFilter(dutch_participle))
        .filter(MapFilter(dutch_stem))
        .filter(MapFilter(dutch_verb_stem))
        .build()
}

pub fn english() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(stop_words(ENGLISH_STOP_WORDS))
        .filter(MapFilter(english_stem))
        .build()
}

/// (term, number of characters of the word it came from) for each word of `text`.
pub fn terms(analyzer: &mut TextAnalyzer, text: &str) -> Vec<(String, usize)> {
    let mut stream = analyzer.token_stream(text);
    let mut out = vec![];
    while stream.advance() {
        let t = stream.token();
        let len = text.get(t.offset_from..t.offset_to).map(|w| w.chars().count()).unwrap_or(0);
        out.push((t.text.clone(), len));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The kept stems are the stemmer's own, the first time and from memory alike, and a
    /// full memory starts over instead of growing.
    #[test]
    fn kept_stems_are_the_stemmers_own() {
        let words = ["ontwikkelingsperspectief", "gesprekken", "scholen", "besluiten", "gesprekken", "scholen"];
        let snowball = Stemmer::create(Algorithm::Dutch);
        for w in words.iter().chain(words.iter()) {
            let mut kept = (*w).to_owned();
            dutch_stem(&mut kept);
            assert_eq!(kept, snowball.stem(w), "{w}");
        }
        let mut english = "meetings".to_owned();
        english_stem(&mut english);
        assert_eq!(english, "meet");
        for i in 0..STEMS_KEPT + 10 {
            dutch_stem(&mut format!("woord{i}"));
        }
        DUTCH.with(|(_, kept)| assert!(kept.borrow().len() <= STEMS_KEPT));
    }
}
