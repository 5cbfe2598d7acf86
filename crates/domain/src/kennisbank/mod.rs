//! The knowledge base: tiles hold questions, each question is an article in Dutch and
//! English. This module holds the content's shapes and rules; the files are parsed in
//! `source`, links checked in `links`, the B1 figures computed in `readability`.

pub mod diff;
pub mod links;
pub mod readability;
pub mod source;
pub mod synonyms;

use crate::InvalidInput;
use serde::{Deserialize, Serialize};

/// An article's or tile's id: a slug such as `iemand-meenemen`.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty() && s.len() <= 80 && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Where a version of an article stands in the editors' flow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ArticleStatus {
    /// Being written; only editors see it.
    Concept,
    /// Waiting for a reviewer; comments are anchored to passages.
    InReview,
    /// What readers see. At most one per article and language.
    Published,
    /// Was published, replaced by a newer version.
    Superseded,
}

impl ArticleStatus {
    pub const ALL: [ArticleStatus; 4] = [Self::Concept, Self::InReview, Self::Published, Self::Superseded];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Concept => "concept",
            Self::InReview => "in_review",
            Self::Published => "published",
            Self::Superseded => "superseded",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|x| x.as_str() == s)
    }

    pub fn label_key(self) -> String {
        format!("status-{}", self.as_str().replace('_', "-"))
    }

    /// The editors' flow: concept → in review → published; a reviewer can send a version
    /// back to concept. Publishing supersedes the version that was published before.
    pub fn may_become(self, next: ArticleStatus) -> bool {
        matches!(
            (self, next),
            (Self::Concept, Self::InReview)
                | (Self::InReview, Self::Concept)
                | (Self::InReview, Self::Published)
                | (Self::Published, Self::Superseded)
        )
    }
}

/// What an editor submits for one language of one article.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleText {
    pub title: String,
    pub summary: String,
    pub body: String,
    pub related: Vec<String>,
    /// Words parents use for what this article answers ("zoekwoorden"); search weighs them
    /// next to the title. Never shown to readers.
    pub keywords: Vec<String>,
}

/// At most this many search words per article, each at most `MAX_KEYWORD_CHARS` long.
pub const MAX_KEYWORDS: usize = 40;
pub const MAX_KEYWORD_CHARS: usize = 60;

/// The editors' search words: separated by commas or new lines, spaces tidied, lower case.
pub fn parse_keywords(text: &str) -> Result<Vec<String>, InvalidInput> {
    let mut keywords: Vec<String> = vec![];
    for k in text.split([',', '\n']) {
        let k = k.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
        if k.is_empty() || keywords.contains(&k) {
            continue;
        }
        if k.chars().count() > MAX_KEYWORD_CHARS || !k.chars().any(char::is_alphanumeric) {
            return Err(InvalidInput::new("error-article-keywords"));
        }
        keywords.push(k);
    }
    if keywords.len() > MAX_KEYWORDS {
        return Err(InvalidInput::new("error-article-keywords"));
    }
    Ok(keywords)
}

impl ArticleText {
    pub fn parse(
        title: &str,
        summary: &str,
        body: &str,
        related: &str,
        keywords: &str,
    ) -> Result<Self, Vec<InvalidInput>> {
        let mut errors = vec![];
        let title = title.trim();
        if title.is_empty() || title.chars().count() > 200 {
            errors.push(InvalidInput::new("error-article-title"));
        }
        let summary = summary.trim();
        if summary.is_empty() || summary.chars().count() > 500 {
            errors.push(InvalidInput::new("error-article-summary"));
        }
        let body = body.replace("\r\n", "\n");
        if body.trim().is_empty() || body.len() > 60_000 {
            errors.push(InvalidInput::new("error-article-body"));
        }
        let related: Vec<String> =
            related.split([',', '\n', ' ']).map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned).collect();
        if related.iter().any(|r| !is_slug(r)) {
            errors.push(InvalidInput::new("error-article-related"));
        }
        let keywords = parse_keywords(keywords).unwrap_or_else(|e| {
            errors.push(e);
            vec![]
        });
        if errors.is_empty() {
            Ok(Self {
                title: title.to_owned(),
                summary: summary.to_owned(),
                body: body.trim().to_owned(),
                related,
                keywords,
            })
        } else {
            Err(errors)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_editors_flow() {
        use ArticleStatus::*;
        let allowed: Vec<_> = ArticleStatus::ALL
            .iter()
            .flat_map(|a| ArticleStatus::ALL.iter().map(move |b| (*a, *b)))
            .filter(|(a, b)| a.may_become(*b))
            .collect();
        assert_eq!(
            allowed,
            vec![(Concept, InReview), (InReview, Concept), (InReview, Published), (Published, Superseded)]
        );
        for s in ArticleStatus::ALL {
            assert_eq!(ArticleStatus::parse(s.as_str()), Some(s));
        }
    }

    #[test]
    fn article_text_checks_every_field() {
        let ok = ArticleText::parse(" Titel ", "Kort.", "Tekst\r\nmeer", "a-b, c\nd", "Van school  sturen, weg\nweg,")
            .unwrap();
        assert_eq!(ok.related, vec!["a-b", "c", "d"]);
        assert_eq!(ok.keywords, vec!["van school sturen", "weg"]);
        assert_eq!(ok.body, "Tekst\nmeer");
        let errs = ArticleText::parse("", "", " ", "Niet Goed", "goed, ???").unwrap_err();
        let keys: Vec<_> = errs.iter().map(|e| e.key).collect();
        assert_eq!(
            keys,
            vec![
                "error-article-title",
                "error-article-summary",
                "error-article-body",
                "error-article-related",
                "error-article-keywords"
            ]
        );
        let too_long = "x".repeat(MAX_KEYWORD_CHARS + 1);
        assert!(parse_keywords(&too_long).is_err());
        let too_many = (0..=MAX_KEYWORDS).map(|i| format!("w{i}")).collect::<Vec<_>>().join(",");
        assert!(parse_keywords(&too_many).is_err());
    }
}
