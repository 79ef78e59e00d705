package nl.selam.bot.channel.telegram;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import nl.selam.bot.support.DatabaseRows;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A restart in the middle of a conversation: a reply still waiting for Telegram, a message that arrives while
 * Selam is down, and an update Telegram delivers again. After the restart every message has exactly one reply.
 */
class TelegramRestartTest {

    @Test
    void aRestartLosesNothingAndSendsNothingTwice() throws Exception {
        long chat = 9_200_001;
        try (FakeBotApi telegram = new FakeBotApi()) {
            Map<String, Object> properties = Map.of("selam.telegram.token", "111:restart",
                    "selam.telegram.api-url", telegram.url(), "selam.telegram.per-chat-interval", "100ms",
                    "selam.outbox.backoff", "5s", "micronaut.server.port", -1);
            ObjectNode second;
            try (EmbeddedServer first = ApplicationContext.run(EmbeddedServer.class, properties, "test")) {
                telegram.text(chat, "/start", "nl");
                telegram.awaitSent(chat, 1);
                telegram.serverError(chat, 1); // the reply to the next message does not get through before the restart
                second = telegram.text(chat, "/menu", null);
                telegram.await(() -> telegram.attempts(chat).size(), n -> n == 2, "the failed attempt");
                telegram.await(() -> telegram.isConfirmed(second) ? 1 : 0, n -> n == 1, "stored, so confirmed");
            }
            telegram.text(chat, "/privacy", null);  // arrives while Selam is down
            telegram.redeliver(second);              // and Telegram sends one it already sent

            try (EmbeddedServer restarted = ApplicationContext.run(EmbeddedServer.class, properties, "test")) {
                DatabaseRows rows = restarted.getApplicationContext().getBean(DatabaseRows.class);
                // the waiting reply goes out at its retry time; the new message is answered
                List<FakeBotApi.Call> sent = telegram.awaitSent(chat, 3);
                Thread.sleep(1500);
                sent = telegram.sent(chat);
                assertEquals(3, sent.size(), telegram.summary());
                assertEquals(3, sent.stream().map(FakeBotApi.Call::text).distinct().count(), "no reply twice");
                assertEquals(3, rows.count("SELECT COUNT(*) FROM message m JOIN resident r ON m.resident_id = r.id "
                        + "WHERE r.channel_user_id = ? AND m.direction = 'IN'", String.valueOf(chat)));
                assertEquals(0, rows.count("SELECT COUNT(*) FROM outbox o JOIN message m ON o.message_id = m.id "
                        + "JOIN resident r ON m.resident_id = r.id WHERE r.channel_user_id = ? AND o.state <> 'SENT'",
                        String.valueOf(chat)));
                assertTrue(sent.get(2).text().length() > 0);
                assertFalse(telegram.summary().isEmpty());
            }
        }
    }
}
