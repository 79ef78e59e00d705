package nl.selam.bot.console.admin;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.selam.bot.conversation.contract.InboundEvent;
import nl.selam.bot.conversation.contract.Origin;
import nl.selam.bot.conversation.ConversationService;
import nl.selam.bot.conversation.Receipt;
import nl.selam.bot.conversation.ResidentDirectory;
import nl.selam.bot.escalation.WaitLimits;
import nl.selam.bot.privacy.RetentionJob;
import nl.selam.bot.privacy.RetentionPolicy;
import nl.selam.bot.support.ChatClient;
import nl.selam.bot.support.ConsoleSession;
import nl.selam.bot.support.DatabaseRows;
import nl.selam.bot.support.FlakyChannelSender;
import org.junit.jupiter.api.Test;

import io.micronaut.transaction.TransactionOperations;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Settings and the outbox page change what the background jobs do: the retention job deletes sooner, an escalation
 * becomes overdue sooner, a parked message is sent again. Every setting changed here is put back at the end (the
 * in-memory database is shared by all test classes).
 */
@MicronautTest(transactional = false)
@Property(name = "selam.outbox.backoff", value = "100ms")
@Property(name = "selam.outbox.max-attempts", value = "3")
@Property(name = "selam.outbox.sweep-interval", value = "200ms")
@Property(name = "selam.escalation.overdue-check", value = "300ms")
@Property(name = "selam.conversation.flood-limit", value = "1000")
class AdminJobsTest {

    private static final String LOW_CONFIDENCE = "Waar kan ik mijn fiets laten repareren?";

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    RetentionJob retention;

    @Inject
    RetentionPolicy retentionPolicy;

    @Inject
    WaitLimits waitLimits;

    @Inject
    DatabaseRows rows;

    @Inject
    TransactionOperations<Connection> tx;

    @Inject
    FlakyChannelSender flaky;

    @Inject
    ResidentDirectory residents;

    @Inject
    ConversationService conversations;

    private ConsoleSession admin() {
        ConsoleSession admin = new ConsoleSession(server.getURI());
        assertEquals(303, admin.login(AdminConsoleTest.ADMIN, AdminConsoleTest.ADMIN_PASSWORD).statusCode());
        return admin;
    }

    private static void poll(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("waited 15 s in vain: " + what);
    }

