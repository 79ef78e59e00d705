package nl.selam.bot.support;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/** One resident's browser in tests: keeps the session cookie and talks to /api/chat like the page does. */
public final class ChatClient {

    private static final AtomicInteger IDS = new AtomicInteger();

    private final BlockingHttpClient http;
    private String cookie;

    public ChatClient(BlockingHttpClient http) {
        this.http = http;
    }

    /** Sends text; returns the HTTP status. */
    public int say(String text) {
        return post(Map.of("id", "m" + IDS.incrementAndGet(), "text", text));
    }

    public int say(String text, String language) {
        return post(Map.of("id", "m" + IDS.incrementAndGet(), "text", text, "language", language));
    }

    public int press(String command) {
        return post(Map.of("id", "m" + IDS.incrementAndGet(), "command", command));
    }

    public int post(Map<String, Object> body) {
        return exchange(HttpRequest.POST("/api/chat/messages", body)).code();
    }

    public int postRaw(String body, MediaType type) {
        return exchange(HttpRequest.POST("/api/chat/messages", body).contentType(type)).code();
    }

    /** Chooses a language with the selector; returns the HTTP status. */
    public int choose(String language) {
        return exchange(HttpRequest.PUT("/api/chat/language", Map.of("language", language))).code();
    }

    /** Polls like the page does on load, keeping any cookie handed out. */
    public void open() {
        exchange(HttpRequest.GET("/api/chat/messages?after=0"));
    }

    public int erase() {
        return exchange(HttpRequest.POST("/api/chat/erase", Map.of("confirm", true))).code();
    }

    /** Every message the page would show. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> messages() {
        return (List<Map<String, Object>>) log().get("messages");
    }

    public Map<String, Object> log() {
        MutableHttpRequest<?> request = HttpRequest.GET("/api/chat/messages?after=0");
        if (cookie != null) {
            request.cookie(io.micronaut.http.cookie.Cookie.of("selam_chat", cookie));
        }
        return http.retrieve(request, Argument.mapOf(String.class, Object.class));
    }

    /** Selam's and staff's messages, oldest first. */
    public List<Map<String, Object>> received() {
        return messages().stream().filter(m -> !"me".equals(m.get("from"))).toList();
    }

    /** The id of the resident's active escalation; fails when there is none. */
    public long escalationId() {
        return ((Number) Objects.requireNonNull(log().get("escalationId"), "no active escalation")).longValue();
    }

    /** The session cookie's value, for requests the page makes by other means (a file download link). */
    public String cookie() {
        return cookie;
    }

    public boolean hasSession() {
        return cookie != null;
    }

    private HttpResponse<?> exchange(MutableHttpRequest<?> request) {
        if (cookie != null) {
            request.cookie(io.micronaut.http.cookie.Cookie.of("selam_chat", cookie));
        }
        HttpResponse<?> response;
        try {
            response = http.exchange(request, Map.class);
        } catch (HttpClientResponseException e) {
            response = e.getResponse();
        }
        response.getCookie("selam_chat").ifPresent(c -> cookie = Objects.toString(c.getValue(), null));
        if (cookie != null && cookie.isEmpty()) {
            cookie = null;
        }
        return response;
    }
}
