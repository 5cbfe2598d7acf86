-- "Who looked" shows runs: the same person doing the same thing several times in a row is
-- one line. Reading the log row by row made the page as slow as the log was long (one
-- person reloading a file adds thousands of rows). The store now keeps the runs as it
-- writes the log: a row extends the object's newest run when it is the same person and
-- action, or starts a new one. The log itself stays append-only; runs are derived from it.
CREATE TABLE audit_runs (
    id           UUID PRIMARY KEY,
    object_type  TEXT NOT NULL,
    object_id    TEXT NOT NULL,
    actor_id     UUID,
    action       TEXT NOT NULL,
    first_at     TIMESTAMPTZ NOT NULL,
    last_at      TIMESTAMPTZ NOT NULL,
    count        INTEGER NOT NULL
);
CREATE INDEX audit_runs_object ON audit_runs (object_type, object_id, first_at, id);

-- The runs of the log so far, in its order (at, then id).
INSERT INTO audit_runs (id, object_type, object_id, actor_id, action, first_at, last_at, count)
SELECT MIN(id::text)::uuid, object_type, object_id, actor_id, action, MIN(at), MAX(at), COUNT(*)
FROM (
    SELECT *, SUM(starts) OVER (PARTITION BY object_type, object_id ORDER BY at, id ROWS UNBOUNDED PRECEDING) AS run
    FROM (
        SELECT id, object_type, object_id, actor_id, action, at,
            CASE WHEN LAG(action) OVER w = action AND LAG(actor_id) OVER w IS NOT DISTINCT FROM actor_id
                 THEN 0 ELSE 1 END AS starts
        FROM audit_log WHERE object_id IS NOT NULL
        WINDOW w AS (PARTITION BY object_type, object_id ORDER BY at, id)
    ) marked
) numbered
GROUP BY object_type, object_id, run, actor_id, action;
