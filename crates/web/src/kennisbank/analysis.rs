//! How text becomes search terms. Dutch: words, lower case, accents folded (geëvalueerd →
//! geevalueerd), past participles and verb forms brought to one stem, Snowball stemming.
//! English: the same with the English stemmer. Used for the index and the query alike.

use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer, TextAnalyzer, Token,
    TokenFilter, TokenStream, Tokenizer,
};

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
        .filter(MapFilter(dutch_participle))
        .filter(Stemmer::new(Language::Dutch))
        .filter(MapFilter(dutch_verb_stem))
        .build()
}

pub fn english() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(Stemmer::new(Language::English))
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