    private void sql(String statement, Object... args) {
        tx.executeWrite(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement(statement)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                return ps.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void aShorterRetentionPeriodDeletesClosedConversationsSooner() {
        try {
            ChatClient resident = new ChatClient(http.toBlocking());
            String marker = "Bewaar" + UUID.randomUUID().toString().substring(0, 8);
            resident.say("Hoe vind ik een huisarts? " + marker, "nl");
            long residentId = rows.residentOf(marker);
            retention.runAt(Instant.now().plus(Duration.ofDays(2))); // closed after a quiet day
            Instant inEightDays = Instant.now().plus(Duration.ofDays(8));
            retention.runAt(inEightDays); // six days after closing: the configured 30 days keep it
            assertTrue(rows.countFor(residentId) > 0);

            ConsoleSession admin = admin();
            assertTrue(admin.get("/console/admin/settings").body().contains("30"));
            HttpResponse<String> saved = admin.post("/console/admin/settings", Map.of("retentionDays", "5"));
            assertEquals(303, saved.statusCode(), saved.body());
            assertEquals(5, retentionPolicy.days());
            assertEquals(30, retentionPolicy.configuredDays());
            assertTrue(admin.get("/console/admin/settings").body().contains("na 5 dagen"));
            assertTrue(rows.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'SETTINGS_CHANGED' "
                    + "AND detail LIKE '%retention=5d%'") > 0);

            retention.runAt(inEightDays);
            assertEquals(0, rows.countFor(residentId), "five days after closing: gone");
        } finally {
            retentionPolicy.set(null, null);
        }
        assertEquals(30, retentionPolicy.days());
    }

    @Test
    void settingsOutsideTheirBoundsAreRefusedWhole() {
        try {
            ConsoleSession admin = admin();
            admin.get("/console/admin/settings");
            for (String days : new String[]{"0", "366", "drie"}) {
                HttpResponse<String> refused = admin.post("/console/admin/settings",
                        Map.of("retentionDays", days, "wait_ti", "60"));
                assertEquals(400, refused.statusCode(), days);
            }
            for (String minutes : new String[]{"4", "4321"}) {
                assertEquals(400, admin.post("/console/admin/settings", Map.of("retentionDays", "10",
                        "wait_ti", minutes)).statusCode(), minutes);
            }
            assertEquals(30, retentionPolicy.days(), "nothing of a refused form is stored");
            assertEquals(Duration.ofHours(2), waitLimits.maxWaitFor("ti"));
            assertEquals(303, admin.post("/console/admin/settings", Map.of("retentionDays", "365",
                    "wait_ti", "4320", "wait_default", "5")).statusCode());
            assertEquals(365, retentionPolicy.days());
            assertEquals(Duration.ofHours(72), waitLimits.maxWaitFor("ti"));
            assertEquals(Duration.ofMinutes(5), waitLimits.maxWaitFor("und"), "default covers other languages");
            // an emptied field goes back to the configuration
            assertEquals(303, admin.post("/console/admin/settings", Map.of("retentionDays", "")).statusCode());
            assertEquals(30, retentionPolicy.days());
            assertEquals(Duration.ofHours(2), waitLimits.maxWaitFor("ti"));
            assertEquals(Duration.ofHours(2), waitLimits.maxWaitFor("und"));
        } finally {
            retentionPolicy.set(null, null);
            WaitLimits.KEYS.forEach(k -> waitLimits.set(k, null, null));
        }
    }

    @Test
    void aShorterWaitingLimitMakesAnEscalationOverdueSooner() throws Exception {
        try {
            ChatClient resident = new ChatClient(http.toBlocking());
            resident.say(LOW_CONFIDENCE, "ti");
            long id = resident.escalationId();
            sql("UPDATE escalation SET created_at = created_at - INTERVAL '10' MINUTE WHERE id = ?", id);
            Thread.sleep(1000); // three overdue checks: ten minutes is within the configured two hours
            assertEquals(0, rows.count("SELECT COUNT(*) FROM escalation WHERE id = ? AND overdue_at IS NOT NULL", id));

            ConsoleSession admin = admin();
            admin.get("/console/admin/settings");
            assertEquals(303, admin.post("/console/admin/settings", Map.of("wait_ti", "5")).statusCode());
            assertEquals(Duration.ofMinutes(5), waitLimits.maxWaitFor("ti"));
            assertEquals(Duration.ofHours(2), waitLimits.maxWaitFor("ar"), "other queues keep theirs");
            poll(() -> rows.count("SELECT COUNT(*) FROM escalation WHERE id = ? AND overdue_at IS NOT NULL", id) == 1,
                    "the escalation becomes overdue under the five-minute limit");
            poll(() -> resident.received().stream().anyMatch(m -> "ESCALATION_OVERDUE".equals(m.get("kind"))),
                    "the resident is given the phone number");
            String page = admin.get("/console/admin/settings").body();
            assertTrue(page.contains("5 min"), "the page shows the limit in force");
        } finally {
            waitLimits.set("ti", null, null);
        }
        assertEquals(Duration.ofHours(2), waitLimits.maxWaitFor("ti"));
    }

    private long parkedReply(String key) throws InterruptedException {
        long residentId = residents.findOrCreate(FlakyChannelSender.CHANNEL, key + "-" + UUID.randomUUID()).id();
        flaky.failFirst(residentId, 3); // three failures park it (max-attempts 3); the fourth attempt succeeds
        var resident = residents.byId(residentId).orElseThrow();
        Receipt receipt = conversations.receive(new InboundEvent.Text(new Origin(FlakyChannelSender.CHANNEL,
                UUID.randomUUID().toString(), resident.channelUserId()), "Hoe vind ik een huisarts?"));
        assertEquals(Receipt.ACCEPTED, receipt);
        long reply = rows.count("SELECT MAX(id) FROM message WHERE resident_id = ? AND direction = 'OUT'", residentId);
        poll(() -> rows.count("SELECT COUNT(*) FROM outbox WHERE message_id = ? AND state = 'PARKED'", reply) == 1,
                "parked after three failures");
        return reply;
    }

    private long entryOf(long messageId) {
        return rows.count("SELECT id FROM outbox WHERE message_id = ?", messageId);
    }

    @Test
    void aParkedMessageIsDeliveredAfterRetry() throws Exception {
        long reply = parkedReply("retry-one");
        long entry = entryOf(reply);
        ConsoleSession admin = admin();
        String page = admin.get("/console/admin/outbox").body();
        int row = page.indexOf("id=\"parked-" + entry + "\"");
        assertTrue(row > 0, page);
        String tr = page.substring(row, page.indexOf("</tr>", row));
        assertTrue(tr.contains(FlakyChannelSender.CHANNEL) && tr.contains("IOException") && tr.contains(">3<"), tr);
        assertFalse(page.contains("huisarts"), "no message text on the page");
        assertFalse(flaky.delivered(reply));

        HttpResponse<String> retried = admin.post("/console/admin/outbox/" + entry + "/retry", Map.of());
        assertEquals(303, retried.statusCode());
        assertEquals("/console/admin/outbox?retried=1", retried.headers().firstValue("Location").orElseThrow());
        poll(() -> flaky.delivered(reply), "delivered after the retry");
        assertEquals(4, flaky.attempts(reply));
        assertEquals(1, rows.count("SELECT COUNT(*) FROM outbox WHERE id = ? AND state = 'SENT'", entry));
        assertEquals(1, rows.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'OUTBOX_RETRY' AND detail = ?",
                "outbox " + entry));
        assertFalse(admin.get("/console/admin/outbox").body().contains("id=\"parked-" + entry + "\""));
        // retrying what is no longer parked changes nothing
        assertEquals("/console/admin/outbox?retried=0", admin.post("/console/admin/outbox/" + entry + "/retry",
                Map.of()).headers().firstValue("Location").orElseThrow());
    }

    @Test
    void retryAllSendsEveryParkedMessage() throws Exception {
        long first = parkedReply("retry-all-a");
        long second = parkedReply("retry-all-b");
        ConsoleSession admin = admin();
        admin.get("/console/admin/outbox");
        assertEquals(303, admin.post("/console/admin/outbox/retry-all", Map.of()).statusCode());
        poll(() -> flaky.delivered(first) && flaky.delivered(second), "both delivered");
        assertTrue(rows.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'OUTBOX_RETRY_ALL'") > 0);
    }
}
