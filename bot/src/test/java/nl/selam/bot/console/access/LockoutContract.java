package nl.selam.bot.console.access;

import nl.selam.bot.staff.Credentials;
import nl.selam.bot.staff.StaffCredentialRepository;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import nl.selam.bot.staff.StaffAccount;
import nl.selam.bot.staff.StaffRole;
import nl.selam.bot.support.ConsoleAccounts;
import nl.selam.bot.support.ConsoleSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10, hole 2: wrong passwords sent at the same time must all count. Run on H2 ({@link LockoutTest}) and on
 * PostgreSQL ({@link PostgresLockoutTest}). bcrypt runs at cost 10 here so that parallel tries really overlap
 * between reading the count and writing it, the window a read-then-write lost updates in.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LockoutContract implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    @Inject
    ConsoleAccounts accounts;

    @Inject
    Credentials credentials;

    @Inject
    StaffCredentialRepository stored;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>();
        properties.put("selam.console.bcrypt-cost", "10");
        return properties;
    }

    @Test
    void tenWrongPasswordsAtOnceLockTheAccountAndTheRightOneIsRefusedAfter() throws Exception {
        StaffAccount tolk = accounts.create(StaffRole.TOLK, "ti");
        List<Integer> codes = atOnce(10, i -> new ConsoleSession(server.getURI())
                .login(tolk.name(), "wrong-password-" + i).statusCode());
        codes.forEach(code -> assertEquals(303, code));
        HttpResponse<String> right = new ConsoleSession(server.getURI()).login(tolk.name(), ConsoleAccounts.PASSWORD);
        assertEquals("/console/login?error=1", right.headers().firstValue("Location").orElseThrow());
        Instant lockedUntil = stored.findById(tolk.id()).orElseThrow().lockedUntil();
        assertTrue(lockedUntil != null && lockedUntil.isAfter(Instant.now()), "locked: " + lockedUntil);
    }

    @Test
    void fourWrongPasswordsAtOnceCountFourNotOne() throws Exception {
        StaffAccount tolk = accounts.create(StaffRole.TOLK, "ar");
        atOnce(4, i -> credentials.check(tolk.name(), "wrong-password-" + i) instanceof Credentials.Refused ? 1 : 0);
        assertEquals(4, stored.findById(tolk.id()).orElseThrow().failedLogins());
        // one more locks it, and the lock holds against the right password
        assertTrue(credentials.check(tolk.name(), "wrong-again-1") instanceof Credentials.Refused);
        assertTrue(credentials.check(tolk.name(), ConsoleAccounts.PASSWORD) instanceof Credentials.Refused);
    }

    @Test
    void theRightPasswordSentWithWrongOnesNeverOutlivesTheLock() throws Exception {
        StaffAccount tolk = accounts.create(StaffRole.SLEUTELPERSOON, "nl");
        atOnce(12, i -> credentials.check(tolk.name(), i == 11 ? ConsoleAccounts.PASSWORD : "wrong-" + i)
                instanceof Credentials.Accepted ? 1 : 0);
        // whatever order the twelve ran in, five wrong ones locked the account
        assertTrue(credentials.check(tolk.name(), ConsoleAccounts.PASSWORD) instanceof Credentials.Refused);
    }

    @Test
    void aRightPasswordBeforeTheLimitClearsTheCountAndOpensAPage() {
        StaffAccount tolk = accounts.create(StaffRole.TOLK, "nl");
        for (int i = 0; i < 3; i++) {
            credentials.check(tolk.name(), "wrong-" + i);
        }
        ConsoleSession v = new ConsoleSession(server.getURI());
        assertEquals("/console", v.login(tolk.name(), ConsoleAccounts.PASSWORD).headers().firstValue("Location")
                .orElseThrow());
        assertEquals(200, v.get("/console/queue").statusCode());
        assertEquals(0, stored.findById(tolk.id()).orElseThrow().failedLogins());
    }

    private interface Attempt {
        int run(int i) throws Exception;
    }

    private static List<Integer> atOnce(int n, Attempt attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return attempt.run(index);
                }));
            }
            start.countDown();
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
