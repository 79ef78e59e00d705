package nl.selam.bot.system;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.selam.bot.staff.StaffRole;
import nl.selam.bot.support.ConsoleAccounts;
import nl.selam.bot.support.ConsoleSession;
import nl.selam.bot.support.DatabaseRows;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10, holes 3 and 4: bytes that cannot be decoded (bad percent-encoding in console forms, a body that is not in
 * the content coding it names) get a 400, as a console page in the person's language or as JSON, never a 500.
 */
@MicronautTest(transactional = false)
class MalformedRequestTest {

    private static final String JSON = "application/json";

    @Inject
    EmbeddedServer server;

    @Inject
    ConsoleAccounts accounts;

    @Inject
    DatabaseRows rows;

    private final HttpClient http = HttpClient.newHttpClient();

    private ConsoleSession loggedIn(StaffRole role) {
        ConsoleSession session = new ConsoleSession(server.getURI());
        assertEquals(303, session.login(accounts.create(role, "nl").name(), ConsoleAccounts.PASSWORD).statusCode());
        return session;
    }

    @Test
    void badPercentEncodingInAnyConsoleFormIsA400PageInDutch() {
        ConsoleSession admin = loggedIn(StaffRole.BEHEERDER);
        long before = rows.count("SELECT COUNT(*) FROM staff_account");
        String csrf = "_csrf=" + admin.csrf();
        for (String[] form : List.of(new String[]{"/console/admin/accounts", "_csrf=%zz"},
                new String[]{"/console/admin/accounts", "a%=b&" + csrf},
                new String[]{"/console/admin/accounts", csrf + "&name=a%&role=TOLK&languages=ti"},
                new String[]{"/console/testbox", csrf + "&text=%zz"},
                new String[]{"/console/login", "_csrf=%zz&username=a&password=b"},
                new String[]{"/console/account", csrf + "&current=%E0%A4%A"})) {
            HttpResponse<String> page = admin.postRawBody(form[0], form[1]);
            assertEquals(400, page.statusCode(), form[0] + " " + form[1] + ": " + page.body());
            assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), form[1]);
            assertTrue(page.body().contains("Verzoek niet te lezen"), page.body());
            assertTrue(page.body().contains("lang=\"nl\""), "the page says its language");
        }
        assertEquals(before, rows.count("SELECT COUNT(*) FROM staff_account"), "nothing was created");
    }

    @Test
    void theConsolePageFollowsTheChosenLanguage() {
        ConsoleSession editor = loggedIn(StaffRole.REDACTEUR);
        editor.get("/console/language/en?back=/console/testbox");
        HttpResponse<String> page = editor.postRawBody("/console/testbox", "_csrf=" + editor.csrf() + "&text=%zz");
        assertEquals(400, page.statusCode());
        assertTrue(page.body().contains("Request could not be read"), page.body());
    }

    @Test
    void aBodyThatIsNotInItsContentEncodingIsA400WithJson() throws Exception {
        for (String coding : List.of("gzip", "x-gzip", "deflate")) {
            HttpResponse<String> response = post("/api/ask", coding, "0123456789".getBytes(StandardCharsets.UTF_8));
            assertEquals(400, response.statusCode(), coding + ": " + response.body());
            assertEquals("{\"error\":\"request body is not in the content encoding it names\"}", response.body());
        }
        HttpResponse<String> chat = post("/api/chat/messages", "gzip", new byte[]{0x1f, (byte) 0x8b, 8, 0, 1, 2});
        assertEquals(400, chat.statusCode(), chat.body());
    }

    @Test
    void aContentEncodingTheServerDoesNotDecodeIsRefused() throws Exception {
        for (String coding : List.of("br", "compress", "zstd", "made-up")) {
            HttpResponse<String> response = post("/api/ask", coding,
                    "{\"text\":\"Hoe vind ik een huisarts?\"}".getBytes(StandardCharsets.UTF_8));
            assertEquals(415, response.statusCode(), coding + ": " + response.body());
            assertTrue(response.body().startsWith("{\"error\":"), response.body());
        }
    }

    @Test
    void aGzipBombIsRefusedAsTooLarge() throws Exception {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(new byte[8 * 1024 * 1024]); // 8 MB of zeros in about 8 KB
        }
        HttpResponse<String> response = post("/api/ask", "gzip", zipped.toByteArray());
        assertEquals(413, response.statusCode(), response.body());
    }

    @Test
    void aRealGzipBodyIsStillAnswered() throws Exception {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write("{\"text\":\"Hoe vind ik een huisarts?\"}".getBytes(StandardCharsets.UTF_8));
        }
        HttpResponse<String> response = post("/api/ask", "gzip", zipped.toByteArray());
        assertEquals(200, response.statusCode(), response.body());
        assertFalse(response.body().contains("error"));
    }

    private HttpResponse<String> post(String path, String coding, byte[] body) throws IOException,
            InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + path)).header("Content-Type", JSON)
                .header("Content-Encoding", coding).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
