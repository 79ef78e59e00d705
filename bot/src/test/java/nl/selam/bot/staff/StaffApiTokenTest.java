package nl.selam.bot.staff;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.selam.bot.support.ChatClient;
import nl.selam.bot.support.ConsoleAccounts;
import nl.selam.bot.support.ConsoleSession;
import nl.selam.bot.support.DatabaseRows;
import nl.selam.bot.support.SecondInstance;
import nl.selam.bot.support.StaffClient;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 10: a personal staff API token acts only as its own account, and only while it and the account are live. */
@MicronautTest(transactional = false)
class StaffApiTokenTest {

    private static final String LOW_CONFIDENCE = "Waar kan ik mijn fiets laten repareren?";
    private static final Pattern SHOWN = Pattern.compile("id=\"new-api-token\">(selam_[A-Za-z0-9_-]{43})<");

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    io.micronaut.context.BeanContext context;

    @Inject
    ConsoleAccounts consoleAccounts;

    @Inject
    StaffAccounts accounts;

    @Inject
    DatabaseRows rows;

    @Test
    void aTokenActsOnlyAsItsOwnAccount() {
        StaffAccount ar = accounts.create("ar-" + UUID.randomUUID(), StaffRole.TOLK, List.of("ar"));
        StaffAccount ti = accounts.create("ti-" + UUID.randomUUID(), StaffRole.TOLK, List.of("ti"));
        StaffClient arTolk = StaffClient.as(http.toBlocking(), context, ar);
        StaffClient tiTolk = StaffClient.as(http.toBlocking(), context, ti);
        ChatClient resident = new ChatClient(http.toBlocking());
        resident.say(LOW_CONFIDENCE, "ar");
        long escalation = resident.escalationId();

        assertTrue(ids(arTolk.queue()).contains(escalation), "the ar tolk sees the ar escalation");
        assertFalse(ids(tiTolk.queue()).contains(escalation), "the ti tolk does not");
        assertEquals(404, status(tiTolk.auth(HttpRequest.GET("/api/staff/escalations/" + escalation))));
        // the old self-declared id is ignored: the token is the identity
        assertFalse(ids(http.toBlocking().retrieve(tiTolk.auth(HttpRequest.GET("/api/staff/escalations"))
                        .header("X-Selam-Staff-Id", String.valueOf(ar.id())),
                Argument.listOf(Argument.mapOf(String.class, Object.class)))).contains(escalation));
        assertEquals(404, status(tiTolk.auth(HttpRequest.POST("/api/staff/escalations/" + escalation + "/claim",
                Map.of())).header("X-Selam-Staff-Id", String.valueOf(ar.id()))));
        assertEquals(0, rows.count("SELECT COUNT(*) FROM escalation WHERE id = ? AND claimed_by IS NOT NULL",
                escalation));
        assertEquals(200, arTolk.claim(escalation));
        assertEquals(1, rows.count("SELECT COUNT(*) FROM escalation WHERE id = ? AND claimed_by = ?", escalation,
                ar.id()), "the claim is recorded as the token's account");
    }

