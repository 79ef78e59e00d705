package nl.selam.bot.channel.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import nl.selam.bot.staff.StaffAccount;
import nl.selam.bot.staff.StaffLanguages;
import nl.selam.bot.staff.StaffRole;
import nl.selam.bot.support.ConsoleAccounts;
import nl.selam.bot.support.ConsoleSession;
import nl.selam.bot.support.DatabaseRows;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tolken on Telegram end to end, with the real TelegramBots library against {@link FakeBotApi}: linking from the
 * console's account page (deep link, QR, {@code /koppel}), single-use and expiring codes, notices in the tolk's
 * own language with the resident's words and a console link, other notices edited after a claim, follow-ups
 * relayed and answered, release and resolve from the chat, and a redelivered tolk update acted on once.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TelegramTolkTest implements TestPropertyProvider {

    private static final AtomicLong CHATS = new AtomicLong(8_200_000);
    private static final Pattern DEEP_LINK = Pattern.compile("href=\"(https://t\\.me/selam_test_bot\\?start=([a-z2-9]{10}))\"");

    private final FakeBotApi telegram = start();

    @Inject
    EmbeddedServer server;

    @Inject
    ConsoleAccounts accounts;

    @Inject
    StaffLanguages languages;

    @Inject
    TelegramStaffLinks links;

    @Inject
    DatabaseRows rows;


    @Override
    public Map<String, String> getProperties() {
        return Map.of("selam.telegram.token", "123456:test-token", "selam.telegram.api-url", telegram.url(),
                "selam.telegram.per-chat-interval", "100ms", "selam.telegram.staff-notice-interval", "300ms",
                "selam.public-url", "https://selam.test/", "selam.conversation.flood-limit", "1000");
    }

    @AfterAll
    void stop() {
        telegram.close();
    }

    private static FakeBotApi start() {
        try {
            return new FakeBotApi();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- linking ----

    @Test
    void aTolkLinksFromTheAccountPageByDeepLinkAndTheCodeWorksOnce() {
        StaffAccount tolk = accounts.create(StaffRole.TOLK, "ti");
        languages.choose(tolk.id(), "ti");
        ConsoleSession console = login(tolk);
        String page = console.post("/console/account/telegram/code", Map.of()).body();
        Matcher link = DEEP_LINK.matcher(page);
        assertTrue(link.find(), "the page shows the one-tap link");
        String code = link.group(2);
        assertTrue(page.contains("<img id=\"telegram-qr\" src=\"data:image/svg+xml;base64,"), "and the QR code");
        assertTrue(page.contains("/koppel " + code), "and the command to type");

        long chat = CHATS.incrementAndGet();
        telegram.text(chat, "/start " + code, "nl");
        String linked = telegram.awaitSent(chat, 1).get(0).text();
        assertTrue(linked.contains("ተኣሳሲሩ"), "linked, told in the tolk's own language (Tigrinya): " + linked);
        assertEquals(1, rows.count("SELECT COUNT(*) FROM telegram_staff_link WHERE staff_id = ? AND chat_id = ?",
                tolk.id(), String.valueOf(chat)));
        assertTrue(console.get("/console/account").body().contains("id=\"telegram-status\" class=\"notice ok\""),
                "the account page shows the link");

        long stranger = CHATS.incrementAndGet();
        telegram.text(stranger, "/koppel " + code, "en");
        String refused = telegram.awaitSent(stranger, 1).get(0).text();
        assertTrue(refused.contains("already used") && refused.contains("My account"), refused);
        assertEquals(0, rows.count("SELECT COUNT(*) FROM telegram_staff_link WHERE chat_id = ?",
                String.valueOf(stranger)), "a used code links nothing");
        assertEquals(0, rows.count("SELECT COUNT(*) FROM resident WHERE channel_user_id = ?",
                String.valueOf(stranger)), "a link attempt is no resident's message");
    }

    @Test
    void koppelWorksAndExpiredForgedAndNewerCodesAreRefused() {
        StaffAccount tolk = accounts.create(StaffRole.SLEUTELPERSOON, "ar");
        long chat = CHATS.incrementAndGet();

        String expired = links.offer(tolk).code();
        update("UPDATE telegram_link_code SET expires_at = ? WHERE code = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), expired);
        telegram.text(chat, "/koppel " + expired, null);
        assertTrue(telegram.awaitSent(chat, 1).get(0).text().contains("verlopen"), "an expired code is refused");

        String replaced = links.offer(tolk).code();
        String current = links.offer(tolk).code();
        telegram.text(chat, "/koppel " + replaced, null);
        assertTrue(telegram.awaitSent(chat, 2).get(1).text().contains("verlopen"), "a newer code replaces the older");
        telegram.text(chat, "/koppel aaaaaaaaaa", null);
        telegram.text(chat, "/koppel ' OR 1=1 --", null);
        telegram.awaitSent(chat, 4);
        assertEquals(0, rows.count("SELECT COUNT(*) FROM telegram_staff_link WHERE staff_id = ?", tolk.id()));

        telegram.text(chat, "/koppel " + current, null);
        assertTrue(telegram.awaitSent(chat, 5).get(4).text().contains("gekoppeld"));
        assertEquals(1, rows.count("SELECT COUNT(*) FROM telegram_staff_link WHERE staff_id = ?", tolk.id()));
    }

    @Test
    void parallelRedemptionsOfOneCodeLinkOnce() throws Exception {
        StaffAccount tolk = accounts.create(StaffRole.TOLK, "ti");
        String code = links.offer(tolk).code();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Optional<Long>>> tries = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Callable<Optional<Long>> attempt = () -> {
                go.await();
                return links.redeem(code);
            };
            tries.add(pool.submit(attempt));
        }
        go.countDown();
        int won = 0;
        for (Future<Optional<Long>> f : tries) {
            won += f.get().isPresent() ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(1, won, "exactly one of eight simultaneous uses of a code wins");
    }

    @Test
    void aForgedClaimFromAnUnlinkedChatOrForAnotherLanguageClaimsNothing() {
        long resident = CHATS.incrementAndGet();
        long escalation = escalate(resident, "ar", "أحتاج مساعدة في رسالة من البلدية");
        long stranger = CHATS.incrementAndGet();
        telegram.press(stranger, "claim:" + escalation);
        telegram.press(stranger, "claim:not-a-number");
        StaffAccount tiTolk = accounts.create(StaffRole.TOLK, "ti");
        long tiChat = link(tiTolk);
        telegram.press(tiChat, "claim:" + escalation);
        telegram.await(() -> telegram.calls("answercallbackquery"), l -> l.stream()
                .anyMatch(c -> c.body().path("text").asText().contains("taal die niet bij jouw account")), "refusal");
        assertEquals(1, rows.count("SELECT COUNT(*) FROM escalation WHERE id = ? AND state = 'OPEN'", escalation));
        sleep(900); // three notice rounds
        assertTrue(telegram.sent(tiChat).stream().noneMatch(c -> c.body().has("reply_markup")),
                "a tolk of another language never gets a button");
    }

    @Test
    void theAccountFormsRefuseForgedMalformedAndReplayedRequestsAndParallelCodesLeaveOne() throws Exception {
        StaffAccount tolk = accounts.create(StaffRole.TOLK, "ar");
        ConsoleSession console = login(tolk);
        assertEquals(403, console.postRaw("/console/account/telegram/code", Map.of()).statusCode(), "no CSRF token");
        assertEquals(403, console.postRaw("/console/account/telegram/code", Map.of("_csrf", "forged")).statusCode());
        assertEquals(403, console.postRaw("/console/account/language", Map.of("_csrf", "forged", "language", "en"))
                .statusCode());
        assertEquals(400, console.post("/console/account/language", Map.of("language", "xx")).statusCode());
        assertEquals(400, console.post("/console/account/language", Map.of()).statusCode());
        assertEquals(400, console.post("/console/account/language", Map.of("language", "<script>")).statusCode());
        assertEquals("nl", languages.of(tolk.id()), "nothing changed");

        var english = console.post("/console/account/language", Map.of("language", "en"));
        assertEquals(303, english.statusCode());
        assertTrue(english.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("selam_console_lang=en")),
                "the console follows where it has the language");
        assertTrue(console.get("/console/account?saved=language").body().contains("Your language was saved"));
        assertEquals("en", languages.of(tolk.id()));
        assertEquals(303, console.post("/console/account/language", Map.of("language", "ar")).statusCode());
        assertEquals("ar", languages.of(tolk.id()));

        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Integer>> codes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            codes.add(pool.submit(() -> console.post("/console/account/telegram/code", Map.of()).statusCode()));
        }
        for (Future<Integer> f : codes) {
            assertEquals(200, f.get());
        }
        pool.shutdown();
        assertEquals(1, rows.count("SELECT COUNT(*) FROM telegram_link_code WHERE staff_id = ?", tolk.id()),
                "a new code replaces the previous one, also when asked for at once");

        StaffAccount redacteur = accounts.create(StaffRole.REDACTEUR, "nl");
        ConsoleSession editor = login(redacteur);
        assertFalse(editor.get("/console/account").body().contains("telegram-new-code"));
        assertEquals(403, editor.post("/console/account/telegram/code", Map.of()).statusCode());
    }

    @Test
    void unlinkingByTheChatByTheTolkAndByABeheerder() {
        StaffAccount tolk = accounts.create(StaffRole.TOLK, "ti");
        long chat = link(tolk);
        telegram.text(chat, "/ontkoppel", null);
        telegram.await(() -> rows.count("SELECT COUNT(*) FROM telegram_staff_link WHERE staff_id = ?", tolk.id()),
                n -> n == 0, "unlinked from the chat");
        assertTrue(telegram.awaitSent(chat, 2).get(1).text().contains("losgekoppeld"));

        chat = link(tolk);
        ConsoleSession console = login(tolk);
        assertTrue(console.get("/console/account").body().contains("telegram-unlink"));
        assertEquals(303, console.post("/console/account/telegram/unlink", Map.of()).statusCode());
        assertEquals(0, rows.count("SELECT COUNT(*) FROM telegram_staff_link WHERE staff_id = ?", tolk.id()));
        assertEquals(303, console.post("/console/account/telegram/unlink", Map.of()).statusCode(), "again: no-op");

        link(tolk);
        StaffAccount other = accounts.create(StaffRole.TOLK, "ti");
        ConsoleSession otherConsole = login(other);
        var refused = otherConsole.post("/console/admin/accounts/" + tolk.id() + "/telegram/unlink", Map.of());
        assertTrue(refused.headers().firstValue("Location").orElse("").contains("/console/forbidden"),
                "a tolk cannot unlink someone else");
        assertEquals(1, rows.count("SELECT COUNT(*) FROM telegram_staff_link WHERE staff_id = ?", tolk.id()));
        StaffAccount beheerder = accounts.create(StaffRole.BEHEERDER, "nl");
        ConsoleSession admin = login(beheerder);
        assertTrue(admin.get("/console/admin/accounts").body().contains("/console/admin/accounts/" + tolk.id()
                + "/telegram/unlink"));
        assertEquals(403, admin.postRaw("/console/admin/accounts/" + tolk.id() + "/telegram/unlink",
                Map.of("_csrf", "forged")).statusCode());
        assertEquals(303, admin.post("/console/admin/accounts/" + tolk.id() + "/telegram/unlink", Map.of())
                .statusCode());
        assertEquals(0, rows.count("SELECT COUNT(*) FROM telegram_staff_link WHERE staff_id = ?", tolk.id()));
        assertEquals(404, admin.post("/console/admin/accounts/" + tolk.id() + "/telegram/unlink", Map.of())
                .statusCode(), "replayed: there is no link any more");
    }

    // ---- notices, claims, follow-ups ----

    @Test
    void aNoticeCarriesTheQuestionMaskedByRoleAndALinkInTheTolksLanguageAndOthersAreEditedAfterAClaim() {
        StaffAccount amina = accounts.create(StaffRole.TOLK, "ar");
        rename(amina, "Amina Haddad");
        languages.choose(amina.id(), "ar");
        StaffAccount sleutel = accounts.create(StaffRole.SLEUTELPERSOON, "ar");
        languages.choose(sleutel.id(), "en");
        long aminaChat = link(amina);
        long sleutelChat = link(sleutel);

        long resident = CHATS.incrementAndGet();
        long escalation = escalate(resident, "ar", "رقمي 123456782 وأحتاج موعداً في البلدية");
        JsonNode arabic = awaitNotice(aminaChat, escalation);
        String text = arabic.path("text").asText();
        assertTrue(text.contains("سؤال جديد #" + escalation), text);
        assertTrue(text.contains("العربية") && text.contains("طلب الساكن التحدث إلى شخص"), "language and reason in words: " + text);
        assertTrue(text.contains("123456782"), "a tolk reads the resident's words: " + text);
        assertTrue(text.contains("https://selam.test/console/conversations/" + escalation), text);
        assertFalse(text.contains(String.valueOf(resident)), "no resident identity");

        String english = awaitNotice(sleutelChat, escalation).path("text").asText();
        assertTrue(english.contains("New question #" + escalation) && english.contains("the resident asked for a person"),
                english);
        assertTrue(english.contains("وأحتاج موعداً") && english.contains("•••") && !english.contains("123456782"),
                "a sleutelpersoon sees the question with the BSN masked: " + english);

        telegram.press(aminaChat, "claim:" + escalation);
        long sleutelNotice = awaitNotice(sleutelChat, escalation).path("result_message_id").asLong();
        FakeBotApi.Call edit = telegram.await(() -> telegram.callsTo(sleutelChat, "editmessagetext"),
                l -> !l.isEmpty(), "the other notice edited").get(0);
        assertEquals(sleutelNotice, edit.body().path("message_id").asLong());
        assertTrue(edit.text().contains("was taken by Amina") && !edit.text().contains("Haddad"), edit.text());
        assertFalse(edit.body().has("reply_markup"), "the button is gone");
        sleep(700);
        assertEquals(1, telegram.callsTo(sleutelChat, "editmessagetext").size(), "edited once");
    }

    @Test
    void aFollowUpIsRelayedAndAnsweredThenReleasedAndResolvedFromTelegram() {
        StaffAccount dawit = accounts.create(StaffRole.TOLK, "ti");
        long chat = link(dawit);
        long resident = CHATS.incrementAndGet();
        long escalation = escalate(resident, "ti", "ሰላም፡ ብዛዕባ ገዛ ሕቶ ኣለኒ");
        String notice = awaitNotice(chat, escalation).path("text").asText();
        assertTrue(notice.contains("« ሰላም፡ ብዛዕባ ገዛ ሕቶ ኣለኒ »") && !notice.contains("/mens")
                && !notice.contains("geen tekst"), "the question, not the command: " + notice);
        telegram.press(chat, "claim:" + escalation);
        telegram.await(() -> telegram.sent(chat).stream().filter(c -> c.text().contains("/klaar")).toList(),
                l -> !l.isEmpty(), "claimed");

        int before = telegram.sent(resident).size();
        telegram.text(resident, "ተወሳኺ ሕቶ፡ ክንደይ ይኸፍል?", null);
        FakeBotApi.Call relayed = telegram.await(() -> telegram.sent(chat).stream()
                .filter(c -> c.text().startsWith("💬 Bewoner, #" + escalation)).toList(), l -> !l.isEmpty(), "relay").get(0);
        assertTrue(relayed.text().contains("ክንደይ ይኸፍል"), relayed.text());
        telegram.voice(resident);
        FakeBotApi.Call voice = telegram.await(() -> telegram.callsTo(chat, "sendvoice"), l -> !l.isEmpty(),
                "the voice note relayed").get(0);
        assertEquals("VOICE-" + resident, voice.body().path("voice").asText());

        telegram.reply(chat, "ሰላም፡ ኣብ ቤት ጽሕፈት ምምሕዳር ተወከሱ።", relayed.body().path("result_message_id").asLong());
        String answer = telegram.awaitSent(resident, before + 1).get(before).text();
        assertTrue(answer.startsWith("ሰላም፡ ኣብ ቤት ጽሕፈት ምምሕዳር ተወከሱ።"), answer);

        telegram.text(chat, "/vrijgeven", null);
        telegram.await(() -> rows.count("SELECT COUNT(*) FROM escalation WHERE id = ? AND state = 'OPEN'", escalation),
                n -> n == 1, "released");
        telegram.await(() -> telegram.sent(chat).stream().filter(c -> TelegramChannelTest.callbackData(c.body())
                .contains("claim:" + escalation)).count(), n -> n == 2, "a fresh notice after the release");
        telegram.press(chat, "claim:" + escalation);
        telegram.await(() -> rows.count("SELECT COUNT(*) FROM escalation WHERE id = ? AND state = 'CLAIMED'", escalation),
                n -> n == 1, "claimed again");
        telegram.text(chat, "/klaar", null);
        telegram.await(() -> rows.count("SELECT COUNT(*) FROM escalation WHERE id = ? AND state = 'RESOLVED'",
                escalation), n -> n == 1, "resolved");
        telegram.await(() -> telegram.sent(chat).stream().filter(c -> c.text().equals("Vraag #" + escalation
                + " is afgesloten. Dank je wel!")).count(), n -> n == 1, "told, in Dutch until the tolk chooses");
    }

    @Test
    void aRedeliveredTolkReplySendsOneReplyNotTwo() {
        StaffAccount tolk = accounts.create(StaffRole.TOLK, "en");
        long chat = link(tolk);
        long resident = CHATS.incrementAndGet();
        long escalation = escalate(resident, "en", "I need help with a letter about my rent");
        long notice = awaitNotice(chat, escalation).path("result_message_id").asLong();
        telegram.press(chat, "claim:" + escalation);
        telegram.await(() -> rows.count("SELECT COUNT(*) FROM escalation WHERE id = ? AND state = 'CLAIMED'", escalation),
                n -> n == 1, "claimed");
        int residentBefore = telegram.sent(resident).size();
        ObjectNode reply = telegram.reply(chat, "Hello, I can help. Which letter is it?", notice);
        telegram.awaitSent(resident, residentBefore + 1);
        long acknowledgements = telegram.await(() -> telegram.sent(chat).stream()
                .filter(c -> c.text().startsWith("Verstuurd")).count(), n -> n == 1, "sent ✓");
        // delivered again (a webhook retry, a restart before confirming): the same message in a later update
        ObjectNode again = telegram.push("message", (ObjectNode) reply.get("message").deepCopy());
        telegram.await(() -> telegram.isConfirmed(again), c -> c, "the redelivered update consumed");
        sleep(1000);
        assertEquals(residentBefore + 1, telegram.sent(resident).size(), "the resident got the reply once");
        assertEquals(acknowledgements, telegram.sent(chat).stream().filter(c -> c.text().startsWith("Verstuurd")).count());
        assertEquals(1, rows.count("SELECT COUNT(*) FROM message WHERE escalation_id = ? AND staff_id = ?",
                escalation, tolk.id()));
    }

    // ---- helpers ----

    private ConsoleSession login(StaffAccount account) {
        ConsoleSession console = new ConsoleSession(server.getURI());
        assertEquals(303, console.login(account.name(), ConsoleAccounts.PASSWORD).statusCode());
        return console;
    }

    private long link(StaffAccount account) {
        long chat = CHATS.incrementAndGet();
        telegram.text(chat, "/koppel " + links.offer(account).code(), null);
        telegram.await(() -> rows.count("SELECT COUNT(*) FROM telegram_staff_link WHERE staff_id = ?", account.id()),
                n -> n == 1, "linked");
        telegram.awaitSent(chat, 1);
        return chat;
    }

    /** A Telegram resident who chose a language, wrote a question and asked for a person; the escalation's id. */
    private long escalate(long resident, String language, String question) {
        telegram.press(resident, "lang:" + language);
        telegram.awaitSent(resident, 1);
        telegram.text(resident, question, null);
        telegram.awaitSent(resident, 2);
        telegram.text(resident, "/mens", null);
        String of = "FROM escalation e JOIN resident r ON e.resident_id = r.id WHERE r.channel_user_id = ?";
        telegram.await(() -> rows.count("SELECT COUNT(*) " + of, String.valueOf(resident)), n -> n > 0,
                "an escalation");
        return rows.count("SELECT MAX(e.id) " + of, String.valueOf(resident));
    }

    private JsonNode awaitNotice(long chat, long escalation) {
        return telegram.await(() -> telegram.sent(chat).stream().filter(c -> TelegramChannelTest.callbackData(c.body())
                .contains("claim:" + escalation)).toList(), l -> !l.isEmpty(), "notice of " + escalation).get(0).body();
    }

    private void rename(StaffAccount account, String name) {
        update("UPDATE staff_account SET name = ? WHERE id = ?", name, account.id());
    }

    private void update(String sql, Object... args) {
        rows.update(sql, args);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
