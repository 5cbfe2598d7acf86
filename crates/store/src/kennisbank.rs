//! The knowledge base's records: tiles, glossary terms, articles with their versions,
//! reviewers' comments and readers' anonymous feedback.

use chrono::{DateTime, Utc};
use samenspoor_domain::kennisbank::{ArticleStatus, ArticleText};
use samenspoor_domain::{Lang, UserId};
use serde::Serialize;
use uuid::Uuid;

pub use samenspoor_domain::kennisbank::source::{ContentSet, LangText, Term, TermText, Tile};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KbArticle {
    pub id: String,
    pub tile: String,
    pub position: i32,
    pub views: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArticleVersion {
    pub id: Uuid,
    pub article_id: String,
    pub lang: Lang,
    pub number: i32,
    pub status: ArticleStatus,
    pub title: String,
    pub summary: String,
    pub body: String,
    pub related: Vec<String>,
    /// Search words ("zoekwoorden"), lower case.
    pub keywords: Vec<String>,
    pub author: Option<UserId>,
    pub created_at: DateTime<Utc>,
    pub published_at: Option<DateTime<Utc>>,
}

/// A published version without its body: what the pages, links and lists of the public
/// knowledge base need. Bodies are read one article at a time (see
/// `KennisbankStore::kb_published_page`), so the whole knowledge base is never in memory.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArticleHead {
    /// The version's id: its body is `kb_version(id)`.
    pub id: Uuid,
    pub article_id: String,
    pub lang: Lang,
    pub title: String,
    pub summary: String,
    pub related: Vec<String>,
    pub keywords: Vec<String>,
    pub published_at: Option<DateTime<Utc>>,
}

impl From<ArticleVersion> for ArticleHead {
    fn from(v: ArticleVersion) -> Self {
        Self {
            id: v.id,
            article_id: v.article_id,
            lang: v.lang,
            title: v.title,
            summary: v.summary,
            related: v.related,
            keywords: v.keywords,
            published_at: v.published_at,
        }
    }
}

#[derive(Debug, Clone)]
pub struct NewVersion {
    pub article_id: String,
    pub lang: Lang,
    pub text: ArticleText,
}

#[derive(Debug, Clone)]
pub struct NewComment {
    pub version_id: Uuid,
    /// The passage the comment is about, as it stands in the version's body.
    pub quote: String,
    pub body: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReviewComment {
    pub id: Uuid,
    pub version_id: Uuid,
    pub quote: String,
    pub body: String,
    pub author: Option<UserId>,
    pub author_name: Option<String>,
    pub created_at: DateTime<Utc>,
    pub resolved_at: Option<DateTime<Utc>>,
}

/// "Goed artikel?": yes or no and an optional comment. Nothing says who gave it.
#[derive(Debug, Clone)]
pub struct NewFeedback {
    pub article_id: String,
    pub lang: Lang,
    pub helpful: bool,
    pub comment: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Feedback {
    pub id: Uuid,
    pub article_id: String,
    pub lang: Lang,
    pub helpful: bool,
    pub comment: Option<String>,
    pub created_at: DateTime<Utc>,
}

/// Related ids are kept as one text column, one id per line, on both databases.
pub fn join_related(related: &[String]) -> String {
    related.join("\n")
}

pub fn split_related(s: &str) -> Vec<String> {
    s.lines().filter(|l| !l.is_empty()).map(str::to_owned).collect()
}

/// One query of one ISO week (`2026-W49`) that found nothing, or after which the reader
/// searched again, with how often. Only the text of the query is kept.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchMiss {
    pub week: String,
    pub query: String,
    pub nothing: i64,
    pub followed: i64,
}

/// What happened to a search, for the editors' list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SearchOutcome {
    /// It found no article.
    Nothing,
    /// The reader searched again right after it.
    Followed,
}
