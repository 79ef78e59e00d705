#!/usr/bin/env python3
"""Crash test (issues 4 and 13): residents keep writing while Selam is killed with kill -9 and started again.

Run through ops/crash-test.sh, which documents the settings. Modes (MODES, all by default):
  h2-web        one instance on the embedded H2 file, residents on the web chat
  pg-web        one instance on PostgreSQL, web chat
  pg-telegram   one instance on PostgreSQL in Telegram webhook mode; residents are Telegram chats posted to
                /telegram/webhook (an update that is not acknowledged is redelivered with the same update_id, as
                Telegram does); replies go through the outbox to a local fake Bot API that logs what it received
  pg-two        two instances on one PostgreSQL database, web chat; only instance A is killed, residents fail
                over to B (as behind a load balancer), and B must keep answering while A is down

Pass rule per mode: at least KILLS kills and MIN_MESSAGES messages sent; every message stored exactly once with
exactly one reply; every FAQ reply on the right topic (it contains the topic's key word); every escalation still
open in the resident's view and in the staff queue; Telegram: every reply delivered to the (fake) Bot API, none
twice; two instances: no message that neither instance accepted (B kept serving).
"""
import http.cookiejar
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
KILLS = int(os.environ.get("KILLS", "20"))
MIN_MESSAGES = int(os.environ.get("MIN_MESSAGES", str(KILLS * 10)))
SESSIONS = int(os.environ.get("SESSIONS", "30"))
PORT = int(os.environ.get("PORT", "18090"))
JAR = os.environ.get("SELAM_JAR", os.path.join(ROOT, "bot/target/selam.jar"))
MODES = os.environ.get("MODES", "h2-web pg-web pg-telegram pg-two").split()
PG_HOST = os.environ.get("PG_HOST", "127.0.0.1")
PG_DB = os.environ.get("PG_DB", "selam_crash_test")
# e.g. "-XX:SharedArchiveFile=selam.jsa": restarts with the class data archive take about half the CPU
JAVA_OPTS = os.environ.get("JAVA_OPTS", "").split()
KEEP = os.environ.get("KEEP_DATA", "0") == "1"
# a start normally takes 15-30 s here; a machine shared with builds can take minutes
START_TIMEOUT = int(os.environ.get("START_TIMEOUT", "600"))
ADMIN_PASSWORD = "crash-test-admin-password"
SECRET = "crash-test-webhook-secret"

# FAQ questions and the word the right answer contains (checked case-insensitively in the reply text); "hallo"
# is small talk and must be answered as a greeting, without a topic.
FAQ = [("Hoe vind ik een huisarts?", "huisarts"), ("Hoe vraag ik een DigiD aan?", "digid"), ("hallo", None)]
PERSON = "Ik wil met een mens praten"
CRISIS = "Ik wil niet meer leven"


def log(*args):
    print(*args, flush=True)


