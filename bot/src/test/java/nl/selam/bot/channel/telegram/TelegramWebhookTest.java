package nl.selam.bot.channel.telegram;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Webhook mode: Selam registers the webhook with its secret and refuses requests without it. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TelegramWebhookTest implements TestPropertyProvider {

    private static final String SECRET = "webhook-secret-ABC_123";

    private final FakeBotApi telegram = start();

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("selam.telegram.token", "654321:webhook-token", "selam.telegram.api-url", telegram.url(),
                "selam.telegram.webhook-url", "https://selam.example.org/telegram/webhook",
                "selam.telegram.webhook-secret", SECRET, "selam.telegram.per-chat-interval", "100ms");
    }

    @AfterAll
    void stopFake() {
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
    void theWebhookIsRegisteredWithTheSecretAndNoPollingHappens() {
        telegram.await(() -> telegram.calls("setWebhook").size(), n -> n == 1, "setWebhook");
        String request = telegram.calls("setWebhook").get(0).raw();
        assertTrue(request.contains(SECRET) && request.contains("https://selam.example.org/telegram/webhook"));
        assertEquals(0, telegram.calls("getUpdates").size(), "webhook mode does not poll");
    }

    @Test
    void aRequestWithAWrongOrMissingSecretIsRefused() {
        ObjectNode update = telegram.build("message", message(9_100_001, "/start"));
        assertEquals(403, post(update, "wrong-secret"));
        assertEquals(401, post(update, null));
        assertEquals(0, telegram.sent(9_100_001).size(), "nothing was handled");
    }

    @Test
    void aGoodRequestIsAnsweredAndARedeliveryIsANoOp() throws Exception {
        long chat = 9_100_002;
        ObjectNode update = telegram.build("message", message(chat, "/start"));
        assertEquals(200, post(update, SECRET));
        telegram.awaitSent(chat, 1);
        assertEquals(200, post(update, SECRET), "a redelivered update is acknowledged");
        Thread.sleep(1500); // the outbox sweep runs every second: long enough for a duplicate to show up
        assertEquals(1, telegram.sent(chat).size(), "and answered only once");
    }

    @Test
    void aBodyThatIsNotAnUpdateIsA400WithJsonEvenWithTheRightSecret() {
        long chat = 9_100_003;
        String text = message(chat, "/start").toString();
        for (String body : new String[]{"null", "[]", "\"x\"", "{}", "0", "true", "",
                "{\"message\":" + text + "}", // no update_id
                "{\"update_id\":0,\"message\":" + text + "}",
                "{\"update_id\":-5,\"message\":" + text + "}",
                "{\"update_id\":99999999999,\"message\":" + text + "}",
                "{\"update_id\":99999999999999999999,\"message\":" + text + "}",
                "{\"update_id\":\"abc\",\"message\":" + text + "}",
                "{\"update_id\":12,\"message\":5}",
                "{\"update_id\":13,\"message\":{\"chat\":\"x\"}}",
                "{\"update_id\":14,\"message\":" + text + "]"}) {
            HttpResponse<String> response = postRaw(body, SECRET);
            assertEquals(400, response.code(), body);
            assertEquals("{\"error\":\"request body is not a Telegram update\"}", response.body(), body);
        }
        assertEquals(0, telegram.attempts(chat).size(), "nothing reached the pipeline");
    }

    private HttpResponse<String> postRaw(String body, String secret) {
        var request = HttpRequest.POST("/telegram/webhook", body).contentType("application/json")
                .header(TelegramWebhookController.SECRET_HEADER, secret);
        try {
            return http.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            return (HttpResponse<String>) e.getResponse().getBody(String.class)
                    .map(b -> HttpResponse.status(e.getStatus()).body(b)).orElse(HttpResponse.status(e.getStatus()));
        }
    }

    private ObjectNode message(long chatId, String text) {
        ObjectNode message = FakeBotApi.JSON.createObjectNode();
        message.put("message_id", 77);
        message.put("date", 1_700_000_000);
        message.putObject("chat").put("id", chatId).put("type", "private");
        message.putObject("from").put("id", chatId).put("is_bot", false).put("first_name", "R");
        message.put("text", text);
        return message;
    }

    private int post(ObjectNode update, String secret) {
        var request = HttpRequest.POST("/telegram/webhook", update.toString())
                .contentType("application/json");
        if (secret != null) {
            request.header(TelegramWebhookController.SECRET_HEADER, secret);
        }
        try {
            HttpResponse<?> response = http.toBlocking().exchange(request);
            return response.code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }
}
