-- Organisations, accounts, sessions, sign-in links, rate limits and the audit log.
-- Times are UTC milliseconds since 1970: integers compare correctly, text might not.

CREATE TABLE organisations (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('swv', 'school', 'support_organisation')),
    name        TEXT NOT NULL,
    swv_id      TEXT REFERENCES organisations (id),
    created_at  INTEGER NOT NULL
);

CREATE TABLE users (
    id               TEXT PRIMARY KEY,
    email            TEXT NOT NULL UNIQUE,
    name             TEXT NOT NULL,
    role             TEXT NOT NULL,
    organisation_id  TEXT REFERENCES organisations (id),
    is_demo          BOOLEAN NOT NULL DEFAULT FALSE,
    password_hash    TEXT,
    totp_secret      TEXT,
    created_at       INTEGER NOT NULL
);

CREATE TABLE login_tokens (
    token_hash  TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    used_at     INTEGER
);
CREATE INDEX login_tokens_expires_at ON login_tokens (expires_at);

CREATE TABLE sessions (
    session_hash  TEXT PRIMARY KEY,
    user_id       TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at    INTEGER NOT NULL,
    expires_at    INTEGER NOT NULL
);
CREATE INDEX sessions_expires_at ON sessions (expires_at);

CREATE TABLE rate_limits (
    key           TEXT NOT NULL,
    window_start  INTEGER NOT NULL,
    count         INTEGER NOT NULL,
    PRIMARY KEY (key, window_start)
);

-- No foreign key on actor_id: the log outlives the accounts it mentions.
CREATE TABLE audit_log (
    id           TEXT PRIMARY KEY,
    at           INTEGER NOT NULL,
    actor_id     TEXT,
    action       TEXT NOT NULL,
    object_type  TEXT NOT NULL,
    object_id    TEXT,
    ip           TEXT
);
CREATE INDEX audit_log_actor ON audit_log (actor_id, at);
CREATE INDEX audit_log_object ON audit_log (object_type, object_id, at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
