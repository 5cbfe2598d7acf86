-- The directory of help (each entry as JSON, in escalation order) and the versions of the
-- wizard's rules. The newest rule version is in force.

CREATE TABLE hw_organisations (
    id           TEXT PRIMARY KEY,
    level        INTEGER NOT NULL,
    position     INTEGER NOT NULL,
    data         TEXT NOT NULL,
    verified_on  TEXT
);

CREATE TABLE hw_rule_versions (
    id          TEXT PRIMARY KEY,
    number      INTEGER NOT NULL UNIQUE,
    rules       TEXT NOT NULL,
    author_id   TEXT,
    created_at  INTEGER NOT NULL
);
