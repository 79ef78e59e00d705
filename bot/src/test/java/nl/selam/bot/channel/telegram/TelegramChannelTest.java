package nl.selam.bot.channel.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import nl.selam.bot.support.DatabaseRows;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import nl.selam.bot.support.StaffClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 5's proof in long polling mode: the real TelegramBots library against {@link FakeBotApi}, through the
 * whole pipeline (inbox, handlers, escalation queue, staff API, outbox).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TelegramChannelTest implements TestPropertyProvider {

    private static final AtomicLong CHATS = new AtomicLong(7_100_000);

    private final FakeBotApi telegram = start();

    @Inject
    io.micronaut.context.BeanContext context;

    private final Map<Long, String> bearers = new java.util.concurrent.ConcurrentHashMap<>();

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    DatabaseRows rows;

    @Inject
    MeterRegistry meters;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("selam.telegram.token", "123456:test-token", "selam.telegram.api-url", telegram.url(),
                "selam.telegram.per-chat-interval", "200ms", "selam.telegram.staff-notice-interval", "500ms");
    }

    private static final String MARKER = "Zebrakwaggazorg7731";
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();

    @BeforeAll
    void captureLogs() {
        captured.start();
        ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
                .addAppender(captured);
    }

    @AfterAll
    void noMessageTextOrTokenWasLogged() {
        ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
                .detachAppender(captured);
        telegram.close();
        List<String> lines = new java.util.ArrayList<>();
        for (ILoggingEvent event : captured.list) {
            lines.add(event.getFormattedMessage());
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                lines.add(t.getClassName() + ": " + t.getMessage());
            }
        }
        assertFalse(lines.stream().anyMatch(l -> l.contains(MARKER)), "message text was logged: " + lines);
        assertFalse(lines.stream().anyMatch(l -> l.contains("test-token")), "the bot token was logged: " + lines);
    }

    private static FakeBotApi start() {
        try {
            return new FakeBotApi();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void startShowsTheLanguageButtonsAndTheChoiceIsRemembered() {
        long chat = CHATS.incrementAndGet();
        telegram.text(chat, "/start", "ar");
        JsonNode greeting = telegram.awaitSent(chat, 1).get(0).body();
        assertTrue(greeting.path("text").asText().startsWith("مرحباً"), "greeted in the app's language");
        assertTrue("HTML".equalsIgnoreCase(greeting.path("parse_mode").asText()));
        List<String> labels = labels(greeting);
        assertEquals(List.of("ትግርኛ", "العربية", "Nederlands", "English"), labels);

        telegram.press(chat, "lang:ti");
        JsonNode confirmed = telegram.awaitSent(chat, 2).get(1).body();
        assertTrue(confirmed.path("text").asText().contains("ብትግርኛ"), confirmed.toString());
        assertEquals("ti", chosenLanguage(chat));
        telegram.await(() -> telegram.calls("answerCallbackQuery").size(), n -> n >= 1, "the button's spinner stops");

        telegram.text(chat, "/taal", null);
        JsonNode again = telegram.awaitSent(chat, 3).get(2).body();
        assertEquals(4, labels(again).size(), "/taal offers the languages again");
    }

    @Test
    void aTigrinyaQuestionIsAnsweredWithButtonsAndFeedbackIsStored() {
        long chat = CHATS.incrementAndGet();
        telegram.press(chat, "lang:ti");
        telegram.awaitSent(chat, 1);
        telegram.text(chat, "ከመይ ገይረ huisarts ክረክብ እኽእል?", null);
        JsonNode answer = telegram.awaitSent(chat, 2).get(1).body();
        List<String> data = callbackData(answer);
        assertTrue(data.contains("person"), data.toString());
        String thumbsUp = data.stream().filter(d -> d.startsWith("fb:") && d.endsWith(":1")).findFirst().orElseThrow();
        assertEquals(List.of("👍", "👎"), labels(answer).subList(0, 2));
        assertEquals(1, rows.count("SELECT COUNT(*) FROM message WHERE id = ? AND topic = 'zorg.huisarts'",
                Long.parseLong(thumbsUp.split(":")[1])), "answered with the family doctor topic");

        telegram.press(chat, thumbsUp);
        long messageId = Long.parseLong(thumbsUp.split(":")[1]);
        telegram.await(() -> rows.count("SELECT COUNT(*) FROM feedback WHERE message_id = ? AND helpful = TRUE",
                messageId), n -> n == 1, "feedback stored");
    }

    @Test
    void aLowConfidenceArabicQuestionIsEscalatedClaimedAndAnsweredByATolk() {
        long chat = CHATS.incrementAndGet();
        telegram.text(chat, "بتعرف حدا بيبيع سيارة مستعملة رخيصة بأيندهوفن؟ " + MARKER, "ar");
        JsonNode notice = telegram.awaitSent(chat, 1).get(0).body();
        assertTrue(callbackData(notice).contains("assistant"), "the resident can go back to the assistant");
        long escalation = rows.count("SELECT e.id FROM escalation e JOIN resident r ON e.resident_id = r.id "
                + "WHERE r.channel = 'telegram' AND r.channel_user_id = ?", String.valueOf(chat));
        assertEquals("ar", rows.count("SELECT COUNT(*) FROM escalation WHERE id = ? AND language = 'ar' "
                + "AND reason = 'LOW_CONFIDENCE'", escalation) == 1 ? "ar" : "not in the Arabic queue");

        long tolk = staff("Amina Haddad", "TOLK", List.of("ar"));
        assertEquals(200, staffPost(tolk, "/api/staff/escalations/" + escalation + "/claim", Map.of()));
        assertEquals(200, staffPost(tolk, "/api/staff/escalations/" + escalation + "/reply",
                Map.of("text", "مرحبا، أنا هنا لمساعدتك. <b>لا</b> تقلق & انتظر " + MARKER)));
        String reply = telegram.awaitSent(chat, 2).get(1).text();
        assertTrue(reply.startsWith("مرحبا، أنا هنا لمساعدتك. &lt;b&gt;لا&lt;/b&gt; تقلق &amp; انتظر"), reply);
        assertTrue(reply.endsWith("<i>— Amina</i>"), "signed with the first name only: " + reply);
        assertFalse(reply.contains("Haddad"));
    }

    @Test
    void aVoiceNoteIsEscalatedWithItsReference() {
        long chat = CHATS.incrementAndGet();
        telegram.press(chat, "lang:ar");
        telegram.awaitSent(chat, 1);
        telegram.voice(chat);
        telegram.awaitSent(chat, 2);
        assertEquals(1, rows.count("SELECT COUNT(*) FROM escalation e JOIN resident r ON e.resident_id = r.id "
                + "WHERE r.channel_user_id = ? AND e.reason = 'MEDIA' AND e.language = 'ar'", String.valueOf(chat)));
        assertEquals(1, rows.count("SELECT COUNT(*) FROM message WHERE kind = 'MEDIA' AND text = ?",
                "[telegram:voice:VOICE-" + chat + "]"));

        long messageId = rows.count("SELECT id FROM message WHERE text = ?", "[telegram:voice:VOICE-" + chat + "]");
        long tolk = staff("Yonas", "TOLK", List.of("ar"));
        HttpResponse<byte[]> file = http.toBlocking().exchange(HttpRequest.GET("/api/staff/telegram/media/" + messageId)
                .header("Authorization", bearer(tolk)),
                byte[].class);
        assertEquals("OGG:file_1.oga", new String(file.body(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("audio/ogg", file.getContentType().orElseThrow().toString());
        assertEquals("VOICE-" + chat, telegram.calls("getFile").get(0).body().path("file_id").asText());
        long other = staff("Selam", "TOLK", List.of("ti"));
        assertEquals(404, assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.GET("/api/staff/telegram/media/" + messageId).header("Authorization", bearer(other)), byte[].class))
                .getStatus().getCode(), "a tolk of another language cannot open it");
        long volunteer = staff("Hagos", "SLEUTELPERSOON", List.of("ar"));
        assertEquals(404, assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.GET("/api/staff/telegram/media/" + messageId).header("Authorization", bearer(volunteer)),
                byte[].class)).getStatus().getCode(), "a sleutelpersoon opens no letters, even in their language");
    }

    @Test
    void aStickerGetsAPoliteReplyAndIsNotStored() {
        long chat = CHATS.incrementAndGet();
        telegram.sticker(chat);
        String reply = telegram.awaitSent(chat, 1).get(0).text();
        assertTrue(reply.contains("spraakbericht"), reply);
        assertEquals(0, rows.count("SELECT COUNT(*) FROM message WHERE text LIKE '%STICKER%'"));
    }

    @Test
    void tooManyRequestsIsHonouredWithRetryAfter() {
        long chat = CHATS.incrementAndGet();
        double throttledBefore = throttled();
        telegram.tooManyRequests(chat, 2);
        telegram.text(chat, "/menu", null);
        telegram.awaitSent(chat, 1);
        List<FakeBotApi.Call> attempts = telegram.attempts(chat);
        assertEquals(2, attempts.size(), telegram.summary());
        long waitedMs = (attempts.get(1).atNanos() - attempts.get(0).atNanos()) / 1_000_000;
        assertTrue(waitedMs >= 2000, "waited " + waitedMs + " ms after retry_after=2");
        assertTrue(labels(attempts.get(1).body()).size() >= 8, "the menu shows the categories");
        assertEquals(throttledBefore + 1, throttled(), "the 429 is counted for /prometheus");
    }

    private double throttled() {
        return meters.counter("selam.channel.rate.limited", "channel", "telegram").count();
    }

    @Test
    void aResidentWhoBlockedTheBotIsMarkedUnreachable() {
        long chat = CHATS.incrementAndGet();
        telegram.blocked(chat);
        telegram.text(chat, "/menu", null);
        telegram.await(() -> rows.count("SELECT COUNT(*) FROM telegram_unreachable u JOIN resident r "
                + "ON u.resident_id = r.id WHERE r.channel_user_id = ?", String.valueOf(chat)), n -> n == 1,
                "unreachable");
        telegram.await(() -> rows.count("SELECT COUNT(*) FROM outbox o JOIN message m ON o.message_id = m.id "
                + "JOIN resident r ON m.resident_id = r.id WHERE r.channel_user_id = ? AND o.state = 'PARKED'",
                String.valueOf(chat)), n -> n == 1, "parked, not retried");
        assertEquals(1, telegram.attempts(chat).size());
    }

    @Test
    void theMenuLeadsFromCategoriesToAnAnswerInTheResidentsLanguage() {
        long chat = CHATS.incrementAndGet();
        telegram.press(chat, "lang:en");
        telegram.awaitSent(chat, 1);
        telegram.press(chat, "menu");
        assertTrue(callbackData(telegram.awaitSent(chat, 2).get(1).body()).contains("menu:zorg"));
        telegram.press(chat, "menu:zorg");
        List<String> entries = callbackData(telegram.awaitSent(chat, 3).get(2).body());
        assertTrue(entries.contains("topic:zorg.huisarts"), entries.toString());
        telegram.press(chat, "topic:zorg.huisarts");
        JsonNode answer = telegram.awaitSent(chat, 4).get(3).body();
        assertTrue(callbackData(answer).stream().anyMatch(d -> d.startsWith("fb:")), answer.toString());
    }

    @Test
    void anUpdateThatCannotBeStoredDoesNotStopTheLoop() {
        long chat = CHATS.incrementAndGet();
        telegram.text(chat, MARKER.repeat(600), null); // longer than any inbox row: storing fails every time
        telegram.text(chat, "/menu", null);
        JsonNode menu = telegram.awaitSent(chat, 1).get(0).body();
        assertTrue(callbackData(menu).contains("menu:zorg"), "the next update was handled");
        assertEquals(0, rows.count("SELECT COUNT(*) FROM message WHERE text LIKE ?", "%" + MARKER + MARKER + "%"));
    }

    @Test
    void editedMessagesAreIgnoredAndAGroupGetsOnePoliteNote() throws InterruptedException {
        long chat = CHATS.incrementAndGet();
        telegram.edited(chat, "Hoe vind ik een huisarts?");
        long group = -CHATS.incrementAndGet();
        telegram.addedToGroup(group, "en");
        String note = telegram.awaitSent(group, 1).get(0).text();
        assertTrue(note.contains("private chat"), note);
        Thread.sleep(500);
        assertEquals(0, telegram.sent(chat).size(), "an edit is not answered again");
        assertEquals(0, rows.count("SELECT COUNT(*) FROM resident WHERE channel_user_id = ?", String.valueOf(group)),
                "a group is not a resident");
    }

    @Test
    void aTolkLinksTheirTelegramClaimsAnEscalationAndAnswersByReplying() {
        long tolk = staff("Dawit Tesfay", "TOLK", List.of("ti"));
        long tolkChat = CHATS.incrementAndGet();
        Map<String, Object> code = http.toBlocking().retrieve(HttpRequest
                .POST("/api/staff/telegram/link-code", Map.of())
                .header("Authorization", bearer(tolk)),
                Argument.mapOf(String.class, Object.class));
        telegram.text(tolkChat, "/koppel 00000000", null);
        assertTrue(telegram.awaitSent(tolkChat, 1).get(0).text().contains("klopt niet"), "a wrong code is refused");
        telegram.text(tolkChat, "/koppel " + code.get("code"), null);
        assertTrue(telegram.awaitSent(tolkChat, 2).get(1).text().contains("gekoppeld"));

        long resident = CHATS.incrementAndGet();
        telegram.press(resident, "lang:ti");
        telegram.awaitSent(resident, 1);
        telegram.text(resident, "/mens", null);
        telegram.awaitSent(resident, 2);
        long escalation = rows.count("SELECT e.id FROM escalation e JOIN resident r ON e.resident_id = r.id "
                + "WHERE r.channel_user_id = ?", String.valueOf(resident));
        JsonNode notice = telegram.await(() -> telegram.sent(tolkChat).stream().filter(c ->
                callbackData(c.body()).contains("claim:" + escalation)).toList(), l -> !l.isEmpty(), "notice")
                .get(0).body();
        assertFalse(notice.path("text").asText().contains(String.valueOf(resident)), "no resident identity");

        telegram.press(tolkChat, "claim:" + escalation);
        FakeBotApi.Call claimed = telegram.await(() -> telegram.sent(tolkChat).stream()
                .filter(c -> c.text().contains("#" + escalation)).filter(c -> c.text().contains("Reply")).toList(),
                l -> !l.isEmpty(), "claimed").get(0);
        assertEquals(1, rows.count("SELECT COUNT(*) FROM escalation WHERE id = ? AND state = 'CLAIMED' "
                + "AND claimed_by = ?", escalation, tolk));

        telegram.reply(tolkChat, "ሰላም፡ ክሕግዘኩም እየ።", claimed.body().path("result_message_id").asLong());
        String reply = telegram.awaitSent(resident, 3).get(2).text();
        assertEquals("ሰላም፡ ክሕግዘኩም እየ።\n\n<i>— Dawit</i>", reply);
        assertFalse(reply.contains(String.valueOf(tolkChat)));
        assertEquals(0, rows.count("SELECT COUNT(*) FROM resident WHERE channel_user_id = ?", String.valueOf(tolkChat)),
                "a tolk's chat is not a resident");
    }

    // ---- helpers ----

    private String chosenLanguage(long chat) {
        return rows.count("SELECT COUNT(*) FROM resident WHERE channel = 'telegram' AND channel_user_id = ? "
                + "AND chosen_language = 'ti'", String.valueOf(chat)) == 1 ? "ti" : "not ti";
    }

    static List<String> labels(JsonNode message) {
        return buttons(message, "text");
    }

    static List<String> callbackData(JsonNode message) {
        return buttons(message, "callback_data");
    }

    private static List<String> buttons(JsonNode message, String field) {
        List<String> out = new java.util.ArrayList<>();
        message.path("reply_markup").path("inline_keyboard")
                .forEach(row -> row.forEach(button -> out.add(button.path(field).asText())));
        return out;
    }

    private long staff(String name, String role, List<String> languages) {
        var account = context.getBean(nl.selam.bot.staff.StaffAccounts.class).create(name + " "
                + CHATS.incrementAndGet(), nl.selam.bot.staff.StaffRole.valueOf(role), languages);
        bearers.put(account.id(), "Bearer " + StaffClient.token(context, account));
        return account.id();
    }

    /** The Authorization header of a staff account made by {@link #staff}: its own personal token. */
    private String bearer(long staffId) {
        return bearers.get(staffId);
    }

    private int staffPost(long staffId, String path, Map<String, Object> body) {
        return http.toBlocking().exchange(HttpRequest.POST(path, body).header("Authorization", bearer(staffId)), Map.class).code();
    }
}
