package nl.selam.bot.metrics;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.selam.bot.support.ChatClient;
import nl.selam.bot.support.DatabaseRows;
import nl.selam.bot.support.StaffClient;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /prometheus} through HTTP: only the configured bearer token opens it, and after a real conversation
 * (answer, escalation, claim) it carries Selam's meters, the JVM's and the pool's, and never a resident's words
 * or id.
 */
@MicronautTest(transactional = false)
@Property(name = "selam.metrics.token", value = PrometheusEndpointTest.TOKEN)
class PrometheusEndpointTest {

    static final String TOKEN = "metrics-token-for-tests-0123456789";
    private static final String MARKER = "Zebrakwaggazorg7731";
    private static final Pattern LABEL_VALUE = Pattern.compile("=\"([^\"]*)\"");

    @Inject
    io.micronaut.context.BeanContext context;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    DatabaseRows rows;

    @Test
    void withoutTheRightBearerTokenTheEndpointRefuses() {
        assertEquals(401, status(HttpRequest.GET("/prometheus")));
        assertEquals(401, status(HttpRequest.GET("/prometheus").bearerAuth("wrong-token")));
        assertEquals(401, status(HttpRequest.GET("/prometheus").bearerAuth(TOKEN + "x")));
        assertEquals(401, status(HttpRequest.GET("/prometheus").bearerAuth(TOKEN.substring(1))));
        assertEquals(401, status(HttpRequest.GET("/prometheus").header("Authorization", "Bearer ")));
        assertEquals(401, status(HttpRequest.GET("/prometheus").header("Authorization", TOKEN)));
        assertEquals(401, status(HttpRequest.GET("/prometheus").basicAuth("prometheus", TOKEN)));
        assertEquals(401, status(HttpRequest.GET("/prometheus?token=" + TOKEN)));
        assertEquals(401, status(HttpRequest.GET("/prometheus").header("Authorization",
                StaffClient.create(http.toBlocking(), context, "TOLK", List.of("nl")).bearer())),
                "a staff API token is not the metrics token");
        assertEquals(200, status(HttpRequest.GET("/prometheus").bearerAuth(TOKEN)));
        assertEquals(200, status(HttpRequest.GET("/prometheus").header("Authorization", "bearer " + TOKEN)));
    }

    @Test
    void forgedHeadersDoNotOpenIt() {
        // what a misconfigured proxy might trust: none of it stands in for the token
        assertEquals(401, status(HttpRequest.GET("/prometheus").header("X-Forwarded-For", "127.0.0.1")
                .header("X-Real-IP", "127.0.0.1").header("Forwarded", "for=127.0.0.1")));
        assertEquals(401, status(HttpRequest.GET("/prometheus").header("X-Forwarded-Authorization", "Bearer " + TOKEN)));
        // two Authorization headers, the right one among them: refused whatever the order
        assertEquals(401, status(HttpRequest.GET("/prometheus").header("Authorization", "Bearer " + TOKEN)
                .header("Authorization", "Bearer wrong")));
        assertEquals(401, status(HttpRequest.GET("/prometheus").header("Authorization", "Bearer wrong")
                .header("Authorization", "Bearer " + TOKEN)));
    }

    @Test
    void afterAConversationTheMetricsAreThereWithoutTextOrResidentId() throws InterruptedException {
        ChatClient answered = new ChatClient(http.toBlocking());
        assertEquals(202, answered.say("Hoe vind ik een huisarts " + MARKER + "?", "nl"));
        ChatClient waiting = new ChatClient(http.toBlocking());
        assertEquals(202, waiting.say("Ik wil met een mens praten " + MARKER, "nl"));
        long escalation = waiting.escalationId();
        StaffClient tolk = StaffClient.create(http.toBlocking(), context, "TOLK", List.of("nl"));
        assertEquals(200, tolk.claim(escalation));
        Long residentId = rows.residentOf(MARKER);

        // Micrometer registers the GC pause timer at the first collection it hears of, and a fresh test JVM with a
        // large heap may not have collected yet: ask for one and wait for its notification
        System.gc();
        String scrape = scrape();
        for (int i = 0; i < 50 && !scrape.contains("jvm_gc_pause_seconds"); i++) {
            Thread.sleep(100);
            scrape = scrape();
        }

        for (String name : List.of(
                "selam_messages_in_total{channel=\"web\",language=\"nl\"}",
                "selam_outcomes_total{language=\"nl\",outcome=\"answer\",reason=\"none\"}",
                "selam_outcomes_total{language=\"nl\",outcome=\"escalate\",reason=\"asked_for_person\"}",
                "selam_escalation_wait_seconds_bucket{language=\"nl\"",
                "selam_escalation_wait_seconds_count{language=\"nl\",urgent=\"false\"}",
                "selam_escalations_open{language=\"nl\"}",
                "selam_escalations_open{language=\"ti\"}",
                "selam_outbox_pending ",
                "selam_outbox_parked ",
                "selam_outbox_delivery_seconds_bucket{channel=\"web\"",
                "selam_outbox_attempts_total{channel=\"web\",result=\"sent\"}",
                "selam_channel_rate_limited_total{channel=\"telegram\"} 0.0",
                "selam_engine_build_seconds_count{kind=\"startup\"}",
                "selam_engine_rebuilds_total ",
                "selam_engine_topics ",
                "jvm_memory_used_bytes{",
                "jvm_gc_pause_seconds",
                "hikaricp_connections_active{",
                "http_server_requests_seconds_count{")) {
            assertTrue(scrape.contains(name), name + " missing from the scrape:\n" + scrape);
        }
        assertFalse(scrape.contains(MARKER), "message text in the metrics");
        assertFalse(scrape.toLowerCase().contains("huisarts"), "message words in the metrics");
        Set<String> values = labelValues(scrape);
        assertFalse(values.contains(String.valueOf(residentId)), "a resident id as a label value: " + residentId);
        assertFalse(values.stream().anyMatch(v -> v.contains(MARKER)), "text as a label value");
    }

    private String scrape() {
        HttpResponse<String> response = http.toBlocking().exchange(
                HttpRequest.GET("/prometheus").bearerAuth(TOKEN), String.class);
        assertEquals(200, response.code());
        assertTrue(response.getContentType().orElseThrow().toString().startsWith("text/plain"));
        return response.body();
    }

    private static Set<String> labelValues(String scrape) {
        Set<String> values = new HashSet<>();
        Matcher m = LABEL_VALUE.matcher(scrape);
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }

    private int status(MutableHttpRequest<?> request) {
        try {
            return http.toBlocking().exchange(request, String.class).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }
}
