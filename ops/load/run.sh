#!/usr/bin/env bash
# Load run (issue 13, items 5 and 8): starts the packaged Selam on H2 and then on PostgreSQL, in Telegram webhook
# mode against a local fake Bot API, and drives it at fixed rates with ops/load/LoadDriver.java:
#   ping      GET /api/ping (no database, no engine: the framework's own ceiling, same process, same run)
#   ask       POST /api/ask (the engine, no database)
#   web       POST /api/chat/messages, a new resident per message (stored, decided, reply queued in the outbox)
#   telegram  POST /telegram/webhook, a new chat per message (same pipeline; the outbox delivers to the fake)
# For web and telegram the response comes after the reply is committed to the outbox, so the latency printed is
# message → reply-in-outbox, measured from each message's scheduled send time (open loop, no coordinated omission).
# It also runs wrk (closed loop, as fast as it goes) on ping and ask for the throughput ratio, reports the H2 file
# size before and after the load, after a clean shutdown and after a restart, and cross-checks the database:
# every inbound message has its reply queued, and the database-side latency (outbox.created_at - message.created_at).
#
# Not run by CI or mvn. Usage:
#   ops/load/run.sh                                  # both databases, 50 100 200 msg/s, 60 s each
#   DBS=pg RATES="100" DURATION=30 ops/load/run.sh
# Env: DBS (h2 pg), RATES (50 100 200), DURATION (60 s per phase), TARGETS (ping ask web telegram),
#      WARMUP (15 s), WRK_SECONDS (15; 0 = skip wrk), PORT (18110), START_TIMEOUT (600 s), PG_HOST (127.0.0.1),
#      PG_DB (wt_opstools_load, dropped and recreated), SELAM_JAR, OUT (results file, default /tmp/selam-load.tsv).
# Needs java 17, curl, psql (for pg), wrk (optional).
set -euo pipefail
cd "$(dirname "$0")/../.."

