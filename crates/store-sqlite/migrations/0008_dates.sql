-- The dates a file knows, for the parents' clock. A date taken off keeps its row.

CREATE TABLE tr_dates (
    id          TEXT PRIMARY KEY,
    traject_id  TEXT NOT NULL REFERENCES trajecten (id),
    kind        TEXT NOT NULL,
    day         TEXT NOT NULL,
    entered_by  TEXT NOT NULL REFERENCES users (id),
    entered_at  INTEGER NOT NULL,
    removed_at  INTEGER
);
CREATE INDEX tr_dates_traject ON tr_dates (traject_id);
