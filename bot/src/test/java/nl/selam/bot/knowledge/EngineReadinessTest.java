package nl.selam.bot.knowledge;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import nl.selam.bot.support.ChatClient;
import nl.selam.bot.support.DatabaseRows;
import nl.selam.kb.content.KnowledgeBase;
import nl.selam.kb.decision.Decision;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Start-up with the engine built beside it (issue 13): until the first engine is ready the instance says so (503 on
 * /health and /api/ask, liveness up), and a resident's message that arrives meanwhile is stored, not lost, and
 * answered exactly once as soon as the engine is ready. The build is held back by an overlay that waits for the
 * test, so "before ready" is a state the test controls rather than a race it hopes to win.
 */
@MicronautTest(transactional = false)
@Property(name = "selam.knowledge.build-before-serving", value = "false")
@Property(name = "readiness-test.hold-engine", value = "true")
class EngineReadinessTest {

    private static final String QUESTION = "Hoe vind ik een huisarts bij mij in de buurt?";

    /** Holds the first engine build until the test releases it. */
    @Singleton
    @Requires(property = "readiness-test.hold-engine", value = "true")
    static class HeldBuild implements ContentOverlay {
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public KnowledgeBase apply(KnowledgeBase content) {
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return content;
        }

        @Override
        public boolean editsContent() {
            return false;
        }
    }

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    HeldBuild held;

    @Inject
    LiveEngine live;

    @Inject
    DatabaseRows rows;

    @Test
    void beforeTheEngineIsReadyTheInstanceIsNotReadyAndKeepsMessagesThatItAnswersOnceReady() throws Exception {
        assertFalse(live.isReady(), "the build is held");
        assertEquals(503, status("/health"), "not ready while the engine is built");
        assertEquals(503, status("/health/readiness"));
        assertEquals(200, status("/health/liveness"), "alive: an orchestrator must not restart a starting instance");

        HttpClientResponseException ask = org.junit.jupiter.api.Assertions.assertThrows(
                HttpClientResponseException.class, () -> client.toBlocking().exchange(
                        HttpRequest.POST("/api/ask", Map.of("text", QUESTION)), String.class));
        assertEquals(HttpStatus.SERVICE_UNAVAILABLE, ask.getStatus());
        assertEquals("1", ask.getResponse().header("Retry-After"));
        assertTrue(ask.getResponse().getBody(String.class).orElse("").contains("\"error\""), "an error body");

        // a resident writes while the instance starts: the message is accepted and stored, not yet answered
        ChatClient resident = new ChatClient(client.toBlocking());
        assertEquals(202, resident.say(QUESTION));
        Long residentId = rows.residentOf(QUESTION);
        assertTrue(residentId != null, "the message is stored before the engine is ready");
        assertEquals(1, rows.count("SELECT COUNT(*) FROM message WHERE resident_id = ? AND direction = 'IN' "
                + "AND processed_at IS NULL", residentId), "stored, not handled yet");
        assertEquals(List.of(), resident.received(), "no reply without an engine");

        held.release.countDown();
        waitFor(live::isReady, "the engine becomes ready");
        assertEquals(200, status("/health"));
        assertEquals(200, status("/health/readiness"));
        waitFor(() -> !resident.received().isEmpty(), "the stored message is answered");

        // exactly one reply, and the one the engine gives for this question (the right topic, not just any text)
        Thread.sleep(500);
        List<Map<String, Object>> replies = resident.received();
        assertEquals(1, replies.size(), "one reply, no duplicate: " + replies);
        Decision expected = live.current().decide(QUESTION, null);
        assertEquals(expected.answer(), replies.get(0).get("text"));
        assertEquals(0, rows.count("SELECT COUNT(*) FROM message WHERE resident_id = ? AND direction = 'IN' "
                + "AND processed_at IS NULL", residentId), "handled");
        assertEquals(1, rows.count("SELECT COUNT(*) FROM message WHERE resident_id = ? AND direction = 'IN' "
                + "AND outcome = ? AND topic = ?", residentId, expected.outcome().name(), expected.topic()),
                "the stored message was decided like any other: " + expected.outcome() + " " + expected.topic());

        // and now the dry run answers too
        HttpResponse<String> ok = client.toBlocking().exchange(HttpRequest.POST("/api/ask", Map.of("text", QUESTION)),
                String.class);
        assertEquals(HttpStatus.OK, ok.getStatus());
    }

    private int status(String path) {
        try {
            return client.toBlocking().exchange(HttpRequest.GET(path), String.class).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < until, "timed out: " + what);
            Thread.sleep(50);
        }
    }
}
