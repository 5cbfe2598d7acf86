//! The knowledge base: the bodies of the `kb_*` Store methods.

use crate::{Backend, Col, Day, Id, SqlStore, Time, audit, bad};
use samenspoor_domain::kennisbank::ArticleStatus;
use samenspoor_domain::{AuditAction, Lang, UserId};
use samenspoor_store::*;
use uuid::Uuid;

#[derive(sqlx::FromRow)]
struct VersionRow {
    id: Id,
    article_id: String,
    lang: String,
    number: i32,
    status: String,
    title: String,
    summary: String,
    body: String,
    related: String,
    keywords: String,
    author_id: Option<Id>,
    created_at: Time,
    published_at: Option<Time>,
}

impl TryFrom<VersionRow> for ArticleVersion {
    type Error = StoreError;
    fn try_from(r: VersionRow) -> Result<Self, StoreError> {
        Ok(ArticleVersion {
            id: r.id.0,
            article_id: r.article_id,
            lang: Lang::parse(&r.lang).ok_or_else(|| bad("lang", &r.lang))?,
            number: r.number,
            status: ArticleStatus::parse(&r.status).ok_or_else(|| bad("status", &r.status))?,
            title: r.title,
            summary: r.summary,
            body: r.body,
            related: split_related(&r.related),
            keywords: split_related(&r.keywords),
            author: r.author_id.map(|a| UserId(a.0)),
            created_at: r.created_at.0,
            published_at: r.published_at.map(|t| t.0),
        })
    }
}

#[derive(sqlx::FromRow)]
struct CommentRow {
    id: Id,
    version_id: Id,
    quote: String,
    body: String,
    author_id: Option<Id>,
    author_name: Option<String>,
    created_at: Time,
    resolved_at: Option<Time>,
}

impl TryFrom<CommentRow> for ReviewComment {
    type Error = StoreError;
    fn try_from(r: CommentRow) -> Result<Self, StoreError> {
        Ok(ReviewComment {
            id: r.id.0,
            version_id: r.version_id.0,
            quote: r.quote,
            body: r.body,
            author: r.author_id.map(|a| UserId(a.0)),
            author_name: r.author_name,
            created_at: r.created_at.0,
            resolved_at: r.resolved_at.map(|t| t.0),
        })
    }
}

macro_rules! version_columns {
    () => {
        "id, article_id, lang, number, status, title, summary, body, related, keywords, author_id, created_at, published_at"
    };
}
const VERSION_COLUMNS: &str = version_columns!();

/// A page of published versions in one language, after an article id (see `plans`).
pub(crate) const PUBLISHED_PAGE: &str = concat!(
    "SELECT ",
    version_columns!(),
    " FROM kb_versions WHERE status = 'published' AND lang = $1 AND article_id > $2 ORDER BY article_id LIMIT $3"
);

