package nl.selam.bot.console.access;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.selam.bot.staff.StaffAccount;
import nl.selam.bot.staff.StaffRole;
import nl.selam.bot.support.ConsoleAccounts;
import nl.selam.bot.support.ConsoleSession;
import nl.selam.bot.support.RawConsole;
import nl.selam.bot.support.SecondInstance;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10, hole 8: the end of a session holds for every copy of its cookie and on every instance: logout, a
 * deactivation and a password reset by a beheerder.
 */
@MicronautTest(transactional = false)
class LogoutTest {

    @Inject
    EmbeddedServer server;

    @Inject
    ConsoleAccounts accounts;

    @Test
    void aCookieCopiedBeforeLogoutIsRefusedAfterIt() {
        StaffAccount tolk = accounts.create(StaffRole.TOLK, "ti");
        ConsoleSession browser = login(tolk);
        String copy = browser.loginCookie();
        assertEquals(200, RawConsole.get(server.getURI(), "/console/queue", copy, RawConsole.HTML).statusCode());
        assertEquals(303, browser.post("/console/logout", Map.of()).statusCode());
        assertRefused(server.getURI(), copy, "/console/queue");
        assertRefused(server.getURI(), copy, "/console/queue/count");
    }

    @Test
    void logoutOnOneInstanceEndsTheSessionOnTheOther() {
        StaffAccount tolk = accounts.create(StaffRole.TOLK, "ar");
        try (EmbeddedServer second = SecondInstance.start(Map.of())) {
            ConsoleSession browser = login(tolk);
            String copy = browser.loginCookie();
            assertEquals(200, RawConsole.get(second.getURI(), "/console/queue", copy, RawConsole.HTML).statusCode());
            browser.post("/console/logout", Map.of());
            assertRefused(second.getURI(), copy, "/console/queue");
        }
    }

    @Test
    void logoutEndsOnlyThatSession() {
        StaffAccount tolk = accounts.create(StaffRole.SLEUTELPERSOON, "nl");
        ConsoleSession laptop = login(tolk);
        ConsoleSession phone = login(tolk);
        laptop.post("/console/logout", Map.of());
        assertEquals(200, phone.get("/console/queue").statusCode());
        assertEquals(303, laptop.get("/console/queue").statusCode());
    }

    @Test
    void replaysAtOnceAfterLogoutAreAllRefused() throws Exception {
        StaffAccount tolk = accounts.create(StaffRole.TOLK, "ti");
        ConsoleSession browser = login(tolk);
        String copy = browser.loginCookie();
        browser.post("/console/logout", Map.of());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> codes = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                codes.add(pool.submit(() -> RawConsole.htmx(server.getURI(), "/console/queue/count", copy)
                        .statusCode()));
            }
            for (Future<Integer> code : codes) {
                assertEquals(401, code.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void deactivationEndsTheSessionsAndReactivationDoesNotBringThemBack() {
        StaffAccount tolk = accounts.create(StaffRole.TOLK, "ti");
        String copy = login(tolk).loginCookie();
        ConsoleSession admin = adminLogin();
        assertEquals(303, admin.post("/console/admin/accounts/" + tolk.id() + "/active", Map.of("active", "false"))
                .statusCode());
        assertRefused(server.getURI(), copy, "/console/queue");
        admin.post("/console/admin/accounts/" + tolk.id() + "/active", Map.of("active", "true"));
        assertRefused(server.getURI(), copy, "/console/queue");
        assertEquals(200, login(tolk).get("/console/queue").statusCode(), "a fresh login works again");
    }

    @Test
    void aPasswordResetEndsTheOldSessions() {
        StaffAccount tolk = accounts.create(StaffRole.TOLK, "ti");
        String copy = login(tolk).loginCookie();
        ConsoleSession admin = adminLogin();
        assertEquals(200, admin.post("/console/admin/accounts/" + tolk.id() + "/password", Map.of()).statusCode());
        assertRefused(server.getURI(), copy, "/console/queue");
    }

    private ConsoleSession login(StaffAccount account) {
        ConsoleSession session = new ConsoleSession(server.getURI());
        assertEquals(303, session.login(account.name(), ConsoleAccounts.PASSWORD).statusCode());
        return session;
    }

    private ConsoleSession adminLogin() {
        ConsoleSession admin = new ConsoleSession(server.getURI());
        assertEquals(303, admin.login("admin", "admin-password-for-tests").statusCode());
        return admin;
    }

    private static void assertRefused(URI base, String cookie, String path) {
        assertTrue(RawConsole.toLogin(RawConsole.get(base, path, cookie, RawConsole.HTML)), "a page leads to login");
        assertEquals(401, RawConsole.htmx(base, path, cookie).statusCode());
        assertEquals(401, RawConsole.get(base, path, cookie, RawConsole.ANY).statusCode());
    }
}
