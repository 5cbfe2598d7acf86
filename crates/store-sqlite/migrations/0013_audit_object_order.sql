-- "Who looked" reads a file's log newest first and stops once it has its page of lines:
-- the key holds the whole order (at, then id for rows of the same moment) and the columns
-- that grouping needs (who, what), so the rows come from the index alone, in order. It
-- replaces the index without them.
DROP INDEX audit_log_object;
CREATE INDEX audit_log_object ON audit_log (object_type, object_id, at, id, actor_id, action);
