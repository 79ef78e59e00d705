package nl.selam.bot.channel.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.selam.bot.conversation.Message;
import nl.selam.bot.conversation.MessageKind;
import nl.selam.bot.conversation.ReplyViews;
import nl.selam.bot.conversation.contract.InboundEvent;
import nl.selam.bot.conversation.contract.Origin;
import nl.selam.bot.conversation.contract.OutboundReply;
import nl.selam.kb.language.Language;
import nl.selam.translations.Messages;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.Update;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The channel's pure parts, without Micronaut: rendering (the splitting itself: channel.TextSplitterTest), reading
 * updates, secrets.
 */
class TelegramUnitTest {

    private static final Messages TEXTS = Messages.load();

    @Test
    void givenALongAnswer_thenItGoesOutInSeveralMessagesBelowTelegramsLimit() {
        String text = "ሓኪም ስድራ ንምርካብ ናብ ቤት ጽሕፈት ምምሕዳር ከተማ ኪዱ። ".repeat(200);
        List<SendMessage> sent = new MessageRenderer(TEXTS).render(message(MessageKind.ANSWER, text, "ti", null, null,
                null), "42", null);
        assertTrue(sent.size() > 1);
        sent.forEach(m -> assertTrue(m.getText().length() <= 4096, "message of " + m.getText().length()));
    }

    @Test
    void givenHtmlInAnAnswer_thenItIsEscapedAndAStaffReplyIsSigned() {
        OutboundReply reply = message(MessageKind.STAFF_REPLY, "1 < 2 & <b>bold</b>", "ar", null, null, null);
        List<SendMessage> sent = new MessageRenderer(TEXTS).render(reply, "42", "Amina");
        assertEquals(1, sent.size());
        assertEquals("1 &lt; 2 &amp; &lt;b&gt;bold&lt;/b&gt;\n\n<i>— Amina</i>", sent.get(0).getText());
        assertNull(sent.get(0).getReplyMarkup());
    }

    @Test
    void givenAClarifyQuestion_thenBothTopicsAreButtons() {
        OutboundReply clarify = message(MessageKind.CLARIFY, "Bedoel je…", "nl", "CLARIFY", null,
                "zorg.huisarts\tHuisarts vinden\nzorg.tandarts\tTandarts");
        SendMessage sent = new MessageRenderer(TEXTS).render(clarify, "42", null).get(0);
        String json = sent.getReplyMarkup().toString();
        assertTrue(json.contains("topic:zorg.huisarts") && json.contains("topic:zorg.tandarts"), json);
    }

    @Test
    void givenAnEditedMessageOrAGroup_thenTheyAreNotResidentMessages() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Update edited = json.readValue("{\"update_id\":1,\"edited_message\":{\"message_id\":2,\"date\":1,"
                + "\"chat\":{\"id\":5,\"type\":\"private\"},\"text\":\"x\",\"edit_date\":2}}", Update.class);
        assertInstanceOf(TelegramInbound.Ignored.class, UpdateMapper.map(edited));
        Update group = json.readValue("{\"update_id\":1,\"message\":{\"message_id\":2,\"date\":1,"
                + "\"chat\":{\"id\":-5,\"type\":\"group\",\"title\":\"g\"},\"text\":\"hoi\"}}", Update.class);
        assertInstanceOf(TelegramInbound.Ignored.class, UpdateMapper.map(group));
    }

    @Test
    void givenACommandWithTheBotsName_thenItIsUnderstood() throws Exception {
        Update start = new ObjectMapper().readValue("{\"update_id\":1,\"message\":{\"message_id\":2,\"date\":1,"
                + "\"chat\":{\"id\":5,\"type\":\"private\"},\"from\":{\"id\":5,\"is_bot\":false,\"first_name\":\"a\","
                + "\"language_code\":\"ti\"},\"text\":\"/start@SelamBot\"}}", Update.class);
        var pipeline = (TelegramInbound.Pipeline) UpdateMapper.map(start);
        assertEquals(new InboundEvent.Start(new Origin("telegram", "5:2", "5"), Language.TI), pipeline.event());
    }

    @Test
    void givenSecrets_thenNeitherIsEverPrinted() {
        TelegramConfiguration config = new TelegramConfiguration("123:ABCsecret", "https://api.telegram.org",
                "https://x.example/telegram/webhook", "hook-secret", Duration.ofSeconds(1), 30, "first-name");
        assertFalse(config.toString().contains("ABCsecret") || config.toString().contains("hook-secret"));
        assertEquals("[REDACTED]", config.botToken().toString());
        assertTrue(config.secret().matches("hook-secret"));
        assertFalse(config.secret().matches("hook-secreT"));
        assertFalse(new Secret("").matches(""), "an unset secret matches nothing");
    }

    @Test
    void givenTheApiAddress_thenTheLibraryIsPointedThere() {
        var url = TelegramApi.url(java.net.URI.create("http://127.0.0.1:8081"));
        assertEquals("http", url.getSchema());
        assertEquals(8081, url.getPort());
        assertEquals(443, TelegramApi.url(java.net.URI.create("https://api.telegram.org")).getPort());
    }

    @Test
    void givenRetryAfter_thenTheLimiterWaits() throws InterruptedException {
        RateLimiter limiter = new RateLimiter(Duration.ofMillis(200), 30);
        limiter.acquire("1");
        long start = System.nanoTime();
        limiter.acquire("1");
        assertTrue(System.nanoTime() - start >= 150_000_000L, "one chat waits its interval");
        limiter.pause(Duration.ofMillis(300));
        start = System.nanoTime();
        limiter.acquire("2");
        assertTrue(System.nanoTime() - start >= 250_000_000L, "after a 429 every chat waits");
    }

    @Test
    void givenTheWholeBot_thenNoTelegramTypeIsUsedOutsideTheTelegramPackage() throws Exception {
        java.nio.file.Path main = java.nio.file.Path.of("src/main/java");
        try (var files = java.nio.file.Files.walk(main)) {
            List<String> offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.toString().replace('\\', '/').contains("nl/selam/bot/channel/telegram/"))
                    .filter(f -> {
                        try {
                            return java.nio.file.Files.readString(f).contains("org.telegram");
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).map(java.nio.file.Path::toString).toList();
            assertTrue(offenders.isEmpty(), "Telegram types outside channel.telegram: " + offenders);
        }
    }

    private static OutboundReply message(MessageKind kind, String text, String language, String outcome, String topic,
                                         String choices) {
        return ReplyViews.view(new Message(9L, 1L, 1L, Message.Direction.OUT, "telegram", null, kind, text, language, outcome, topic,
                null, choices, null, null, kind == MessageKind.STAFF_REPLY ? 3L : null, Instant.now(), null, null), "42", null, null, TEXTS);
    }
}
