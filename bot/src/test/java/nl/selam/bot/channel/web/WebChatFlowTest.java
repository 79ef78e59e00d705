package nl.selam.bot.channel.web;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.selam.bot.support.ChatClient;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class WebChatFlowTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void aQuestionIsAnsweredInTheChat() {
        ChatClient resident = new ChatClient(http.toBlocking());
        assertEquals(202, resident.say("Hoe vind ik een huisarts?", "nl"));
        List<Map<String, Object>> received = resident.received();
        assertEquals(1, received.size(), received::toString);
        assertEquals("ANSWER", received.get(0).get("kind"));
        assertEquals("bot", received.get(0).get("from"));
        assertTrue(resident.hasSession());
    }
}
