package nl.selam.bot.escalation;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import nl.selam.bot.conversation.contract.InboundEvent;
import nl.selam.bot.conversation.contract.Origin;
import nl.selam.bot.conversation.ConversationService;
import nl.selam.bot.conversation.MessageRepository;
import nl.selam.bot.conversation.Receipt;
import nl.selam.bot.conversation.ResidentDirectory;
import nl.selam.bot.privacy.RetentionJob;
import nl.selam.bot.staff.StaffAccount;
import nl.selam.bot.staff.StaffAccounts;
import nl.selam.bot.staff.StaffRole;
import nl.selam.bot.support.ChatClient;
import nl.selam.bot.support.DatabaseRows;
import nl.selam.bot.support.FlakyChannelSender;
import nl.selam.bot.support.StaffClient;
import nl.selam.bot.system.ApiProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Persistence and queue behaviour that must hold on every supported database; run by {@link H2QueueTest} and
 * {@link PostgresQueueTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class QueueContract implements TestPropertyProvider {

    static final String LOW_CONFIDENCE = "Waar kan ik mijn fiets laten repareren?";

    @Inject
    io.micronaut.context.BeanContext context;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    StaffDesk desk;

    @Inject
    StaffAccounts accounts;

    @Inject
    EscalationRepository escalations;

    @Inject
    ConversationService conversations;

    @Inject
    ResidentDirectory residents;

    @Inject
    MessageRepository messages;

    @Inject
    FlakyChannelSender flaky;

    @Inject
    RetentionJob retention;

    @Inject
    DatabaseRows rows;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>();
        properties.put("selam.outbox.backoff", "100ms");
        properties.put("selam.outbox.max-attempts", "3");
        properties.put("selam.outbox.sweep-interval", "200ms");
        properties.put("selam.escalation.max-wait.en", "1s");
        properties.put("selam.escalation.overdue-check", "300ms");
        properties.put("selam.conversation.flood-limit", "1000");
        return properties;
    }

    private StaffAccount tolk(String... languages) {
        return accounts.create("tolk-" + UUID.randomUUID(), StaffRole.TOLK, List.of(languages));
    }

    private long escalate(String language) {
        ChatClient resident = new ChatClient(http.toBlocking());
        resident.say(LOW_CONFIDENCE, language);
        return resident.escalationId();
    }

    @Test
    void ofTwoSimultaneousClaimsExactlyOneWins() throws Exception {
        StaffAccount a = tolk("nl");
        StaffAccount b = tolk("nl");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 15; i++) {
                long id = escalate("nl");
                CountDownLatch start = new CountDownLatch(1);
                Future<Boolean> first = pool.submit(claim(a, id, start));
                Future<Boolean> second = pool.submit(claim(b, id, start));
                start.countDown();
                assertTrue(first.get() ^ second.get(), "exactly one of two claims wins");
                assertEquals(EscalationState.CLAIMED, escalations.findById(id).orElseThrow().state());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Callable<Boolean> claim(StaffAccount who, long id, CountDownLatch start) {
        return () -> {
            start.await();
            try {
                desk.claim(who, id);
                return true;
            } catch (ApiProblem lost) {
                return false;
            }
        };
    }

    @Test
    void crisisComesFirstThenTheOldest() {
        StaffAccount tolk = tolk("ar");
        long older = escalate("ar");
        long newer = escalate("ar");
        ChatClient crisis = new ChatClient(http.toBlocking());
        crisis.say("Ik wil niet meer leven", "ar");
        long urgent = crisis.escalationId();
        List<Long> order = desk.queue(tolk).stream().map(Escalation::id).filter(id -> id == older || id == newer
                || id == urgent).toList();
        assertEquals(List.of(urgent, older, newer), order);
    }

    @Test
    void releaseReturnsToTheQueueAndHandOverKeepsTheNote() {
        StaffAccount tolk = tolk("ti");
        long id = escalate("ti");
        desk.claim(tolk, id);
        desk.release(tolk, id);
        assertEquals(EscalationState.OPEN, escalations.findById(id).orElseThrow().state());
        desk.claim(tolk, id);
        desk.handOver(tolk, id, "Klantmanager Werk en Inkomen belt terug");
        Escalation handed = escalations.findById(id).orElseThrow();
        assertEquals(EscalationState.HANDED_OVER, handed.state());
        assertEquals("Klantmanager Werk en Inkomen belt terug", handed.handoverNote());
    }

    @Test
    void waitingTooLongFlagsTheQueueAndGivesTheResidentThePhoneNumber() throws Exception {
        ChatClient resident = new ChatClient(http.toBlocking());
        resident.say(LOW_CONFIDENCE, "en");
        long id = resident.escalationId();
        Map<String, Object> overdue = poll(() -> resident.received().stream()
                .filter(m -> "ESCALATION_OVERDUE".equals(m.get("kind"))).findFirst().orElse(null));
        assertEquals("en", overdue.get("language"));
        assertTrue(((String) overdue.get("text")).contains("14"), (String) overdue.get("text"));
        assertTrue(escalations.findById(id).orElseThrow().overdueAt() != null, "the queue shows it as overdue");
    }

    @Test
    void outboxRetriesWithBackoffThenDelivers() throws Exception {
        long residentId = residents.findOrCreate(FlakyChannelSender.CHANNEL, "retry-" + UUID.randomUUID()).id();
        flaky.failFirst(residentId, 2);
        long reply = replyTo(residentId);
        assertTrue(poll(() -> flaky.delivered(reply) ? true : null));
        // The sender returns before the outbox row is marked SENT in its own transaction: wait for the row too.
        assertTrue(poll(() -> rows.count("SELECT COUNT(*) FROM outbox WHERE message_id = ? AND state = 'SENT'",
                reply) == 1 ? true : null), "the outbox row is marked SENT once");
        assertEquals(3, flaky.attempts(reply));
    }

    @Test
    void outboxParksAfterTooManyFailures() throws Exception {
        long residentId = residents.findOrCreate(FlakyChannelSender.CHANNEL, "park-" + UUID.randomUUID()).id();
        flaky.failFirst(residentId, 100);
        long reply = replyTo(residentId);
        assertTrue(poll(() -> rows.count("SELECT COUNT(*) FROM outbox WHERE message_id = ? AND state = 'PARKED'",
                reply) == 1 ? true : null));
        assertEquals(3, flaky.attempts(reply), "max-attempts");
        StaffAccount beheerder = accounts.create("beheerder-" + UUID.randomUUID(), StaffRole.BEHEERDER, List.of());
        List<Map<String, Object>> parked = http.toBlocking().retrieve(
                io.micronaut.http.HttpRequest.GET("/api/staff/outbox/parked")
                        .header("Authorization", "Bearer " + StaffClient.token(context, beheerder)),
                io.micronaut.core.type.Argument.listOf(io.micronaut.core.type.Argument.mapOf(String.class,
                        Object.class)));
        assertTrue(parked.stream().anyMatch(p -> ((Number) p.get("messageId")).longValue() == reply),
                "a beheerder sees the parked message");
    }

    private long replyTo(long residentId) {
        var resident = residents.byId(residentId).orElseThrow();
        Receipt receipt = conversations.receive(new InboundEvent.Text(new Origin(FlakyChannelSender.CHANNEL,
                UUID.randomUUID().toString(), resident.channelUserId()), "Hoe vind ik een huisarts?"));
        assertEquals(Receipt.ACCEPTED, receipt);
        return rows.count("SELECT MAX(id) FROM message WHERE resident_id = ? AND direction = 'OUT'", residentId);
    }

    @Test
    void retentionDeletesConversationsDaysAfterTheyClose() {
        ChatClient resident = new ChatClient(http.toBlocking());
        String marker = "Retentie" + UUID.randomUUID().toString().substring(0, 8);
        resident.say("Hoe vind ik een huisarts? " + marker, "nl");
        long residentId = rows.residentOf(marker);
        retention.runAt(Instant.now().plus(Duration.ofDays(2)));   // closed after a quiet day, kept
        assertTrue(rows.countFor(residentId) > 0);
        retention.runAt(Instant.now().plus(Duration.ofDays(33)));  // 30 days after closing: gone
        assertEquals(0, rows.countFor(residentId));
    }

    /**
     * Many residents and two tolken at once: every message is stored once and answered once, every escalation
     * is claimed by exactly one tolk, and every resident receives exactly their tolk's reply.
     */
    @Test
    void manyResidentsAndTwoTolkenLoseNothingAndDoubleNothing() throws Exception {
        int residentsCount = 30;
        List<StaffClient> tolken = List.of(StaffClient.create(http.toBlocking(), context, "TOLK", List.of("fa")),
                StaffClient.create(http.toBlocking(), context, "TOLK", List.of("fa")));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<ChatClient> chats = new ArrayList<>();
        List<Future<?>> sends = new ArrayList<>();
        for (int i = 0; i < residentsCount; i++) {
            ChatClient chat = new ChatClient(http.toBlocking());
            chats.add(chat);
            sends.add(pool.submit(() -> {
                chat.say("Hoe vind ik een huisarts?", "nl");
                chat.say("من می خواهم با یک نفر صحبت کنم لطفا کمک کنید");  // Persian: the fa queue
                chat.say("Hallo?");
            }));
        }
        for (Future<?> f : sends) {
            f.get(60, TimeUnit.SECONDS);
        }
        AtomicInteger won = new AtomicInteger();
        List<Future<?>> work = new ArrayList<>();
        for (StaffClient tolk : tolken) {
            work.add(pool.submit(() -> workTheQueue(tolk, won, residentsCount)));
        }
        for (Future<?> f : work) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdownNow();
        assertEquals(residentsCount, won.get(), "every escalation claimed exactly once");
        for (ChatClient chat : chats) {
            List<Map<String, Object>> all = chat.messages();
            assertEquals(3, all.stream().filter(m -> "me".equals(m.get("from"))).count(), "no lost or doubled input");
            List<String> kinds = chat.received().stream().map(m -> (String) m.get("kind")).toList();
            assertEquals(List.of("ANSWER", "ESCALATION_OPENED", "STAFF_REPLY"), kinds);
        }
    }

    private void workTheQueue(StaffClient tolk, AtomicInteger won, int total) {
        long deadline = System.currentTimeMillis() + 100_000;
        while (won.get() < total && System.currentTimeMillis() < deadline) {
            for (Map<String, Object> e : tolk.queue()) {
                long id = ((Number) e.get("id")).longValue();
                if ("OPEN".equals(e.get("state")) && tolk.claim(id) == 200) {
                    won.incrementAndGet();
                    assertEquals(200, tolk.reply(id, "Ik help je"));
                    assertEquals(200, tolk.resolve(id));
                }
            }
        }
    }

    private static <T> T poll(Callable<T> probe) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            T value = probe.call();
            if (value != null) {
                return value;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("condition not reached in 15 s");
    }
}
