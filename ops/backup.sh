#!/usr/bin/env bash
# Backs up Selam's database into one file (issue 13, item 10; docs/operations.md, "Backups").
#   ops/backup.sh FILE
# Reads the database from Selam's own settings (DATASOURCES_DEFAULT_URL/_USERNAME/_PASSWORD, SELAM_DATA_DIR):
# - PostgreSQL: pg_dump in custom format (compressed; only the schema of currentSchema= when the URL names one).
#   Consistent while Selam runs (one snapshot); safe to run from cron on a live system.
# - H2 (embedded): H2's SCRIPT (SQL), gzip-compressed. Selam must be stopped: the embedded database file
#   is locked by the running process, and the script says so instead of copying a file that is being written.
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: $0 FILE" >&2; exit 2; }
OUT=$1
source "$(dirname "$0")/backup/common.sh"
[ -e "$OUT" ] && { echo "$OUT exists; not overwriting a backup" >&2; exit 2; }

if [ "$DB_KIND" = pg ]; then
  pg_check_versions
  schema=()
  [ -n "$PG_SCHEMA" ] && schema=(-n "$PG_SCHEMA")
  pg_dump "${PG_ARGS[@]}" -d "$PG_DB" "${schema[@]}" --format=custom --no-owner --no-privileges -f "$OUT.part"
else
  [ -f "$H2_FILE.mv.db" ] || { echo "no H2 database at $H2_FILE.mv.db" >&2; exit 2; }
  if ! java -cp "$H2_CP" org.h2.tools.Script -url "$H2_URL;IFEXISTS=TRUE" -user "$DB_USER" -password "$DB_PASSWORD" \
      -script "$OUT.sql" 2>"$OUT.err"; then
    if grep -q "already in use\|locked" "$OUT.err"; then
      echo "the H2 database $H2_FILE is in use: stop Selam first (an embedded database has one process)" >&2
    else
      cat "$OUT.err" >&2
    fi
    rm -f "$OUT.sql" "$OUT.err"
    exit 1
  fi
  rm -f "$OUT.err"
  # compressed outside H2: its own COMPRESSION option is an identifier that DATABASE_TO_LOWER turns into "zip",
  # which H2 then does not recognise
  gzip -c "$OUT.sql" >"$OUT.part" && rm -f "$OUT.sql"
fi
mv "$OUT.part" "$OUT"
echo "backup of the $DB_KIND database written to $OUT ($(du -k "$OUT" | cut -f1) KB)"