class Instance:
    """One Selam process; start() waits until /health answers."""

    def __init__(self, name, port, data, env):
        self.name, self.port, self.data, self.env, self.proc = name, port, data, env, None
        self.base = f"http://127.0.0.1:{port}"

    def start(self):
        env = dict(os.environ)
        env.update(self.env)
        env.update({"SELAM_DATA_DIR": self.data, "MICRONAUT_SERVER_PORT": str(self.port)})
        out = open(os.path.join(self.data + "-" + self.name + ".log"), "ab")
        self.proc = subprocess.Popen(["java", *JAVA_OPTS, "-jar", JAR], env=env, stdout=out, stderr=subprocess.STDOUT)
        deadline = time.time() + START_TIMEOUT
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise SystemExit(f"{self.name} exited during start-up; see {self.data}-{self.name}.log")
            try:
                with urllib.request.urlopen(self.base + "/health", timeout=2) as r:
                    if r.status == 200:
                        return
            except Exception:
                pass
            time.sleep(0.25)
        self.kill9()
        raise SystemExit(f"{self.name} did not become healthy in {START_TIMEOUT} s")

    def kill9(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait()

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(60)
            except subprocess.TimeoutExpired:
                self.kill9()


def psql(sql):
    out = subprocess.run(["psql", "-h", PG_HOST, "-U", "postgres", "-d", PG_DB, "-AtF", "\t", "-c", sql],
                         check=True, capture_output=True, text=True).stdout
    return [line.split("\t") for line in out.splitlines() if line]


def fresh_pg():
    for sql in (f"DROP DATABASE IF EXISTS {PG_DB} WITH (FORCE)", f"CREATE DATABASE {PG_DB}"):
        subprocess.run(["psql", "-h", PG_HOST, "-U", "postgres", "-qc", sql], check=True, capture_output=True)
    return {"DATASOURCES_DEFAULT_URL": f"jdbc:postgresql://{PG_HOST}:5432/{PG_DB}",
            "DATASOURCES_DEFAULT_USERNAME": "postgres", "DATASOURCES_DEFAULT_PASSWORD": "",
            "DATASOURCES_DEFAULT_DIALECT": "POSTGRES", "DATASOURCES_DEFAULT_DRIVER_CLASS_NAME": "org.postgresql.Driver"}


class Residents(threading.Thread):
    """Sends messages until told to stop and every session has sent at least once. A message that is not
    accepted is resent with the same id (web) or update_id (Telegram) until an instance accepts it."""

    def __init__(self, mode, bases, sessions, chat_base):
        super().__init__(daemon=True)
        self.mode, self.bases, self.sessions = mode, bases, sessions
        self.stop = threading.Event()
        self.sent, self.unserved = [], 0
        self.plan = ["person" if s % 5 == 0 else "crisis" if s % 10 == 3 else "faq" for s in range(sessions)]
        self.jars = [http.cookiejar.CookieJar() for _ in range(sessions)]
        self.openers = [urllib.request.build_opener(urllib.request.HTTPCookieProcessor(j)) for j in self.jars]
        self.chat_base = chat_base
        self.message_ids = [0] * sessions
        self.update_id = 1000

    def post(self, s, path, body, headers):
        data = json.dumps(body).encode()
        rotation = random.randrange(len(self.bases))
        while True:
            for k in range(len(self.bases)):
                base = self.bases[(rotation + k) % len(self.bases)]
                try:
                    req = urllib.request.Request(base + path, data=data,
                                                 headers={"Content-Type": "application/json", **headers})
                    with self.openers[s].open(req, timeout=15) as r:
                        return r.status
                except urllib.error.HTTPError as e:
                    if e.code < 500:
                        return e.code
                except Exception:
                    pass
            # no instance accepted it: with two instances that means B was not serving either
            self.unserved += 1 if len(self.bases) > 1 else 0
            time.sleep(0.3)

    def session_cookie(self, s):
        while True:  # like the page: the first poll hands out the cookie before any message is sent
            for base in self.bases:
                try:
                    with self.openers[s].open(base + "/api/chat/messages?after=0", timeout=10):
                        return
                except Exception:
                    pass
            time.sleep(0.3)

    def run(self):
        if self.mode != "telegram":
            for s in range(self.sessions):
                self.session_cookie(s)
        done_once = set()
        n = 0
        while not (self.stop.is_set() and len(done_once) >= self.sessions):
            s = random.randrange(self.sessions)
            kind = self.plan[s]
            if kind != "faq" and s in done_once:
                continue  # person and crisis residents send one message each
            n += 1
            if kind == "person":
                text, expect = PERSON, None
            elif kind == "crisis":
                text, expect = CRISIS, None
            else:
                text, expect = random.choice(FAQ)
            if self.mode == "telegram":
                self.message_ids[s] += 1
                self.update_id += 1
                chat = self.chat_base + s
                mid = f"{chat}:{self.message_ids[s]}"
                update = {"update_id": self.update_id, "message": {
                    "message_id": self.message_ids[s], "date": int(time.time()),
                    "chat": {"id": chat, "type": "private", "first_name": "Crash"},
                    "from": {"id": chat, "is_bot": False, "first_name": "Crash", "language_code": "nl"},
                    "text": text}}
                status = self.post(s, "/telegram/webhook", update, {"X-Telegram-Bot-Api-Secret-Token": SECRET})
            else:
                mid = f"c{n}"
                body = {"id": mid, "text": text, "language": "nl"}
                if kind == "person":
                    body["command"] = "person"
                status = self.post(s, "/api/chat/messages", body, {})
            self.sent.append({"session": s, "id": mid, "status": status, "kind": kind, "expect": expect})
            done_once.add(s)
            time.sleep(random.uniform(0.0, 0.05))

    def cookie(self, s):
        return "; ".join(f"{c.name}={c.value}" for c in self.jars[s])


def get_json(base, path, headers):
    with urllib.request.urlopen(urllib.request.Request(base + path, headers=headers), timeout=60) as r:
        return json.loads(r.read())


def staff_queue(base):
    """The staff API needs a personal token: log in to the console as the beheerder, make a tolk, issue a token."""
    console = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

    def page(path, form=None):
        data = urllib.parse.urlencode(form).encode() if form is not None else None
        req = urllib.request.Request(base + path, data=data, headers={"Accept": "text/html,*/*;q=0.8"})
        with console.open(req, timeout=120) as r:  # bcrypt at cost 12 is slow on a busy machine
            return r.read().decode()
    login_csrf = re.search(r'name="_csrf" value="([^"]+)"', page("/console/login")).group(1)
    page("/console/login", {"username": "crash-admin", "password": ADMIN_PASSWORD, "_csrf": login_csrf})
    csrf = re.search(r'<meta name="csrf-token" content="([^"]+)"', page("/console/admin/accounts")).group(1)
    form = {"name": "crash-check", "username": "crash-check", "role": "TOLK", "_csrf": csrf}
    form.update({"lang_" + lang: "on" for lang in ("nl", "ar", "ti", "en")})
    accounts = page("/console/admin/accounts", form)
    tolk = re.search(r'id="account-(\d+)"(?:(?!id="account-).)*?crash-check', accounts, re.S).group(1)
    issued = page(f"/console/admin/accounts/{tolk}/tokens", {"label": "crash-test", "_csrf": csrf})
    token = re.search(r'id="new-api-token">(selam_[A-Za-z0-9_-]+)<', issued).group(1)
    return get_json(base, "/api/staff/escalations", {"Authorization": "Bearer " + token})


def right_topic(expect, reply_text):
    if expect is None:
        return True
    return expect in (reply_text or "").lower()


def check_web(residents, base):
    """Every message stored once with exactly one reply, on the right topic; escalations still open."""
    problems, replies, escalations = [], 0, 0
    by_session = {}
    for m in residents.sent:
        by_session.setdefault(m["session"], []).append(m)
    for s, msgs in by_session.items():
        chat = get_json(base, "/api/chat/messages?after=0", {"Cookie": residents.cookie(s)})
        mine, answers = {}, {}
        for m in chat.get("messages", []):
            if m["from"] == "me":
                mine.setdefault(m.get("clientId"), []).append(m["id"])
            elif m.get("replyTo") is not None:
                answers.setdefault(m["replyTo"], []).append(m.get("text") or "")
        for m in msgs:
            ids = mine.get(m["id"], [])
            if len(ids) != 1:
                problems.append(f"message {m['id']} stored {len(ids)} times")
                continue
            got = answers.get(ids[0], [])
            replies += len(got)
            if len(got) != 1:
                problems.append(f"message {m['id']} got {len(got)} replies")
            elif m["kind"] == "faq" and not right_topic(m["expect"], got[0]):
                problems.append(f"message {m['id']}: reply is not about '{m['expect']}'")
        if residents.plan[s] != "faq":
            if chat.get("escalation") == "OPEN":
                escalations += 1
            else:
                problems.append(f"session {s}: escalation lost ({chat.get('escalation')})")
    return problems, replies, escalations, 0


def check_telegram(residents, delivered_log):
    """From the database (stored once, one reply, right topic) and from what the fake Bot API received."""
    problems, replies, escalations, duplicates = [], 0, 0, 0
    rows = psql("SELECT i.channel_message_id, count(r.id), regexp_replace(coalesce(string_agg(r.text, ' | '), ''), '\\s+', ' ', 'g') FROM message i "
                "LEFT JOIN message r ON r.reply_to = i.id AND r.direction = 'OUT' "
                "WHERE i.direction = 'IN' AND i.channel = 'telegram' GROUP BY i.id, i.channel_message_id")
    stored = {}
    for key, count, texts in rows:
        stored.setdefault(key, []).append((int(count), texts))
    for m in residents.sent:
        got = stored.get(m["id"], [])
        if len(got) != 1:
            problems.append(f"message {m['id']} stored {len(got)} times")
            continue
        count, texts = got[0]
        replies += count
        if count != 1:
            problems.append(f"message {m['id']} got {count} replies")
        elif m["kind"] == "faq" and not right_topic(m["expect"], texts):
            problems.append(f"message {m['id']}: reply is not about '{m['expect']}'")
    # every reply message in the database reached the Bot API, and none twice (per chat: deliveries = replies)
    out = {chat: int(n) for chat, n in psql(
        "SELECT res.channel_user_id, count(m.id) FROM message m JOIN resident res ON res.id = m.resident_id "
        "WHERE m.direction = 'OUT' AND res.channel = 'telegram' GROUP BY res.channel_user_id")}
    deliveries = {}
    if os.path.exists(delivered_log):
        for line in open(delivered_log, encoding="utf-8"):
            chat = str(json.loads(line)["chat"])
            deliveries[chat] = deliveries.get(chat, 0) + 1
    for chat, n in out.items():
        d = deliveries.get(chat, 0)
        if d < n:
            problems.append(f"chat {chat}: {n} replies, {d} delivered")
        duplicates += max(0, d - n)
    for s in {m["session"] for m in residents.sent}:
        if residents.plan[s] != "faq":
            state = psql(f"SELECT e.state FROM escalation e JOIN resident r ON r.id = e.resident_id "
                         f"WHERE r.channel = 'telegram' AND r.channel_user_id = '{residents.chat_base + s}'")
            if ["OPEN"] in state:
                escalations += 1
            else:
                problems.append(f"chat {residents.chat_base + s}: escalation lost ({state})")
    return problems, replies, escalations, duplicates


def wait_for_outbox(seconds):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if psql("SELECT count(*) FROM outbox WHERE state = 'PENDING'") == [["0"]]:
            return
        time.sleep(1)


def run_mode(mode, work, fake_port, delivered_log):
    log(f"== {mode}: {KILLS} kills, {SESSIONS} residents")
    data = os.path.join(work, mode)
    os.makedirs(data, exist_ok=True)
    env = {"SELAM_ADMIN_USER": "crash-admin", "SELAM_ADMIN_PASSWORD": ADMIN_PASSWORD,
           "SELAM_CONVERSATION_FLOOD_LIMIT": "100000", "SELAM_CONSOLE_SECRET": "crash-test-console-secret-0123456789abcdef"}
    if mode.startswith("pg"):
        env.update(fresh_pg())
    telegram = mode == "pg-telegram"
    if telegram:
        open(delivered_log, "w").close()
        env.update({"TELEGRAM_BOT_TOKEN": "123:crash", "TELEGRAM_API_URL": f"http://127.0.0.1:{fake_port}",
                    "TELEGRAM_WEBHOOK_URL": "https://selam.example/telegram/webhook",
                    "TELEGRAM_WEBHOOK_SECRET": SECRET})
    a = Instance("a", PORT, os.path.join(data, "a"), env)
    instances = [a]
    if mode == "pg-two":
        instances.append(Instance("b", PORT + 2, os.path.join(data, "b"), env))
    try:
        for i in instances:
            os.makedirs(i.data, exist_ok=True)
            i.start()
    except BaseException:
        for i in instances:
            i.stop()
        raise
    residents = Residents("telegram" if telegram else "web", [i.base for i in instances], SESSIONS,
                          chat_base=7_000_000 + random.randrange(1000) * 1000)
    residents.start()
    kills = 0
    try:
        while kills < KILLS:
            time.sleep(random.uniform(0.3, 2.5))
            a.kill9()  # with two instances only A is killed; B keeps serving
            kills += 1
            a.start()
        residents.stop.set()
        residents.join()
        checker = instances[-1].base
        problems = ["not checked"]
        deadline = time.time() + 90  # recovery of messages stored just before a kill runs in the background
        while problems and time.time() < deadline:
            try:
                if telegram:
                    wait_for_outbox(30)
                    problems, replies, escalations, duplicates = check_telegram(residents, delivered_log)
                else:
                    problems, replies, escalations, duplicates = check_web(residents, checker)
            except Exception as e:
                problems, replies, escalations, duplicates = [f"check failed: {e!r}"], 0, 0, 0
            if problems:
                time.sleep(2)
        try:
            queue = staff_queue(checker)
        except Exception as e:
            problems.append(f"staff queue not read: {e!r}")
            queue = []
    finally:
        residents.stop.set()
        for i in instances:
            i.stop()
    sessions = {m["session"] for m in residents.sent}
    expected = sum(1 for s in sessions if residents.plan[s] != "faq")
    sent = len(residents.sent)
    faq = sum(1 for m in residents.sent if m["kind"] == "faq" and m["expect"])
    ok = (not problems and escalations == expected and len(queue) == expected and kills >= KILLS
          and sent >= MIN_MESSAGES and duplicates == 0 and residents.unserved == 0)
    for p in problems[:20]:
        log("  " + p)
    result = {"mode": mode, "kills": kills, "sent": sent, "replies": replies, "topic_checked": faq,
              "problems": len(problems), "escalations": f"{escalations}/{len(queue)}/{expected}",
              "duplicate_deliveries": duplicates, "unserved": residents.unserved, "result": "PASS" if ok else "FAIL"}
    log(json.dumps(result))
    return result


def main():
    if not os.path.exists(JAR):
        subprocess.run(["mvn", "-B", "-o", "-q", "package", "-DskipTests", "-pl", "bot", "-am"], cwd=ROOT, check=True)
    work = tempfile.mkdtemp(prefix="selam-crash.")
    fake = None
    try:
        delivered = os.path.join(work, "telegram-sent.jsonl")
        fake_port = PORT + 1
        if "pg-telegram" in MODES:
            classes = os.path.join(work, "driver")
            subprocess.run(["javac", "-d", classes, os.path.join(ROOT, "ops/load/LoadDriver.java")], check=True)
            fake = subprocess.Popen(["java", "-cp", classes, "LoadDriver", "fake-telegram", str(fake_port), delivered],
                                    stdout=subprocess.DEVNULL)
        results = [run_mode(mode, work, fake_port, delivered) for mode in MODES]
    finally:
        if fake:
            fake.terminate()
        if KEEP:
            log(f"data kept in {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    log(f"\nKILLS={KILLS} (per mode), MIN_MESSAGES={MIN_MESSAGES}, SESSIONS={SESSIONS}")
    cols = ["mode", "kills", "sent", "replies", "topic_checked", "problems", "escalations", "duplicate_deliveries",
            "unserved", "result"]
    log("| " + " | ".join(cols) + " |")
    log("|" + "---|" * len(cols))
    for r in results:
        log("| " + " | ".join(str(r[c]) for c in cols) + " |")
    ok = all(r["result"] == "PASS" for r in results)
    log("RESULT: " + ("PASS" if ok else "FAIL"))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
