-- Documents in a file. A save adds a numbered version and never changes one; records
-- (the talk with the parents, their agreement, the pupil's view, evaluations) name the
-- version they are about. Content and bodies are JSON written by the domain's types.

CREATE TABLE documents (
    id          UUID PRIMARY KEY,
    traject_id  UUID NOT NULL REFERENCES trajecten (id),
    kind        TEXT NOT NULL,
    title       TEXT NOT NULL,
    created_by  UUID NOT NULL REFERENCES users (id),
    created_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX documents_traject ON documents (traject_id);

CREATE TABLE document_versions (
    document_id  UUID NOT NULL REFERENCES documents (id),
    traject_id   UUID NOT NULL REFERENCES trajecten (id),
    number       INTEGER NOT NULL,
    content      TEXT NOT NULL,
    saved_by     UUID NOT NULL REFERENCES users (id),
    saved_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (document_id, number)
);

CREATE TABLE document_records (
    id           UUID PRIMARY KEY,
    document_id  UUID NOT NULL REFERENCES documents (id),
    traject_id   UUID NOT NULL REFERENCES trajecten (id),
    version      INTEGER NOT NULL,
    kind         TEXT NOT NULL,
    body         TEXT NOT NULL,
    by_user      UUID NOT NULL REFERENCES users (id),
    at           TIMESTAMPTZ NOT NULL
);
CREATE INDEX document_records_document ON document_records (document_id);
