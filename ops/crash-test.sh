#!/usr/bin/env bash
# Crash test (issue 4): sends a stream of resident messages through the web chat while killing Selam with
# kill -9 at random moments (at least KILLS times) and starting it again on the same data folder.
# Exits 0 only when every message got exactly one reply and every escalation survived; prints the counts.
#
# Usage: ops/crash-test.sh            (builds bot/target/selam.jar when it is missing)
# Env:   KILLS (default 20), SESSIONS (default 30), PORT (default 18090), MIN_MESSAGES (default 10 per kill: the
#        fewest messages that make the run count), SELAM_JAR, KEEP_DATA=1 to keep the folder.
# Uses the embedded H2 database in a fresh temporary data folder; needs java, curl and python3.
set -euo pipefail
cd "$(dirname "$0")/.."

KILLS=${KILLS:-20}
MIN_MESSAGES=${MIN_MESSAGES:-$((KILLS * 10))}
SESSIONS=${SESSIONS:-30}
PORT=${PORT:-18090}
JAR=${SELAM_JAR:-bot/target/selam.jar}
ADMIN_PASSWORD=crash-test-admin-password
DATA=$(mktemp -d /tmp/selam-crash.XXXXXX)
WORK=$DATA/work
mkdir -p "$WORK"
PID=

if [ ! -f "$JAR" ]; then
  mvn -B -q package -DskipTests -pl bot -am
fi

cleanup() {
  [ -n "$PID" ] && kill -9 "$PID" 2>/dev/null || true
  [ -n "${CLIENT:-}" ] && kill "$CLIENT" 2>/dev/null || true
  if [ "${KEEP_DATA:-0}" != 1 ]; then rm -rf "$DATA"; else echo "data kept in $DATA"; fi
}
trap cleanup EXIT

start() {
  SELAM_DATA_DIR="$DATA/data" MICRONAUT_SERVER_PORT=$PORT SELAM_ADMIN_USER=crash-admin SELAM_ADMIN_PASSWORD=$ADMIN_PASSWORD \
    SELAM_CONVERSATION_FLOOD_LIMIT=100000 java -jar "$JAR" >>"$DATA/selam.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 240); do
    curl -sf "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && return 0
    kill -0 "$PID" 2>/dev/null || { echo "Selam exited during start-up; see $DATA/selam.log" >&2; KEEP_DATA=1; exit 2; }
    sleep 0.25
  done
  echo "Selam did not become healthy" >&2
  exit 2
}

start

# The residents: each session's messages are sent one after another; a message that fails (Selam is down) is
# resent with the same id until Selam accepts it. FAQ sessions ask questions with confident answers; person and
# crisis sessions send one message each, which opens an escalation.
python3 - "$PORT" "$SESSIONS" "$WORK" <<'PY' &
import http.cookiejar, json, os, random, sys, time, urllib.request, urllib.error
port, sessions, work = sys.argv[1], int(sys.argv[2]), sys.argv[3]
base = f"http://127.0.0.1:{port}"
faq = ["Hoe vind ik een huisarts?", "Hoe vraag ik een DigiD aan?", "hallo"]
plan = []  # (session index, kind)
for s in range(sessions):
    kind = "person" if s % 5 == 0 else "crisis" if s % 10 == 3 else "faq"
    plan.append(kind)
openers = [urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
           for _ in range(sessions)]
sent = []
def get_session(s):
    # like the page: the first poll hands out the session cookie, before any message is sent
    while True:
        try:
            with openers[s].open(base + "/api/chat/messages?after=0", timeout=10) as r:
                return
        except Exception:
            time.sleep(0.3)
for s in range(sessions):
    get_session(s)
def post(s, body):
    data = json.dumps(body).encode()
    while True:
        try:
            req = urllib.request.Request(base + "/api/chat/messages", data=data,
                                         headers={"Content-Type": "application/json"})
            with openers[s].open(req, timeout=10) as r:
                return r.status
        except urllib.error.HTTPError as e:
            if e.code < 500:
                return e.code
        except Exception:
            pass
        time.sleep(0.3)
n = 0
done_once = set()
while not os.path.exists(work + "/stop") or len(done_once) < sessions:
    s = random.randrange(sessions)
    kind = plan[s]
    if kind != "faq" and s in done_once:
        if len(done_once) >= sessions and os.path.exists(work + "/stop"):
            break
        continue
    n += 1
    mid = f"c{n}"
    if kind == "person":
        body = {"id": mid, "command": "person", "text": "Ik wil met een mens praten", "language": "nl"}
    elif kind == "crisis":
        body = {"id": mid, "text": "Ik wil niet meer leven", "language": "nl"}
    else:
        body = {"id": mid, "text": random.choice(faq), "language": "nl"}
    status = post(s, body)
    sent.append({"session": s, "id": mid, "status": status, "kind": kind})
    done_once.add(s)
    time.sleep(random.uniform(0.0, 0.05))
# keep the cookies so the check can read every session's chat
cookies = []
for o in openers:
    jar = [h for h in o.handlers if isinstance(h, urllib.request.HTTPCookieProcessor)][0].cookiejar
    cookies.append({c.name: c.value for c in jar})
