package nl.selam.bot.support;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A tolk or sleutelpersoon using the staff JSON API in tests. */
public final class StaffClient {

    public static final String TOKEN = "test-staff-token";

    private final BlockingHttpClient http;
    private final long id;

    private StaffClient(BlockingHttpClient http, long id) {
        this.http = http;
        this.id = id;
    }

    /** Creates an account with a unique name and returns a client acting as it. */
    public static StaffClient create(BlockingHttpClient http, String role, List<String> languages) {
        Map<String, Object> account = http.retrieve(HttpRequest.POST("/api/staff/accounts",
                        Map.of("name", role.toLowerCase() + "-" + UUID.randomUUID(), "role", role,
                                "languages", languages)).header("X-Selam-Staff-Token", TOKEN),
                Argument.mapOf(String.class, Object.class));
        return new StaffClient(http, ((Number) account.get("id")).longValue());
    }

    public long id() {
        return id;
    }

    public List<Map<String, Object>> queue() {
        return http.retrieve(auth(HttpRequest.GET("/api/staff/escalations")),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> conversation(long escalationId) {
        Map<String, Object> view = http.retrieve(auth(HttpRequest.GET("/api/staff/escalations/" + escalationId)),
                Argument.mapOf(String.class, Object.class));
        return (List<Map<String, Object>>) view.get("messages");
    }

    /** Returns the HTTP status of the claim: 200 won, 409 lost. */
    public int claim(long escalationId) {
        return post("/api/staff/escalations/" + escalationId + "/claim", Map.of());
    }

    public int reply(long escalationId, String text) {
        return post("/api/staff/escalations/" + escalationId + "/reply", Map.of("text", text));
    }

    public int resolve(long escalationId) {
        return post("/api/staff/escalations/" + escalationId + "/resolve", Map.of());
    }

    public int release(long escalationId) {
        return post("/api/staff/escalations/" + escalationId + "/release", Map.of());
    }

    public int handOver(long escalationId, String note) {
        return post("/api/staff/escalations/" + escalationId + "/handover", Map.of("note", note));
    }

    private int post(String path, Map<String, Object> body) {
        try {
            return http.exchange(auth(HttpRequest.POST(path, body)), Map.class).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    private MutableHttpRequest<?> auth(MutableHttpRequest<?> request) {
        return request.header("X-Selam-Staff-Token", TOKEN).header("X-Selam-Staff-Id", String.valueOf(id));
    }
}
