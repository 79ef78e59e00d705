package nl.selam.bot.ask;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every kind of bad input gets a 4xx with {@code {"error": "..."}} naming the problem, never a 500. */
@MicronautTest(transactional = false)
class AskValidationTest {

    private static final String JSON = MediaType.APPLICATION_JSON;

    @Inject
    @Client("/")
    HttpClient client;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            malformed JSON                | {"text": "hallo"                           | not valid JSON
            trailing garbage              | {"text": "hallo"}}                         | not valid JSON
            duplicate text field          | {"text": "hallo", "text": "hoi"}           | not valid JSON
            single-quoted JSON            | {'text': 'hallo'}                          | not valid JSON
            array instead of object       | ["hallo"]                                  | JSON object
            string instead of object      | "hallo"                                    | JSON object
            missing text                  | {"language": "nl"}                         | 'text' is missing
            null text                     | {"text": null}                             | 'text' is missing
            text not a string             | {"text": 42}                               | 'text' must be a string
            empty text                    | {"text": ""}                               | 'text' is empty
            whitespace-only text          | {"text": "  \\n\\t "}                      | 'text' is empty
            invisible-only text           | {"text": "\\u200b\\u200e"}                 | 'text' is empty
            bell control character        | {"text": "hallo\\u0007"}                   | control characters
            escape control character      | {"text": "\\u001b[31mhallo"}               | control characters
            lone high surrogate           | {"text": "hallo \\ud800"}                 | undecodable bytes
            lone low surrogate            | {"text": "\\udc00 hallo"}                 | undecodable bytes
            replacement character         | {"text": "hoe \ufffd huisarts"}          | undecodable bytes
            unknown language              | {"text": "hallo", "language": "xx"}        | 'language'
            recognised but unanswered     | {"text": "hallo", "language": "am"}        | 'language'
            language not a string         | {"text": "hallo", "language": 3}           | 'language' must be a string
            """)
    void givenBadJson_thenBadRequestNamingTheProblem(String name, String body, String expected) {
        assertError(HttpStatus.BAD_REQUEST, expected, post(body, JSON));
    }

    @Test
    void givenTextOverFourThousandCharacters_thenBadRequestNamingTheLimit() {
        String body = "{\"text\": \"" + "a".repeat(4001) + "\"}";
        assertError(HttpStatus.BAD_REQUEST, "too long: 4001 characters, at most 4000", post(body, JSON));
    }

    @Test
    void givenEmptyBody_thenBadRequest() {
        assertError(HttpStatus.BAD_REQUEST, "body is empty", post("", JSON));
    }

    @Test
    void givenPlainTextContentType_thenUnsupportedMediaTypeAsJson() {
        assertError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content Type [text/plain] not allowed",
                post("hallo", MediaType.TEXT_PLAIN));
    }

    @Test
    void givenBinaryContentType_thenUnsupportedMediaTypeAsJson() {
        MutableHttpRequest<byte[]> request = HttpRequest.POST("/api/ask", new byte[] {0, 1, 2, (byte) 0xFF})
                .contentType(MediaType.APPLICATION_OCTET_STREAM_TYPE);
        assertError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "application/octet-stream", request);
    }

    @Test
    void givenBodyOverTheRequestLimit_thenPayloadTooLargeAsJson() {
        String body = "{\"text\": \"" + "a".repeat(70_000) + "\"}";
        assertError(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "exceeds the maximum", post(body, JSON));
    }

    @Test
    void givenWrongMethod_thenJsonError() {
        assertError(HttpStatus.METHOD_NOT_ALLOWED, "not allowed", HttpRequest.GET("/api/ask"));
    }

    private static MutableHttpRequest<String> post(String body, String contentType) {
        return HttpRequest.POST("/api/ask", body).contentType(contentType);
    }

    private void assertError(HttpStatus status, String expected, HttpRequest<?> request) {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(request, Argument.mapOf(String.class, Object.class),
                        Argument.mapOf(String.class, Object.class)));
        assertEquals(status, e.getStatus());
        Map<?, ?> body = e.getResponse().getBody(Map.class).orElseThrow(() -> new AssertionError("no JSON body"));
        assertTrue(body.get("error") instanceof String message && message.contains(expected),
                "error naming '" + expected + "', got " + body);
        assertEquals(1, body.size(), "only the error field: " + body);
    }
}
