-- Notifications of the parents' clock, and how each person wants their e-mail. A row is
-- its own job: `next_send_at` says when it is mailed next (NULL: no more mail), and moving
-- it forward when a round claims the row is what keeps two instances from mailing twice.

CREATE TABLE notifications (
    id               UUID PRIMARY KEY,
    user_id          UUID NOT NULL REFERENCES users (id),
    traject_id       UUID NOT NULL REFERENCES trajecten (id),
    key              TEXT NOT NULL,
    kind             TEXT NOT NULL,
    state            TEXT NOT NULL,
    due              DATE NOT NULL,
    from_day         DATE NOT NULL,
    what             TEXT NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL,
    acknowledged_at  TIMESTAMPTZ,
    sent_count       INTEGER NOT NULL,
    failures         INTEGER NOT NULL,
    last_sent_at     TIMESTAMPTZ,
    next_send_at     TIMESTAMPTZ,
    UNIQUE (user_id, key)
);
CREATE INDEX notifications_next ON notifications (next_send_at);
CREATE INDEX notifications_traject ON notifications (traject_id);

CREATE TABLE notification_prefs (
    user_id   UUID PRIMARY KEY REFERENCES users (id),
    delivery  TEXT NOT NULL
);
