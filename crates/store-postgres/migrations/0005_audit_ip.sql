-- Audit entries lose their IP address after a configured period (web.audit_ip_months).
-- That is the one change the append-only log allows: nothing else of an entry changes,
-- no entry goes, and TRUNCATE is refused too. Run the server as a role that may only
-- SELECT and INSERT on audit_log (and UPDATE its ip column); see README.
CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.ip IS NULL
       AND (NEW.id, NEW.at, NEW.actor_id, NEW.action, NEW.object_type, NEW.object_id)
           IS NOT DISTINCT FROM (OLD.id, OLD.at, OLD.actor_id, OLD.action, OLD.object_type, OLD.object_id) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit_log is append-only';
END $$;

CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

CREATE INDEX audit_log_ip_at ON audit_log (at) WHERE ip IS NOT NULL;
