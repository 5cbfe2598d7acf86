//! The knowledge base on SQLite: the bodies of the `kb_*` Store methods.

use crate::rows::{from_ms, ms};
use crate::{SqliteStore, audit};
use chrono::Utc;
use samenspoor_domain::kennisbank::ArticleStatus;
use samenspoor_domain::{AuditAction, Lang};
use samenspoor_store::*;
use std::str::FromStr;
use uuid::Uuid;

fn bad(what: &str, v: &str) -> StoreError {
    StoreError::Other(format!("invalid {what} in database: {v}"))
}

#[derive(sqlx::FromRow)]
struct VersionRow {
    id: String,
    article_id: String,
    lang: String,
    number: i32,
    status: String,
    title: String,
    summary: String,
    body: String,
    related: String,
    author_id: Option<String>,
    created_at: i64,
    published_at: Option<i64>,
}

impl TryFrom<VersionRow> for ArticleVersion {
    type Error = StoreError;
    fn try_from(r: VersionRow) -> Result<Self, StoreError> {
        Ok(ArticleVersion {
            id: Uuid::from_str(&r.id).map_err(|_| bad("id", &r.id))?,
            article_id: r.article_id,
            lang: Lang::parse(&r.lang).ok_or_else(|| bad("lang", &r.lang))?,
            number: r.number,
            status: ArticleStatus::parse(&r.status).ok_or_else(|| bad("status", &r.status))?,
            title: r.title,
            summary: r.summary,
            body: r.body,
            related: split_related(&r.related),
            author: r.author_id.as_deref().map(|a| a.parse().map_err(|_| bad("id", a))).transpose()?,
            created_at: from_ms(r.created_at),
            published_at: r.published_at.map(from_ms),
        })
    }
}

#[derive(sqlx::FromRow)]
struct CommentRow {
    id: String,
    version_id: String,
    quote: String,
    body: String,
    author_id: Option<String>,
    author_name: Option<String>,
    created_at: i64,
    resolved_at: Option<i64>,
}

impl TryFrom<CommentRow> for ReviewComment {
    type Error = StoreError;
    fn try_from(r: CommentRow) -> Result<Self, StoreError> {
        Ok(ReviewComment {
            id: Uuid::from_str(&r.id).map_err(|_| bad("id", &r.id))?,
            version_id: Uuid::from_str(&r.version_id).map_err(|_| bad("id", &r.version_id))?,
            quote: r.quote,
            body: r.body,
            author: r.author_id.as_deref().map(|a| a.parse().map_err(|_| bad("id", a))).transpose()?,
            author_name: r.author_name,
            created_at: from_ms(r.created_at),
            resolved_at: r.resolved_at.map(from_ms),
        })
    }
}

const VERSION_COLUMNS: &str =
    "id, article_id, lang, number, status, title, summary, body, related, author_id, created_at, published_at";

#[async_trait::async_trait]
impl KennisbankStore for SqliteStore {
    async fn kb_import(&self, c: &ContentSet, ctx: AuditContext) -> StoreResult<bool> {
        let mut tx = self.writer.begin().await?;
        let (existing,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM kb_articles").fetch_one(&mut *tx).await?;
        if existing > 0 {
            return Ok(false);
        }
        for t in &c.tiles {
            sqlx::query(
                "INSERT INTO kb_tiles (id, position, title_nl, intro_nl, title_en, intro_en) VALUES (?, ?, ?, ?, ?, ?)",
            )
            .bind(&t.id)
            .bind(t.order)
            .bind(&t.nl.title)
            .bind(&t.nl.intro)
            .bind(&t.en.title)
            .bind(&t.en.intro)
            .execute(&mut *tx)
            .await?;
        }
        for t in &c.terms {
            sqlx::query(
                "INSERT INTO kb_terms (id, article_id, term_nl, definition_nl, term_en, definition_en) VALUES (?, ?, ?, ?, ?, ?)",
            )
            .bind(&t.id)
            .bind(&t.article)
            .bind(&t.nl.term)
            .bind(&t.nl.definition)
            .bind(&t.en.term)
            .bind(&t.en.definition)
            .execute(&mut *tx)
            .await?;
        }
        let now = ms(Utc::now());
        for a in &c.articles {
            sqlx::query("INSERT INTO kb_articles (id, tile_id, position) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING")
                .bind(&a.id)
                .bind(&a.tile)
                .bind(a.order)
                .execute(&mut *tx)
                .await?;
            sqlx::query(&format!(
                "INSERT INTO kb_versions ({VERSION_COLUMNS}) VALUES (?, ?, ?, 1, 'published', ?, ?, ?, ?, NULL, ?, ?)"
            ))
            .bind(Uuid::now_v7().to_string())
            .bind(&a.id)
            .bind(a.lang.as_str())
            .bind(&a.title)
            .bind(&a.summary)
            .bind(&a.body)
            .bind(join_related(&a.related))
            .bind(now)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        }
        audit(&mut tx, &ctx.entry(AuditAction::ContentImported, "kennisbank", None)).await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn kb_tiles(&self) -> StoreResult<Vec<Tile>> {
        let rows: Vec<(String, i32, String, String, String, String)> = sqlx::query_as(
            "SELECT id, position, title_nl, intro_nl, title_en, intro_en FROM kb_tiles ORDER BY position, id",
        )
        .fetch_all(&self.reader)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(id, order, tn, inl, te, ie)| Tile {
                id,
                order,
                nl: LangText { title: tn, intro: inl },
                en: LangText { title: te, intro: ie },
            })
            .collect())
    }

