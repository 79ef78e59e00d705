package nl.selam.bot.support;

import io.micronaut.context.BeanContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.selam.bot.staff.StaffAccount;
import nl.selam.bot.staff.StaffAccounts;
import nl.selam.bot.staff.StaffApiTokens;
import nl.selam.bot.staff.StaffRole;

/** A staff member using the staff JSON API in tests, with a personal token issued for their account. */
public final class StaffClient {

    private final BlockingHttpClient http;
    private final long id;
    private final String token;

    private StaffClient(BlockingHttpClient http, long id, String token) {
        this.http = http;
        this.id = id;
        this.token = token;
    }

    /**
     * Creates an account with a unique name through the staff API (with a beheerder's token, as a script would) and
     * returns a client acting as it with its own token.
     */
    public static StaffClient create(BlockingHttpClient http, BeanContext context, String role,
                                     List<String> languages) {
        StaffClient beheerder = as(http, context, context.getBean(StaffAccounts.class)
                .create("beheerder-" + UUID.randomUUID(), StaffRole.BEHEERDER, List.of()));
        Map<String, Object> account = http.retrieve(beheerder.auth(HttpRequest.POST("/api/staff/accounts",
                        Map.of("name", role.toLowerCase() + "-" + UUID.randomUUID(), "role", role,
                                "languages", languages))),
                Argument.mapOf(String.class, Object.class));
        long id = ((Number) account.get("id")).longValue();
        return as(http, context, context.getBean(StaffAccounts.class).find(id).orElseThrow());
    }

    /** A client acting as an existing account, with a fresh token issued for it (as a beheerder does). */
    public static StaffClient as(BlockingHttpClient http, BeanContext context, StaffAccount account) {
        return new StaffClient(http, account.id(), token(context, account));
    }

    /** Issues a personal API token for the account, as a beheerder would in the console. */
    public static String token(BeanContext context, StaffAccount account) {
        return context.getBean(StaffApiTokens.class).issue(account, account.id(), "test").token();
    }

    public long id() {
        return id;
    }

    public String token() {
        return token;
    }

    /** The header value this client sends. */
    public String bearer() {
        return "Bearer " + token;
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

    public MutableHttpRequest<?> auth(MutableHttpRequest<?> request) {
        return request.header("Authorization", bearer());
    }
}
