//! Test data of a given size, written straight into a migrated database with multi-row
//! INSERTs: articles, organisations of the directory, and trajecten of other families
//! (each with a participant and ten timeline events), plus one family whose parent the
//! benchmark signs in as.

use anyhow::Result;
use chrono::{Duration, Utc};
use sqlx::{PgPool, SqlitePool};
use uuid::Uuid;

pub enum Db {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

impl Db {
    async fn exec(&self, sql: &str) -> Result<()> {
        match self {
            Db::Sqlite(p) => _ = sqlx::raw_sql(sql).execute(p).await?,
            Db::Postgres(p) => _ = sqlx::raw_sql(sql).execute(p).await?,
        }
        Ok(())
    }

    /// A time as this database stores it.
    fn time(&self, minutes_ago: i64) -> String {
        let t = Utc::now() - Duration::minutes(minutes_ago);
        match self {
            Db::Sqlite(_) => t.timestamp_millis().to_string(),
            Db::Postgres(_) => format!("'{}'", t.to_rfc3339()),
        }
    }

    /// Runs INSERTs of many rows, a thousand at a time, in one transaction.
    async fn insert(&self, head: &str, rows: impl Iterator<Item = String>) -> Result<()> {
        let rows: Vec<String> = rows.collect();
        let mut sql = String::from("BEGIN;\n");
        for chunk in rows.chunks(1000) {
            sql.push_str(&format!("{head} VALUES {};\n", chunk.join(",")));
        }
        sql.push_str("COMMIT;");
        self.exec(&sql).await
    }
}

fn q(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

pub struct Family {
    pub traject: Uuid,
    /// The parent's session.
    pub session_token: String,
    /// The school's coordinator in the same file: her session and participant id.
    pub coordinator_token: String,
    pub coordinator_participant: Uuid,
    pub parent_participant: Uuid,
}

/// `articles` articles (shipped ones repeated with a number), `organisations` directory
/// entries, and `trajecten` files of other families; returns the benchmark's own family.
pub async fn generate(db: &Db, articles: usize, organisations: usize, trajecten: usize) -> Result<Family> {
    let shipped = samenspoor_web::content::kennisbank().map_err(|p| anyhow::anyhow!("{p:?}"))?;
    let now = db.time(0);
    db.insert(
        "INSERT INTO kb_tiles (id, position, title_nl, intro_nl, title_en, intro_en)",
        shipped.tiles.iter().map(|t| {
            format!(
                "({}, {}, {}, {}, {}, {})",
                q(&t.id),
                t.order,
                q(&t.nl.title),
                q(&t.nl.intro),
                q(&t.en.title),
                q(&t.en.intro)
            )
        }),
    )
    .await?;
    let per_round = shipped.articles.len() / 2;
    let sources: Vec<_> = shipped.articles.iter().filter(|a| a.lang == samenspoor_domain::Lang::Nl).collect();
    let mut article_rows = vec![];
    let mut version_rows = vec![];
    for i in 0..articles {
        let a = sources[i % per_round];
        let id = if i < per_round { a.id.clone() } else { format!("{}-{i}", a.id) };
        article_rows.push(format!("({}, {}, {})", q(&id), q(&a.tile), i));
        for lang in ["nl", "en"] {
            let title = if i < per_round { a.title.clone() } else { format!("{} ({i})", a.title) };
            version_rows.push(format!(
                "({}, {}, {}, 1, 'published', {}, {}, {}, '', NULL, {now}, {now})",
                q(&Uuid::now_v7().to_string()),
                q(&id),
                q(lang),
                q(&title),
                q(&a.summary),
                q(&a.body)
            ));
        }
    }
    db.insert("INSERT INTO kb_articles (id, tile_id, position)", article_rows.into_iter()).await?;
    db.insert(
        "INSERT INTO kb_versions (id, article_id, lang, number, status, title, summary, body, related, author_id, created_at, published_at)",
        version_rows.into_iter(),
    )
    .await?;

    let template = &samenspoor_web::content::directory()[2];
    db.insert(
        "INSERT INTO hw_organisations (id, level, position, data)",
        (0..organisations).map(|i| {
            let shipped = samenspoor_web::content::directory();
            let mut o = shipped.get(i).cloned().unwrap_or_else(|| template.clone());
            if i >= shipped.len() {
                o.id = format!("organisatie-{i}");
                o.level = (i % 5 + 1) as u8;
            }
            format!("({}, {}, {i}, {})", q(&o.id), o.level, q(&serde_json::to_string(&o).unwrap_or_default()))
        }),
    )
    .await?;

    // Other families: a parent invitation and ten timeline events each.
    let mut t_rows = vec![];
    let mut p_rows = vec![];
    let mut e_rows = vec![];
    for i in 0..trajecten {
        let id = Uuid::now_v7().to_string();
        t_rows.push(format!("({}, 'Kind', 'Nummer {i}', '2016-01-01', 'groep 5', NULL, 'plan', {now}, NULL)", q(&id)));
        p_rows.push(format!(
            "({}, {}, NULL, {}, 'parent', NULL, {now}, {now}, NULL, NULL)",
            q(&Uuid::now_v7().to_string()),
            q(&id),
            q(&format!("ouder{i}@voorbeeld.invalid"))
        ));
        for e in 0..10 {
            e_rows.push(format!(
                "({}, {}, {}, NULL, 'note', '{{}}')",
                q(&Uuid::now_v7().to_string()),
                q(&id),
                db.time(e)
            ));
        }
    }
    db.insert("INSERT INTO trajecten (id, child_first_name, child_last_name, child_date_of_birth, class_name, school_id, step, created_at, closed_at)", t_rows.into_iter()).await?;
    db.insert("INSERT INTO tr_participants (id, traject_id, user_id, email, role, token_hash, invited_at, expires_at, accepted_at, withdrawn_at)", p_rows.into_iter()).await?;
    db.insert("INSERT INTO tr_timeline (id, traject_id, at, actor_id, kind, detail)", e_rows.into_iter()).await?;

    // The benchmark's own family: a parent and the school's coordinator, each with a
    // session, in a file with ten events.
    let user = Uuid::now_v7().to_string();
    let coordinator = Uuid::now_v7().to_string();
    let traject = Uuid::now_v7();
    let (parent_participant, coordinator_participant) = (Uuid::now_v7(), Uuid::now_v7());
    let token = samenspoor_web::security::random_token();
    let coordinator_token = samenspoor_web::security::random_token();
    let later = db.time(-600);
    db.exec(&format!(
        "INSERT INTO users (id, email, name, role, is_demo, created_at) VALUES ({u}, 'bench.ouder@voorbeeld.invalid', 'Bench Ouder', 'parent', FALSE, {now});
         INSERT INTO users (id, email, name, role, is_demo, created_at) VALUES ({c}, 'bench.ib@voorbeeld.invalid', 'Bench Coördinator', 'coordinator', FALSE, {now});
         INSERT INTO sessions (session_hash, user_id, created_at, expires_at) VALUES ({h}, {u}, {now}, {later});
         INSERT INTO sessions (session_hash, user_id, created_at, expires_at) VALUES ({ch}, {c}, {now}, {later});
         INSERT INTO trajecten (id, child_first_name, child_last_name, child_date_of_birth, class_name, step, created_at) VALUES ({t}, 'Daan', 'Bench', '2017-03-14', 'groep 6', 'plan', {now});
         INSERT INTO tr_participants (id, traject_id, user_id, email, role, invited_at, expires_at, accepted_at) VALUES ({p}, {t}, {u}, 'bench.ouder@voorbeeld.invalid', 'parent', {now}, {now}, {now});
         INSERT INTO tr_participants (id, traject_id, user_id, email, role, invited_at, expires_at, accepted_at) VALUES ({cp}, {t}, {c}, 'bench.ib@voorbeeld.invalid', 'coordinator', {now}, {now}, {now});",
        u = q(&user),
        c = q(&coordinator),
        h = q(&samenspoor_web::security::hash_token(&token)),
        ch = q(&samenspoor_web::security::hash_token(&coordinator_token)),
        t = q(&traject.to_string()),
        p = q(&parent_participant.to_string()),
        cp = q(&coordinator_participant.to_string()),
    ))
    .await?;
    db.insert(
        "INSERT INTO tr_timeline (id, traject_id, at, actor_id, kind, detail)",
        (0..10).map(|e| {
            format!(
                "({}, {}, {}, {}, 'note', '{{}}')",
                q(&Uuid::now_v7().to_string()),
                q(&traject.to_string()),
                db.time(e),
                q(&user)
            )
        }),
    )
    .await?;
    // A database at rest, as after a normal stop: the bulk inserts' WAL is folded into the
    // database file, so start-up measures the server, not SQLite reading a large WAL.
    if let Db::Sqlite(_) = db {
        db.exec("PRAGMA wal_checkpoint(TRUNCATE)").await?;
    }
    Ok(Family { traject, session_token: token, coordinator_token, coordinator_participant, parent_participant })
}