#[async_trait::async_trait]
impl<DB> KennisbankStore for SqlStore<DB>
where
    DB: Backend,
    for<'c> &'c mut DB::Connection: sqlx::Executor<'c, Database = DB>,
    for<'q> DB::Arguments<'q>: sqlx::IntoArguments<'q, DB>,
    for<'a> &'a str: sqlx::Encode<'a, DB> + sqlx::Type<DB> + sqlx::ColumnIndex<DB::Row>,
    usize: sqlx::ColumnIndex<DB::Row>,
    String: Col<DB>,
    Option<String>: Col<DB>,
    i32: Col<DB>,
    i64: Col<DB>,
    bool: Col<DB>,
    Id: Col<DB>,
    Option<Id>: Col<DB>,
    Time: Col<DB>,
    Option<Time>: Col<DB>,
    Day: Col<DB>,
{
    async fn kb_import(&self, c: &ContentSet, ctx: AuditContext) -> StoreResult<bool> {
        let (existing,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM kb_articles").fetch_one(&self.writer).await?;
        if existing > 0 {
            return Ok(false);
        }
        // On an empty knowledge base, bringing the shipped content up to date adds all of it.
        self.kb_update_shipped(c, ctx).await?;
        Ok(true)
    }

    async fn kb_update_shipped(&self, c: &ContentSet, ctx: AuditContext) -> StoreResult<usize> {
        let mut tx = self.writer.begin().await?;
        for t in &c.tiles {
            sqlx::query("INSERT INTO kb_tiles (id, position, title_nl, intro_nl, title_en, intro_en) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING")
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
                "INSERT INTO kb_terms (id, article_id, term_nl, definition_nl, term_en, definition_en) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING",
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
        let now = Time::now();
        let mut added = 0;
        for a in &c.articles {
            sqlx::query(
                "INSERT INTO kb_articles (id, tile_id, position) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING",
            )
            .bind(&a.id)
            .bind(&a.tile)
            .bind(a.order)
            .execute(&mut *tx)
            .await?;
            let versions: Vec<VersionRow> = sqlx::query_as(&format!(
                "SELECT {VERSION_COLUMNS} FROM kb_versions WHERE article_id = $1 AND lang = $2 ORDER BY number DESC"
            ))
            .bind(&a.id)
            .bind(a.lang.as_str())
            .fetch_all(&mut *tx)
            .await?;
            let shipped_only = versions.iter().all(|v| v.author_id.is_none());
            let same = versions.first().is_some_and(|v| {
                v.title == a.title
                    && v.summary == a.summary
                    && v.body == a.body
                    && split_related(&v.related) == a.related
                    && split_related(&v.keywords) == a.keywords
            });
            if !shipped_only || same {
                continue;
            }
            sqlx::query(
                "UPDATE kb_versions SET status = 'superseded' WHERE article_id = $1 AND lang = $2 AND status = 'published'",
            )
            .bind(&a.id)
            .bind(a.lang.as_str())
            .execute(&mut *tx)
            .await?;
            sqlx::query(&format!(
                "INSERT INTO kb_versions ({VERSION_COLUMNS}) VALUES ($1, $2, $3, $4, 'published', $5, $6, $7, $8, $9, NULL, $10, $11)"
            ))
            .bind(Id::v7())
            .bind(&a.id)
            .bind(a.lang.as_str())
            .bind(versions.first().map_or(1, |v| v.number + 1))
            .bind(&a.title)
            .bind(&a.summary)
            .bind(&a.body)
            .bind(join_related(&a.related))
            .bind(join_related(&a.keywords))
            .bind(now)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            added += 1;
        }
        if added > 0 {
            audit(&mut tx, &ctx.entry(AuditAction::ContentImported, "kennisbank", None)).await?;
        }
        tx.commit().await?;
        Ok(added)
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

    async fn kb_published_heads(&self) -> StoreResult<Vec<ArticleHead>> {
        let columns = VERSION_COLUMNS.replace(" body,", " '' AS body,");
        let rows: Vec<VersionRow> = sqlx::query_as(&format!(
            "SELECT {columns} FROM kb_versions WHERE status = 'published' ORDER BY article_id, lang"
        ))
        .fetch_all(&self.reader)
        .await?;
        rows.into_iter().map(|r| ArticleVersion::try_from(r).map(ArticleHead::from)).collect()
    }

    async fn kb_published_page(&self, lang: Lang, after: &str, limit: u32) -> StoreResult<Vec<ArticleVersion>> {
        let rows: Vec<VersionRow> = sqlx::query_as(PUBLISHED_PAGE)
            .bind(lang.as_str())
            .bind(after)
            .bind(i64::from(limit))
            .fetch_all(&self.reader)
            .await?;
        rows.into_iter().map(TryInto::try_into).collect()
    }

    async fn kb_add_views(&self, views: &[(String, i64)]) -> StoreResult<()> {
        let mut tx = self.writer.begin().await?;
        for (id, n) in views {
            sqlx::query("UPDATE kb_articles SET views = views + $1 WHERE id = $2")
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
            "SELECT {VERSION_COLUMNS} FROM kb_versions WHERE article_id = $1 AND lang = $2 ORDER BY number DESC"
        ))
        .bind(article_id)
        .bind(lang.as_str())
        .fetch_all(&self.reader)
        .await?;
        rows.into_iter().map(TryInto::try_into).collect()
    }

    async fn kb_version(&self, id: Uuid) -> StoreResult<Option<ArticleVersion>> {
        let row: Option<VersionRow> =
            sqlx::query_as(&format!("SELECT {VERSION_COLUMNS} FROM kb_versions WHERE id = $1"))
                .bind(Id(id))
                .fetch_optional(&self.reader)
                .await?;
        row.map(TryInto::try_into).transpose()
    }

    async fn kb_save_version(&self, new: NewVersion, ctx: AuditContext) -> StoreResult<ArticleVersion> {
        let mut tx = self.writer.begin().await?;
        let (next,): (i32,) =
            sqlx::query_as("SELECT COALESCE(MAX(number), 0) + 1 FROM kb_versions WHERE article_id = $1 AND lang = $2")
                .bind(&new.article_id)
                .bind(new.lang.as_str())
                .fetch_one(&mut *tx)
                .await?;
        let id = Uuid::now_v7();
        sqlx::query(&format!(
            "INSERT INTO kb_versions ({VERSION_COLUMNS}) VALUES ($1, $2, $3, $4, 'concept', $5, $6, $7, $8, $9, $10, $11, NULL)"
        ))
        .bind(Id(id))
        .bind(&new.article_id)
        .bind(new.lang.as_str())
        .bind(next)
        .bind(&new.text.title)
        .bind(&new.text.summary)
        .bind(&new.text.body)
        .bind(join_related(&new.text.related))
        .bind(join_related(&new.text.keywords))
        .bind(ctx.actor.map(Id::from))
        .bind(Time::now())
        .execute(&mut *tx)
        .await?;
        audit(&mut tx, &ctx.entry(AuditAction::ArticleVersionSaved, "article", Some(new.article_id.clone()))).await?;
        tx.commit().await?;
        self.kb_version(id).await?.ok_or(StoreError::NotFound("version".into()))
    }

    async fn kb_change_status(&self, id: Uuid, to: ArticleStatus, ctx: AuditContext) -> StoreResult<ArticleVersion> {
        let mut tx = self.writer.begin().await?;
        let row: Option<(String, String, String)> =
            sqlx::query_as("SELECT article_id, lang, status FROM kb_versions WHERE id = $1")
                .bind(Id(id))
                .fetch_optional(&mut *tx)
                .await?;
        let (article_id, lang, status) = row.ok_or(StoreError::NotFound("version".into()))?;
        let from = ArticleStatus::parse(&status).ok_or_else(|| bad("status", &status))?;
        if !from.may_become(to) {
            return Err(StoreError::Conflict(format!("{} cannot become {}", from.as_str(), to.as_str())));
        }
        let now = Time::now();
        if to == ArticleStatus::Published {
            sqlx::query("UPDATE kb_versions SET status = 'superseded' WHERE article_id = $1 AND lang = $2 AND status = 'published'")
                .bind(&article_id)
                .bind(&lang)
                .execute(&mut *tx)
                .await?;
            sqlx::query("UPDATE kb_versions SET status = 'published', published_at = $1 WHERE id = $2")
                .bind(now)
                .bind(Id(id))
                .execute(&mut *tx)
                .await?;
        } else {
            sqlx::query("UPDATE kb_versions SET status = $1 WHERE id = $2")
                .bind(to.as_str())
                .bind(Id(id))
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
        sqlx::query("INSERT INTO kb_comments (id, version_id, quote, body, author_id, created_at) VALUES ($1, $2, $3, $4, $5, $6)")
            .bind(Id(id))
            .bind(Id(new.version_id))
            .bind(&new.quote)
            .bind(&new.body)
            .bind(ctx.actor.map(Id::from))
            .bind(Time::now())
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
             FROM kb_comments c LEFT JOIN users u ON u.id = c.author_id WHERE c.version_id = $1 ORDER BY c.created_at, c.id",
        )
        .bind(Id(version_id))
        .fetch_all(&self.reader)
        .await?;
        rows.into_iter().map(TryInto::try_into).collect()
    }

    async fn kb_resolve_comment(&self, id: Uuid, ctx: AuditContext) -> StoreResult<()> {
        let mut tx = self.writer.begin().await?;
        let done = sqlx::query("UPDATE kb_comments SET resolved_at = $1 WHERE id = $2 AND resolved_at IS NULL")
            .bind(Time::now())
            .bind(Id(id))
            .execute(&mut *tx)
            .await?;
        if DB::rows_affected(&done) == 0 {
            return Err(StoreError::NotFound("open comment".into()));
        }
        audit(&mut tx, &ctx.entry(AuditAction::ReviewCommentResolved, "review_comment", Some(id.to_string()))).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn kb_add_feedback(&self, new: NewFeedback) -> StoreResult<()> {
        sqlx::query("INSERT INTO kb_feedback (id, article_id, lang, helpful, comment, created_at) VALUES ($1, $2, $3, $4, $5, $6)")
            .bind(Id::v7())
            .bind(&new.article_id)
            .bind(new.lang.as_str())
            .bind(new.helpful)
            .bind(&new.comment)
            .bind(Time::now())
            .execute(&self.writer)
            .await?;
        Ok(())
    }

    async fn kb_feedback(&self) -> StoreResult<Vec<Feedback>> {
        let rows: Vec<(Id, String, String, bool, Option<String>, Time)> = sqlx::query_as(
            "SELECT id, article_id, lang, helpful, comment, created_at FROM kb_feedback ORDER BY created_at DESC, id DESC",
        )
        .fetch_all(&self.reader)
        .await?;
        rows.into_iter()
            .map(|(id, article_id, lang, helpful, comment, at)| {
                Ok(Feedback {
                    id: id.0,
                    article_id,
                    lang: Lang::parse(&lang).ok_or_else(|| bad("lang", &lang))?,
                    helpful,
                    comment,
                    created_at: at.0,
                })
            })
            .collect()
    }

    async fn kb_content_version(&self) -> StoreResult<i64> {
        let (n,): (i64,) = sqlx::query_as(
            "SELECT (SELECT COUNT(*) FROM kb_versions WHERE published_at IS NOT NULL) \
             + (SELECT COALESCE(SUM(revision), 0) FROM kb_synonyms)",
        )
        .fetch_one(&self.reader)
        .await?;
        Ok(n)
    }

    async fn kb_synonyms(&self) -> StoreResult<Vec<Vec<String>>> {
        let row: Option<(String,)> =
            sqlx::query_as("SELECT groups FROM kb_synonyms WHERE id = 'editors'").fetch_optional(&self.reader).await?;
        let text = row.map(|(g,)| g).unwrap_or_default();
        samenspoor_domain::kennisbank::synonyms::parse(&text).map_err(|e| bad("synonyms", e.key))
    }

    async fn kb_count_search(&self, week: &str, query: &str, outcome: SearchOutcome) -> StoreResult<()> {
        let (nothing, followed) = match outcome {
            SearchOutcome::Nothing => (1i32, 0i32),
            SearchOutcome::Followed => (0, 1),
        };
        sqlx::query(
            "INSERT INTO kb_search_misses (week, query, found_nothing, searched_again) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (week, query) DO UPDATE SET found_nothing = kb_search_misses.found_nothing + $3, \
             searched_again = kb_search_misses.searched_again + $4",
        )
        .bind(week)
        .bind(query)
        .bind(nothing)
        .bind(followed)
        .execute(&self.writer)
        .await?;
        Ok(())
    }

    async fn kb_search_misses(&self, weeks: usize) -> StoreResult<Vec<SearchMiss>> {
        let rows: Vec<(String, String, i32, i32)> = sqlx::query_as(
            "SELECT week, query, found_nothing, searched_again FROM kb_search_misses \
             WHERE week IN (SELECT DISTINCT week FROM kb_search_misses ORDER BY week DESC LIMIT $1) \
             ORDER BY week DESC, found_nothing + searched_again DESC, query",
        )
        .bind(weeks as i64)
        .fetch_all(&self.reader)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(week, query, nothing, followed)| SearchMiss {
                week,
                query,
                nothing: nothing.into(),
                followed: followed.into(),
            })
            .collect())
    }

    async fn kb_save_synonyms(&self, groups: &[Vec<String>], ctx: AuditContext) -> StoreResult<()> {
        let text = samenspoor_domain::kennisbank::synonyms::render(groups);
        let mut tx = self.writer.begin().await?;
        sqlx::query(
            "INSERT INTO kb_synonyms (id, groups, revision) VALUES ('editors', $1, 1) \
             ON CONFLICT (id) DO UPDATE SET groups = $1, revision = kb_synonyms.revision + 1",
        )
        .bind(&text)
        .execute(&mut *tx)
        .await?;
        audit(&mut tx, &ctx.entry(AuditAction::SynonymsSaved, "synonyms", None)).await?;
        tx.commit().await?;
        Ok(())
    }
}
