package nl.selam.bot.console;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.views.View;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A template that fails while rendering answers 500 at once instead of leaving the browser waiting. */
@MicronautTest(transactional = false)
class BrokenViewTest {

    @Inject
    EmbeddedServer server;

    @Test
    void aTemplateErrorIsA500NotAHangingRequest() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.getURI().resolve("/test-broken-view"))
                .header("Accept", "text/html").timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(500, response.statusCode());
    }

    @Controller(value = "/test-broken-view", produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_ANONYMOUS)
    static class BrokenController {
        @Get
        @View("console/test-broken")
        Map<String, Object> page() {
            return Map.of("thing", "text");
        }
    }
}
