-- The knowledge base: tiles, glossary, articles and their versions, reviewers' comments,
-- and readers' anonymous feedback (no user, no address: only the answer).

CREATE TABLE kb_tiles (
    id        TEXT PRIMARY KEY,
    position  INTEGER NOT NULL,
    title_nl  TEXT NOT NULL,
    intro_nl  TEXT NOT NULL,
    title_en  TEXT NOT NULL,
    intro_en  TEXT NOT NULL
);

CREATE TABLE kb_terms (
    id             TEXT PRIMARY KEY,
    article_id     TEXT,
    term_nl        TEXT NOT NULL,
    definition_nl  TEXT NOT NULL,
    term_en        TEXT NOT NULL,
    definition_en  TEXT NOT NULL
);

CREATE TABLE kb_articles (
    id        TEXT PRIMARY KEY,
    tile_id   TEXT NOT NULL REFERENCES kb_tiles (id),
    position  INTEGER NOT NULL,
    views     BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE kb_versions (
    id            UUID PRIMARY KEY,
    article_id    TEXT NOT NULL REFERENCES kb_articles (id),
    lang          TEXT NOT NULL CHECK (lang IN ('nl', 'en')),
    number        INTEGER NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('concept', 'in_review', 'published', 'superseded')),
    title         TEXT NOT NULL,
    summary       TEXT NOT NULL,
    body          TEXT NOT NULL,
    related       TEXT NOT NULL,
    author_id     UUID,
    created_at    TIMESTAMPTZ NOT NULL,
    published_at  TIMESTAMPTZ,
    UNIQUE (article_id, lang, number)
);
CREATE INDEX kb_versions_status ON kb_versions (status);

CREATE TABLE kb_comments (
    id           UUID PRIMARY KEY,
    version_id   UUID NOT NULL REFERENCES kb_versions (id),
    quote        TEXT NOT NULL,
    body         TEXT NOT NULL,
    author_id    UUID,
    created_at   TIMESTAMPTZ NOT NULL,
    resolved_at  TIMESTAMPTZ
);
CREATE INDEX kb_comments_version ON kb_comments (version_id);

CREATE TABLE kb_feedback (
    id          UUID PRIMARY KEY,
    article_id  TEXT NOT NULL REFERENCES kb_articles (id),
    lang        TEXT NOT NULL,
    helpful     BOOLEAN NOT NULL,
    comment     TEXT,
    created_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX kb_feedback_article ON kb_feedback (article_id);
