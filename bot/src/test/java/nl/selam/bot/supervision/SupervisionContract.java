package nl.selam.bot.supervision;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import nl.selam.bot.staff.StaffAccount;
import nl.selam.bot.staff.StaffRole;
import nl.selam.bot.support.ConsoleAccounts;
import nl.selam.bot.support.ConsoleSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The supervisor's figures on seeded rows, on every supported database ({@link H2SupervisionTest},
 * {@link PostgresSupervisionTest}): each runs in a database of its own, so the counts are exact. The seeded
 * messages hold a marker text and a BSN that must never reach the page, the JSON or the CSV.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SupervisionContract implements TestPropertyProvider {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final String SECRET = "GEHEIM-123456789";

    @Inject
    EmbeddedServer server;

    @Inject
    TransactionOperations<Connection> tx;

    @Inject
    ConsoleAccounts accounts;

    @Inject
    SupervisionFigures figures;

    StaffAccount tolk;
    LocalDate today;
    String yesterday;
    String twoDaysAgo;
    long residentId;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>();
        properties.put("selam.escalation.max-wait.ti", "5m");
        properties.put("selam.supervision.zone", ZONE.getId());
        return properties;
    }

    @BeforeAll
    void seed() {
        tolk = accounts.create(StaffRole.TOLK, "nl", "ti");
        Instant now = Instant.now();
        today = LocalDate.now(ZONE);
        yesterday = today.minusDays(1).toString();
        twoDaysAgo = today.minusDays(2).toString();
        Instant y = today.minusDays(1).atTime(10, 0).atZone(ZONE).toInstant();
        Instant y2 = today.minusDays(2).atTime(22, 30).atZone(ZONE).toInstant(); // a UTC date would say the next day
        tx.executeWrite(status -> {
            try {
                seed(status.getConnection(), now, y, y2);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
    }

    private void seed(Connection c, Instant now, Instant y, Instant y2) throws SQLException {
        residentId = insert(c, "INSERT INTO resident (channel, channel_user_id, created_at) VALUES ('web', ?, ?)",
                "seed-" + System.nanoTime(), ts(y2));
        long conversation = insert(c, "INSERT INTO conversation (resident_id, state, started_at, last_activity_at) "
                + "VALUES (?, 'OPEN', ?, ?)", residentId, ts(y2), ts(y2));
        // yesterday: ti claimed after 2, 4 and 10 minutes; one ar never claimed
        escalation(c, conversation, "ti", "TOLK", false, "RESOLVED", y, y.plus(Duration.ofMinutes(2)), null);
        escalation(c, conversation, "ti", "SLEUTELPERSOON", false, "RESOLVED", y.plusSeconds(60),
                y.plusSeconds(60).plus(Duration.ofMinutes(4)), null);
        escalation(c, conversation, "ti", "TOLK", false, "RESOLVED", y.plusSeconds(120),
                y.plusSeconds(120).plus(Duration.ofMinutes(10)), null);
        escalation(c, conversation, "ar", "SLEUTELPERSOON", false, "RETURNED_TO_BOT", y.plusSeconds(180), null, null);
        // two days ago, late in the evening: nl claimed after 1 and 3 minutes
        escalation(c, conversation, "nl", "SLEUTELPERSOON", false, "RESOLVED", y2, y2.plusSeconds(60), null);
        escalation(c, conversation, "nl", "SLEUTELPERSOON", false, "RESOLVED", y2.plusSeconds(30),
                y2.plusSeconds(30 + 180), null);
        // Selam's answers: six yesterday (each with a vote), one two days ago; a resident's message is no answer
        String[][] votes = {{"zorg.huisarts", "true"}, {"zorg.huisarts", "true"}, {"zorg.huisarts", "false"},
                {"geld.toeslagen", "false"}, {"geld.toeslagen", "false"}, {"geld.toeslagen", "false"}};
        for (String[] vote : votes) {
            long answer = message(c, conversation, "OUT", "ANSWER", vote[0], y);
            insert(c, "INSERT INTO feedback (message_id, topic, language, helpful, created_at) VALUES (?, ?, 'nl', ?, ?)",
                    answer, vote[0], Boolean.parseBoolean(vote[1]), ts(y));
        }
        message(c, conversation, "OUT", "ANSWER", "wonen.energie", y2);
        message(c, conversation, "IN", "RESIDENT", null, y);
        // now: a ti escalation for a tolk waiting 10 minutes (over its 5-minute promise), one for a sleutelpersoon
        // waiting 2 minutes, an urgent crisis in Arabic, and one the tolk holds
        escalation(c, conversation, "ti", "TOLK", false, "OPEN", now.minus(Duration.ofMinutes(10)), null, null);
        escalation(c, conversation, "ti", "SLEUTELPERSOON", false, "OPEN", now.minus(Duration.ofMinutes(2)), null, null);
        escalation(c, conversation, "ar", "TOLK", true, "OPEN", now.minusSeconds(60), null, null);
        escalation(c, conversation, "nl", "SLEUTELPERSOON", false, "CLAIMED", now.minusSeconds(50), now,
                tolk.id());
        insert(c, "INSERT INTO audit_entry (staff_id, action, at) VALUES (?, 'CLAIM', ?)", tolk.id(), ts(now));
        insert(c, "INSERT INTO audit_entry (staff_id, action, at) VALUES (?, 'CLAIM', ?)", tolk.id(), ts(now));
    }

    @Test
    void trendsPerDayCountEscalationsWaitsAnswersAndVotes() {
        Figures.Trends t = figures.trends(SupervisionFigures.Period.DAY);
        assertEquals(30, t.periods().size());
        assertEquals(today.toString(), t.periods().get(29));
        int y = t.periods().indexOf(yesterday);
        int y2 = t.periods().indexOf(twoDaysAgo);
        assertEquals(28, y);
        assertEquals(3, t.escalations().get("ti").get(y));
        assertEquals(1, t.escalations().get("ar").get(y));
        assertEquals(2, t.escalations().get("nl").get(y2), "22:30 in Amsterdam is that day, not the next");
        assertEquals(0, t.escalations().get("nl").get(y));
        assertEquals(4.0, t.waitMedian().get(y), "median of 2, 4 and 10 minutes");
        assertEquals(10.0, t.waitP90().get(y), "nearest-rank p90 of three values is the largest");
        assertEquals(2.0, t.waitMedian().get(y2), "median of 1 and 3 minutes");
        assertEquals(3.0, t.waitP90().get(y2));
        assertNull(t.waitMedian().get(0), "no claims that day: no figure rather than zero");
        assertEquals(6, t.bySelam().get(y));
        assertEquals(1, t.bySelam().get(y2));
        assertEquals(4, t.byPerson().get(y));
        assertEquals(2, t.byPerson().get(y2));
        assertEquals(List.of(new Figures.TopicFeedback("geld.toeslagen", 0, 3),
                new Figures.TopicFeedback("zorg.huisarts", 2, 1)), t.feedback());
        assertEquals(List.of("nl", "ar", "ti"), List.copyOf(t.escalations().keySet()), "the console's language order");
    }

    @Test
    void trendsPerWeekAddUpTheDays() {
        Figures.Trends t = figures.trends(SupervisionFigures.Period.WEEK);
        assertEquals(12, t.periods().size());
        assertEquals(String.format("%d-W%02d", today.get(IsoFields.WEEK_BASED_YEAR),
                today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)), t.periods().get(11));
        assertEquals(3 + 2, t.escalations().get("ti").stream().mapToInt(Integer::intValue).sum(),
                "three yesterday and two open now");
        assertEquals(2 + 1, t.escalations().get("nl").stream().mapToInt(Integer::intValue).sum());
        assertEquals(7, t.bySelam().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void theLiveViewShowsQueuesAgainstThePromiseClaimsAndCrises() {
        Figures.Live live = figures.live();
        Figures.QueueCell tiTolk = cell(live, "ti", "TOLK");
        assertEquals(1, tiTolk.waiting());
        assertEquals(5, tiTolk.limitMinutes(), "the configured promise for ti");
        assertTrue(tiTolk.oldestMinutes() >= 10);
        assertEquals(1, tiTolk.overLimit());
        Figures.QueueCell tiKey = cell(live, "ti", "SLEUTELPERSOON");
        assertEquals(1, tiKey.waiting());
        assertEquals(0, tiKey.overLimit());
        Figures.QueueCell arTolk = cell(live, "ar", "TOLK");
        assertEquals(1, arTolk.urgent());
        assertEquals(120, arTolk.limitMinutes(), "the default promise");
        assertEquals(1, live.crisesToday());
        assertEquals(1, live.crisesWaiting());
        Figures.StaffClaims claims = live.staff().stream().filter(s -> s.name().equals(tolk.name())).findFirst()
                .orElseThrow();
        assertEquals(2, claims.claimsToday());
        assertEquals(1, claims.holding());
    }

    @Test
    void thePageTheFiguresAndTheCsvShowAggregatesOnly() {
        StaffAccount lead = accounts.create(StaffRole.TEAMLEIDER);
        ConsoleSession session = new ConsoleSession(server.getURI());
        assertEquals(303, session.login(lead.name(), ConsoleAccounts.PASSWORD).statusCode());
        HttpResponse<String> page = session.get("/console/supervision");
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("id=\"queue-ti-TOLK\""), html);
        assertTrue(html.contains("/webjars/echarts/5.3.1/dist/echarts.min.js"));
        assertTrue(html.contains("id=\"chart-wait\""));
        assertEquals(200, session.get("/webjars/echarts/5.3.1/dist/echarts.min.js").statusCode(), "served, no CDN");

        HttpResponse<String> json = session.get("/console/supervision/figures?by=week");
        assertEquals(200, json.statusCode());
        assertTrue(json.body().contains("\"by\":\"week\""), json.body());

        HttpResponse<String> csv = session.get("/console/supervision/export.csv?by=day");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        List<String> lines = List.of(csv.body().split("\r\n"));
        assertEquals(SupervisionCsv.HEADER, lines.get(0));
        assertTrue(lines.contains(yesterday + ",escalations,ti,3"), csv.body());
        assertTrue(lines.contains(yesterday + ",wait_median_minutes,,4.0"));
        assertTrue(lines.contains(yesterday + ",wait_p90_minutes,,10.0"));
        assertTrue(lines.contains(yesterday + ",answered_by_selam,,6"));
        assertTrue(lines.contains(yesterday + ",answered_by_person,,4"));
        assertTrue(lines.contains(twoDaysAgo + ",escalations,nl,2"));
        assertTrue(lines.contains("all,feedback_up,zorg.huisarts,2"));
        assertTrue(lines.contains("all,feedback_down,geld.toeslagen,3"));
        assertEquals(1 + 30 * (3 + 4) + 2 * 2, lines.size(), "header, 3 languages and 4 figures a day, 2 topics");

        for (String body : List.of(html, json.body(), csv.body(), session.get("/console/supervision/live").body())) {
            assertFalse(body.contains(SECRET), "no message text");
            assertFalse(body.contains("seed-"), "no resident");
        }
    }

    private static Figures.QueueCell cell(Figures.Live live, String language, String pool) {
        return live.queues().stream().filter(q -> q.language().equals(language) && q.pool().equals(pool)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + language + " " + pool + " in " + live.queues()));
    }

    private void escalation(Connection c, long conversation, String language, String pool, boolean urgent,
                            String state, Instant created, Instant claimed, Long claimedBy) throws SQLException {
        insert(c, "INSERT INTO escalation (resident_id, conversation_id, language, reason, urgent, state, claimed_by, "
                        + "created_at, claimed_at, pool, topic) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'zorg.huisarts')",
                residentId, conversation, language, urgent ? "CRISIS" : "ASKED_FOR_PERSON", urgent, state, claimedBy,
                ts(created), claimed == null ? null : ts(claimed), pool);
    }

    private long message(Connection c, long conversation, String direction, String kind, String topic, Instant at)
            throws SQLException {
        return insert(c, "INSERT INTO message (resident_id, conversation_id, direction, channel, kind, text, topic, "
                + "created_at) VALUES (?, ?, ?, 'web', ?, ?, ?, ?)", residentId, conversation, direction, kind,
                SECRET, topic, ts(at));
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
