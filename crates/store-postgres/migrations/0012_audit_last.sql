-- "What changed since your last visit" on the start page asks when someone last opened a
-- file: one index lookup per file, however long their history (the action is in the key,
-- so the start page's own rows for the same file are not walked past).
CREATE INDEX audit_log_actor_object ON audit_log (actor_id, object_id, action, at);
