package nl.selam.bot.system;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Residents' words never reach the log (DESIGN.md, privacy). Runs good and bad requests that carry a distinctive
 * marker through the production logback configuration and searches everything logged for it.
 */
@MicronautTest(transactional = false)
class NoMessageTextInLogsTest {

    private static final String MARKER = "Zebrakwaggazorg7731";

    @Inject
    @Client("/")
    HttpClient client;

    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private Logger root;

    @BeforeEach
    void captureLogs() {
        root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        captured.start();
        root.addAppender(captured);
    }

    @AfterEach
    void stopCapturing() {
        root.detachAppender(captured);
        captured.stop();
    }

    @Test
    void messageTextNeverAppearsInTheLog() {
        json("{\"text\": \"Hoe vind ik een huisarts " + MARKER + "?\"}");
        json("{\"text\": \"Ik wil niet meer leven " + MARKER + "\"}");
        json("{\"text\": \"" + MARKER + "\", \"language\": \"ti\"}");
        json("{\"text\": \"" + MARKER + "\\u0007\"}");
        json("{\"text\": \"" + MARKER.repeat(300) + "\"}");
        json("{\"text\": \"" + MARKER);
        json("{\"text\": \"hallo\", \"language\": \"" + MARKER + "\"}");
        send(HttpRequest.POST("/api/ask", MARKER).contentType(MediaType.TEXT_PLAIN));
        send(HttpRequest.POST("/api/ask", "{\"text\": \"" + MARKER.repeat(4000) + "\"}")
                .contentType(MediaType.APPLICATION_JSON));
        send(HttpRequest.GET("/api/texts/" + MARKER));

        LoggerFactory.getLogger(NoMessageTextInLogsTest.class).warn("canary: the capture works");
        List<String> lines = logged();
        assertTrue(lines.stream().anyMatch(l -> l.contains("canary")), "the appender sees log events");
        assertFalse(lines.stream().anyMatch(l -> l.contains(MARKER)), "message text was logged: " + lines);
    }

    private void json(String body) {
        send(HttpRequest.POST("/api/ask", body).contentType(MediaType.APPLICATION_JSON));
    }

    private void send(HttpRequest<?> request) {
        try {
            client.toBlocking().exchange(request, Map.class);
        } catch (HttpClientResponseException expectedForBadInput) {
            // the status is tested elsewhere; here only the log matters
        }
    }

    private List<String> logged() {
        List<String> lines = new ArrayList<>();
        for (ILoggingEvent event : captured.list) {
            lines.add(event.getLoggerName() + " " + event.getFormattedMessage());
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                lines.add(t.getClassName() + ": " + t.getMessage());
            }
        }
        return lines;
    }
}
