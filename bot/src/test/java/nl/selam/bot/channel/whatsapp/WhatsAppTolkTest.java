package nl.selam.bot.channel.whatsapp;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import nl.selam.bot.staff.StaffAccount;
import nl.selam.bot.staff.StaffRole;
import nl.selam.bot.support.ConsoleAccounts;
import nl.selam.bot.support.ConsoleSession;
import nl.selam.bot.support.DatabaseRows;
import nl.selam.bot.support.StaffClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A tolk answers residents on WhatsApp: inside the 24-hour window as a signed text; outside it as the approved
 * template of the reply's language, with a notice on the console's conversation page; a resident's voice note
 * fetched from the Cloud API when the tolk opens it. And Meta's limits and errors: 130429 defers everyone by the
 * backoff, 5xx is retried, 131047 turns into a template.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WhatsAppTolkTest implements TestPropertyProvider {

    private final FakeCloudApi meta = start();

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    EmbeddedServer server;

    @Inject
    ApplicationContext context;

    @Inject
    DatabaseRows rows;

    @Inject
    NumberVault vault;

    @Inject
    ConsoleAccounts accounts;

    @Override
    public Map<String, String> getProperties() {
        return WhatsAppSettings.of(meta);
    }

    @AfterAll
    void stop() {
        meta.close();
    }

    @Test
    void aTolksReplyInsideTheWindowIsASignedText() {
        String waId = WhatsAppWebhookTest.number();
        post(Webhooks.text(waId, "mens"));
        long escalation = escalationOf(waId);
        StaffAccount account = accounts.create(StaffRole.TOLK, "nl");
        StaffClient tolk = StaffClient.as(http.toBlocking(), context, account);
        int before = meta.awaitSent(waId, 2).size();
        assertEquals(200, tolk.claim(escalation));
        assertEquals(200, tolk.reply(escalation, "Hallo, ik help je verder."));
        FakeCloudApi.Call reply = meta.awaitSent(waId, before + 1).get(before);
        assertEquals("text", reply.type());
        String firstName = account.name().split("\\s+")[0];
        assertEquals("Hallo, ik help je verder.\n\n— " + firstName, reply.text());
        assertEquals(0, rows.count("SELECT COUNT(*) FROM whatsapp_delivery WHERE wamid = ? AND template = TRUE",
                reply.wamid()));
        ConsoleSession console = login(account);
        assertFalse(console.get("/console/conversations/" + escalation).body().contains("channel-notice"),
                "no notice inside the window");
    }

    @Test
    void aTolksReplyAfterTwentyFourHoursIsATemplateAndTheConsoleSaysSo() {
        String waId = WhatsAppWebhookTest.number();
        long yesterday = Instant.now().minus(Duration.ofHours(25)).getEpochSecond();
        post(Webhooks.at(Webhooks.listReply(waId, "lang:ar", "العربية"), yesterday));
        post(Webhooks.at(Webhooks.text(waId, "/mens"), yesterday + 60));
        long escalation = escalationOf(waId);
        StaffAccount account = accounts.create(StaffRole.TOLK, "ar");
        ConsoleSession console = login(account);
        String page = console.get("/console/conversations/" + escalation).body();
        assertTrue(page.contains("channel-notice") && page.contains("sjabloonbericht"), "the notice before replying");

        int before = meta.sent(waId).size();
        StaffClient tolk = StaffClient.as(http.toBlocking(), context, account);
        assertEquals(200, tolk.claim(escalation));
        assertEquals(200, tolk.reply(escalation, "مرحبا،\nموعدك غداً."));
        FakeCloudApi.Call reply = meta.await(() -> meta.sent(waId), l -> l.stream().skip(before)
                .anyMatch(c -> c.text().contains("موعدك")), "the reply").stream()
                .filter(c -> c.text().contains("موعدك")).findFirst().orElseThrow();
        assertEquals("template", reply.type(), reply.body().toString());
        assertEquals("selam_antwoord_ar", reply.body().path("template").path("name").asText());
        assertEquals("ar", reply.body().path("template").path("language").path("code").asText());
        assertFalse(reply.text().contains("\n"), "a template parameter has no line breaks");
        meta.await(() -> rows.count("SELECT COUNT(*) FROM whatsapp_delivery WHERE wamid = ? AND template = TRUE",
                reply.wamid()), n -> n == 1, "recorded as a template");

        post(Webhooks.text(waId, "شكراً")); // the resident answers: the window is open again
        assertFalse(console.get("/console/conversations/" + escalation).body().contains("channel-notice"));
    }

    @Test
    void aVoiceNoteReachesTheTolkFetchedFromTheCloudApiWhenOpened() {
        String waId = WhatsAppWebhookTest.number();
        byte[] voice = "OggS voice note bytes".getBytes(StandardCharsets.US_ASCII);
        lookupsBefore = meta.mediaLookups();
        meta.putMedia("1043957486583", voice);
        post(Webhooks.voice(waId, "1043957486583"));
        long escalation = escalationOf(waId);
        long message = rows.count("SELECT m.id FROM message m JOIN resident r ON r.id = m.resident_id "
                + "WHERE r.channel_user_id = ? AND m.kind = 'MEDIA'", vault.residentKey(waId));
        assertEquals(0, meta.mediaLookups() - lookupsBefore, "nothing fetched before a tolk opens it");
        StaffAccount account = accounts.create(StaffRole.TOLK, "nl");
        ConsoleSession console = login(account);
        String page = console.get("/console/conversations/" + escalation).body();
        assertTrue(page.contains("/media/" + message), "the page offers the voice note");
        var file = console.get("/console/conversations/" + escalation + "/media/" + message);
        assertEquals(200, file.statusCode());
        assertEquals(new String(voice, StandardCharsets.US_ASCII), file.body());
        assertTrue(file.headers().firstValue("Content-Type").orElse("").startsWith("audio/ogg"));
        assertEquals(1, meta.mediaLookups() - lookupsBefore, "looked up once, for this opening");
        assertEquals(0, rows.count("SELECT COUNT(*) FROM message WHERE text LIKE '%OggS%'"), "the file is not kept");
    }

    private int lookupsBefore;

    @Test
    void aRateHitDefersDeliveryByTheBackoffAndItGoesOutOnce() {
        String waId = WhatsAppWebhookTest.number();
        meta.rateLimitHit(waId);
        post(Webhooks.text(waId, "start"));
        FakeCloudApi.Call sent = meta.awaitSent(waId, 1).get(0);
        long waited = sent.atNanos() - meta.lastRefusedAt(waId);
        assertTrue(waited >= Duration.ofMillis(900).toNanos(), "waited for the 1 s backoff: " + waited / 1_000_000);
        assertEquals(1, meta.refused(waId).size());
        assertTrue(meta.refused(waId).get(0).contains(":130429:"));
        sleep(1200);
        assertEquals(1, meta.sent(waId).size(), "sent once");
    }

    @Test
    void serverErrorsAreRetriedAndReEngagementTurnsIntoATemplate() {
        String waId = WhatsAppWebhookTest.number();
        meta.serverError(waId, 2);
        post(Webhooks.text(waId, "start"));
        assertEquals("list", meta.awaitSent(waId, 1).get(0).interactiveType(), "delivered after two 5xx");
        assertEquals(2, meta.refused(waId).size());

        meta.reEngagementRequired(waId); // Meta counts the window as closed although we think it is open
        post(Webhooks.text(waId, "menu"));
        FakeCloudApi.Call second = meta.awaitSent(waId, 2).get(1);
        assertEquals("template", second.type(), "the same reply, as a template");
        assertEquals("selam_antwoord", second.body().path("template").path("name").asText());
    }

    @Test
    void metasLate131047SendsTheReplyAgainAsATemplateAndTheWindowStaysClosedUntilTheResidentWrites() {
        String waId = WhatsAppWebhookTest.number();
        post(Webhooks.text(waId, "mens"));
        long escalation = escalationOf(waId);
        StaffAccount account = accounts.create(StaffRole.TOLK, "nl");
        StaffClient tolk = StaffClient.as(http.toBlocking(), context, account);
        int before = meta.awaitSent(waId, 2).size();
        assertEquals(200, tolk.claim(escalation));
        assertEquals(200, tolk.reply(escalation, "Je afspraak is dinsdag."));
        FakeCloudApi.Call text = meta.awaitSent(waId, before + 1).get(before);
        assertEquals("text", text.type());
        meta.await(() -> rows.count("SELECT COUNT(*) FROM whatsapp_delivery WHERE wamid = ?", text.wamid()),
                n -> n == 1, "recorded");
        post(Webhooks.status(text.wamid(), waId, "failed", 131047)); // Meta's clock says the window had closed
        FakeCloudApi.Call again = meta.awaitSent(waId, before + 2).get(before + 1);
        assertEquals("template", again.type(), "the same reply, now as a template");
        assertTrue(again.text().startsWith("Je afspraak is dinsdag."), again.text());
        assertEquals(1, rows.count("SELECT COUNT(*) FROM whatsapp_delivery WHERE wamid = ? AND status = 'failed' "
                + "AND error_code = 131047", text.wamid()), "the failure stays on record");
        ConsoleSession console = login(account);
        assertTrue(console.get("/console/conversations/" + escalation).body().contains("channel-notice"));
        sleep(1200);
        assertEquals(before + 2, meta.sent(waId).size(), "sent again once");

        post(Webhooks.text(waId, "Dank je"));
        assertFalse(console.get("/console/conversations/" + escalation).body().contains("channel-notice"),
                "open again once the resident wrote");
    }

    // ---- helpers ----

    private long escalationOf(String waId) {
        return meta.await(() -> rows.count("SELECT COALESCE(MAX(e.id), 0) FROM escalation e JOIN resident r "
                + "ON r.id = e.resident_id WHERE r.channel_user_id = ?", vault.residentKey(waId)), id -> id > 0,
                "an escalation");
    }

    private ConsoleSession login(StaffAccount account) {
        ConsoleSession console = new ConsoleSession(server.getURI());
        assertEquals(303, console.login(account.name(), ConsoleAccounts.PASSWORD).statusCode());
        return console;
    }

    private void post(String body) {
        http.toBlocking().exchange(HttpRequest.POST("/whatsapp/webhook", body).contentType("application/json")
                .header(WebhookSignature.HEADER, Webhooks.signature(body, WhatsAppSettings.APP_SECRET)));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
