package nl.selam.bot.channel.telegram;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Without a token Selam runs without Telegram, says so once, and has no webhook. */
class TelegramOffTest {

    @Test
    void withoutATokenTelegramIsOffAndSaysSoOnce() {
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        var root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(captured);
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class,
                Map.of("micronaut.server.port", -1), "test");
             HttpClient http = HttpClient.create(server.getURL())) {
            var refused = assertThrows(HttpClientResponseException.class, () -> http.toBlocking()
                    .exchange(HttpRequest.POST("/telegram/webhook", "{}").contentType("application/json")));
            assertEquals(404, refused.getStatus().getCode());
        } finally {
            root.detachAppender(captured);
        }
        assertEquals(1, captured.list.stream().filter(e -> e.getFormattedMessage().startsWith("Telegram is off"))
                .count());
    }
}
