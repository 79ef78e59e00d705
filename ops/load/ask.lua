-- wrk script: POST /api/ask (the answer engine alone, no database), questions rotating over four languages.
-- Usage: wrk -t2 -c16 -d15s -s ops/load/ask.lua http://127.0.0.1:8080   (ops/load/run.sh runs it beside /api/ping)
local questions = {
  "Hoe vind ik een huisarts?",
  "How do I apply for DigiD?",
  "كيف أجد طبيب عام؟",
  "ከመይ ጌረ ሓኪም ይረክብ?",
}
local counter = 0

function request()
  counter = counter + 1
  local body = string.format('{"text":"%s"}', questions[(counter % #questions) + 1])
  return wrk.format("POST", "/api/ask", {["Content-Type"] = "application/json"}, body)
end
