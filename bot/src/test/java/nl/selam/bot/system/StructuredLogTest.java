package nl.selam.bot.system;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.selam.bot.escalation.EscalationService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * JSON logs (SELAM_LOG_FORMAT=json): one JSON object per line with the request id and conversation id from the
 * MDC, still without a resident's words; a proxy's request id is echoed only when it looks like one.
 */
@MicronautTest(transactional = false)
class StructuredLogTest {

    private static final String MARKER = "Zebrakwaggazorg7731";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    @Client("/")
    HttpClient http;

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
    void anEscalationIsLoggedWithItsRequestAndConversationIdAndNoText() throws Exception {
        HttpResponse<?> response = http.toBlocking().exchange(HttpRequest.POST("/api/chat/messages",
                        Map.of("id", "log" + UUID.randomUUID().toString().substring(0, 8), "text", "Ik wil een mens spreken " + MARKER,
                                "language", "nl"))
                .header("X-Request-Id", "proxy-req-4711"), Map.class);
        assertEquals(202, response.code());
        assertEquals("proxy-req-4711", response.header("X-Request-Id"));

        ILoggingEvent opened = captured.list.stream()
                .filter(e -> e.getLoggerName().equals(EscalationService.class.getName())).findFirst()
                .orElseThrow(() -> new AssertionError("no escalation logged: " + captured.list));
        JsonNode line = encodeJson(opened);
        assertEquals("INFO", line.get("level").asText());
        assertTrue(line.get("formattedMessage").asText().startsWith("Escalation "), line.toString());
        assertEquals("proxy-req-4711", line.get("mdc").get("requestId").asText(), line.toString());
        assertTrue(line.get("mdc").get("conversationId").asText().matches("\\d+"), line.toString());

        SwitchableEncoder encoder = encoder("json");
        for (ILoggingEvent event : captured.list) {
            String encoded = new String(encoder.encode(event), StandardCharsets.UTF_8);
            assertFalse(encoded.contains(MARKER), "message text in a JSON log line: " + encoded);
        }
    }

    @Test
    void aRequestIdThatCouldForgeLogLinesIsReplaced() {
        for (String forged : List.of("a\"b", "x".repeat(65), "id with spaces", "ü-nicode")) {
            HttpResponse<?> response = http.toBlocking().exchange(HttpRequest.GET("/health")
                    .header("X-Request-Id", forged), Map.class);
            String id = response.header("X-Request-Id");
            assertNotEquals(forged, id);
            assertTrue(id.matches("[0-9a-f-]{36}"), id);
        }
        String fresh = http.toBlocking().exchange(HttpRequest.GET("/health"), Map.class).header("X-Request-Id");
        assertTrue(fresh.matches("[0-9a-f-]{36}"), fresh);
    }

    @Test
    void theTextFormatIsTheDefaultAndAnUnknownFormatFallsBackToIt() {
        LoggingEvent event = event("Answer engine ready");
        for (String format : List.of("text", "TEXT", "xml", "")) {
            String line = new String(encoder(format).encode(event), StandardCharsets.UTF_8);
            assertTrue(line.matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  \\[main] some\\.Logger - Answer engine ready\\R"),
                    format + ": " + line);
        }
    }

    @Test
    void jsonIsOneObjectPerLine() throws Exception {
        JsonNode line = encodeJson(event("two\nlines"));
        assertEquals("two\nlines", line.get("formattedMessage").asText());
        assertFalse(line.has("arguments"), "arguments are not repeated");
        String raw = new String(encoder("json").encode(event("two\nlines")), StandardCharsets.UTF_8);
        assertEquals(1, raw.strip().lines().count(), raw);
    }

    private static JsonNode encodeJson(ILoggingEvent event) throws Exception {
        return JSON.readTree(encoder("json").encode(event));
    }

    private static SwitchableEncoder encoder(String format) {
        SwitchableEncoder encoder = new SwitchableEncoder();
        encoder.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        encoder.setFormat(format);
        encoder.start();
        return encoder;
    }

    private static LoggingEvent event(String message) {
        LoggingEvent event = new LoggingEvent();
        event.setLoggerContext((LoggerContext) LoggerFactory.getILoggerFactory());
        event.setLoggerName("some.Logger");
        event.setLevel(Level.INFO);
        event.setThreadName("main");
        event.setMessage(message);
        event.setTimeStamp(System.currentTimeMillis());
        return event;
    }
}
