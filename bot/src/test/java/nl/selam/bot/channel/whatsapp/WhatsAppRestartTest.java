package nl.selam.bot.channel.whatsapp;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import nl.selam.bot.support.DatabaseRows;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A restart in the middle of a WhatsApp conversation: a reply still waiting for the Cloud API (it answered 5xx),
 * and after the restart a post Meta delivers again and a new message. Nothing is lost, nothing is sent twice: every
 * message the fake received is one recorded delivery part, and every outgoing message was sent.
 */
class WhatsAppRestartTest {

    @Test
    void aRestartLosesNothingAndSendsNothingTwice() throws Exception {
        String waId = WhatsAppWebhookTest.number();
        try (FakeCloudApi meta = new FakeCloudApi()) {
            Map<String, Object> properties = new HashMap<>(WhatsAppSettings.of(meta));
            properties.put("selam.outbox.backoff", "5s");
            properties.put("micronaut.server.port", -1);
            String second = Webhooks.text(waId, "menu");
            String key;
            try (EmbeddedServer first = ApplicationContext.run(EmbeddedServer.class, properties, "test")) {
                key = first.getApplicationContext().getBean(NumberVault.class).residentKey(waId);
                post(first, Webhooks.text(waId, "start"));
                meta.awaitSent(waId, 1);
                meta.serverError(waId, 1); // the reply to the next message does not get through before the restart
                post(first, second);
                meta.await(() -> meta.refused(waId).size(), n -> n == 1, "the failed attempt");
            }
            try (EmbeddedServer restarted = ApplicationContext.run(EmbeddedServer.class, properties, "test")) {
                DatabaseRows rows = restarted.getApplicationContext().getBean(DatabaseRows.class);
                post(restarted, second);                             // Meta delivers it again
                post(restarted, Webhooks.text(waId, "privacy"));     // and a new message
                meta.await(() -> rows.count("SELECT COUNT(*) FROM outbox o JOIN message m ON o.message_id = m.id "
                        + "JOIN resident r ON m.resident_id = r.id WHERE r.channel_user_id = ? AND o.state <> 'SENT'",
                        key), n -> n == 0, "every reply sent");
                Thread.sleep(1500); // the sweep runs every second: long enough for a duplicate to show up
                assertEquals(3, rows.count("SELECT COUNT(*) FROM message m JOIN resident r ON m.resident_id = r.id "
                        + "WHERE r.channel_user_id = ? AND m.direction = 'IN'", key), "three messages, each once");
                long parts = rows.count("SELECT COUNT(*) FROM whatsapp_delivery d JOIN message m ON m.id = d.message_id "
                        + "JOIN resident r ON m.resident_id = r.id WHERE r.channel_user_id = ?", key);
                List<FakeCloudApi.Call> sent = meta.sent(waId);
                assertEquals(parts, sent.size(), "every message Meta got is one recorded part: " + sent.size());
                assertEquals(sent.size(), sent.stream().map(FakeCloudApi.Call::wamid).distinct().count());
                assertEquals(sent.size(), sent.stream().map(c -> c.body().toString()).distinct().count(),
                        "no message twice");
                assertEquals(3, rows.count("SELECT COUNT(DISTINCT m.reply_to) FROM message m JOIN resident r "
                        + "ON m.resident_id = r.id WHERE r.channel_user_id = ? AND m.direction = 'OUT'", key),
                        "each message answered");
            }
        }
    }

    private static void post(EmbeddedServer server, String body) {
        try (HttpClient http = HttpClient.create(server.getURL())) {
            http.toBlocking().exchange(HttpRequest.POST("/whatsapp/webhook", body).contentType("application/json")
                    .header(WebhookSignature.HEADER, Webhooks.signature(body, WhatsAppSettings.APP_SECRET)));
        }
    }
}
