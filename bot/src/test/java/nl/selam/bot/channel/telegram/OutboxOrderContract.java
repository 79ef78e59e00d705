package nl.selam.bot.channel.telegram;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.server.EmbeddedServer;
import nl.selam.bot.support.ConsoleSession;
import nl.selam.bot.support.DatabaseRows;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10, hole 6: Telegram replies reach a chat in the order they were written, with two instances on one
 * database and the real TelegramBots library against {@link FakeBotApi}. A reply that is retrying (5xx, backoff) or
 * parked holds back later replies to the same chat, never other chats'. Run by {@link H2OutboxOrderTest} and
 * {@link PostgresOutboxOrderTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OutboxOrderContract {

    private static final String SECRET = "order-secret-XYZ_987";
    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "admin-password-for-tests";
    private final AtomicLong chats = new AtomicLong(8_300_000);
    private final AtomicLong messageIds = new AtomicLong(1);
    private final HttpClient http = HttpClient.newHttpClient();

    private FakeBotApi telegram;
    private EmbeddedServer one;
    private EmbeddedServer two;
    private DatabaseRows rows;

    /** The database both instances share. */
    abstract Map<String, Object> database();

    @BeforeAll
    void startTwoInstances() throws IOException {
        telegram = new FakeBotApi();
        Map<String, Object> properties = new HashMap<>(database());
        properties.putAll(Map.of("selam.telegram.token", "765432:order-token",
                "selam.telegram.api-url", telegram.url(),
                "selam.telegram.webhook-url", "https://selam.example.org/telegram/webhook",
                "selam.telegram.webhook-secret", SECRET,
                "selam.telegram.per-chat-interval", "50ms",
                "selam.outbox.backoff", "300ms",
                "selam.outbox.max-backoff", "1s",
                "selam.outbox.max-attempts", "4",
                "selam.outbox.sweep-interval", "100ms",
                "selam.console.secret", "order-test-console-secret-0123456789abcdef"));
        one = start(properties, "one");
        two = start(properties, "two");
        rows = one.getApplicationContext().getBean(DatabaseRows.class);
    }

    private static EmbeddedServer start(Map<String, Object> properties, String name) {
        Map<String, Object> own = new HashMap<>(properties);
        own.put("selam.data-dir", "target/test-data/outbox-order-" + name);
        return ApplicationContext.run(EmbeddedServer.class, own, Environment.TEST);
    }

    @AfterAll
    void stop() {
        for (EmbeddedServer server : new EmbeddedServer[]{one, two}) {
            if (server != null) {
                server.getApplicationContext().close();
            }
        }
        telegram.close();
    }

    @Test
    void aRetryingReplyHoldsBackTheNextOneToTheSameChatButNotOtherChats() {
        long chat = chats.incrementAndGet();
        long other = chats.incrementAndGet();
        telegram.serverError(chat, 3);
        assertEquals(200, post(one, chat, "/menu"));
        telegram.await(() -> telegram.attempts(chat).size(), n -> n >= 1, "the first reply failed once");
        assertEquals(200, post(two, chat, "/privacy")); // the second question, while the first reply retries
        assertEquals(200, post(two, other, "/privacy"));

        String privacy = telegram.awaitSent(other, 1).get(0).text();
        List<FakeBotApi.Call> sent = telegram.awaitSent(chat, 2);
        assertNotEquals(privacy, sent.get(0).text(), "the answer to the first question came first");
        assertEquals(privacy, sent.get(1).text(), telegram.summary());
        List<FakeBotApi.Call> attempts = telegram.attempts(chat);
        assertEquals(5, attempts.size(), "three failures and one success for the first, then the second");
        for (int i = 0; i < 4; i++) {
            assertEquals(sent.get(0).text(), attempts.get(i).text(), "attempt " + i + " was for the first reply");
        }
        assertTrue(telegram.sent(other).get(0).atNanos() < sent.get(0).atNanos(),
                "another resident was not held up by the retries");
    }

    @Test
    void aParkedReplyHoldsTheLineUntilABeheerderDropsIt() throws InterruptedException {
        long chat = chats.incrementAndGet();
        long entry = parkedFirstReplyWithASecondWaiting(chat);

        ConsoleSession admin = new ConsoleSession(two.getURI());
        assertEquals(303, admin.login(ADMIN, ADMIN_PASSWORD).statusCode());
        String page = admin.get("/console/admin/outbox").body();
        assertTrue(page.contains("id=\"parked-" + entry + "\"") && page.contains("/console/admin/outbox/" + entry
                + "/drop"), page);
        assertEquals(403, admin.postRaw("/console/admin/outbox/" + entry + "/drop", Map.of()).statusCode(),
                "no drop without the form's CSRF token");
        var dropped = admin.post("/console/admin/outbox/" + entry + "/drop", Map.of());
        assertEquals(303, dropped.statusCode());
        assertEquals("/console/admin/outbox?dropped=1", dropped.headers().firstValue("Location").orElseThrow());

        List<FakeBotApi.Call> sent = telegram.awaitSent(chat, 1);
        assertTrue(sent.get(0).text().contains("privacy") || sent.get(0).text().contains("Privacy"),
                "the waiting reply went out: " + telegram.summary());
        assertEquals(1, rows.count("SELECT COUNT(*) FROM outbox WHERE id = ? AND state = 'DROPPED'", entry));
        assertEquals(1, rows.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'OUTBOX_DROP' AND detail = ?",
                "outbox " + entry));
        Thread.sleep(500);
        assertEquals(1, telegram.sent(chat).size(), "the dropped reply is never sent");
    }

    @Test
    void aParkedReplyThatIsRetriedGoesOutBeforeTheOneThatWaited() throws InterruptedException {
        long chat = chats.incrementAndGet();
        long entry = parkedFirstReplyWithASecondWaiting(chat);
        ConsoleSession admin = new ConsoleSession(one.getURI());
        assertEquals(303, admin.login(ADMIN, ADMIN_PASSWORD).statusCode());
        admin.get("/console/admin/outbox");
        assertEquals(303, admin.post("/console/admin/outbox/" + entry + "/retry", Map.of()).statusCode());
        List<FakeBotApi.Call> sent = telegram.awaitSent(chat, 2);
        assertEquals(telegram.attempts(chat).get(0).text(), sent.get(0).text(), "first the parked one");
        assertNotEquals(sent.get(0).text(), sent.get(1).text(), telegram.summary());
    }

    /** The first reply to a new chat fails four times (parked); a second reply then waits. Returns the parked id. */
    private long parkedFirstReplyWithASecondWaiting(long chat) throws InterruptedException {
        telegram.serverError(chat, 4);
        assertEquals(200, post(one, chat, "/menu"));
        String user = String.valueOf(chat);
        String ofChat = "FROM outbox o JOIN message m ON o.message_id = m.id JOIN resident r ON m.resident_id = r.id "
                + "WHERE r.channel_user_id = ? ";
        telegram.await(() -> rows.count("SELECT COUNT(*) " + ofChat + "AND o.state = 'PARKED'", user), n -> n == 1,
                "parked after four failures");
        assertEquals(200, post(two, chat, "/privacy"));
        telegram.await(() -> rows.count("SELECT COUNT(*) " + ofChat, user), n -> n == 2, "the second reply is queued");
        Thread.sleep(800); // eight sweeps on each instance
        assertEquals(0, telegram.sent(chat).size(), "nothing overtakes the parked reply");
        assertEquals(4, telegram.attempts(chat).size());
        return rows.count("SELECT o.id " + ofChat + "AND o.state = 'PARKED'", user);
    }

    private int post(EmbeddedServer instance, long chat, String text) {
        ObjectNode message = FakeBotApi.JSON.createObjectNode();
        message.put("message_id", messageIds.incrementAndGet());
        message.put("date", System.currentTimeMillis() / 1000);
        message.putObject("chat").put("id", chat).put("type", "private");
        message.putObject("from").put("id", chat).put("is_bot", false).put("first_name", "R");
        message.put("text", text);
        message.putArray("entities").addObject().put("type", "bot_command").put("offset", 0)
                .put("length", text.length());
        ObjectNode update = telegram.build("message", message);
        try {
            return http.send(HttpRequest.newBuilder(URI.create(instance.getURL() + "/telegram/webhook"))
                    .header("Content-Type", "application/json")
                    .header(TelegramWebhookController.SECRET_HEADER, SECRET)
                    .POST(HttpRequest.BodyPublishers.ofString(update.toString())).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> h2(String name) {
        return Map.of("datasources.default.url", "jdbc:h2:mem:" + name + "-" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }
}
