-- Grants for the role the Samenspoor server runs as, when another role owns the schema
-- and runs `samenspoor migrate`. The server role may use every table, but may only read
-- and append to the audit log (and clear its ip column after the retention period); it
-- cannot truncate it, drop its triggers or change an entry.
--   psql -v app_role=samenspoor_app -f app_role.sql      (again after every migrate)
GRANT USAGE ON SCHEMA public TO :"app_role";
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO :"app_role";
REVOKE INSERT, UPDATE, DELETE ON _sqlx_migrations FROM :"app_role";
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM :"app_role";
GRANT UPDATE (ip) ON audit_log TO :"app_role";
