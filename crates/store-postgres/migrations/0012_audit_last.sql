-- "What changed since your last visit" on the start page asks when someone last opened a
-- file: one index lookup per file instead of reading their whole history.
CREATE INDEX audit_log_actor_object ON audit_log (actor_id, object_id, at);
