#!/bin/sh
# The official postgres image runs this once, on an empty data folder: Keycloak's own role and database
# beside the portal's (the portal's are POSTGRES_USER / POSTGRES_DB).
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<SQL
CREATE ROLE keycloak LOGIN PASSWORD '${KEYCLOAK_DB_PASSWORD}';
CREATE DATABASE keycloak OWNER keycloak;
SQL
