-- "Since your last visit" now reads the runs (audit_runs), not the log: the log's index
-- for it is no longer read, and every audited page paid for keeping it.
DROP INDEX audit_log_actor_object;
