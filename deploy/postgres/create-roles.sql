-- PerfWorkflow's database roles and schemas. Run ONCE per database by its administrator (a superuser or a role with
-- CREATEROLE that owns the database), before the first schema-migration Job:
--   psql "host=pg.example dbname=perfworkflow user=postgres sslmode=verify-full" \
--        -v migrator_password=… -v filing_password=… -v workflow_password=… -v notification_password=… -v portal_password=… \
--        -f deploy/postgres/create-roles.sql
-- Compose runs it through compose-init.sh when the database volume is first initialised.
--
-- perfwf_migrator owns the four schemas and every table in them: it alone runs DDL (the `migrate` command, from the
-- Job). Each service's role may read and write the tables of its own schema and nothing else; the migrate command
-- grants that after each migration (shared/Hosting/Schema/grants/service-role.sql). No role but the migrator may
-- create anything, anywhere.
\set ON_ERROR_STOP on

CREATE ROLE perfwf_migrator LOGIN PASSWORD :'migrator_password';
CREATE ROLE perfwf_filing LOGIN PASSWORD :'filing_password';
CREATE ROLE perfwf_workflow LOGIN PASSWORD :'workflow_password';
CREATE ROLE perfwf_notification LOGIN PASSWORD :'notification_password';
-- The Portal's only table is its data-protection key ring (the sign-in cookie's keys, shared by every replica).
CREATE ROLE perfwf_portal LOGIN PASSWORD :'portal_password';

REVOKE ALL ON DATABASE :"DBNAME" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"DBNAME" TO perfwf_migrator, perfwf_filing, perfwf_workflow, perfwf_notification, perfwf_portal;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

CREATE SCHEMA filing AUTHORIZATION perfwf_migrator;
CREATE SCHEMA workflow AUTHORIZATION perfwf_migrator;
CREATE SCHEMA notification AUTHORIZATION perfwf_migrator;
CREATE SCHEMA portal AUTHORIZATION perfwf_migrator;
