#!/usr/bin/env bash
# Writes a new migration for the difference between the entities and the migrations so far:
#   tools/generate-migration.sh libs/governance/src/migrations CreateMotions
# It applies every existing migration to a scratch database on the local PostgreSQL, asks TypeORM
# for the difference, and leaves the file for review (add triggers, checks, comments by hand).
set -euo pipefail
dir=${1:?usage: generate-migration.sh <migrations dir> <Name>}
name=${2:?usage: generate-migration.sh <migrations dir> <Name>}
server=${MIGRATION_SERVER_URL:-postgres://postgres@127.0.0.1:5432}
db="braid_migration_$$"
psql "$server/postgres" -qc "CREATE DATABASE $db" >/dev/null
trap 'psql "$server/postgres" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null' EXIT
export DATABASE_URL="$server/$db" SWC_NODE_PROJECT=tsconfig.base.json
cli() { node -r @swc-node/register node_modules/typeorm/cli.js -d apps/api/src/database/cli-data-source.ts "$@"; }
cli migration:run >/dev/null
cli migration:generate --pretty "$dir/$name"
npx prettier --write "$dir"/*-"$name".ts >/dev/null
