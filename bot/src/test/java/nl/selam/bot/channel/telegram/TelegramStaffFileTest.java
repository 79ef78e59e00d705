package nl.selam.bot.channel.telegram;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import nl.selam.bot.staff.StaffRole;
import nl.selam.bot.support.ConsoleAccounts;
import nl.selam.bot.support.ConsoleSession;
import nl.selam.bot.support.ConsoleUpload;
import nl.selam.bot.support.DatabaseRows;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A tolk sends a photo and a PDF from the console to a Telegram resident: the outbox delivers them with
 * {@code sendPhoto} and {@code sendDocument} (multipart, the file's bytes and the caption signed with the tolk's first
 * name), once each.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TelegramStaffFileTest implements TestPropertyProvider {

    private static final AtomicLong CHATS = new AtomicLong(7_900_000);
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    private final FakeBotApi telegram = start();

    @Inject
    EmbeddedServer server;

    @Inject
    ConsoleAccounts accounts;

    @Inject
    DatabaseRows rows;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("selam.telegram.token", "123456:test-token", "selam.telegram.api-url", telegram.url(),
                "selam.telegram.per-chat-interval", "50ms", "selam.conversation.flood-limit", "1000");
    }

    @AfterAll
    void stop() {
        telegram.close();
    }

    private static FakeBotApi start() {
        try {
            return new FakeBotApi();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aPhotoAndADocumentReachTheResidentsTelegram() {
        long chat = CHATS.incrementAndGet();
        telegram.text(chat, "بتعرف حدا بيبيع سيارة مستعملة رخيصة بأيندهوفن؟", "ar");
        telegram.awaitSent(chat, 1);
        long escalation = rows.count("SELECT e.id FROM escalation e JOIN resident r ON e.resident_id = r.id "
                + "WHERE r.channel = 'telegram' AND r.channel_user_id = ?", String.valueOf(chat));
        var account = accounts.create(StaffRole.TOLK, "ar");
        ConsoleSession tolk = new ConsoleSession(server.getURI());
        tolk.login(account.name(), ConsoleAccounts.PASSWORD);
        tolk.get("/console/conversations/" + escalation);
        assertEquals(303, tolk.post("/console/conversations/" + escalation + "/claim", Map.of()).statusCode());

        var photo = ConsoleUpload.post(tolk, "/console/conversations/" + escalation + "/file", "kaart.png", PNG,
                "خريطة المكتب", true);
        assertTrue(photo.headers().firstValue("Location").orElse("").contains("notice=filesent"));
        FakeBotApi.Call sentPhoto = telegram.await(() -> telegram.calls("sendphoto"), l -> !l.isEmpty(),
                "sendPhoto").get(0);
        assertEquals(String.valueOf(chat), sentPhoto.chatId());
        String caption = sentPhoto.body().path("caption").asText();
        assertTrue(caption.startsWith("خريطة المكتب"), caption);
        assertTrue(caption.endsWith("— " + account.name().split("\\s+")[0]), "signed: " + caption);
        assertTrue(sentPhoto.raw().contains("PNG"), "the file's bytes went along");

        var pdf = ConsoleUpload.post(tolk, "/console/conversations/" + escalation + "/file", "brief.pdf", PDF, null,
                true);
        assertTrue(pdf.headers().firstValue("Location").orElse("").contains("notice=filesent"));
        FakeBotApi.Call sentPdf = telegram.await(() -> telegram.calls("senddocument"), l -> !l.isEmpty(),
                "sendDocument").get(0);
        assertEquals(String.valueOf(chat), sentPdf.chatId());
        assertTrue(sentPdf.raw().contains("%PDF-1.4"));
        assertTrue(sentPdf.raw().contains("brief.pdf"), "sent under its name");

        // delivered once each, and recorded as delivered
        telegram.await(() -> rows.count("SELECT COUNT(*) FROM message WHERE escalation_id = ? AND kind = 'STAFF_FILE' "
                + "AND delivered_at IS NOT NULL", escalation), n -> n == 2, "both delivered");
        assertEquals(1, telegram.calls("sendphoto").size());
        assertEquals(1, telegram.calls("senddocument").size());
    }
}
