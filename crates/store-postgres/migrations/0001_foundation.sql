-- Organisations, accounts, sessions, sign-in links, rate limits and the audit log.
-- Portable SQL only (no advisory locks, no LISTEN/NOTIFY), so distributed
-- PostgreSQL-compatible engines can run it too; ids come from the application (UUIDv7).

CREATE TABLE organisations (
    id          UUID PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('swv', 'school', 'support_organisation')),
    name        TEXT NOT NULL,
    swv_id      UUID REFERENCES organisations (id),
    created_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE users (
    id               UUID PRIMARY KEY,
    email            TEXT NOT NULL UNIQUE,
    name             TEXT NOT NULL,
    role             TEXT NOT NULL,
    organisation_id  UUID REFERENCES organisations (id),
    is_demo          BOOLEAN NOT NULL DEFAULT FALSE,
    password_hash    TEXT,
    totp_secret      TEXT,
    created_at       TIMESTAMPTZ NOT NULL
);

CREATE TABLE login_tokens (
    token_hash  TEXT PRIMARY KEY,
    user_id     UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at  TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL,
    used_at     TIMESTAMPTZ
);
CREATE INDEX login_tokens_expires_at ON login_tokens (expires_at);

CREATE TABLE sessions (
    session_hash  TEXT PRIMARY KEY,
    user_id       UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at    TIMESTAMPTZ NOT NULL,
    expires_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX sessions_expires_at ON sessions (expires_at);

CREATE TABLE rate_limits (
    key           TEXT NOT NULL,
    window_start  TIMESTAMPTZ NOT NULL,
    count         INTEGER NOT NULL,
    PRIMARY KEY (key, window_start)
);

-- No foreign key on actor_id: the log outlives the accounts it mentions.
CREATE TABLE audit_log (
    id           UUID PRIMARY KEY,
    at           TIMESTAMPTZ NOT NULL,
    actor_id     UUID,
    action       TEXT NOT NULL,
    object_type  TEXT NOT NULL,
    object_id    TEXT,
    ip           TEXT
);
CREATE INDEX audit_log_actor ON audit_log (actor_id, at);
CREATE INDEX audit_log_object ON audit_log (object_type, object_id, at);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
