# Shared by ops/backup.sh and ops/restore.sh: which database Selam is configured for, read from the same
# environment variables Selam reads (docs/operations.md). Sourced, not run.

# PostgreSQL when DATASOURCES_DEFAULT_URL is a PostgreSQL URL; otherwise the embedded H2 file
# (DATASOURCES_DEFAULT_URL=jdbc:h2:file:..., or the default ${SELAM_DATA_DIR:-./data}/selam).
DB_URL=${DATASOURCES_DEFAULT_URL:-}
DB_USER=${DATASOURCES_DEFAULT_USERNAME:-}
DB_PASSWORD=${DATASOURCES_DEFAULT_PASSWORD:-}
# the options Selam's own URL uses (application.yml), so a restored file opens the same way
H2_OPTIONS="MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"

if [[ "$DB_URL" == jdbc:postgresql:* ]]; then
  DB_KIND=pg
  # jdbc:postgresql://host[:port]/database[?currentSchema=schema&...]
  re='^jdbc:postgresql://([^/:?]+)(:([0-9]+))?/([^?]+)(\?(.*))?$'
  [[ "$DB_URL" =~ $re ]] || { echo "cannot read host and database from DATASOURCES_DEFAULT_URL" >&2; exit 2; }
  PG_HOST=${BASH_REMATCH[1]}
  PG_PORT=${BASH_REMATCH[3]:-5432}
  PG_DB=${BASH_REMATCH[4]}
  PG_SCHEMA=$(sed -n 's/.*\(^\|&\)currentSchema=\([^&]*\).*/\2/p' <<<"${BASH_REMATCH[6]:-}")
  export PGPASSWORD="$DB_PASSWORD"
  PG_ARGS=(-h "$PG_HOST" -p "$PG_PORT" -U "${DB_USER:-postgres}")
elif [[ -z "$DB_URL" || "$DB_URL" == jdbc:h2:file:* ]]; then
  DB_KIND=h2
  if [ -z "$DB_URL" ]; then
    H2_FILE="${SELAM_DATA_DIR:-./data}/selam"
  else
    H2_FILE=${DB_URL#jdbc:h2:file:}
    H2_FILE=${H2_FILE%%;*}
  fi
  H2_URL="jdbc:h2:file:$H2_FILE;$H2_OPTIONS"
  DB_USER=${DB_USER:-sa}
  # H2's tools must be the version that wrote the file: the one inside Selam's jar, else H2_JAR, else ~/.m2's
  if [ -n "${H2_JAR:-}" ]; then
    H2_CP=$H2_JAR
  elif [ -f "${SELAM_JAR:-$(dirname "${BASH_SOURCE[0]}")/../../bot/target/selam.jar}" ]; then
    H2_CP=${SELAM_JAR:-$(dirname "${BASH_SOURCE[0]}")/../../bot/target/selam.jar}
  else
    H2_CP=$(ls ~/.m2/repository/com/h2database/h2/*/h2-*.jar 2>/dev/null | grep -v sources | sort -V | tail -1)
  fi
  [ -n "$H2_CP" ] || { echo "no H2 jar found: set H2_JAR or SELAM_JAR" >&2; exit 2; }
else
  echo "DATASOURCES_DEFAULT_URL is neither PostgreSQL nor an H2 file: $DB_URL" >&2
  exit 2
fi

# pg_dump and pg_restore refuse or misbehave against a server of a newer major version: say so plainly.
pg_check_versions() {
  local client server
  client=$(pg_dump --version | sed -E 's/.* ([0-9]+)(\.[0-9]+)*.*/\1/')
  server=$(psql "${PG_ARGS[@]}" -d "$PG_DB" -Atc 'SHOW server_version_num' | cut -c1-2)
  if [ "$client" -lt "$server" ]; then
    echo "pg_dump is version $client but the server is $server: install the client tools of version $server or newer" >&2
    exit 2
  fi
}
