#!/usr/bin/env bash
# Restores a backup made by ops/backup.sh into an EMPTY database (issue 13, item 10; docs/operations.md).
#   ops/restore.sh FILE
# The target is read from the same settings as Selam and ops/backup.sh. It refuses a target that already holds
# tables (or an H2 file that exists), so a restore can never mix with or overwrite live data. Start Selam on the
# restored database afterwards: Flyway finds its history in the backup and migrates only what is newer.
# - PostgreSQL: pg_restore (create the empty database first: createdb, or CREATE DATABASE). A backup of one schema
#   (currentSchema=) is restored into a schema of the same name.
# - H2: H2's RunScript into a new file at SELAM_DATA_DIR/selam (or the DATASOURCES_DEFAULT_URL file).
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: $0 FILE" >&2; exit 2; }
IN=$1
source "$(dirname "$0")/backup/common.sh"
[ -f "$IN" ] || { echo "no backup at $IN" >&2; exit 2; }

if [ "$DB_KIND" = pg ]; then
  pg_check_versions
  schema=${PG_SCHEMA:-public}
  tables=$(psql "${PG_ARGS[@]}" -d "$PG_DB" -Atc \
    "SELECT count(*) FROM information_schema.tables WHERE table_schema = '$schema'")
  [ "$tables" = 0 ] || { echo "schema $schema of $PG_DB holds $tables tables: restore needs an empty database" >&2; exit 1; }
  if [ "$schema" != public ]; then
    # an empty schema of that name is dropped so the backup's own CREATE SCHEMA can run
    psql "${PG_ARGS[@]}" -d "$PG_DB" -qc "DROP SCHEMA IF EXISTS \"$schema\"" >/dev/null
  fi
  pg_restore "${PG_ARGS[@]}" -d "$PG_DB" --no-owner --no-privileges --exit-on-error "$IN"
else
  [ -e "$H2_FILE.mv.db" ] && { echo "$H2_FILE.mv.db exists: restore needs an empty data folder" >&2; exit 1; }
  mkdir -p "$(dirname "$H2_FILE")"
  script=$(mktemp)
  trap 'rm -f "$script"' EXIT
  gunzip -c "$IN" >"$script"
  java -cp "$H2_CP" org.h2.tools.RunScript -url "$H2_URL" -user "$DB_USER" -password "$DB_PASSWORD" -script "$script"
fi
echo "restored $IN into the $DB_KIND database"