DBS=${DBS:-h2 pg}
RATES=${RATES:-50 100 200}
DURATION=${DURATION:-60}
TARGETS=${TARGETS:-ping ask web telegram}
WARMUP=${WARMUP:-15}
WRK_SECONDS=${WRK_SECONDS:-15}
PORT=${PORT:-18110}
START_TIMEOUT=${START_TIMEOUT:-600}  # seconds; a start takes 10-30 s idle, minutes on a machine shared with builds
TG_PORT=$((PORT + 1))
PG_DB=${PG_DB:-wt_opstools_load}
PG_HOST=${PG_HOST:-127.0.0.1}
JAR=${SELAM_JAR:-bot/target/selam.jar}
OUT=${OUT:-/tmp/selam-load.tsv}
SECRET=load-test-webhook-secret
H2_JAR=$(ls ~/.m2/repository/com/h2database/h2/*/h2-*.jar | grep -v sources | sort -V | tail -1)
DATA=$(mktemp -d /tmp/selam-load.XXXXXX)
PID=
FAKE=

[ -f "$JAR" ] || mvn -B -o -q -DskipTests package -pl bot -am
# compile the driver once (java's single-file mode would compile it for every phase)
mkdir -p "$DATA/driver"
javac -d "$DATA/driver" ops/load/LoadDriver.java
driver() { java -cp "$DATA/driver" LoadDriver "$@"; }

cleanup() {
  [ -n "$PID" ] && kill "$PID" 2>/dev/null || true
  [ -n "$FAKE" ] && kill "$FAKE" 2>/dev/null || true
  rm -rf "$DATA"
}
trap cleanup EXIT

java -cp "$DATA/driver" LoadDriver fake-telegram "$TG_PORT" >/dev/null &
FAKE=$!

start() { # $1 = h2|pg
  local env=(SELAM_DATA_DIR="$DATA/data" MICRONAUT_SERVER_PORT=$PORT SELAM_CONVERSATION_FLOOD_LIMIT=1000000
    TELEGRAM_BOT_TOKEN=123:load TELEGRAM_API_URL=http://127.0.0.1:$TG_PORT
    TELEGRAM_WEBHOOK_URL=https://selam.example/telegram/webhook TELEGRAM_WEBHOOK_SECRET=$SECRET)
  if [ "$1" = pg ]; then
    env+=(DATASOURCES_DEFAULT_URL="jdbc:postgresql://$PG_HOST:5432/$PG_DB" DATASOURCES_DEFAULT_USERNAME=postgres
      DATASOURCES_DEFAULT_PASSWORD= DATASOURCES_DEFAULT_DIALECT=POSTGRES DATASOURCES_DEFAULT_DRIVER_CLASS_NAME=org.postgresql.Driver)
  fi
  env "${env[@]}" java -jar "$JAR" >>"$DATA/selam-$1.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 $((START_TIMEOUT * 4))); do
    curl -sf "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && return 0
    kill -0 "$PID" 2>/dev/null || { echo "Selam exited during start-up:" >&2; tail -30 "$DATA/selam-$1.log" >&2; exit 2; }
    sleep 0.25
  done
  echo "Selam did not become healthy" >&2; exit 2
}

stop() { # clean shutdown (SIGTERM), so H2 compacts at close
  kill "$PID" 2>/dev/null || true
  wait "$PID" 2>/dev/null || true
  PID=
}

h2_size() { du -m "$DATA/data/selam.mv.db" 2>/dev/null | cut -f1 || echo "-"; }

# The database-side cross-check, per phase (the same SQL on PostgreSQL and on H2 in PostgreSQL mode): inbound
# messages stored in the phase's time window, how many have their reply queued, and stored → reply-in-outbox.
PHASES=()
phase_sql() { # $1 = label, $2 = channel, $3/$4 = window (UTC, as Selam stores timestamps)
  echo "SELECT '$1' AS phase, COUNT(*) AS inbound, COUNT(o.id) AS replied,
  CAST(PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM (o.created_at - i.created_at)) * 1000) AS DECIMAL(10,1)) AS p50_ms,
  CAST(PERCENTILE_CONT(0.99) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM (o.created_at - i.created_at)) * 1000) AS DECIMAL(10,1)) AS p99_ms
FROM message i LEFT JOIN message r ON r.reply_to = i.id AND r.direction = 'OUT' LEFT JOIN outbox o ON o.message_id = r.id
WHERE i.direction = 'IN' AND i.channel = '$2' AND i.created_at >= TIMESTAMP '$3' AND i.created_at < TIMESTAMP '$4'"
}
check_sql() {
  local sql="" sep=""
  for p in "${PHASES[@]}"; do
    IFS='|' read -r label channel from to <<<"$p"
    sql+="$sep$(phase_sql "$label" "$channel" "$from" "$to")"; sep=" UNION ALL "
  done
  echo "$sql ORDER BY phase"
}
now_utc() { date -u '+%Y-%m-%d %H:%M:%S.%N' | cut -c1-23; }

echo -e "db\ttarget\trate\tduration\tsent\tok\terrors\tthroughput/s\tp50_ms\tp90_ms\tp99_ms\tmax_ms\tload1" | tee "$OUT"
offset=1000
for db in $DBS; do
  rm -rf "$DATA/data"
  if [ "$db" = pg ]; then
    psql -h "$PG_HOST" -U postgres -qc "DROP DATABASE IF EXISTS $PG_DB" -c "CREATE DATABASE $PG_DB" >/dev/null
  fi
  start "$db"
  # warm-up (JIT, pools), not reported
  for t in ask web; do driver run --base "http://127.0.0.1:$PORT" --target $t --rate 20 --duration "$WARMUP" \
    --secret $SECRET --id-offset $((offset += 100000)) >/dev/null; done
  size_before=$(h2_size)
  PHASES=()
  close_previous() { # sets the end of the previous web/telegram phase's window to $1, if it is still open
    [ ${#PHASES[@]} -gt 0 ] || return 0
    local i=$((${#PHASES[@]} - 1)) l c f t; IFS='|' read -r l c f t <<<"${PHASES[$i]}"
    PHASES[$i]="$l|$c|$f|$1"
  }
  for rate in $RATES; do
    for t in $TARGETS; do
      load=$(cut -d' ' -f1 /proc/loadavg)
      from=$(now_utc)
      # the offset is advanced here, not inside $(...): a command substitution's subshell would lose it and every
      # phase would reuse the same Telegram update ids (deduplicated by Selam, so fewer messages stored than sent)
      offset=$((offset + 100000))
      line=$(driver run --base "http://127.0.0.1:$PORT" --target "$t" --rate "$rate" --duration "$DURATION" \
        --secret $SECRET --id-offset $offset)
      echo -e "$db\t$line\t$load" | tee -a "$OUT"
      if [ "$t" = web ] || [ "$t" = telegram ]; then
        # a window runs until the next web/telegram phase starts, so a backlog finished after its phase counts
        close_previous "$from"
        PHASES+=("$(printf '%s %s %03d' "$db" "$t" "$rate")|$t|$from|2999-01-01 00:00:00")
      fi
    done
  done
  size_after=$(h2_size)
  if [ "$WRK_SECONDS" -gt 0 ] && command -v wrk >/dev/null; then
    for t in ping ask; do
      script=(); url="http://127.0.0.1:$PORT/api/ping"
      [ $t = ask ] && script=(-s ops/load/ask.lua) && url="http://127.0.0.1:$PORT"
      load=$(cut -d' ' -f1 /proc/loadavg)
      rps=$(wrk -t2 -c16 -d"${WRK_SECONDS}s" "${script[@]}" "$url" | awk '/Requests\/sec/ {print $2}')
      echo -e "$db\twrk max $t (closed loop, 16 connections, ${WRK_SECONDS}s): $rps requests/s, load $load" | tee -a "$OUT"
    done
  fi
  if [ "$db" = pg ]; then
    echo "$db: database check (inbound messages, replies queued, database-side latency):" | tee -a "$OUT"
    psql -h "$PG_HOST" -U postgres -d "$PG_DB" -c "$(check_sql)" | tee -a "$OUT"
    stop
  else
    stop
    size_closed=$(h2_size)
    echo "$db: database check (inbound messages, replies queued, database-side latency):" | tee -a "$OUT"
    java -cp "$H2_JAR" org.h2.tools.Shell -url "jdbc:h2:file:$DATA/data/selam;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" \
      -user sa -password "" -sql "$(check_sql)" | tee -a "$OUT"
    start h2
    stop
    echo -e "h2 file size (MB): before load $size_before, after load $size_after, after clean shutdown $size_closed, after restart and shutdown $(h2_size)" | tee -a "$OUT"
  fi
done
echo "results in $OUT"
