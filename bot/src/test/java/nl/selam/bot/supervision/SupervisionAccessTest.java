package nl.selam.bot.supervision;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.selam.bot.staff.StaffAccount;
import nl.selam.bot.staff.StaffRepository;
import nl.selam.bot.staff.StaffRole;
import nl.selam.bot.support.ConsoleAccounts;
import nl.selam.bot.support.ConsoleSession;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may see the supervisor's view (beheerder, teamleider) and what a teamleider may not see (any resident's
 * words); forged, malformed, cross-site and parallel requests.
 */
@MicronautTest(transactional = false)
class SupervisionAccessTest {

    static final List<String> PAGES = List.of("/console/supervision", "/console/supervision/live",
            "/console/supervision/figures", "/console/supervision/export.csv?by=week");

    @Inject
    EmbeddedServer server;

    @Inject
    ConsoleAccounts accounts;

    @Inject
    StaffRepository staff;

    private ConsoleSession login(StaffAccount account) {
        ConsoleSession session = new ConsoleSession(server.getURI());
        assertEquals(303, session.login(account.name(), ConsoleAccounts.PASSWORD).statusCode());
        return session;
    }

    @Test
    void tolkenSleutelpersonenAndRedacteurenAreRefused() {
        for (StaffRole role : List.of(StaffRole.TOLK, StaffRole.SLEUTELPERSOON, StaffRole.REDACTEUR)) {
            ConsoleSession session = login(accounts.create(role, "nl"));
            for (String page : PAGES) {
                assertRefused(session.get(page), role + " " + page);
            }
            assertTrue(!session.get("/console/queue").body().contains("href=\"/console/supervision\""),
                    "no menu entry for " + role);
        }
    }

    @Test
    void aBeheerderAndATeamleiderSeeItAndTheTeamleiderSeesNoResidentText() {
        ConsoleSession beheerder = login(accounts.create(StaffRole.BEHEERDER));
        for (String page : PAGES) {
            assertEquals(200, beheerder.get(page).statusCode(), page);
        }
        ConsoleSession lead = login(accounts.create(StaffRole.TEAMLEIDER));
        HttpResponse<String> start = lead.get("/console");
        assertEquals("/console/supervision", start.headers().firstValue("Location").orElse(null),
                "a teamleider starts on the supervisor's view");
        for (String page : PAGES) {
            assertEquals(200, lead.get(page).statusCode(), page);
        }
        assertTrue(lead.get("/console/supervision").body().contains("href=\"/console/supervision\""), "menu entry");
        // everything that shows residents' words or the content is closed to a teamleider
        for (String page : List.of("/console/queue", "/console/conversations/1", "/console/unanswered",
                "/console/faq", "/console/testbox", "/console/admin/accounts")) {
            assertRefused(lead.get(page), page);
        }
        assertRefused(lead.get("/console/queue/list"), "queue fragment");
    }

    @Test
    void theAccountsPageCanMakeSomeoneTeamleider() {
        ConsoleSession beheerder = login(accounts.create(StaffRole.BEHEERDER));
        StaffAccount someone = accounts.create(StaffRole.TOLK, "ti");
        assertTrue(beheerder.get("/console/admin/accounts").body().contains("value=\"TEAMLEIDER\""));
        HttpResponse<String> saved = beheerder.post("/console/admin/accounts/" + someone.id(),
                Map.of("role", "TEAMLEIDER"));
        assertEquals(303, saved.statusCode(), saved.body());
        assertEquals(StaffRole.TEAMLEIDER, staff.findById(someone.id()).orElseThrow().role());
        assertEquals(200, login(someone).get("/console/supervision").statusCode());
    }

    @Test
    void anonymousForgedMalformedAndCrossSiteRequestsAreRefused() throws Exception {
        ConsoleSession anonymous = new ConsoleSession(server.getURI());
        HttpResponse<String> page = anonymous.get("/console/supervision");
        assertEquals(303, page.statusCode());
        assertTrue(page.headers().firstValue("Location").orElse("").contains("/console/login"));

        HttpClient raw = HttpClient.newHttpClient();
        HttpResponse<String> forged = raw.send(HttpRequest.newBuilder(server.getURI().resolve("/console/supervision/export.csv"))
                .header("Cookie", "JWT=eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiIsInJvbGVzIjpbIkJFSEVFUkRFUiJdfQ.")
                .header("Accept", "text/csv").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertNotEquals(200, forged.statusCode(), "an unsigned token opens nothing");
        assertTrue(!forged.body().contains("period,metric"));

        ConsoleSession lead = login(accounts.create(StaffRole.TEAMLEIDER));
        assertEquals(400, lead.get("/console/supervision/figures?by=month").statusCode());
        assertEquals(400, lead.get("/console/supervision/export.csv?by=%27%3Bdrop").statusCode());
        assertEquals(400, lead.get("/console/supervision?by=" + "x".repeat(500)).statusCode());
        // the view only reads: a post, with or without the CSRF token, changes nothing and is not served
        assertNotEquals(200, lead.postRaw("/console/supervision", Map.of()).statusCode());
        assertNotEquals(200, lead.post("/console/supervision/export.csv", Map.of()).statusCode());

        // parallel exports by one teamleider all succeed with the same content
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<String>>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> lead.get("/console/supervision/export.csv?by=day")));
            }
            Set<String> bodies = new java.util.HashSet<>();
            for (Future<HttpResponse<String>> r : results) {
                assertEquals(200, r.get().statusCode());
                bodies.add(r.get().body());
            }
            assertEquals(1, bodies.size(), "the same figures for every parallel request");
        } finally {
            pool.shutdownNow();
        }
    }

    /** A page of another role: 403, or for a browser the redirect to the console's "not allowed" page. */
    private static void assertRefused(HttpResponse<String> response, String what) {
        boolean forbidden = response.statusCode() == 403 || (response.statusCode() == 303
                && "/console/forbidden".equals(response.headers().firstValue("Location").orElse(null)));
        assertTrue(forbidden, what + " answered " + response.statusCode() + " "
                + response.headers().firstValue("Location").orElse(""));
    }

    @Test
    void theCsvNeverStartsACellWithAFormula() {
        assertEquals("'=1+1", SupervisionCsv.cell("=1+1"));
        assertEquals("'@SUM(A1)", SupervisionCsv.cell("@SUM(A1)"));
        assertEquals("\"a,b\"", SupervisionCsv.cell("a,b"));
        assertEquals("-3", SupervisionCsv.cell("-3"));
        assertEquals("zorg.huisarts", SupervisionCsv.cell("zorg.huisarts"));
    }
}
