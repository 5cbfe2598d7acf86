-- Audit entries lose their IP address after a configured period (web.audit_ip_months).
-- That is the one change the append-only log allows: nothing else of an entry changes,
-- and no entry goes.
DROP TRIGGER audit_log_no_update;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN NOT (NEW.ip IS NULL AND NEW.id IS OLD.id AND NEW.at IS OLD.at AND NEW.actor_id IS OLD.actor_id
          AND NEW.action IS OLD.action AND NEW.object_type IS OLD.object_type
          AND NEW.object_id IS OLD.object_id)
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

CREATE INDEX audit_log_ip_at ON audit_log (at) WHERE ip IS NOT NULL;
