-- Documents in a file. A save adds a numbered version and never changes one; records
-- (the talk with the parents, their agreement, the pupil's view, evaluations) name the
-- version they are about. Content and bodies are JSON written by the domain's types.

CREATE TABLE documents (
    id          TEXT PRIMARY KEY,
    traject_id  TEXT NOT NULL REFERENCES trajecten (id),
    kind        TEXT NOT NULL,
    title       TEXT NOT NULL,
    created_by  TEXT NOT NULL REFERENCES users (id),
    created_at  INTEGER NOT NULL
);
CREATE INDEX documents_traject ON documents (traject_id);

CREATE TABLE document_versions (
    document_id  TEXT NOT NULL REFERENCES documents (id),
    traject_id   TEXT NOT NULL REFERENCES trajecten (id),
    number       INTEGER NOT NULL,
    content      TEXT NOT NULL,
    saved_by     TEXT NOT NULL REFERENCES users (id),
    saved_at     INTEGER NOT NULL,
    PRIMARY KEY (document_id, number)
);

CREATE TABLE document_records (
    id           TEXT PRIMARY KEY,
    document_id  TEXT NOT NULL REFERENCES documents (id),
    traject_id   TEXT NOT NULL REFERENCES trajecten (id),
    version      INTEGER NOT NULL,
    kind         TEXT NOT NULL,
    body         TEXT NOT NULL,
    by_user      TEXT NOT NULL REFERENCES users (id),
    at           INTEGER NOT NULL
);
CREATE INDEX document_records_document ON document_records (document_id);
