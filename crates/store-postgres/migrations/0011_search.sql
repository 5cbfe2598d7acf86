-- Search: each article version's search words ("zoekwoorden", one per line), the
-- synonym groups editors add to the shipped ones (one row; revision grows with each save,
-- so every instance rebuilds its search index), and per ISO week the searches that found
-- nothing or were followed by another search: the query text and two counts, nothing else
-- (no person, no address).

ALTER TABLE kb_versions ADD COLUMN keywords TEXT NOT NULL DEFAULT '';

CREATE TABLE kb_synonyms (
    id        TEXT PRIMARY KEY,
    groups    TEXT NOT NULL,
    revision  INTEGER NOT NULL
);

CREATE TABLE kb_search_misses (
    week            TEXT NOT NULL,
    query           TEXT NOT NULL,
    found_nothing   INTEGER NOT NULL,
    searched_again  INTEGER NOT NULL,
    PRIMARY KEY (week, query)
);
