package nl.selam.bot.channel.whatsapp;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import nl.selam.bot.support.DatabaseRows;
import nl.selam.kb.language.Language;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A resident's flow on WhatsApp end to end, through the fake Cloud API: first contact greeted with the language
 * list, the language chosen by a list row, the topic menu and its entries as lists, an answer with 👍/👎 and
 * "talk to a person" as reply buttons, feedback stored; in Dutch, Arabic, Tigrinya and English. Also the command
 * words, erasing with its confirmation buttons, a sticker, and talking to a person and back.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WhatsAppChannelTest implements TestPropertyProvider {

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

    private static final String MARKER = "Zebrakwaggazorg4412";
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final List<String> numbers = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeAll
    void captureLogs() {
        captured.start();
        ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
                .addAppender(captured);
    }

    @AfterAll
    void noMessageTextNumberOrSecretWasLogged() {
        ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
                .detachAppender(captured);
        meta.close();
        List<String> lines = new java.util.ArrayList<>();
        for (ILoggingEvent event : captured.list) {
            lines.add(event.getFormattedMessage());
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                lines.add(t.getClassName() + ": " + t.getMessage());
            }
        }
        assertFalse(lines.isEmpty(), "logs were captured");
        assertFalse(lines.stream().anyMatch(l -> l.contains(MARKER)), "message text was logged");
        assertFalse(lines.stream().anyMatch(l -> numbers.stream().anyMatch(l::contains)), "a number was logged");
        assertFalse(lines.stream().anyMatch(l -> l.contains(FakeCloudApi.TOKEN) || l.contains(
                WhatsAppSettings.APP_SECRET)), "a secret was logged");
    }

    @Test
    void aQuestionWithPersonalWordsIsAnsweredAndNeitherTheWordsNorTheNumberAreLogged() {
        String waId = WhatsAppWebhookTest.number();
        numbers.add(waId);
        post(Webhooks.text(waId, "Mijn huisarts " + MARKER + " belt niet terug, wat nu?"));
        meta.awaitSent(waId, 2);
    }

    @ParameterizedTest
    @CsvSource({"nl,Hallo", "ar,مرحبا", "ti,ሰላም", "en,Hello"})
    void aResidentChoosesALanguageBrowsesTheMenuAndRatesAnAnswer(String code, String hello) {
        String waId = WhatsAppWebhookTest.number();
        numbers.add(waId);
        post(Webhooks.text(waId, hello));
        FakeCloudApi.Call languages = meta.awaitSent(waId, 1).get(0);
        assertEquals("list", languages.interactiveType(), "four languages: a list");
        List<String> ids = languages.optionIds();
        assertEquals(List.of("lang:ti", "lang:ar", "lang:nl", "lang:en"), ids);
        assertEquals(Language.offeredToResidents().stream().map(Language::nativeName).toList(),
                languages.optionTitles(), "each language named in itself");
        int seen = meta.awaitSent(waId, 2).size(); // and the greeting answered

        post(Webhooks.listReply(waId, "lang:" + code, languages.optionTitles().get(ids.indexOf("lang:" + code))));
        FakeCloudApi.Call confirmed = meta.awaitSent(waId, seen + 1).get(seen++);
        assertEquals("button", confirmed.interactiveType(), confirmed.body().toString());
        assertTrue(confirmed.optionIds().contains("menu"), "the menu button under the confirmation");
        assertEquals(1, rows.count("SELECT COUNT(*) FROM resident WHERE channel_user_id = ? AND chosen_language = ?",
                vault.residentKey(waId), code), "the choice is remembered");
        assertEquals("ar".equals(code), confirmed.text().startsWith("\u200F"), "Arabic runs right to left");

        post(Webhooks.buttonReply(waId, "menu", confirmed.optionTitles().get(confirmed.optionIds().indexOf("menu"))));
        FakeCloudApi.Call categories = meta.awaitSent(waId, seen + 1).get(seen++);
        assertEquals("list", categories.interactiveType());
        assertTrue(categories.optionIds().stream().allMatch(id -> id.startsWith("menu:")), categories.optionIds()
                .toString());
        assertTrue(categories.optionTitles().stream().allMatch(t -> t.length() <= 24), "row titles fit");

        int shown = seen;
        post(Webhooks.listReply(waId, categories.optionIds().get(0), categories.optionTitles().get(0)));
        List<FakeCloudApi.Call> entries = meta.await(() -> meta.sent(waId).subList(shown, meta.sent(waId).size()),
                l -> l.stream().anyMatch(c -> c.optionIds().contains("menu")), "the entries of a category, then back");
        String topic = entries.stream().flatMap(c -> c.optionIds().stream()).filter(i -> i.startsWith("topic:"))
                .findFirst().orElseThrow();
        assertTrue(entries.stream().allMatch(c -> c.optionIds().size() <= 10), "at most ten rows a list");
        int before = meta.sent(waId).size();

        post(Webhooks.listReply(waId, topic, "x"));
        FakeCloudApi.Call answer = meta.awaitSent(waId, before + 1).get(before);
        assertEquals("button", answer.interactiveType(), answer.body().toString());
        List<String> buttons = answer.optionIds();
        assertEquals(3, buttons.size(), "👍, 👎 and talk to a person: " + buttons);
        assertTrue(buttons.get(0).startsWith("fb:") && buttons.get(0).endsWith(":1"));
        assertEquals("person", buttons.get(2));
        assertEquals(List.of("👍", "👎"), answer.optionTitles().subList(0, 2));
        long messageId = Long.parseLong(buttons.get(0).split(":")[1]);
        assertEquals(1, rows.count("SELECT COUNT(*) FROM message WHERE id = ? AND topic = ? AND language = ?",
                messageId, topic.substring("topic:".length()), code), "the topic's answer, in " + code);

        post(Webhooks.buttonReply(waId, buttons.get(0), "👍"));
        meta.await(() -> rows.count("SELECT COUNT(*) FROM feedback WHERE message_id = ? AND helpful = TRUE",
                messageId), n -> n == 1, "feedback stored");
    }

    @Test
    void commandWordsWorkInEveryLanguageAndErasingAsksFirst() {
        String waId = WhatsAppWebhookTest.number();
        post(Webhooks.text(waId, "taal"));
        assertEquals("list", meta.awaitSent(waId, 1).get(0).interactiveType(), "first contact: the greeting");
        meta.awaitSent(waId, 2);
        post(Webhooks.text(waId, "ቋንቋ")); // "language" in Tigrinya
        FakeCloudApi.Call again = meta.awaitSent(waId, 3).get(2);
        assertEquals(4, again.optionIds().size(), "the languages again");

        post(Webhooks.text(waId, "/vergeet"));
        FakeCloudApi.Call confirm = meta.awaitSent(waId, 4).get(3);
        assertEquals(List.of("erase:yes", "erase:no"), confirm.optionIds());
        post(Webhooks.buttonReply(waId, "erase:no", "Nee"));
        post(Webhooks.text(waId, "امسح")); // "erase" in Arabic
        meta.awaitSent(waId, 5);
        post(Webhooks.buttonReply(waId, "erase:yes", "Ja"));
        meta.await(() -> rows.count("SELECT COUNT(*) FROM resident WHERE channel_user_id = ?",
                vault.residentKey(waId)), n -> n == 0, "erased");
        FakeCloudApi.Call goodbye = meta.awaitSent(waId, 6).get(5);
        assertEquals("text", goodbye.type(), "the goodbye");
        assertEquals(0, rows.count("SELECT COUNT(*) FROM whatsapp_contact c WHERE NOT EXISTS "
                + "(SELECT 1 FROM resident r WHERE r.id = c.resident_id)"), "the sealed number went with them");
    }

    @Test
    void aStickerGetsAHintAndNothingOfItIsStored() {
        String waId = WhatsAppWebhookTest.number();
        post(Webhooks.text(waId, "start"));
        meta.awaitSent(waId, 1);
        post(Webhooks.sticker(waId));
        FakeCloudApi.Call hint = meta.awaitSent(waId, 2).get(1);
        assertFalse(hint.text().isBlank());
        assertEquals(0, rows.count("SELECT COUNT(*) FROM message WHERE text LIKE '%STICKER1%'"));
    }

    @Test
    void aResidentAsksForAPersonAndGoesBackToTheAssistant() {
        String waId = WhatsAppWebhookTest.number();
        post(Webhooks.text(waId, "start"));
        meta.awaitSent(waId, 1);
        post(Webhooks.text(waId, "mens"));
        FakeCloudApi.Call opened = meta.await(() -> meta.sent(waId), l -> l.stream()
                .anyMatch(c -> c.optionIds().contains("assistant")), "a person will answer").stream()
                .filter(c -> c.optionIds().contains("assistant")).findFirst().orElseThrow();
        assertEquals("button", opened.interactiveType());
        assertEquals(1, rows.count("SELECT COUNT(*) FROM escalation e JOIN resident r ON r.id = e.resident_id "
                + "WHERE r.channel_user_id = ? AND e.state = 'OPEN'", vault.residentKey(waId)));
        post(Webhooks.buttonReply(waId, "assistant", opened.optionTitles().get(0)));
        meta.await(() -> rows.count("SELECT COUNT(*) FROM message m JOIN resident r ON r.id = m.resident_id "
                + "WHERE r.channel_user_id = ? AND m.kind = 'ASSISTANT_BUTTON'", vault.residentKey(waId)), n -> n == 1,
                "the button stored");
        // the button's words are not the resident's: no crisis check fires on "Terug naar de assis…"
        try {
            meta.await(() -> rows.count("SELECT COUNT(*) FROM escalation e JOIN resident r ON r.id = e.resident_id "
                    + "WHERE r.channel_user_id = ? AND e.state = 'RETURNED_TO_BOT'", vault.residentKey(waId)),
                    n -> n == 1, "the escalation returned to the assistant");
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + " " + dump(waId));
        }
    }

    private String dump(String waId) {
        String key = vault.residentKey(waId);
        return "processed=" + rows.count("SELECT COUNT(*) FROM message m JOIN resident r ON r.id = m.resident_id "
                + "WHERE r.channel_user_id = ? AND m.kind = 'ASSISTANT_BUTTON' AND m.processed_at IS NOT NULL", key)
                + " back=" + rows.count("SELECT COUNT(*) FROM message m JOIN resident r ON r.id = m.resident_id "
                + "WHERE r.channel_user_id = ? AND m.kind = 'BACK_TO_ASSISTANT'", key)
                + " joined=" + rows.count("SELECT COUNT(*) FROM message m JOIN resident r ON r.id = m.resident_id "
                + "WHERE r.channel_user_id = ? AND m.kind = 'ASSISTANT_BUTTON' AND m.escalation_id IS NOT NULL", key)
                + " crisis=" + rows.count("SELECT COUNT(*) FROM message m JOIN resident r ON r.id = m.resident_id "
                + "WHERE r.channel_user_id = ? AND m.kind = 'CRISIS'", key)
                + " urgent=" + rows.count("SELECT COUNT(*) FROM escalation e JOIN resident r ON r.id = e.resident_id "
                + "WHERE r.channel_user_id = ? AND e.urgent = TRUE", key)
                + " outcome=" + rows.count("SELECT COUNT(*) FROM message m JOIN resident r ON r.id = m.resident_id "
                + "WHERE r.channel_user_id = ? AND m.kind = 'ASSISTANT_BUTTON' AND m.outcome IS NOT NULL", key)
                + " states=" + rows.count("SELECT COUNT(*) FROM escalation e JOIN resident r ON r.id = e.resident_id "
                + "WHERE r.channel_user_id = ?", key);
    }

    private void post(String body) {
        http.toBlocking().exchange(HttpRequest.POST("/whatsapp/webhook", body).contentType("application/json")
                .header(WebhookSignature.HEADER, Webhooks.signature(body, WhatsAppSettings.APP_SECRET)));
    }

    private static FakeCloudApi start() {
        try {
            return new FakeCloudApi();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
