#!/usr/bin/env bash
# Crash test (issues 4 and 13): residents keep writing while Selam is killed with kill -9 at random moments
# (0.3-2.5 s apart) and started again, in every mode, then prints one table (details: ops/crash-test.md).
# Modes: h2-web, pg-web, pg-telegram (webhook mode, fake Bot API), pg-two (two instances, A killed, B serving).
#
# Usage: ops/crash-test.sh                    (builds bot/target/selam.jar when it is missing)
# Env:   KILLS (default 20, per mode), MIN_MESSAGES (default 10 per kill: the fewest messages that make a mode
#        count), SESSIONS (30 residents), MODES ("h2-web pg-web pg-telegram pg-two"), PORT (18090; PORT+1 is the
#        fake Bot API, PORT+2 the second instance), PG_HOST (127.0.0.1), PG_DB (selam_crash_test: dropped and
#        recreated per mode), START_TIMEOUT (600 s), SELAM_JAR, JAVA_OPTS (JVM flags for Selam, e.g.
#        -XX:SharedArchiveFile=selam.jsa), KEEP_DATA=1 to keep the folders and logs.
# Exits 0 only when every mode passes. Needs java 17 (javac for the fake Bot API), python3, psql for the pg modes.
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 ops/crash/crash_test.py "$@"