    @Test
    void missingForgedUnknownAndRevokedTokensAreRefusedWithJson() {
        StaffAccount tolk = accounts.create("t-" + UUID.randomUUID(), StaffRole.TOLK, List.of("nl"));
        IssuedToken issued = context.getBean(StaffApiTokens.class).issue(tolk, tolk.id(), "script");
        String good = issued.token();
        assertEquals(200, status(HttpRequest.GET("/api/staff/escalations").bearerAuth(good)));

        String unknown = "selam_" + Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[32]);
        String flipped = good.substring(0, good.length() - 1) + (good.endsWith("A") ? "B" : "A");
        List<MutableHttpRequest<?>> refused = List.of(
                HttpRequest.GET("/api/staff/escalations"),
                HttpRequest.GET("/api/staff/escalations").header("X-Selam-Staff-Token", good),
                HttpRequest.GET("/api/staff/escalations").header("X-Selam-Staff-Id", String.valueOf(tolk.id())),
                HttpRequest.GET("/api/staff/escalations").header("Authorization", good),
                HttpRequest.GET("/api/staff/escalations").basicAuth("x", good),
                HttpRequest.GET("/api/staff/escalations").bearerAuth(unknown),
                HttpRequest.GET("/api/staff/escalations").bearerAuth(flipped),
                HttpRequest.GET("/api/staff/escalations").bearerAuth(good + "x"),
                HttpRequest.GET("/api/staff/escalations").bearerAuth(StaffApiTokens.hash(good)),
                HttpRequest.GET("/api/staff/escalations").bearerAuth("selam_"));
        for (MutableHttpRequest<?> request : refused) {
            HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                    () -> http.toBlocking().exchange(request, Map.class));
            assertEquals(401, e.getStatus().getCode(), request.getHeaders().asMap().toString());
            assertNotNull(e.getResponse().getBody(Map.class).orElseThrow().get("error"));
        }

        assertTrue(context.getBean(StaffApiTokens.class).revoke(tolk, tolk.id(), issued.stored().id()));
        assertEquals(401, status(HttpRequest.GET("/api/staff/escalations").bearerAuth(good)), "revoked");
    }

    @Test
    void deactivatingTheAccountMakesItsTokenUseless() {
        StaffAccount tolk = accounts.create("d-" + UUID.randomUUID(), StaffRole.TOLK, List.of("nl"));
        StaffClient client = StaffClient.as(http.toBlocking(), context, tolk);
        assertEquals(200, status(client.auth(HttpRequest.GET("/api/staff/escalations"))));
        accounts.setActive(tolk.id(), false);
        assertEquals(401, status(client.auth(HttpRequest.GET("/api/staff/escalations"))));
    }

    @Test
    void creatingAccountsNeedsABeheerdersToken() {
        StaffClient tolk = StaffClient.as(http.toBlocking(), context,
                accounts.create("c-" + UUID.randomUUID(), StaffRole.TOLK, List.of("nl")));
        String name = "evil-" + UUID.randomUUID();
        assertEquals(403, status(tolk.auth(HttpRequest.POST("/api/staff/accounts",
                Map.of("name", name, "role", "BEHEERDER", "languages", List.of())))));
        assertEquals(401, status(HttpRequest.POST("/api/staff/accounts",
                Map.of("name", name, "role", "BEHEERDER", "languages", List.of()))));
        assertEquals(0, rows.count("SELECT COUNT(*) FROM staff_account WHERE name = ?", name));
        StaffClient beheerder = StaffClient.as(http.toBlocking(), context,
                accounts.create("b-" + UUID.randomUUID(), StaffRole.BEHEERDER, List.of()));
        assertEquals(201, status(beheerder.auth(HttpRequest.POST("/api/staff/accounts",
                Map.of("name", name, "role", "TOLK", "languages", List.of("nl"))))));
    }

    @Test
    void aTokenRevokedOnOneInstanceIsRefusedOnTheOther() {
        StaffAccount tolk = accounts.create("s-" + UUID.randomUUID(), StaffRole.TOLK, List.of("nl"));
        IssuedToken issued = context.getBean(StaffApiTokens.class).issue(tolk, tolk.id(), "two instances");
        try (EmbeddedServer second = SecondInstance.start(Map.of());
             HttpClient other = HttpClient.create(second.getURL())) {
            MutableHttpRequest<?> request = HttpRequest.GET("/api/staff/escalations").bearerAuth(issued.token());
            assertEquals(200, other.toBlocking().exchange(request, String.class).code());
            assertTrue(context.getBean(StaffApiTokens.class).revoke(tolk, tolk.id(), issued.stored().id()));
            assertEquals(401, assertThrows(HttpClientResponseException.class,
                    () -> other.toBlocking().exchange(HttpRequest.GET("/api/staff/escalations")
                            .bearerAuth(issued.token()), String.class)).getStatus().getCode());
        }
    }

    @Test
    void oneTokenServesParallelRequests() throws Exception {
        StaffClient tolk = StaffClient.as(http.toBlocking(), context,
                accounts.create("p-" + UUID.randomUUID(), StaffRole.TOLK, List.of("nl")));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                calls.add(() -> status(tolk.auth(HttpRequest.GET("/api/staff/escalations"))));
            }
            for (Future<Integer> f : pool.invokeAll(calls)) {
                assertEquals(200, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aBeheerderIssuesATokenShownOnceAndStoredHashedAndRevokesIt() {
        StaffAccount admin = consoleAccounts.create(StaffRole.BEHEERDER);
        StaffAccount tolk = accounts.create("k-" + UUID.randomUUID(), StaffRole.TOLK, List.of("ar"));
        ConsoleSession session = login(admin);
        session.get("/console/admin/accounts");
        HttpResponse<String> created = session.post("/console/admin/accounts/" + tolk.id() + "/tokens",
                Map.of("label", "rooster-script"));
        assertEquals(200, created.statusCode());
        assertEquals("no-store", created.headers().firstValue("Cache-Control").orElse(""));
        Matcher shown = SHOWN.matcher(created.body());
        assertTrue(shown.find(), "the new token is on the page");
        String token = shown.group(1);

        assertEquals(0, rows.count("SELECT COUNT(*) FROM staff_api_token WHERE token_hash = ?", token),
                "the token itself is never stored");
        assertEquals(1, rows.count("SELECT COUNT(*) FROM staff_api_token WHERE token_hash = ? AND staff_id = ? "
                + "AND created_by = ?", StaffApiTokens.hash(token), tolk.id(), admin.id()));
        assertFalse(session.get("/console/admin/accounts").body().contains(token), "shown only once");
        assertEquals(0, rows.count("SELECT COUNT(*) FROM audit_entry WHERE detail LIKE ?", "%" + token + "%"));
        assertEquals(1, rows.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'API_TOKEN_CREATED' "
                + "AND staff_id = ? AND detail LIKE ?", admin.id(), "account " + tolk.id() + " %"));
        assertEquals(200, status(HttpRequest.GET("/api/staff/escalations").bearerAuth(token)));

        long tokenId = rows.count("SELECT id FROM staff_api_token WHERE token_hash = ?", StaffApiTokens.hash(token));
        assertEquals(303, session.post("/console/admin/accounts/" + tolk.id() + "/tokens/" + tokenId + "/revoke",
                Map.of()).statusCode());
        assertEquals(1, rows.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'API_TOKEN_REVOKED' "
                + "AND staff_id = ? AND detail LIKE ?", admin.id(), "account " + tolk.id() + " %"));
        assertEquals(401, status(HttpRequest.GET("/api/staff/escalations").bearerAuth(token)));
    }

    @Test
    void consoleTokenFormsNeedCsrfAndABeheerder() {
        StaffAccount admin = consoleAccounts.create(StaffRole.BEHEERDER);
        StaffAccount tolk = consoleAccounts.create(StaffRole.TOLK, "ti");
        IssuedToken issued = context.getBean(StaffApiTokens.class).issue(admin, tolk.id(), "keep");
        long before = rows.count("SELECT COUNT(*) FROM staff_api_token WHERE staff_id = ?", tolk.id());

        ConsoleSession beheerder = login(admin);
        beheerder.get("/console/admin/accounts");
        assertEquals(403, beheerder.postRaw("/console/admin/accounts/" + tolk.id() + "/tokens",
                Map.of("label", "no csrf")).statusCode());
        assertEquals(403, beheerder.postRaw("/console/admin/accounts/" + tolk.id() + "/tokens/"
                + issued.stored().id() + "/revoke", Map.of("_csrf", "forged")).statusCode());

        ConsoleSession self = login(tolk);
        self.get("/console/queue");
        assertForbidden(self.post("/console/admin/accounts/" + tolk.id() + "/tokens", Map.of("label", "mine")));
        assertForbidden(self.post("/console/admin/accounts/" + tolk.id() + "/tokens/" + issued.stored().id()
                + "/revoke", Map.of()));

        assertEquals(before, rows.count("SELECT COUNT(*) FROM staff_api_token WHERE staff_id = ?", tolk.id()));
        assertEquals(200, status(HttpRequest.GET("/api/staff/escalations").bearerAuth(issued.token())),
                "the token was not revoked");
    }

    private static void assertForbidden(HttpResponse<String> response) {
        boolean forbidden = response.statusCode() == 403 || (response.statusCode() == 303
                && response.headers().firstValue("Location").orElse("").startsWith("/console/forbidden"));
        assertTrue(forbidden, response.statusCode() + " " + response.headers().firstValue("Location"));
    }

    private ConsoleSession login(StaffAccount account) {
        ConsoleSession session = new ConsoleSession(server.getURI());
        assertEquals(303, session.login(account.name(), ConsoleAccounts.PASSWORD).statusCode());
        return session;
    }

    private int status(MutableHttpRequest<?> request) {
        try {
            return http.toBlocking().exchange(request, String.class).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    private static List<Long> ids(List<Map<String, Object>> queue) {
        return queue.stream().map(e -> ((Number) e.get("id")).longValue()).toList();
    }
}