    async fn kb_terms(&self) -> StoreResult<Vec<Term>> {
        let rows: Vec<(String, Option<String>, String, String, String, String)> = sqlx::query_as(
            "SELECT id, article_id, term_nl, definition_nl, term_en, definition_en FROM kb_terms ORDER BY term_nl",
        )
        .fetch_all(&self.reader)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(id, article, tn, dn, te, de)| Term {
                id,
                article,
                nl: TermText { term: tn, definition: dn },
                en: TermText { term: te, definition: de },
            })
            .collect())
    }

    async fn kb_articles(&self) -> StoreResult<Vec<KbArticle>> {
        let rows: Vec<(String, String, i32, i64)> =
            sqlx::query_as("SELECT id, tile_id, position, views FROM kb_articles ORDER BY tile_id, position, id")
                .fetch_all(&self.reader)
                .await?;
        Ok(rows.into_iter().map(|(id, tile, position, views)| KbArticle { id, tile, position, views }).collect())
    }

    async fn kb_published(&self) -> StoreResult<Vec<ArticleVersion>> {
        let rows: Vec<VersionRow> = sqlx::query_as(&format!(
            "SELECT {VERSION_COLUMNS} FROM kb_versions WHERE status = 'published' ORDER BY article_id, lang"
        ))
        .fetch_all(&self.reader)
        .await?;
        rows.into_iter().map(TryInto::try_into).collect()
    }

    async fn kb_add_views(&self, views: &[(String, i64)]) -> StoreResult<()> {
        let mut tx = self.writer.begin().await?;
        for (id, n) in views {
            sqlx::query("UPDATE kb_articles SET views = views + ? WHERE id = ?")
                .bind(n)
                .bind(id)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn kb_versions(&self, article_id: &str, lang: Lang) -> StoreResult<Vec<ArticleVersion>> {
        let rows: Vec<VersionRow> = sqlx::query_as(&format!(
            "SELECT {VERSION_COLUMNS} FROM kb_versions WHERE article_id = ? AND lang = ? ORDER BY number DESC"
        ))
        .bind(article_id)
        .bind(lang.as_str())
        .fetch_all(&self.reader)
        .await?;
        rows.into_iter().map(TryInto::try_into).collect()
    }

    async fn kb_version(&self, id: Uuid) -> StoreResult<Option<ArticleVersion>> {
        let row: Option<VersionRow> =
            sqlx::query_as(&format!("SELECT {VERSION_COLUMNS} FROM kb_versions WHERE id = ?"))
                .bind(id.to_string())
                .fetch_optional(&self.reader)
                .await?;
        row.map(TryInto::try_into).transpose()
    }

    async fn kb_save_version(&self, new: NewVersion, ctx: AuditContext) -> StoreResult<ArticleVersion> {
        let mut tx = self.writer.begin().await?;
        let (next,): (i32,) =
            sqlx::query_as("SELECT COALESCE(MAX(number), 0) + 1 FROM kb_versions WHERE article_id = ? AND lang = ?")
                .bind(&new.article_id)
                .bind(new.lang.as_str())
                .fetch_one(&mut *tx)
                .await?;
        let id = Uuid::now_v7();
        sqlx::query(&format!(
            "INSERT INTO kb_versions ({VERSION_COLUMNS}) VALUES (?, ?, ?, ?, 'concept', ?, ?, ?, ?, ?, ?, NULL)"
        ))
        .bind(id.to_string())
        .bind(&new.article_id)
        .bind(new.lang.as_str())
        .bind(next)
        .bind(&new.text.title)
        .bind(&new.text.summary)
        .bind(&new.text.body)
        .bind(join_related(&new.text.related))
        .bind(ctx.actor.map(|a| a.to_string()))
        .bind(ms(Utc::now()))
        .execute(&mut *tx)
        .await?;
        audit(&mut tx, &ctx.entry(AuditAction::ArticleVersionSaved, "article", Some(new.article_id.clone()))).await?;
        tx.commit().await?;
        self.kb_version(id).await?.ok_or(StoreError::NotFound("version".into()))
    }

    async fn kb_change_status(&self, id: Uuid, to: ArticleStatus, ctx: AuditContext) -> StoreResult<ArticleVersion> {
        let mut tx = self.writer.begin().await?;
        let row: Option<(String, String, String)> =
            sqlx::query_as("SELECT article_id, lang, status FROM kb_versions WHERE id = ?")
                .bind(id.to_string())
                .fetch_optional(&mut *tx)
                .await?;
        let (article_id, lang, status) = row.ok_or(StoreError::NotFound("version".into()))?;
        let from = ArticleStatus::parse(&status).ok_or_else(|| bad("status", &status))?;
        if !from.may_become(to) {
            return Err(StoreError::Conflict(format!("{} cannot become {}", from.as_str(), to.as_str())));
        }
        let now = ms(Utc::now());
        if to == ArticleStatus::Published {
            sqlx::query("UPDATE kb_versions SET status = 'superseded' WHERE article_id = ? AND lang = ? AND status = 'published'")
                .bind(&article_id)
                .bind(&lang)
                .execute(&mut *tx)
                .await?;
            sqlx::query("UPDATE kb_versions SET status = 'published', published_at = ? WHERE id = ?")
                .bind(now)
                .bind(id.to_string())
                .execute(&mut *tx)
                .await?;
        } else {
            sqlx::query("UPDATE kb_versions SET status = ? WHERE id = ?")
                .bind(to.as_str())
                .bind(id.to_string())
                .execute(&mut *tx)
                .await?;
        }
        audit(&mut tx, &ctx.entry(AuditAction::ArticleStatusChanged, "article", Some(article_id))).await?;
        tx.commit().await?;
        self.kb_version(id).await?.ok_or(StoreError::NotFound("version".into()))
    }

    async fn kb_add_comment(&self, new: NewComment, ctx: AuditContext) -> StoreResult<ReviewComment> {
        let mut tx = self.writer.begin().await?;
        let id = Uuid::now_v7();
        sqlx::query(
            "INSERT INTO kb_comments (id, version_id, quote, body, author_id, created_at) VALUES (?, ?, ?, ?, ?, ?)",
        )
        .bind(id.to_string())
        .bind(new.version_id.to_string())
        .bind(&new.quote)
        .bind(&new.body)
        .bind(ctx.actor.map(|a| a.to_string()))
        .bind(ms(Utc::now()))
        .execute(&mut *tx)
        .await?;
        audit(
            &mut tx,
            &ctx.entry(AuditAction::ReviewCommentAdded, "article_version", Some(new.version_id.to_string())),
        )
        .await?;
        tx.commit().await?;
        let all = self.kb_comments(new.version_id).await?;
        all.into_iter().find(|c| c.id == id).ok_or(StoreError::NotFound("comment".into()))
    }

    async fn kb_comments(&self, version_id: Uuid) -> StoreResult<Vec<ReviewComment>> {
        let rows: Vec<CommentRow> = sqlx::query_as(
            "SELECT c.id, c.version_id, c.quote, c.body, c.author_id, u.name AS author_name, c.created_at, c.resolved_at
             FROM kb_comments c LEFT JOIN users u ON u.id = c.author_id WHERE c.version_id = ? ORDER BY c.created_at, c.id",
        )
        .bind(version_id.to_string())
        .fetch_all(&self.reader)
        .await?;
        rows.into_iter().map(TryInto::try_into).collect()
    }

    async fn kb_resolve_comment(&self, id: Uuid, ctx: AuditContext) -> StoreResult<()> {
        let mut tx = self.writer.begin().await?;
        let done = sqlx::query("UPDATE kb_comments SET resolved_at = ? WHERE id = ? AND resolved_at IS NULL")
            .bind(ms(Utc::now()))
            .bind(id.to_string())
            .execute(&mut *tx)
            .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound("open comment".into()));
        }
        audit(&mut tx, &ctx.entry(AuditAction::ReviewCommentResolved, "review_comment", Some(id.to_string()))).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn kb_add_feedback(&self, new: NewFeedback) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO kb_feedback (id, article_id, lang, helpful, comment, created_at) VALUES (?, ?, ?, ?, ?, ?)",
        )
        .bind(Uuid::now_v7().to_string())
        .bind(&new.article_id)
        .bind(new.lang.as_str())
        .bind(new.helpful)
        .bind(&new.comment)
        .bind(ms(Utc::now()))
        .execute(&self.writer)
        .await?;
        Ok(())
    }

    async fn kb_feedback(&self) -> StoreResult<Vec<Feedback>> {
        let rows: Vec<(String, String, String, bool, Option<String>, i64)> = sqlx::query_as(
            "SELECT id, article_id, lang, helpful, comment, created_at FROM kb_feedback ORDER BY created_at DESC, id DESC",
        )
        .fetch_all(&self.reader)
        .await?;
        rows.into_iter()
            .map(|(id, article_id, lang, helpful, comment, at)| {
                Ok(Feedback {
                    id: Uuid::from_str(&id).map_err(|_| bad("id", &id))?,
                    article_id,
                    lang: Lang::parse(&lang).ok_or_else(|| bad("lang", &lang))?,
                    helpful,
                    comment,
                    created_at: from_ms(at),
                })
            })
            .collect()
    }

    async fn kb_content_version(&self) -> StoreResult<i64> {
        let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM kb_versions WHERE published_at IS NOT NULL")
            .fetch_one(&self.reader)
            .await?;
        Ok(n)
    }
}
