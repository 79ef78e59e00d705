package nl.selam.bot.supervision;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import nl.selam.bot.browser.BrowserTest;
import nl.selam.bot.staff.StaffAccount;
import nl.selam.bot.staff.StaffRole;
import nl.selam.bot.support.Browser;
import nl.selam.bot.support.ConsoleAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A teamleider opens the supervisor's view in Chromium: the live queue and the four charts drawn by ECharts from
 * its webjar, per day and per week, on a month of seeded escalations, answers and votes (a database of its own).
 * The screenshots are kept in docs/screenshots/.
 */
@BrowserTest
@MicronautTest(transactional = false)
@Property(name = "datasources.default.url",
        value = "jdbc:h2:mem:supervision-browser;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@Property(name = "selam.escalation.max-wait.ti", value = "30m")
class SupervisionBrowserTest {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final List<String> LANGUAGES = List.of("nl", "ar", "ti", "en", "fa", "am");
    static final List<String> TOPICS = List.of("zorg.huisarts", "geld.toeslagen", "inburgering.taalles",
            "wonen.huisvesting", "juridisch.digid", "werk.zoeken", "onderwijs.school", "loket.afspraak");

    @Inject
    EmbeddedServer server;

    @Inject
    ConsoleAccounts accounts;

    @Inject
    TransactionOperations<Connection> tx;

    @Test
    void aTeamleiderSeesTheLiveQueueAndTheChartsPerDayAndPerWeek() throws Exception {
        StaffAccount tolk = accounts.create(StaffRole.TOLK, "ti", "am");
        StaffAccount lead = accounts.create(StaffRole.TEAMLEIDER);
        tx.executeWrite(status -> {
            try {
                seed(status.getConnection(), tolk.id());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });

        try (Browser browser = new Browser(server.getURI(), 1280, 1900)) {
            browser.login(lead.name(), ConsoleAccounts.PASSWORD);
            assertTrue(browser.driver().getCurrentUrl().endsWith("/console/supervision"), "the teamleider's start page");
            waitForCharts(browser);
            assertEquals("1", browser.text(By.id("crises-today")));
            assertTrue(browser.text(By.id("queue-ti-TOLK")).contains("1"), "the late ti queue is listed");
            assertTrue(browser.find(By.id("queue-ti-TOLK")).getAttribute("class").contains("late"));
            assertTrue(browser.text(By.id("sup-staff")).contains(tolk.name()));
            assertTrue(browser.find(By.id("export-csv")).getAttribute("href").endsWith("/console/supervision/export.csv?by=day"));
            keep(browser.screenshot("supervision-dashboard"));

            browser.click(By.id("by-week"));
            browser.waitUntil(d -> d.getCurrentUrl().endsWith("by=week"));
            waitForCharts(browser);
            assertTrue(browser.find(By.id("export-csv")).getAttribute("href").endsWith("by=week"));
            keep(browser.screenshot("supervision-weeks"));
        }
    }

    private static void waitForCharts(Browser browser) {
        for (String id : List.of("chart-escalations", "chart-wait", "chart-share", "chart-feedback")) {
            browser.waitUntil(d -> d.findElement(By.id(id)).getAttribute("class").contains("drawn")
                    && !d.findElements(By.cssSelector("#" + id + " canvas")).isEmpty());
        }
    }

    // the screenshots are part of the documentation (docs/screenshots/, from the module's directory)
    private static void keep(Path shot) throws java.io.IOException {
        Path docs = Path.of("..", "docs", "screenshots");
        Files.createDirectories(docs);
        Files.copy(shot, docs.resolve(shot.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }

    /** A month of figures with a fixed random seed, and a queue right now. No text a resident could have written. */
    private static void seed(Connection c, long tolkId) throws SQLException {
        Random random = new Random(15);
        Instant now = Instant.now();
        LocalDate today = LocalDate.now(ZONE);
        long resident = insert(c, "INSERT INTO resident (channel, channel_user_id, created_at) VALUES ('web', ?, ?)",
                "browser-seed", ts(now));
        long conversation = insert(c, "INSERT INTO conversation (resident_id, state, started_at, last_activity_at) "
                + "VALUES (?, 'OPEN', ?, ?)", resident, ts(now), ts(now));
        for (int day = 84; day >= 1; day--) {
            Instant base = today.minusDays(day).atTime(9, 0).atZone(ZONE).toInstant();
            for (int l = 0; l < LANGUAGES.size(); l++) {
                int count = random.nextInt(6 - l / 2);
                for (int i = 0; i < count; i++) {
                    Instant created = base.plus(Duration.ofMinutes(random.nextInt(600)));
                    long wait = 1 + (long) Math.abs(random.nextGaussian() * 12) + (l == 4 ? 25 : 0);
                    insert(c, "INSERT INTO escalation (resident_id, conversation_id, language, reason, urgent, state, "
                                    + "created_at, claimed_at, pool) VALUES (?, ?, ?, 'ASKED_FOR_PERSON', FALSE, 'RESOLVED', ?, ?, ?)",
                            resident, conversation, LANGUAGES.get(l), ts(created),
                            ts(created.plus(Duration.ofMinutes(wait))), random.nextBoolean() ? "TOLK" : "SLEUTELPERSOON");
                }
            }
            int answers = 20 + random.nextInt(25);
            for (int i = 0; i < answers; i++) {
                String topic = TOPICS.get(random.nextInt(TOPICS.size()));
                long answer = insert(c, "INSERT INTO message (resident_id, conversation_id, direction, channel, kind, "
                        + "topic, created_at) VALUES (?, ?, 'OUT', 'web', 'ANSWER', ?, ?)", resident, conversation, topic,
                        ts(base.plus(Duration.ofMinutes(i * 10L))));
                if (i % 3 == 0) {
                    insert(c, "INSERT INTO feedback (message_id, topic, language, helpful, created_at) "
                            + "VALUES (?, ?, 'nl', ?, ?)", answer, topic, random.nextInt(5) > 0 || topic.startsWith("juridisch"),
                            ts(base));
                }
            }
        }
        insert(c, "INSERT INTO escalation (resident_id, conversation_id, language, reason, urgent, state, created_at, pool) "
                + "VALUES (?, ?, 'ti', 'ASKED_FOR_PERSON', FALSE, 'OPEN', ?, 'TOLK')", resident, conversation,
                ts(now.minus(Duration.ofMinutes(42))));
        insert(c, "INSERT INTO escalation (resident_id, conversation_id, language, reason, urgent, state, created_at, pool) "
                + "VALUES (?, ?, 'ar', 'ASKED_FOR_PERSON', FALSE, 'OPEN', ?, 'SLEUTELPERSOON')", resident, conversation,
                ts(now.minus(Duration.ofMinutes(7))));
        insert(c, "INSERT INTO escalation (resident_id, conversation_id, language, reason, urgent, state, created_at, pool) "
                + "VALUES (?, ?, 'am', 'CRISIS', TRUE, 'OPEN', ?, 'TOLK')", resident, conversation,
                ts(now.minus(Duration.ofMinutes(1))));
        insert(c, "INSERT INTO escalation (resident_id, conversation_id, language, reason, urgent, state, created_at, "
                + "claimed_at, claimed_by, pool) VALUES (?, ?, 'ti', 'LOW_CONFIDENCE', FALSE, 'CLAIMED', ?, ?, ?, 'TOLK')",
                resident, conversation, ts(now.minusSeconds(30)), ts(now), tolkId);
        for (int i = 0; i < 3; i++) {
            insert(c, "INSERT INTO audit_entry (staff_id, action, at) VALUES (?, 'CLAIM', ?)", tolkId, ts(now));
        }
    }

    private static Timestamp ts(Instant at) {
        return Timestamp.from(at);
    }

    private static long insert(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql, new String[] {"id"})) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }
}
