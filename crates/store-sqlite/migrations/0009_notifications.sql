-- Notifications of the parents' clock, and how each person wants their e-mail. A row is
-- its own job: `next_send_at` says when it is mailed next (NULL: no more mail), and moving
-- it forward when a round claims the row is what keeps two instances from mailing twice.

CREATE TABLE notifications (
    id               TEXT PRIMARY KEY,
    user_id          TEXT NOT NULL REFERENCES users (id),
    traject_id       TEXT NOT NULL REFERENCES trajecten (id),
    key              TEXT NOT NULL,
    kind             TEXT NOT NULL,
    state            TEXT NOT NULL,
    due              TEXT NOT NULL,
    from_day         TEXT NOT NULL,
    what             TEXT NOT NULL,
    created_at       INTEGER NOT NULL,
    acknowledged_at  INTEGER,
    sent_count       INTEGER NOT NULL,
    failures         INTEGER NOT NULL,
    last_sent_at     INTEGER,
    next_send_at     INTEGER,
    UNIQUE (user_id, key)
);
CREATE INDEX notifications_next ON notifications (next_send_at);
CREATE INDEX notifications_traject ON notifications (traject_id);

CREATE TABLE notification_prefs (
    user_id   TEXT PRIMARY KEY REFERENCES users (id),
    delivery  TEXT NOT NULL
);
