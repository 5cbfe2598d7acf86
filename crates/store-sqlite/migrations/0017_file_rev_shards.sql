-- PostgreSQL counts a file's changes in shards so that concurrent writers to one file do
-- not wait for each other (see its 0017). SQLite has one writer: it keeps counting on the
-- file's row (0014), and this table, there for the same schema and the same query on both
-- databases, stays empty.
CREATE TABLE file_revs (
    traject_id  TEXT NOT NULL REFERENCES trajecten (id) ON DELETE CASCADE,
    shard       INTEGER NOT NULL,
    rev         INTEGER NOT NULL,
    PRIMARY KEY (traject_id, shard)
);
