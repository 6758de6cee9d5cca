#!/bin/sh
# Runs once, when the compose database volume is first initialised (the postgres image's docker-entrypoint-initdb.d).
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v migrator_password="$PERFWF_DB_MIGRATOR_PASSWORD" \
  -v filing_password="$PERFWF_DB_FILING_PASSWORD" \
  -v workflow_password="$PERFWF_DB_WORKFLOW_PASSWORD" \
  -v notification_password="$PERFWF_DB_NOTIFICATION_PASSWORD" \
  -v portal_password="$PERFWF_DB_PORTAL_PASSWORD" \
  -f /perfworkflow/create-roles.sql
