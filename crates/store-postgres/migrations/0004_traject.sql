-- The shared file of a child's support route. The child's details live on the traject
-- itself, and every other row carries the traject's id, so one family's data stays together.

CREATE TABLE trajecten (
    id                   UUID PRIMARY KEY,
    child_first_name     TEXT NOT NULL,
    child_last_name      TEXT NOT NULL,
    child_date_of_birth  DATE NOT NULL,
    class_name           TEXT NOT NULL,
    school_id            UUID REFERENCES organisations (id),
    step                 TEXT NOT NULL,
    created_at           TIMESTAMPTZ NOT NULL,
    closed_at            TIMESTAMPTZ
);

CREATE TABLE tr_participants (
    id            UUID PRIMARY KEY,
    traject_id    UUID NOT NULL REFERENCES trajecten (id),
    user_id       UUID REFERENCES users (id),
    email         TEXT NOT NULL,
    role          TEXT NOT NULL,
    token_hash    TEXT UNIQUE,
    invited_at    TIMESTAMPTZ NOT NULL,
    expires_at    TIMESTAMPTZ NOT NULL,
    accepted_at   TIMESTAMPTZ,
    withdrawn_at  TIMESTAMPTZ
);
CREATE INDEX tr_participants_traject ON tr_participants (traject_id);
CREATE INDEX tr_participants_user ON tr_participants (user_id);

CREATE TABLE tr_ticks (
    traject_id  UUID NOT NULL REFERENCES trajecten (id),
    step        TEXT NOT NULL,
    item        TEXT NOT NULL,
    user_id     UUID,
    at          TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (traject_id, step, item)
);

CREATE TABLE tr_consents (
    id           UUID PRIMARY KEY,
    traject_id   UUID NOT NULL REFERENCES trajecten (id),
    kind         TEXT NOT NULL,
    subject      TEXT NOT NULL,
    purpose      TEXT NOT NULL,
    given_by     UUID NOT NULL,
    given_at     TIMESTAMPTZ NOT NULL,
    valid_until  TEXT,
    revoked_at   TIMESTAMPTZ,
    revoked_by   UUID
);
CREATE INDEX tr_consents_traject ON tr_consents (traject_id);

CREATE TABLE tr_notes (
    id          UUID PRIMARY KEY,
    traject_id  UUID NOT NULL REFERENCES trajecten (id),
    author_id   UUID NOT NULL,
    visibility  TEXT NOT NULL CHECK (visibility IN ('shared', 'private')),
    body        TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX tr_notes_traject ON tr_notes (traject_id);

CREATE TABLE tr_timeline (
    id          UUID PRIMARY KEY,
    traject_id  UUID NOT NULL REFERENCES trajecten (id),
    at          TIMESTAMPTZ NOT NULL,
    actor_id    UUID,
    kind        TEXT NOT NULL,
    detail      TEXT NOT NULL
);
CREATE INDEX tr_timeline_traject ON tr_timeline (traject_id, at);

-- What stays of a file after its retention period: only that it existed and was removed.
CREATE TABLE tr_deleted (
    id            UUID PRIMARY KEY,
    deleted_at    TIMESTAMPTZ NOT NULL,
    closed_month  TEXT NOT NULL
);
