package nl.selam.bot.system;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.selam.bot.support.ConsoleSession;
import nl.selam.bot.support.RawConsole;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10, hole 9: console pages and the resident and staff APIs carry conversations and accounts; no browser or
 * proxy may keep a copy ({@code Cache-Control: no-store}), also on errors and refusals. Without it the web chat's
 * own page, frames in the default setting ('self' plus SAMEORIGIN) are checked here too.
 */
@MicronautTest(transactional = false)
class NoStoreTest {

    @Inject
    EmbeddedServer server;

    @Test
    void consolePagesAreNeverStored() {
        ConsoleSession admin = new ConsoleSession(server.getURI());
        admin.login("admin", "admin-password-for-tests");
        List<HttpResponse<String>> responses = List.of(admin.get("/console/admin/accounts"),
                admin.get("/console/account"), admin.get("/console/faq"), admin.get("/console/unanswered"),
                new ConsoleSession(server.getURI()).get("/console/login"),
                new ConsoleSession(server.getURI()).get("/console/queue"),
                admin.postRaw("/console/account", Map.of("_csrf", "forged")));
        for (HttpResponse<String> r : responses) {
            assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""), r.uri() + " "
                    + r.statusCode());
        }
    }

    @Test
    void residentAndStaffApiResponsesAreNeverStored() {
        List<HttpRequest> requests = List.of(
                HttpRequest.newBuilder(server.getURI().resolve("/api/chat/messages?after=0")).GET().build(),
                HttpRequest.newBuilder(server.getURI().resolve("/api/chat/messages"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"n1\",\"text\":\"hallo\"}")).build(),
                HttpRequest.newBuilder(server.getURI().resolve("/api/ask")).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"Hoe vraag ik toeslag aan?\"}")).build(),
                HttpRequest.newBuilder(server.getURI().resolve("/api/ask")).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{")).build(),
                HttpRequest.newBuilder(server.getURI().resolve("/api/staff/escalations")).GET().build());
        for (HttpRequest request : requests) {
            HttpResponse<String> r = RawConsole.send(request);
            assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""), request.uri() + " "
                    + r.statusCode());
        }
    }

    @Test
    void byDefaultTheWebChatIsFramedOnlyBySelamItself() {
        HttpResponse<String> page = RawConsole.send(HttpRequest.newBuilder(server.getURI().resolve("/")).GET().build());
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'self'"));
        assertEquals("SAMEORIGIN", page.headers().firstValue("X-Frame-Options").orElse(""));
    }
}
