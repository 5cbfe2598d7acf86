-- Letter templates as editors changed them; a letter without a row uses the shipped text.

CREATE TABLE letter_templates (
    letter      TEXT NOT NULL,
    lang        TEXT NOT NULL,
    body        TEXT NOT NULL,
    updated_by  UUID NOT NULL REFERENCES users (id),
    updated_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (letter, lang)
);
