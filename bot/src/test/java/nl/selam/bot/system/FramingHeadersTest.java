package nl.selam.bot.system;

import io.micronaut.context.annotation.Property;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10, hole 7: the console may never be framed (clickjacking); the web chat only by the origins configured in
 * SELAM_WEB_EMBED_ORIGINS. Checked on pages, redirects, errors and forged requests alike.
 */
@MicronautTest(transactional = false)
@Property(name = "selam.web.embed-origins", value = "https://www.gemeente.example, https://wijk.gemeente.example:8443")
class FramingHeadersTest {

    @Inject
    EmbeddedServer server;

    @Test
    void everyConsoleResponseForbidsFraming() {
        ConsoleSession admin = new ConsoleSession(server.getURI());
        admin.login("admin", "admin-password-for-tests");
        List<HttpResponse<String>> responses = List.of(admin.get("/console/admin/accounts"), admin.get("/console"),
                admin.get("/console/no-such-page"), new ConsoleSession(server.getURI()).get("/console/login"),
                new ConsoleSession(server.getURI()).get("/console/queue"),
                new ConsoleSession(server.getURI()).postRaw("/console/account", Map.of("_csrf", "forged")),
                RawConsole.get(server.getURI(), "/console/queue", "forged.token.", RawConsole.ANY),
                admin.get("/console/assets/console.css"));
        for (HttpResponse<String> r : responses) {
            String where = r.uri() + " " + r.statusCode();
            assertTrue(csp(r).contains("frame-ancestors 'none'"), where);
            assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""), where);
        }
    }

    @Test
    void theWebChatMayBeFramedByTheConfiguredOriginsOnly() {
        for (String path : List.of("/", "/index.html", "/chat.js", "/chat.css", "/api/chat/messages?after=0")) {
            HttpResponse<String> r = RawConsole.send(HttpRequest.newBuilder(server.getURI().resolve(path)).GET()
                    .build());
            String csp = csp(r);
            assertTrue(csp.contains("frame-ancestors 'self' https://www.gemeente.example "
                    + "https://wijk.gemeente.example:8443"), path + ": " + csp);
            assertFalse(csp.contains("*"), path);
            // X-Frame-Options cannot name other sites; sending it would break the allowed embedding
            assertTrue(r.headers().firstValue("X-Frame-Options").isEmpty(), path);
        }
    }

    @Test
    void parallelRequestsAllCarryTheHeaders() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<HttpResponse<String>>> all = new java.util.ArrayList<>();
            for (int i = 0; i < 24; i++) {
                String path = i % 2 == 0 ? "/console/login" : "/";
                all.add(pool.submit(() -> RawConsole.send(HttpRequest.newBuilder(server.getURI().resolve(path))
                        .GET().build())));
            }
            for (var f : all) {
                assertTrue(csp(f.get()).contains("frame-ancestors"));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String csp(HttpResponse<String> r) {
        return r.headers().firstValue("Content-Security-Policy").orElse("");
    }
}
