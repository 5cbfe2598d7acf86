-- Search: each article version's search words ("zoekwoorden", one per line), and the
-- synonym groups editors add to the shipped ones (one row; revision grows with each save,
-- so every instance rebuilds its search index).

ALTER TABLE kb_versions ADD COLUMN keywords TEXT NOT NULL DEFAULT '';

CREATE TABLE kb_synonyms (
    id        TEXT PRIMARY KEY,
    groups    TEXT NOT NULL,
    revision  INTEGER NOT NULL
);
