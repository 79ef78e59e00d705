package nl.selam.bot.channel.whatsapp;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import nl.selam.bot.support.DatabaseRows;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The webhook against forged, replayed, malformed and parallel posts: Meta's verification handshake, the
 * signature checked over the raw body (refused and nothing stored when it does not match), acknowledged only once
 * stored and a redelivery a no-op, and status callbacks recorded on the delivery. No number is stored in clear.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WhatsAppWebhookTest implements TestPropertyProvider {

    private static final AtomicLong NUMBERS = new AtomicLong(31_600_100_000L);

    private final FakeCloudApi meta = start();

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    DatabaseRows rows;

    @Inject
    NumberVault vault;

    @Override
    public Map<String, String> getProperties() {
        return WhatsAppSettings.of(meta);
    }

    @AfterAll
    void stop() {
        meta.close();
    }

    @Test
    void theVerificationEchoesTheChallengeOnlyWithTheVerifyToken() {
        HttpResponse<String> ok = http.toBlocking().exchange(HttpRequest.GET("/whatsapp/webhook?hub.mode=subscribe"
                + "&hub.verify_token=" + WhatsAppSettings.VERIFY_TOKEN + "&hub.challenge=1158201444"), String.class);
        assertEquals(200, ok.code());
        assertEquals("1158201444", ok.body());
        assertEquals(403, get("/whatsapp/webhook?hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1"));
        assertEquals(403, get("/whatsapp/webhook?hub.mode=unsubscribe&hub.verify_token="
                + WhatsAppSettings.VERIFY_TOKEN + "&hub.challenge=1"));
        assertEquals(403, get("/whatsapp/webhook?hub.challenge=1"));
        assertEquals(400, get("/whatsapp/webhook?hub.mode=subscribe&hub.verify_token="
                + WhatsAppSettings.VERIFY_TOKEN + "&hub.challenge=%3Cscript%3E"), "only a plain challenge is echoed");
    }

    @Test
    void aWrongOrMissingSignatureIsRefusedAndNothingIsStored() throws Exception {
        String waId = number();
        String body = Webhooks.text(waId, "Hallo, ik zoek een huisarts");
        long before = rows.totalMessages();
        assertEquals(401, post(body, null));
        assertEquals(403, post(body, "sha256=" + "0".repeat(64)));
        assertEquals(403, post(body, Webhooks.signature(body, "another-app-secret")));
        assertEquals(403, post(body.replace("huisarts", "tandarts"), Webhooks.signature(body,
                WhatsAppSettings.APP_SECRET)), "a body changed after signing");
        assertEquals(403, post(body, "sha1=" + Webhooks.signature(body, WhatsAppSettings.APP_SECRET).substring(7)));
        Thread.sleep(500);
        assertEquals(before, rows.totalMessages(), "nothing stored");
        assertEquals(0, rows.count("SELECT COUNT(*) FROM resident WHERE channel_user_id = ?",
                vault.residentKey(waId)), "no resident either");
        assertTrue(meta.sent(waId).isEmpty(), "nothing answered");
    }

    @Test
    void aSignedPostIsAnsweredOnceAndARedeliveryIsANoOp() throws Exception {
        String waId = number();
        String body = Webhooks.text(waId, "Hallo");
        assertEquals(200, signed(body));
        meta.awaitSent(waId, 2); // a first contact: the greeting with the language choice, then the answer
        assertEquals(200, signed(body), "Meta posts it again: acknowledged");
        Thread.sleep(1500); // the outbox sweep runs every second: long enough for a duplicate to show up
        assertEquals(2, meta.sent(waId).size(), "and answered once");
        assertEquals(1, incoming(waId));
    }

    @Test
    void aBodyThatIsNotAWebhookPostIsA400AndNothingIsStored() {
        String waId = number();
        String good = Webhooks.text(waId, "Hallo");
        long before = rows.totalMessages();
        for (String body : new String[]{"", "null", "[]", "{}", "{\"object\":\"page\",\"entry\":[]}",
                good.replace("\"from\":\"" + waId + "\"", "\"from\":5"), good + "]",
                good.replace("\"timestamp\"", "\"timestamp\":\"1\",\"timestamp\""),
                good.replace("\"body\":\"Hallo\"", "\"body\":\"\"")}) {
            HttpResponse<String> response = postRaw(body, Webhooks.signature(body, WhatsAppSettings.APP_SECRET));
            assertEquals(400, response.code(), body);
            assertEquals("{\"error\":\"" + WebhookPayload.MALFORMED + "\"}", response.body(), body);
        }
        assertEquals(before, rows.totalMessages(), "nothing reached the pipeline");
    }

    @Test
    void parallelPostsOfOneMessageStoreItOnceAndOfManyStoreEach() throws Exception {
        String waId = number();
        String body = Webhooks.text(waId, "Waar vind ik een huisarts?");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> same = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                same.add(() -> signed(body));
            }
            for (Future<Integer> f : pool.invokeAll(same)) {
                assertEquals(200, f.get());
            }
            assertEquals(1, incoming(waId), "one message stored");
            List<String> others = new ArrayList<>();
            List<Callable<Integer>> many = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String other = number();
                others.add(other);
                many.add(() -> signed(Webhooks.text(other, "Hallo")));
            }
            for (Future<Integer> f : pool.invokeAll(many)) {
                assertEquals(200, f.get());
            }
            for (String other : others) {
                assertEquals(1, incoming(other));
                meta.awaitSent(other, 2);
            }
        } finally {
            pool.shutdownNow();
        }
        Thread.sleep(1200);
        assertEquals(2, meta.sent(waId).size(), "greeted and answered once");
    }

    @Test
    void statusCallbacksAreRecordedOnTheDeliveryAndOnlyMoveForward() throws Exception {
        String waId = number();
        assertEquals(200, signed(Webhooks.text(waId, "Hallo")));
        String wamid = meta.awaitSent(waId, 1).get(0).wamid();
        rows.count("SELECT COUNT(*) FROM whatsapp_delivery WHERE wamid = ?", wamid);
        meta.await(() -> rows.count("SELECT COUNT(*) FROM whatsapp_delivery WHERE wamid = ?", wamid), n -> n == 1,
                "the delivery row");
        assertEquals(1, rows.count("SELECT COUNT(*) FROM whatsapp_delivery d JOIN outbox o ON o.id = d.outbox_id "
                + "WHERE d.wamid = ?", wamid), "linked to its outbox row");
        assertEquals(200, signed(Webhooks.status(wamid, waId, "delivered", null)));
        assertEquals(200, signed(Webhooks.status(wamid, waId, "read", null)));
        assertEquals(200, signed(Webhooks.status(wamid, waId, "sent", null)), "late and out of order");
        assertEquals(1, rows.count("SELECT COUNT(*) FROM whatsapp_delivery WHERE wamid = ? AND status = 'read'",
                wamid));
        assertEquals(200, signed(Webhooks.status("wamid.unknown", waId, "read", null)), "unknown: acknowledged");
    }

    @Test
    void aFailedStatusWith131026MarksTheResidentUnreachableUntilTheyWriteAgain() throws Exception {
        String waId = number();
        assertEquals(200, signed(Webhooks.text(waId, "Hallo")));
        String wamid = meta.awaitSent(waId, 2).get(0).wamid();
        meta.await(() -> rows.count("SELECT COUNT(*) FROM whatsapp_delivery WHERE wamid = ?", wamid), n -> n == 1,
                "the delivery row");
        assertEquals(200, signed(Webhooks.status(wamid, waId, "failed", 131026)));
        assertEquals(1, rows.count("SELECT COUNT(*) FROM whatsapp_delivery WHERE wamid = ? AND status = 'failed' "
                + "AND error_code = 131026", wamid));
        assertEquals(1, rows.count("SELECT COUNT(*) FROM telegram_unreachable u JOIN resident r ON r.id = u.resident_id "
                + "WHERE r.channel_user_id = ?", vault.residentKey(waId)), "unreachable (the core's record)");
        int before = meta.sent(waId).size();
        assertEquals(200, signed(Webhooks.text(waId, "Ben je daar?")));
        meta.awaitSent(waId, before + 1);
        assertEquals(0, rows.count("SELECT COUNT(*) FROM telegram_unreachable u JOIN resident r ON r.id = u.resident_id "
                + "WHERE r.channel_user_id = ?", vault.residentKey(waId)), "reachable again once they wrote");
    }

    @Test
    void theNumberIsNeverStoredInClear() {
        String waId = number();
        assertEquals(200, signed(Webhooks.text(waId, "Hallo")));
        meta.awaitSent(waId, 1);
        String digits = waId.substring(2);
        assertEquals(0, rows.count("SELECT COUNT(*) FROM resident WHERE channel_user_id LIKE ?", "%" + digits + "%"));
        assertEquals(0, rows.count("SELECT COUNT(*) FROM message WHERE text LIKE ? OR channel_message_id LIKE ?",
                "%" + digits + "%", "%" + digits + "%"));
        assertEquals(0, rows.count("SELECT COUNT(*) FROM whatsapp_contact WHERE number_sealed LIKE ?",
                "%" + digits + "%"));
        assertEquals(1, rows.count("SELECT COUNT(*) FROM whatsapp_contact c JOIN resident r ON r.id = c.resident_id "
                + "WHERE r.channel_user_id = ?", vault.residentKey(waId)));
    }

    // ---- helpers ----

    /** The resident's own messages (not the greeting a first contact adds, keyed {@code <wamid>#start}). */
    private long incoming(String waId) {
        return rows.count("SELECT COUNT(*) FROM message m JOIN resident r ON r.id = m.resident_id "
                + "WHERE r.channel_user_id = ? AND m.direction = 'IN' AND m.channel_message_id NOT LIKE '%#start'",
                vault.residentKey(waId));
    }

    static String number() {
        return String.valueOf(NUMBERS.incrementAndGet());
    }

    private int signed(String body) {
        return post(body, Webhooks.signature(body, WhatsAppSettings.APP_SECRET));
    }

    private int post(String body, String signature) {
        return postRaw(body, signature).code();
    }

    @SuppressWarnings("unchecked")
    private HttpResponse<String> postRaw(String body, String signature) {
        var request = HttpRequest.POST("/whatsapp/webhook", body).contentType("application/json");
        if (signature != null) {
            request.header(WebhookSignature.HEADER, signature);
        }
        try {
            return http.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            return (HttpResponse<String>) e.getResponse().getBody(String.class)
                    .map(b -> HttpResponse.status(e.getStatus()).body(b)).orElse(HttpResponse.status(e.getStatus()));
        }
    }

    private int get(String uri) {
        try {
            return http.toBlocking().exchange(HttpRequest.GET(uri), String.class).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    private static FakeCloudApi start() {
        try {
            return new FakeCloudApi();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
