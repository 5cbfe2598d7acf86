-- Gesprekken in a file: the plan (attendees as a JSON list of participant ids), the
-- companions parents bring, the agenda (points taken off keep their row), each person's
-- preparation (private unless shared), and the answers to the report.

CREATE TABLE gesprekken (
    id            TEXT PRIMARY KEY,
    traject_id    TEXT NOT NULL REFERENCES trajecten (id),
    purpose       TEXT NOT NULL,
    starts_at     INTEGER NOT NULL,
    minutes       INTEGER NOT NULL,
    place         TEXT NOT NULL,
    link          TEXT NOT NULL,
    leader_id     TEXT NOT NULL REFERENCES tr_participants (id),
    attendees     TEXT NOT NULL,
    status        TEXT NOT NULL,
    sequence      INTEGER NOT NULL,
    follow_up_of  TEXT REFERENCES gesprekken (id),
    created_by    TEXT NOT NULL REFERENCES users (id),
    created_at    INTEGER NOT NULL,
    report        TEXT,
    report_by     TEXT REFERENCES users (id),
    report_at     INTEGER
);
CREATE INDEX gesprekken_traject ON gesprekken (traject_id);

CREATE TABLE gs_companions (
    id          TEXT PRIMARY KEY,
    gesprek_id  TEXT NOT NULL REFERENCES gesprekken (id),
    traject_id  TEXT NOT NULL REFERENCES trajecten (id),
    name        TEXT NOT NULL,
    email       TEXT NOT NULL,
    relation    TEXT NOT NULL,
    role        TEXT NOT NULL,
    why         TEXT NOT NULL,
    added_by    TEXT NOT NULL REFERENCES users (id),
    added_at    INTEGER NOT NULL
);
CREATE INDEX gs_companions_gesprek ON gs_companions (gesprek_id);
CREATE INDEX gs_companions_email ON gs_companions (email);

CREATE TABLE gs_agenda (
    id          TEXT PRIMARY KEY,
    gesprek_id  TEXT NOT NULL REFERENCES gesprekken (id),
    traject_id  TEXT NOT NULL REFERENCES trajecten (id),
    text        TEXT NOT NULL,
    added_by    TEXT NOT NULL REFERENCES users (id),
    by_parent   BOOLEAN NOT NULL,
    position    INTEGER NOT NULL,
    added_at    INTEGER NOT NULL,
    removed_at  INTEGER,
    removed_by  TEXT REFERENCES users (id)
);
CREATE INDEX gs_agenda_gesprek ON gs_agenda (gesprek_id);

CREATE TABLE gs_answers (
    gesprek_id  TEXT NOT NULL REFERENCES gesprekken (id),
    traject_id  TEXT NOT NULL REFERENCES trajecten (id),
    user_id     TEXT NOT NULL REFERENCES users (id),
    question    TEXT NOT NULL,
    text        TEXT NOT NULL,
    shared      BOOLEAN NOT NULL,
    updated_at  INTEGER NOT NULL,
    PRIMARY KEY (gesprek_id, user_id, question)
);

CREATE TABLE gs_responses (
    id          TEXT PRIMARY KEY,
    gesprek_id  TEXT NOT NULL REFERENCES gesprekken (id),
    traject_id  TEXT NOT NULL REFERENCES trajecten (id),
    user_id     TEXT NOT NULL REFERENCES users (id),
    body        TEXT NOT NULL,
    at          INTEGER NOT NULL
);
CREATE INDEX gs_responses_gesprek ON gs_responses (gesprek_id);
