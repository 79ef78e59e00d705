package nl.selam.bot.outbox;

import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import nl.selam.bot.conversation.ConversationService;
import nl.selam.bot.conversation.Receipt;
import nl.selam.bot.conversation.ResidentDirectory;
import nl.selam.bot.conversation.contract.InboundEvent;
import nl.selam.bot.conversation.contract.Origin;
import nl.selam.bot.support.DatabaseRows;
import nl.selam.bot.support.SlowChannelSender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A send that outlasts the outbox lease goes out once (issue 14: a WhatsApp file whose upload took longer than the
 * lease was sent by the delivery thread and again by the sweep). Run on both databases by {@link H2OutboxLeaseTest}
 * and {@link PostgresOutboxLeaseTest}: the lease, its renewal and the fencing token are SQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OutboxLeaseContract implements TestPropertyProvider {

    static final Duration LEASE = Duration.ofSeconds(1);

    @Inject
    ConversationService conversations;

    @Inject
    ResidentDirectory residents;

    @Inject
    SlowChannelSender slow;

    @Inject
    OutboxRepository entries;

    @Inject
    DatabaseRows rows;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>();
        // the send (3 s) lasts three leases; the sweep looks every 100 ms
        properties.put("selam.outbox.lease", LEASE.toMillis() + "ms");
        properties.put("selam.outbox.sweep-interval", "100ms");
        properties.put("selam.outbox.backoff", "100ms");
        properties.put("selam.conversation.flood-limit", "1000");
        return properties;
    }

    @Test
    void aSendSlowerThanTheLeaseGoesOutOnce() throws Exception {
        long reply = replyTo(residents.findOrCreate(SlowChannelSender.CHANNEL, "slow-" + UUID.randomUUID()).id());
        poll(() -> rows.count("SELECT COUNT(*) FROM outbox WHERE message_id = ? AND state = 'SENT'", reply) == 1,
                "the reply marked SENT");
        // a second attempt, had the sweep started one, would still be running: give it time to show
        Thread.sleep(LEASE.multipliedBy(2).toMillis());
        assertEquals(1, slow.calls(reply), "a send slower than the lease is handed to the channel once");
        assertEquals(1, rows.count("SELECT COUNT(*) FROM outbox WHERE message_id = ? AND attempts = 1", reply),
                "one attempt counted");
    }

    /**
     * An attempt whose lease ran out without being renewed (its instance stalled) and was taken by another attempt
     * can no longer write the entry's outcome: only the current holder can.
     */
    @Test
    void aStaleAttemptCannotDecideTheOutcome() throws Exception {
        long reply = replyTo(residents.findOrCreate(SlowChannelSender.CHANNEL, "stale-" + UUID.randomUUID()).id());
        poll(() -> rows.count("SELECT COUNT(*) FROM outbox WHERE message_id = ? AND state = 'SENT'", reply) == 1,
                "the reply marked SENT");
        // a second entry for that message, due only in an hour so neither sweep nor delivery thread takes it
        // (whole milliseconds: H2 rounds a stored timestamp to microseconds, which may put it after the same Instant)
        Instant later = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MILLIS);
        long id = entries.save(new OutboxEntry(null, reply, SlowChannelSender.CHANNEL, "fence:" + UUID.randomUUID(),
                OutboxEntry.OutboxState.PENDING, 0, later, null, Instant.now(), null)).id();
        assertEquals(1, entries.lease(id, later, later.plus(LEASE), "stalled"));
        Instant expired = later.plus(LEASE.multipliedBy(2));
        assertEquals(0, entries.renew(id, "other", expired.plus(LEASE)), "nobody else renews a lease");
        assertEquals(1, entries.lease(id, expired, expired.plus(LEASE), "current"), "an expired lease is taken");
        assertEquals(0, entries.renew(id, "stalled", expired.plus(LEASE)), "the stalled attempt lost its lease");
        assertEquals(0, entries.markSent(id, expired, "stalled"));
        assertEquals(0, entries.retryAt(id, expired, "IOException", "stalled"));
        assertEquals(0, entries.park(id, "IOException", "stalled"));
        assertEquals(1, rows.count("SELECT COUNT(*) FROM outbox WHERE id = ? AND state = 'PENDING' AND attempts = 2",
                id), "untouched by the stalled attempt");
        assertEquals(1, entries.markSent(id, expired, "current"));
        assertEquals(1, rows.count("SELECT COUNT(*) FROM outbox WHERE id = ? AND state = 'SENT'", id));
    }

    private long replyTo(long residentId) {
        var resident = residents.byId(residentId).orElseThrow();
        Receipt receipt = conversations.receive(new InboundEvent.Text(new Origin(SlowChannelSender.CHANNEL,
                UUID.randomUUID().toString(), resident.channelUserId()), "Hoe vind ik een huisarts?"));
        assertEquals(Receipt.ACCEPTED, receipt);
        return rows.count("SELECT MAX(id) FROM message WHERE resident_id = ? AND direction = 'OUT'", residentId);
    }

    private static void poll(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!condition.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < deadline, what + " not reached in 30 s");
            Thread.sleep(50);
        }
    }
}
