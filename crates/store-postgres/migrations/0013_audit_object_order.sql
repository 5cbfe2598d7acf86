-- "Who looked" reads a file's log newest first and stops once it has its page of lines:
-- the key holds the whole order (at, then id for rows of the same moment), so the rows come
-- straight from the index, however long the log is. It replaces the index without id.
DROP INDEX audit_log_object;
CREATE INDEX audit_log_object ON audit_log (object_type, object_id, at, id);
