package nl.selam.bot.channel.whatsapp;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import nl.selam.bot.staff.StaffRole;
import nl.selam.bot.support.ConsoleAccounts;
import nl.selam.bot.support.ConsoleSession;
import nl.selam.bot.support.ConsoleUpload;
import nl.selam.bot.support.DatabaseRows;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A tolk sends a photo and a PDF from the console to a WhatsApp resident: each is uploaded to the Cloud API
 * ({@code POST /{phone-number-id}/media}, multipart) and sent by its media id as an image or a document, signed with
 * the tolk's first name, once.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WhatsAppStaffFileTest implements TestPropertyProvider {

    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    private final FakeCloudApi meta = start();

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ConsoleAccounts accounts;

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
    void aPhotoAndADocumentReachTheResidentsWhatsApp() throws InterruptedException {
        String waId = WhatsAppWebhookTest.number();
        String body = Webhooks.text(waId, "mens");
        http.toBlocking().exchange(HttpRequest.POST("/whatsapp/webhook", body).contentType("application/json")
                .header(WebhookSignature.HEADER, Webhooks.signature(body, WhatsAppSettings.APP_SECRET)));
        long escalation = meta.await(() -> rows.count("SELECT COALESCE(MAX(e.id), 0) FROM escalation e JOIN resident r "
                + "ON r.id = e.resident_id WHERE r.channel_user_id = ?", vault.residentKey(waId)), id -> id > 0,
                "an escalation");
        var account = accounts.create(StaffRole.TOLK, "nl");
        ConsoleSession tolk = new ConsoleSession(server.getURI());
        tolk.login(account.name(), ConsoleAccounts.PASSWORD);
        tolk.get("/console/conversations/" + escalation);
        assertEquals(303, tolk.post("/console/conversations/" + escalation + "/claim", Map.of()).statusCode());
        // Replies go out off the webhook's request: the greeting and "a person will answer" may still be on their
        // way (a paced second message waits for the sweep). Count from when nothing is left in the resident's outbox.
        meta.await(() -> rows.count("SELECT COUNT(*) FROM outbox o JOIN message m ON m.id = o.message_id JOIN "
                + "resident r ON r.id = m.resident_id WHERE r.channel_user_id = ? AND o.state = 'PENDING'",
                vault.residentKey(waId)), n -> n == 0, "the first replies delivered");
        int before = meta.sent(waId).size();

        var photo = ConsoleUpload.post(tolk, "/console/conversations/" + escalation + "/file", "kaart.png", PNG,
                "De kaart naar het loket", true);
        assertTrue(photo.headers().firstValue("Location").orElse("").contains("notice=filesent"));
        FakeCloudApi.Call image = meta.await(() -> meta.sent(waId).stream().filter(c -> c.type().equals("image"))
                .toList(), l -> !l.isEmpty(), "the photo").get(0);
        String caption = image.body().path("image").path("caption").asText();
        assertTrue(caption.startsWith("De kaart naar het loket") && caption.endsWith("— "
                + account.name().split("\\s+")[0]), caption);
        assertTrue(meta.upload(image.body().path("image").path("id").asText()).contains("PNG"),
                "the photo's bytes were uploaded");

        var pdf = ConsoleUpload.post(tolk, "/console/conversations/" + escalation + "/file", "brief.pdf", PDF, null,
                true);
        assertTrue(pdf.headers().firstValue("Location").orElse("").contains("notice=filesent"));
        FakeCloudApi.Call document = meta.await(() -> meta.sent(waId).stream()
                .filter(c -> c.type().equals("document")).toList(), l -> !l.isEmpty(), "the document").get(0);
        assertEquals("brief.pdf", document.body().path("document").path("filename").asText());
        assertTrue(meta.upload(document.body().path("document").path("id").asText()).contains("%PDF-1.4"));

        meta.await(() -> rows.count("SELECT COUNT(*) FROM message WHERE escalation_id = ? AND kind = 'STAFF_FILE' "
                + "AND delivered_at IS NOT NULL", escalation), n -> n == 2, "both delivered");
        Thread.sleep(1500); // the outbox sweep runs every second: long enough for a duplicate to show up
        var sent = meta.sent(waId);
        assertEquals(1, sent.stream().filter(c -> c.type().equals("image")).count(), "the photo sent once");
        assertEquals(1, sent.stream().filter(c -> c.type().equals("document")).count(), "the document sent once");
        assertEquals(before + 2, sent.size(), "nothing else sent: " + sent.stream().skip(before).map(c -> c.type()
                + ":" + c.interactiveType()).toList());
    }

    private static FakeCloudApi start() {
        try {
            return new FakeCloudApi();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
