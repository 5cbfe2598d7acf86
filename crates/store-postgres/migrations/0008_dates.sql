-- The dates a file knows, for the parents' clock. A date taken off keeps its row.

CREATE TABLE tr_dates (
    id          UUID PRIMARY KEY,
    traject_id  UUID NOT NULL REFERENCES trajecten (id),
    kind        TEXT NOT NULL,
    day         DATE NOT NULL,
    entered_by  UUID NOT NULL REFERENCES users (id),
    entered_at  TIMESTAMPTZ NOT NULL,
    removed_at  TIMESTAMPTZ
);
CREATE INDEX tr_dates_traject ON tr_dates (traject_id);
