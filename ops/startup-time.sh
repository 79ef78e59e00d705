#!/usr/bin/env bash
# Start-up time (issue 13): starts the packaged Selam on a data folder, polls GET /health every 50 ms until it answers
# 200, prints the wall time to ready, the process's CPU time to ready (user + system; the queue for a CPU on a shared
# machine does not inflate it), Micronaut's "Startup completed", the load average, and then stops Selam (SIGTERM).
#
# Usage: ops/startup-time.sh DATA_DIR LOG [JVM flags...]      (DATA_DIR absolute; empty = cold start, reused = warm)
#   ops/startup-time.sh /tmp/sd /tmp/cold.log                                      # cold: migrations, engine built
#   ops/startup-time.sh /tmp/sd /tmp/warm.log                                      # warm: engine read from the cache
#   ops/startup-time.sh /tmp/sd /tmp/t.log -XX:ArchiveClassesAtExit=/tmp/selam.jsa  # writes the class data archive
#   ops/startup-time.sh /tmp/sd /tmp/cds.log -XX:SharedArchiveFile=/tmp/selam.jsa   # warm with the archive
# Env: SELAM_JAR (bot/target/selam.jar), HEAP=1 (also the heap used after a full GC, jcmd + jstat),
#      THREADS=1 (CPU seconds per thread group at ready: main, C1/C2 compilers, GC, scheduled jobs).
set -euo pipefail
data=$1; log=$2; shift 2
jar=${SELAM_JAR:-$(dirname "$0")/../bot/target/selam.jar}
port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
t0=$(date +%s%N)
SELAM_DATA_DIR=$data MICRONAUT_SERVER_PORT=$port java "$@" -jar "$jar" >"$log" 2>&1 &
pid=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health")" = 200 ]; do
  kill -0 $pid 2>/dev/null || { echo "Selam exited; see $log" >&2; exit 1; }
  sleep 0.05
done
t1=$(date +%s%N)
cpu=$(awk '{print ($14+$15)/100}' /proc/$pid/stat)
if [ -n "${THREADS:-}" ]; then
  for t in /proc/$pid/task/*; do echo "$(awk '{print ($14+$15)/100}' "$t/stat") $(cat "$t/comm")"; done |
    awk '{n=$2; if ($3 != "") n=n" "$3; a[n]+=$1} END {for (k in a) if (a[k] > 0.05) print a[k], k}' | sort -rn
fi
heap=-
if [ -n "${HEAP:-}" ]; then
  jcmd $pid GC.run >/dev/null
  heap=$(jstat -gc $pid | awk 'NR==2 {printf "%.1f", ($3 + $4 + $6 + $8) / 1024}')
fi
echo "ready_ms=$(( (t1 - t0) / 1000000 )) cpu_s=$cpu heap_mb=$heap load1=$(cut -d' ' -f1 /proc/loadavg)" \
  "$(grep -o 'Startup completed in [0-9]*ms' "$log" || true)"
kill $pid; wait $pid 2>/dev/null || true
