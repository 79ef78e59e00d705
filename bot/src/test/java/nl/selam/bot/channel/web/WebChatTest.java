package nl.selam.bot.channel.web;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.selam.translations.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class WebChatTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Messages messages;

    @Test
    void rootServesTheChatPage() {
        HttpResponse<String> response = client.toBlocking().exchange(HttpRequest.GET("/"), String.class);
        assertEquals(HttpStatus.OK, response.getStatus());
        assertTrue(response.getContentType().orElseThrow().toString().startsWith("text/html"));
        String html = response.body();
        assertTrue(html.contains("<!doctype html>") && html.contains("/chat.js"), "the chat page");
        assertTrue(html.contains("id=\"assistant\"") && html.contains("id=\"erase\""), "back and erase buttons");
        assertTrue(response.header("Content-Security-Policy").contains("default-src 'self'"));
    }

    @Test
    void scriptNeverWritesHtmlFromText() {
        String script = client.toBlocking().retrieve("/chat.js");
        assertTrue(script.contains("/api/chat/messages"), "the page is a channel, not the dry run");
        assertFalse(script.contains("innerHTML") || script.contains("insertAdjacentHTML")
                || script.contains("document.write"), "text reaches the page only as text");
    }

    @Test
    void arabicTextsAreRightToLeft() {
        Map<String, Object> texts = texts("ar");
        assertEquals("rtl", texts.get("dir"));
        assertEquals("إرسال", ((Map<?, ?>) texts.get("texts")).get("web.send"));
    }

    @Test
    void selectorNamesEachLanguageInItself() {
        Map<String, Object> texts = texts("nl");
        assertEquals("ltr", texts.get("dir"));
        assertEquals(List.of(
                        Map.of("code", "ti", "name", "ትግርኛ"), Map.of("code", "ar", "name", "العربية"),
                        Map.of("code", "nl", "name", "Nederlands"), Map.of("code", "en", "name", "English")),
                texts.get("languages"));
    }

    @Test
    void thePageLearnsTheLanguagesAndTheirDirectionFromTheRegistry() {
        Map<?, ?> body = client.toBlocking().retrieve(HttpRequest.GET("/api/texts"), Map.class);
        assertEquals(List.of(
                        Map.of("code", "ti", "name", "ትግርኛ", "dir", "ltr"), Map.of("code", "ar", "name", "العربية", "dir", "rtl"),
                        Map.of("code", "nl", "name", "Nederlands", "dir", "ltr"), Map.of("code", "en", "name", "English", "dir", "ltr")),
                body.get("languages"));
    }

    @Test
    void tooLongTextNamesTheLimitTheServerEnforces() {
        Map<?, ?> texts = (Map<?, ?>) texts("en").get("texts");
        assertTrue(((String) texts.get("error.too_long")).contains("4,000"), texts::toString);
    }

    @Test
    void unknownLanguageIsABadRequest() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET("/api/texts/xx"), String.class));
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "ar", "ti", "en"})
    void talkToAPersonButtonReachesAPersonInEveryLanguage(String language) {
        // The button sends this catalogue text; the engine must recognise it as the wish for a person.
        String text = messages.format("web.talk_to_person.message", language);
        Map<String, Object> reply = client.toBlocking().retrieve(
                HttpRequest.POST("/api/ask", Map.of("text", text, "language", language)),
                Argument.mapOf(String.class, Object.class));
        assertEquals("ESCALATE", reply.get("outcome"));
        assertEquals("bot.mens", reply.get("topic"));
        assertEquals(language, reply.get("language"));
    }

    private Map<String, Object> texts(String language) {
        return client.toBlocking().retrieve(HttpRequest.GET("/api/texts/" + language),
                Argument.mapOf(String.class, Object.class));
    }
}
