-- wrk script: residents writing to the web chat (POST /api/chat/messages), each message from a new session (no
-- cookie), so the per-resident flood limit does not turn the load into 429s. Questions rotate over four languages.
-- Usage: wrk -t2 -c16 -d60s -s ops/load/chat.lua http://127.0.0.1:8080
local questions = {
  "Hoe vind ik een huisarts?",
  "How do I open a bank account?",
  "كيف اسجل في البلدية؟",
  "ከመይ ጌረ ሓኪም ይረክብ?",
  "Ik wil met een mens praten",
  "Wanneer krijg ik mijn toeslag?",
}
local counter = 0
local thread_id = 0

function setup(thread)
  thread:set("thread_id", thread_id)
  thread_id = thread_id + 1
end

function init(args)
  math.randomseed(os.time() + thread_id)
end

function request()
  counter = counter + 1
  local id = string.format("w%d-%d-%d", thread_id, os.time() % 100000, counter)
  local q = questions[(counter % #questions) + 1]
  local body = string.format('{"id":"%s","text":"%s"}', id, q)
  return wrk.format("POST", "/api/chat/messages", {["Content-Type"] = "application/json"}, body)
end

function done(summary, latency, requests)
  local codes = summary.errors
  io.write(string.format("requests %d, non-2xx/3xx %d, socket errors %d, p50 %.1f ms, p99 %.1f ms\n",
    summary.requests, summary.errors.status, codes.connect + codes.read + codes.write + codes.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