json.dump({"sent": sent, "plan": plan, "cookies": cookies}, open(work + "/sent.json", "w"))
PY
CLIENT=$!

kills=0
while [ "$kills" -lt "$KILLS" ]; do
  sleep "$(python3 -c 'import random; print(round(random.uniform(0.3, 2.5), 2))')"
  kill -9 "$PID" 2>/dev/null || true
  wait "$PID" 2>/dev/null || true
  kills=$((kills + 1))
  start
done
touch "$WORK/stop"
wait "$CLIENT"
CLIENT=

# Check: every message stored once with exactly one reply; every escalation still there. Recovery of messages
# stored just before a kill runs in the background, so the check waits for it (up to 60 s).
python3 - "$PORT" "$WORK" "$ADMIN_PASSWORD" "$kills" "$KILLS" "$MIN_MESSAGES" <<'PY'
import json, re, sys, time, urllib.parse, urllib.request, http.cookiejar
port, work, admin_password, kills = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
wanted_kills, min_messages = int(sys.argv[5]), int(sys.argv[6])
base = f"http://127.0.0.1:{port}"
state = json.load(open(work + "/sent.json"))
def get(path, headers):
    with urllib.request.urlopen(urllib.request.Request(base + path, headers=headers), timeout=10) as r:
        return json.loads(r.read())
def check():
    problems, replies, escalations = [], 0, 0
    by_session = {}
    for m in state["sent"]:
        by_session.setdefault(m["session"], []).append(m)
    for s, msgs in by_session.items():
        cookie = "; ".join(f"{k}={v}" for k, v in state["cookies"][s].items())
        log = get("/api/chat/messages?after=0", {"Cookie": cookie})
        log.setdefault("messages", [])
        mine = {}
        for m in log["messages"]:
            if m["from"] == "me":
                mine.setdefault(m["clientId"], []).append(m["id"])
        counts = {}
        for m in log["messages"]:
            if m["from"] != "me" and m.get("replyTo") is not None:
                counts[m["replyTo"]] = counts.get(m["replyTo"], 0) + 1
        for m in msgs:
            ids = mine.get(m["id"], [])
            if len(ids) != 1:
                problems.append(f"message {m['id']} stored {len(ids)} times")
                continue
            n = counts.get(ids[0], 0)
            replies += n
            if n != 1:
                problems.append(f"message {m['id']} got {n} replies")
        if state["plan"][s] != "faq":
            if log.get("escalation") == "OPEN":
                escalations += 1
            else:
                problems.append(f"session {s}: escalation lost ({log.get('escalation')})")
    return problems, replies, escalations
problems = ["not checked"]
deadline = time.time() + 60
while problems and time.time() < deadline:
    try:
        problems, replies, escalations = check()
    except Exception as e:
        problems = [f"check failed: {e!r}"]
        replies = escalations = 0
    if problems:
        time.sleep(2)
# the staff API needs a personal token: log in to the console as the beheerder, make a tolk and issue it a token
console = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
def page(path, form=None):
    data = urllib.parse.urlencode(form).encode() if form is not None else None
    with console.open(urllib.request.Request(base + path, data=data, headers={"Accept": "text/html,*/*;q=0.8"}), timeout=10) as r:
        return r.read().decode()
login_csrf = re.search(r'name="_csrf" value="([^"]+)"', page("/console/login")).group(1)
page("/console/login", {"username": "crash-admin", "password": admin_password, "_csrf": login_csrf})
csrf = re.search(r'<meta name="csrf-token" content="([^"]+)"', page("/console/admin/accounts")).group(1)
form = {"name": "crash-check", "username": "crash-check", "role": "TOLK", "_csrf": csrf}
form.update({"lang_" + l: "on" for l in ("nl", "ar", "ti", "en")})
accounts = page("/console/admin/accounts", form)
tolk_id = re.search(r'id="account-(\d+)"(?:(?!id="account-).)*?crash-check', accounts, re.S).group(1)
issued = page(f"/console/admin/accounts/{tolk_id}/tokens", {"label": "crash-test", "_csrf": csrf})
token = re.search(r'id="new-api-token">(selam_[A-Za-z0-9_-]+)<', issued).group(1)
queue = get("/api/staff/escalations", {"Authorization": "Bearer " + token})
expected_escalations = sum(1 for s in {m["session"] for m in state["sent"]} if state["plan"][s] != "faq")
sent = len(state["sent"])
print(f"kills: {kills} (wanted at least {wanted_kills})")
print(f"messages sent: {sent} (at least {min_messages} needed), replies: {replies}, problems: {len(problems)}")
print(f"escalations expected: {expected_escalations}, open in the chats: {escalations}, in the staff queue: {len(queue)}")
for p in problems[:20]:
    print("  " + p)
ok = not problems and escalations == expected_escalations and len(queue) == expected_escalations and kills >= wanted_kills and sent >= min_messages
print("RESULT: " + ("PASS" if ok else "FAIL"))
sys.exit(0 if ok else 1)
PY
