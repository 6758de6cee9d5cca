-- What a service's own database role may do, run by the `migrate` command as the migrator (the owner of the
-- service's schema and of every table in it) after the schema scripts, when Persistence:RuntimeRole names the role.
-- Idempotent: it grants on whatever tables exist now, so a script that adds a table is covered at the same run.
-- {schema} is the service's schema (Persistence:SchemaPerService), {role} its runtime role; both are checked to be
-- plain lower-case identifiers before they are put in. The roles and schemas themselves are created once by the
-- database administrator: deploy/postgres/create-roles.sql.
GRANT USAGE ON SCHEMA {schema} TO {role};
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} TO {role};
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA {schema} TO {role};
-- The schema's history is the migrator's to write; the service only reads it (its start-up check).
REVOKE INSERT, UPDATE, DELETE ON {schema}_schema_versions FROM {role};
-- An audit trail is only ever appended to: not even its own service may rewrite or delete a line of it.
DO $$
BEGIN
    IF to_regclass('{schema}_audit') IS NOT NULL THEN
        EXECUTE 'REVOKE UPDATE, DELETE, TRUNCATE ON {schema}_audit FROM {role}';
    END IF;
    IF to_regclass('{schema}_organisation_audit') IS NOT NULL THEN
        EXECUTE 'REVOKE UPDATE, DELETE, TRUNCATE ON {schema}_organisation_audit FROM {role}';
    END IF;
END
$$;
