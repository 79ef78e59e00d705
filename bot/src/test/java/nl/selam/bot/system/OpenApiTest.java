package nl.selam.bot.system;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The OpenAPI description is served to anyone at /openapi/selam.yml and covers the JSON APIs, nothing else. */
@MicronautTest(transactional = false)
class OpenApiTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    @SuppressWarnings("unchecked")
    void theJsonApisAreDescribedAndNothingElse() {
        HttpResponse<String> response = http.toBlocking().exchange(HttpRequest.GET("/openapi/selam.yml"),
                String.class);
        assertEquals(200, response.code());
        Map<String, Object> spec = new Yaml().load(response.body());
        assertTrue(String.valueOf(spec.get("openapi")).startsWith("3."));
        Map<String, Object> paths = (Map<String, Object>) spec.get("paths");
        for (String path : new String[]{"/api/ask", "/api/chat/messages", "/api/chat/language", "/api/chat/erase",
                "/api/staff/accounts", "/api/staff/escalations", "/api/staff/escalations/{id}/claim",
                "/api/staff/escalations/{id}/reply", "/api/staff/outbox/parked"}) {
            assertTrue(paths.containsKey(path), path + " not described: " + paths.keySet());
        }
        for (String path : paths.keySet()) {
            assertTrue(path.startsWith("/api/ask") || path.startsWith("/api/chat/") || path.startsWith("/api/staff/"),
                    "not a JSON API: " + path);
        }
        Map<String, Object> ask = (Map<String, Object>) ((Map<String, Object>) paths.get("/api/ask")).get("post");
        String askText = ask.toString();
        assertTrue(askText.contains("Hoe vind ik een huisarts?"), "the request example is there: " + askText);
        assertTrue(((Map<String, Object>) ask.get("responses")).containsKey("400"), askText);
        assertFalse(response.body().contains("/console"), "console pages are not an API");
        assertEquals("pong", http.toBlocking().retrieve(HttpRequest.GET("/api/ping")),
                "the load-test baseline answers without a login");
    }
}
