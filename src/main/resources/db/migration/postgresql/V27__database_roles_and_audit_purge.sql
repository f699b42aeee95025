-- Issue 14: the service's database role may add and read audit rows, never change or delete them.
--
-- Two roles (docs/retention-and-audit.md): the owner, which runs these migrations (spring.flyway.user) and owns
-- every table; and the application role, ${approle} (spring.flyway.placeholders.approle, HSCP_DB_APP_ROLE), which
-- the service connects as (spring.datasource.username). The application role gets SELECT, INSERT, UPDATE and DELETE
-- on every table but the audit trail's (INSERT and SELECT only) and the chain anchor's (SELECT only); purging old
-- audit rows goes through hscp_audit_purge, a SECURITY DEFINER function that runs as the owner.
-- When the owner is also the role the service connects as (a single-user set-up), nothing is granted or revoked:
-- the audit rows are then protected only by the hash chain.

-- Deletes the oldest audit rows made before cutoff, at most max_rows, in id order, stopping at the first row about a
-- case under legal hold; the hash of the last deleted row becomes the anchor the chain is checked from.
-- purge_time: the service's clock.
CREATE OR REPLACE FUNCTION hscp_audit_purge(cutoff TIMESTAMP WITH TIME ZONE, max_rows INTEGER,
        purge_time TIMESTAMP WITH TIME ZONE) RETURNS INTEGER
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    anchor BIGINT;
    boundary BIGINT;
    last_purged BIGINT;
    last_hash CHAR(64);
    deleted INTEGER;
BEGIN
    PERFORM 1 FROM audit_chain_head WHERE id = 1 FOR UPDATE;
    SELECT anchor_id INTO anchor FROM audit_chain_anchor WHERE id = 1 FOR UPDATE;
    SELECT MIN(e.id) INTO boundary FROM audit_event e
        WHERE e.at >= cutoff OR e.subject IN (SELECT reference FROM review_case WHERE legal_hold);
    SELECT MAX(t.id) INTO last_purged FROM (SELECT e.id FROM audit_event e
        WHERE e.id > anchor AND e.id < COALESCE(boundary, 9223372036854775807) ORDER BY e.id LIMIT max_rows) t;
    IF last_purged IS NULL THEN
        RETURN 0;
    END IF;
    SELECT hash INTO last_hash FROM audit_event WHERE id = last_purged;
    DELETE FROM audit_event WHERE id <= last_purged;
    GET DIAGNOSTICS deleted = ROW_COUNT;
    UPDATE audit_chain_anchor SET anchor_id = last_purged, anchor_hash = last_hash, purged_at = purge_time,
        purged_rows = purged_rows + deleted WHERE id = 1;
    RETURN deleted;
END
$$;
REVOKE ALL ON FUNCTION hscp_audit_purge(TIMESTAMP WITH TIME ZONE, INTEGER, TIMESTAMP WITH TIME ZONE) FROM PUBLIC;

DO $$
DECLARE
    app TEXT := '${approle}';
BEGIN
    IF app = current_user THEN
        RAISE NOTICE 'Application role % is the owner: no grants', app;
        RETURN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
        -- the DBA normally creates it (with LOGIN and a password) before the first start; else it cannot sign in
        EXECUTE format('CREATE ROLE %I NOLOGIN', app);
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), app);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', current_schema(), app);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(), app);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I',
        current_schema(), app);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT ON SEQUENCES TO %I', current_schema(), app);
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM %I', app);
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON audit_chain_anchor FROM %I', app);
    EXECUTE format('REVOKE INSERT, DELETE, TRUNCATE ON audit_chain_head FROM %I', app);
    EXECUTE format('REVOKE ALL ON flyway_schema_history FROM %I', app);
    EXECUTE format('GRANT SELECT ON flyway_schema_history TO %I', app);
    EXECUTE format('GRANT EXECUTE ON FUNCTION hscp_audit_purge(TIMESTAMP WITH TIME ZONE, INTEGER, TIMESTAMP WITH TIME ZONE) TO %I', app);
END
$$;
