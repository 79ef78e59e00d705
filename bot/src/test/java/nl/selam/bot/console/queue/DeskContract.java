package nl.selam.bot.console.queue;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import nl.selam.bot.escalation.Escalation;
import nl.selam.bot.escalation.EscalationRepository;
import nl.selam.bot.escalation.EscalationState;
import nl.selam.bot.staff.AuditEntry;
import nl.selam.bot.staff.AuditRepository;
import nl.selam.bot.staff.StaffAccount;
import nl.selam.bot.staff.StaffRole;
import nl.selam.bot.support.ChatClient;
import nl.selam.bot.support.ConsoleAccounts;
import nl.selam.bot.support.ConsoleSession;
import nl.selam.bot.support.ConsoleUpload;
import nl.selam.bot.support.DatabaseRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tolk's desk (issue 15) over real HTTP, on every supported database ({@link H2DeskTest},
 * {@link PostgresDeskTest}): views and counts, handing to a colleague, internal notes, saved replies, files to a
 * resident, the live event stream, erased crises, the municipality's time zone; with forged, other-language and
 * parallel requests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DeskContract implements TestPropertyProvider {

    static final String LOW_CONFIDENCE = "Waar kan ik mijn fiets laten repareren?";
    static final String CRISIS = "Ik wil niet meer leven";
    /** The smallest valid PNG (1×1). */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ConsoleAccounts accounts;

    @Inject
    EscalationRepository escalations;

    @Inject
    AuditRepository audit;

    @Inject
    DatabaseRows rows;

    @Inject
    nl.selam.bot.escalation.ErasedCrises crises;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>();
        properties.put("selam.municipality.naam", "Teststad");
        properties.put("selam.conversation.flood-limit", "1000");
        // a zone far from the server's, so a time shown in UTC or server time would be caught
        properties.put("selam.municipality.time-zone", "America/Paramaribo");
        properties.put("selam.desk.events.poll-interval", "200ms");
        properties.put("selam.desk.events.heartbeat", "1s");
        return properties;
    }

    ChatClient resident() {
        return new ChatClient(http.toBlocking());
    }

    long escalate(String text, String language) {
        ChatClient resident = resident();
        resident.say(text, language);
        return resident.escalationId();
    }

    ConsoleSession login(StaffAccount account) {
        ConsoleSession session = new ConsoleSession(server.getURI());
        assertEquals(303, session.login(account.name(), ConsoleAccounts.PASSWORD).statusCode());
        return session;
    }

    Escalation escalation(long id) {
        return escalations.findById(id).orElseThrow();
    }

    static String location(java.net.http.HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    // --- views and counts ---

    @Test
    void theViewsShowMineUnassignedAndAllOfMyLanguagesWithCounts() {
        StaffAccount me = accounts.create(StaffRole.TOLK, "ti");
        StaffAccount colleague = accounts.create(StaffRole.TOLK, "ti");
        long open = escalate(LOW_CONFIDENCE, "ti");
        long mine = escalate(LOW_CONFIDENCE, "ti");
        long theirs = escalate(LOW_CONFIDENCE, "ti");
        long otherLanguage = escalate(LOW_CONFIDENCE, "ar");
        ConsoleSession tolk = login(me);
        ConsoleSession other = login(colleague);
        tolk.get("/console/conversations/" + mine);
        assertEquals(303, tolk.post("/console/conversations/" + mine + "/claim", Map.of()).statusCode());
        other.get("/console/conversations/" + theirs);
        assertEquals(303, other.post("/console/conversations/" + theirs + "/claim", Map.of()).statusCode());

        String minePage = tolk.get("/console/queue?view=mine").body();
        assertTrue(minePage.contains("id=\"escalation-" + mine + "\""), minePage);
        assertFalse(minePage.contains("id=\"escalation-" + open + "\""));
        assertFalse(minePage.contains("id=\"escalation-" + theirs + "\""));

        String unassigned = tolk.get("/console/queue/list?view=unassigned").body();
        assertTrue(unassigned.contains("id=\"escalation-" + open + "\""));
        assertFalse(unassigned.contains("id=\"escalation-" + mine + "\""));
        assertFalse(unassigned.contains("id=\"escalation-" + theirs + "\""));

        String all = tolk.get("/console/queue?view=all").body();
        assertTrue(all.contains("id=\"escalation-" + open + "\""));
        assertTrue(all.contains("id=\"escalation-" + mine + "\""));
        assertTrue(all.contains("id=\"escalation-" + theirs + "\""), "a colleague's conversation is listed");
        assertTrue(all.contains("bij " + colleague.name()), "with who holds it");
        assertFalse(all.contains("id=\"escalation-" + otherLanguage + "\""), "never another language");

        // each tab carries its count: as many as the view lists (other tests add Tigrinya escalations too)
        for (String view : List.of("todo", "mine", "unassigned", "all")) {
            String body = tolk.get("/console/queue?view=" + view).body();
            java.util.regex.Matcher tab = java.util.regex.Pattern.compile("id=\"view-" + view
                    + "\"[^>]*>\\s*<span>[^<]*</span> <span class=\"count\">(\\d+)</span>").matcher(body);
            assertTrue(tab.find(), body);
            int listed = body.split("<li class=\"queue-item").length - 1;
            assertEquals(listed, Integer.parseInt(tab.group(1)), view);
        }
        assertTrue(all.contains("id=\"view-mine\""));
        String mineTab = minePage.substring(minePage.indexOf("id=\"view-mine\""));
        assertTrue(mineTab.substring(0, mineTab.indexOf("</a>")).contains("<span class=\"count\">1</span>"), mineTab);
    }

    @Test
    void anAnsweredConversationNoLongerShowsAWaitingTimeAndTimesAreInTheMunicipalitysZone() {
        StaffAccount me = accounts.create(StaffRole.TOLK, "ti");
        long id = escalate(LOW_CONFIDENCE, "ti");
        ConsoleSession tolk = login(me);
        String page = tolk.get("/console/conversations/" + id).body();
        assertTrue(page.contains("class=\"muted wait\""), "an open conversation shows how long it waits");
        String opened = DateTimeFormatter.ofPattern("dd-MM HH:mm").withZone(ZoneId.of("America/Paramaribo"))
                .format(escalation(id).createdAt());
        assertTrue(page.contains(opened), "opened at " + opened + " Paramaribo time: " + page);

        tolk.post("/console/conversations/" + id + "/claim", Map.of());
        tolk.post("/console/conversations/" + id + "/reply", Map.of("text", "Goedemiddag."));
        assertEquals(EscalationState.ANSWERED, escalation(id).state());
        page = tolk.get("/console/conversations/" + id).body();
        assertFalse(page.contains("class=\"muted wait\""), "answered: no '(wacht N min)'");
        String list = tolk.get("/console/queue/list?view=mine").body();
        int row = list.indexOf("id=\"escalation-" + id + "\"");
        String item = list.substring(row, list.indexOf("</li>", row));
        assertFalse(item.contains("wacht"), item);
        assertTrue(item.contains("Beantwoord"), item);
    }

    // --- handing to a colleague ---

    @Test
    void aTolkHandsAConversationToAColleagueWithANote() {
        StaffAccount me = accounts.create(StaffRole.TOLK, "ti");
        StaffAccount colleague = accounts.create(StaffRole.SLEUTELPERSOON, "ti", "nl");
        long id = escalate(LOW_CONFIDENCE, "ti");
        ConsoleSession tolk = login(me);
        tolk.get("/console/conversations/" + id);
        tolk.post("/console/conversations/" + id + "/claim", Map.of());
        String page = tolk.get("/console/conversations/" + id).body();
        assertTrue(page.contains("<option value=\"" + colleague.id() + "\">" + colleague.name() + "</option>"), page);

        var handed = tolk.post("/console/conversations/" + id + "/assign", Map.of("to",
                String.valueOf(colleague.id()), "note", "Vraagt naar <b>huurtoeslag</b>; belt morgen terug."));
        assertEquals(303, handed.statusCode());
        assertTrue(location(handed).contains("notice=assigned"), location(handed));
        Escalation e = escalation(id);
        assertEquals(colleague.id(), e.claimedBy());
        assertEquals(EscalationState.CLAIMED, e.state());

        ConsoleSession other = login(colleague);
        String theirs = other.get("/console/conversations/" + id).body();
        assertTrue(theirs.contains("id=\"reply-form\""), "the colleague can answer now");
        assertTrue(theirs.contains("Vraagt naar &lt;b&gt;huurtoeslag&lt;/b&gt;; belt morgen terug."), "the note, escaped");
        assertTrue(theirs.contains("Gegeven aan " + colleague.name()));
        assertTrue(other.get("/console/queue?view=mine").body().contains("id=\"escalation-" + id + "\""));
        assertFalse(tolk.get("/console/conversations/" + id).body().contains("id=\"reply-form\""));
        assertTrue(audit.findByEscalationId(id).stream().anyMatch(a -> a.action().equals("ASSIGN")
                && java.util.Objects.equals(a.staffId(), me.id())));
    }

    @Test
    void handingIsRefusedWhenForgedForAnotherLanguageOrToSomeoneWhoDoesNotSpeakIt() {
        StaffAccount me = accounts.create(StaffRole.TOLK, "ti");
        StaffAccount arabicOnly = accounts.create(StaffRole.TOLK, "ar");
        StaffAccount redacteur = accounts.create(StaffRole.REDACTEUR, "ti");
        long id = escalate(LOW_CONFIDENCE, "ti");
        ConsoleSession tolk = login(me);
        tolk.get("/console/conversations/" + id);
        tolk.post("/console/conversations/" + id + "/claim", Map.of());

        // no token, a forged token
        assertEquals(403, tolk.postRaw("/console/conversations/" + id + "/assign",
                Map.of("to", String.valueOf(arabicOnly.id()), "note", "x")).statusCode());
        assertEquals(403, tolk.postRaw("/console/conversations/" + id + "/assign",
                Map.of("to", String.valueOf(arabicOnly.id()), "note", "x", "_csrf", "forged")).statusCode());
        // a colleague without the language, a redacteur, nobody, a malformed id, an empty note
        for (Map<String, String> form : List.of(
                Map.of("to", String.valueOf(arabicOnly.id()), "note", "x"),
                Map.of("to", String.valueOf(redacteur.id()), "note", "x"),
                Map.of("to", "999999999", "note", "x"),
                Map.of("to", "abc", "note", "x"),
                Map.of("to", String.valueOf(me.id()), "note", "x"),
                Map.of("to", String.valueOf(arabicOnly.id()), "note", " "))) {
            var refused = tolk.post("/console/conversations/" + id + "/assign", form);
            assertEquals(303, refused.statusCode());
            assertTrue(location(refused).contains("notice=invalid"), form + " " + location(refused));
        }
        assertEquals(me.id(), escalation(id).claimedBy(), "nothing changed");

        // a tolk of another language cannot hand it, nor note on it
        ConsoleSession outsider = login(arabicOnly);
        outsider.get("/console/queue");
        assertEquals(403, outsider.post("/console/conversations/" + id + "/assign",
                Map.of("to", String.valueOf(arabicOnly.id()), "note", "mine now")).statusCode());
        assertEquals(403, outsider.post("/console/conversations/" + id + "/note", Map.of("text", "hi"))
                .statusCode());
        assertEquals(me.id(), escalation(id).claimedBy());
        assertTrue(audit.findByEscalationId(id).stream().noneMatch(a -> a.action().equals("ASSIGN")));
    }

    @Test
    void onlyOneWinsWhenTwoPeopleHandOrClaimTheSameConversationAtOnce() throws Exception {
        StaffAccount a = accounts.create(StaffRole.TOLK, "ti");
        StaffAccount b = accounts.create(StaffRole.TOLK, "ti");
        StaffAccount c = accounts.create(StaffRole.TOLK, "ti");
        StaffAccount d = accounts.create(StaffRole.TOLK, "ti");
        ConsoleSession sa = login(a);
        ConsoleSession sc = login(c);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 6; round++) {
                long id = escalate(LOW_CONFIDENCE, "ti");
                sa.get("/console/conversations/" + id);
                sc.get("/console/conversations/" + id);
                CountDownLatch go = new CountDownLatch(1);
                // a assigns the open conversation to b while c hands it to d: both are allowed on an open one
                Callable<String> assignAB = () -> {
                    go.await();
                    return location(sa.post("/console/conversations/" + id + "/assign",
                            Map.of("to", String.valueOf(b.id()), "note", "voor b")));
                };
                Callable<String> second = round % 2 == 0
                        ? () -> {
                            go.await();
                            return location(sc.post("/console/conversations/" + id + "/assign",
                                    Map.of("to", String.valueOf(d.id()), "note", "voor d")));
                        }
                        : () -> {
                            go.await();
                            return location(sc.post("/console/conversations/" + id + "/claim", Map.of()));
                        };
                Future<String> f1 = pool.submit(assignAB);
                Future<String> f2 = pool.submit(second);
                go.countDown();
                String r1 = f1.get(20, TimeUnit.SECONDS);
                String r2 = f2.get(20, TimeUnit.SECONDS);
                int wins = (r1.contains("notice=conflict") ? 0 : 1) + (r2.contains("notice=conflict") ? 0 : 1);
                assertEquals(1, wins, "exactly one wins: " + r1 + " / " + r2);
                Escalation e = escalation(id);
                Long expected = !r1.contains("notice=conflict") ? b.id() : round % 2 == 0 ? d.id() : c.id();
                assertEquals(expected, e.claimedBy(), r1 + " / " + r2);
                long notes = rows.count("SELECT COUNT(*) FROM staff_note WHERE escalation_id = " + id);
                assertEquals(!r1.contains("notice=conflict") || round % 2 == 0 ? 1 : 0, notes,
                        "only the winner's note is kept");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // --- internal notes ---

    @Test
    void anInternalNoteIsShownToStaffAndNeverSentToTheResident() {
        ChatClient resident = resident();
        resident.say(LOW_CONFIDENCE, "ti");
        long id = resident.escalationId();
        StaffAccount me = accounts.create(StaffRole.TOLK, "ti");
        ConsoleSession tolk = login(me);
        tolk.get("/console/conversations/" + id);
        var noted = tolk.post("/console/conversations/" + id + "/note",
                Map.of("text", "Intern: <script>alert(1)</script> belt vaak 's avonds."));
        assertTrue(location(noted).contains("notice=noted"), location(noted));
        String page = tolk.get("/console/conversations/" + id).body();
        assertTrue(page.contains("class=\"msg internal\""), page);
        assertTrue(page.contains("Intern: &lt;script&gt;alert(1)&lt;/script&gt; belt vaak &#39;s avonds."), page);
        assertFalse(page.contains("<script>alert(1)"));
        resident.say("Hallo?");
        assertTrue(resident.received().stream().map(m -> String.valueOf(m.get("text")))
                .noneMatch(t -> t.contains("Intern:")), "the resident never gets the note");
        assertEquals(0, rows.count("SELECT COUNT(*) FROM message WHERE text LIKE 'Intern:%'"));
        assertTrue(audit.findByEscalationId(id).stream().map(AuditEntry::action).anyMatch("NOTE"::equals));
        // empty and over-long notes are refused
        assertTrue(location(tolk.post("/console/conversations/" + id + "/note", Map.of("text", "  ")))
                .contains("notice=invalid"));
        assertTrue(location(tolk.post("/console/conversations/" + id + "/note", Map.of("text", "x".repeat(2001))))
                .contains("notice=invalid"));
        assertEquals(403, tolk.postRaw("/console/conversations/" + id + "/note", Map.of("text", "x")).statusCode());
    }

    // --- saved replies ---

    @Test
    void savedRepliesAreSharedPerLanguageSearchableAndFilledWhenInserted() {
        StaffAccount writer = accounts.create(StaffRole.TOLK, "ti", "nl");
        StaffAccount reader = accounts.create(StaffRole.SLEUTELPERSOON, "ti");
        StaffAccount arabic = accounts.create(StaffRole.TOLK, "ar");
        String title = "Welkom " + UUID.randomUUID().toString().substring(0, 6);
        ConsoleSession w = login(writer);
        w.get("/console/replies");
        var saved = w.post("/console/replies", Map.of("language", "ti", "title", title,
                "body", "Hallo, ik ben {voornaam} van {gemeente.naam}. <b>Waarmee</b> kan ik helpen?"));
        assertEquals(303, saved.statusCode());
        assertTrue(location(saved).contains("notice=saved"), location(saved));

        // another person of the language finds it; a search that does not match does not
        ConsoleSession r = login(reader);
        String list = r.get("/console/replies?q=" + title.split(" ")[1]).body();
        assertTrue(list.contains(title), list);
        assertTrue(list.contains("&lt;b&gt;Waarmee&lt;/b&gt;"), "escaped");
        assertFalse(r.get("/console/replies?q=zzzznotthere").body().contains(title));
        // an Arabic tolk never sees it
        assertFalse(login(arabic).get("/console/replies").body().contains(title));

        long replyId = rows.count("SELECT MAX(id) FROM saved_reply");
        long id = escalate(LOW_CONFIDENCE, "ti");
        r.get("/console/conversations/" + id);
        r.post("/console/conversations/" + id + "/claim", Map.of());
        String page = r.get("/console/conversations/" + id).body();
        assertTrue(page.contains("id=\"saved-" + replyId + "\""), "offered beside the FAQ insert");
        String found = r.get("/console/conversations/" + id + "/replies?q=" + title.split(" ")[1]).body();
        assertTrue(found.contains(title), found);
        String inserted = r.get("/console/conversations/" + id + "/replies/" + replyId).body();
        String first = reader.name().split("\\s+")[0];
        assertTrue(inserted.startsWith("<textarea"), inserted);
        assertTrue(inserted.contains("Hallo, ik ben " + first + " van Teststad."), inserted);
        assertTrue(inserted.contains("&lt;b&gt;Waarmee&lt;/b&gt;"), inserted);

        // a reply of another language is not offered in this conversation
        w.post("/console/replies", Map.of("language", "nl", "title", "Nederlands", "body", "Dag!"));
        long dutch = rows.count("SELECT MAX(id) FROM saved_reply");
        assertEquals(404, w.get("/console/conversations/" + id + "/replies/" + dutch).statusCode());
    }

    @Test
    void savedRepliesRefuseForgedPostsOtherLanguagesAndBadInput() {
        StaffAccount writer = accounts.create(StaffRole.TOLK, "ti");
        StaffAccount arabic = accounts.create(StaffRole.TOLK, "ar");
        ConsoleSession w = login(writer);
        w.get("/console/replies");
        long before = rows.count("SELECT COUNT(*) FROM saved_reply");
        assertEquals(403, w.postRaw("/console/replies", Map.of("language", "ti", "title", "t", "body", "b"))
                .statusCode());
        assertEquals(403, w.postRaw("/console/replies",
                Map.of("language", "ti", "title", "t", "body", "b", "_csrf", "forged")).statusCode());
        assertEquals(403, w.post("/console/replies", Map.of("language", "ar", "title", "t", "body", "b"))
                .statusCode(), "not one of the writer's languages");
        assertTrue(location(w.post("/console/replies", Map.of("language", "ti", "title", "", "body", "b")))
                .contains("notice=invalid"));
        assertTrue(location(w.post("/console/replies", Map.of("language", "ti", "title", "t",
                "body", "x".repeat(4001)))).contains("notice=invalid"));
        assertTrue(location(w.post("/console/replies", Map.of("id", "abc", "language", "ti", "title", "t",
                "body", "b"))).contains("notice=invalid"));
        assertEquals(before, rows.count("SELECT COUNT(*) FROM saved_reply"), "nothing stored");

        w.post("/console/replies", Map.of("language", "ti", "title", "Te wissen", "body", "b"));
        long id = rows.count("SELECT MAX(id) FROM saved_reply");
        ConsoleSession a = login(arabic);
        a.get("/console/replies");
        assertTrue(location(a.post("/console/replies/" + id + "/delete", Map.of())).contains("notice=gone"),
                "another language's reply cannot be deleted");
        assertTrue(location(a.post("/console/replies", Map.of("id", String.valueOf(id), "language", "ar",
                "title", "Overgenomen", "body", "b"))).contains("notice=gone"), "nor taken over");
        assertEquals(1, rows.count("SELECT COUNT(*) FROM saved_reply WHERE id = " + id + " AND language = 'ti'"));
        assertTrue(location(w.post("/console/replies/" + id + "/delete", Map.of())).contains("notice=deleted"));
        assertEquals(0, rows.count("SELECT COUNT(*) FROM saved_reply WHERE id = " + id));
    }

    // --- files to the resident ---

    @Test
    void aPhotoReachesTheWebChatResidentAndOnlyTheirSessionCanOpenIt() throws Exception {
        ChatClient resident = resident();
        resident.say(LOW_CONFIDENCE, "ti");
        long id = resident.escalationId();
        StaffAccount me = accounts.create(StaffRole.TOLK, "ti");
        ConsoleSession tolk = login(me);
        tolk.get("/console/conversations/" + id);
        // before claiming: refused, nothing stored
        var early = ConsoleUpload.post(tolk, "/console/conversations/" + id + "/file", "kaart.png", PNG, "Hier", true);
        assertTrue(location(early).contains("notice=conflict"), location(early));
        tolk.post("/console/conversations/" + id + "/claim", Map.of());

        var forged = ConsoleUpload.post(tolk, "/console/conversations/" + id + "/file", "kaart.png", PNG, "x", false);
        assertEquals(403, forged.statusCode(), "no CSRF token in the form");
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertTrue(location(ConsoleUpload.post(tolk, "/console/conversations/" + id + "/file", "kaart.png", html, null,
                true)).contains("notice=filerefused"), "not a PNG, whatever its name says");
        assertEquals(0, rows.count("SELECT COUNT(*) FROM staff_file"
                + " f JOIN message m ON m.id = f.message_id WHERE m.escalation_id = " + id));

        var sent = ConsoleUpload.post(tolk, "/console/conversations/" + id + "/file", "../../etc/kaart van <b>.png",
                PNG, "De route naar het loket", true);
        assertTrue(location(sent).contains("notice=filesent"), location(sent));
        assertEquals(EscalationState.ANSWERED, escalation(id).state());

        Map<String, Object> file = resident.received().stream().filter(m -> "STAFF_FILE".equals(m.get("kind")))
                .findFirst().orElseThrow();
        assertEquals("staff", file.get("from"));
        assertEquals("De route naar het loket", file.get("text"));
        long messageId = ((Number) file.get("id")).longValue();

        var own = Raw.get(server.getURI(), "/api/chat/files/" + messageId, resident.cookie());
        assertEquals(200, own.statusCode());
        assertArrayEquals(PNG, own.body());
        assertEquals("image/png", own.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(own.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertFalse(own.headers().firstValue("Content-Disposition").orElse("").contains("/"), "no path");
        assertEquals("nosniff", own.headers().firstValue("X-Content-Type-Options").orElse(""));

        ChatClient stranger = resident();
        stranger.say("Hallo", "ti");
        assertEquals(404, Raw.get(server.getURI(), "/api/chat/files/" + messageId, stranger.cookie()).statusCode(), "another chat session");
        assertEquals(404, Raw.get(server.getURI(), "/api/chat/files/" + messageId, null).statusCode(),
                "no session");

        String page = tolk.get("/console/conversations/" + id).body();
        assertTrue(page.contains("/console/conversations/" + id + "/file/" + messageId), "staff can open it again");
        assertTrue(page.contains("Bestand: kaart van _b_.png") || page.contains("Bestand: kaart van b.png")
                || page.contains("Bestand: kaart van .png") || page.contains("Bestand: kaart van "), page);
        assertEquals(200, tolk.get("/console/conversations/" + id + "/file/" + messageId).statusCode());
        ConsoleSession arabic = login(accounts.create(StaffRole.TOLK, "ar"));
        assertEquals(403, arabic.get("/console/conversations/" + id + "/file/" + messageId).statusCode());

        // erased with the conversation
        resident.erase();
        assertEquals(0, rows.count("SELECT COUNT(*) FROM staff_file WHERE message_id = " + messageId));
    }

    // --- erasing during a crisis ---

    @Test
    void erasingDuringAnOpenCrisisLeavesATextFreeSafetyRecordUntilClosed() {
        ChatClient resident = resident();
        resident.say(CRISIS, "ti");
        long id = resident.escalationId();
        assertTrue(escalation(id).urgent());
        StaffAccount me = accounts.create(StaffRole.TOLK, "ti");
        StaffAccount arabic = accounts.create(StaffRole.TOLK, "ar");
        long before = rows.count("SELECT COUNT(*) FROM erased_crisis");

        resident.erase();
        assertTrue(escalations.findById(id).isEmpty(), "the escalation went with the resident's data");
        assertEquals(before + 1, rows.count("SELECT COUNT(*) FROM erased_crisis"));
        long record = rows.count("SELECT MAX(id) FROM erased_crisis");
        assertEquals(1, rows.count("SELECT COUNT(*) FROM erased_crisis WHERE id = " + record
                + " AND language = 'ti' AND closed_at IS NULL"));

        ConsoleSession tolk = login(me);
        String queue = tolk.get("/console/queue").body();
        assertTrue(queue.contains("id=\"erased-" + record + "\""), queue);
        assertFalse(queue.contains("niet meer leven"), "no text is left");
        assertFalse(login(arabic).get("/console/queue").body().contains("id=\"erased-" + record + "\""));

        assertEquals(403, tolk.postRaw("/console/queue/erased/" + record + "/close", Map.of()).statusCode());
        ConsoleSession outsider = login(arabic);
        outsider.get("/console/queue");
        assertTrue(location(outsider.post("/console/queue/erased/" + record + "/close", Map.of()))
                .contains("notice=conflict"), "another language cannot close it");
        assertTrue(location(tolk.post("/console/queue/erased/" + record + "/close", Map.of()))
                .contains("notice=erasedclosed"));
        assertTrue(location(tolk.post("/console/queue/erased/" + record + "/close", Map.of()))
                .contains("notice=conflict"), "closed once");
        assertFalse(tolk.get("/console/queue").body().contains("id=\"erased-" + record + "\""));

        // the retention job removes closed records once they are as old as the conversations it deletes
        crises.purgeClosedBefore(java.time.Instant.now().minusSeconds(3600));
        assertEquals(1, rows.count("SELECT COUNT(*) FROM erased_crisis WHERE id = " + record), "not yet");
        crises.purgeClosedBefore(java.time.Instant.now().plusSeconds(1));
        assertEquals(0, rows.count("SELECT COUNT(*) FROM erased_crisis WHERE id = " + record));
    }

    @Test
    void erasingWithoutACrisisLeavesNoRecord() {
        ChatClient resident = resident();
        resident.say(LOW_CONFIDENCE, "ti");
        resident.escalationId();
        long before = rows.count("SELECT COUNT(*) FROM erased_crisis");
        resident.erase();
        assertEquals(before, rows.count("SELECT COUNT(*) FROM erased_crisis"));
    }

    // --- live events ---

    @Test
    void theEventStreamTellsOnlyMyLanguagesWithoutTextAndNeedsALogin() throws Exception {
        StaffAccount me = accounts.create(StaffRole.TOLK, "ti");
        StaffAccount colleague = accounts.create(StaffRole.TOLK, "ti");
        ConsoleSession tolk = login(me);
        assertEquals(401, Raw.sse(server.getURI(), "/console/events", null).statusCode(),
                "no login, no stream");
        assertEquals(401, Raw.sse(server.getURI(), "/console/events", "JWT=forged.token.here").statusCode());
        try (EventStream events = EventStream.open(server.getURI(), tolk.cookieHeader())) {
            events.await("event:hello", Duration.ofSeconds(10));
            ChatClient resident = resident();
            resident.say("Mijn geheime vraag over de fiets " + UUID.randomUUID(), "ti");
            long id = resident.escalationId();
            long arabic = escalate(LOW_CONFIDENCE, "ar");
            String opened = events.await("\"escalation\":" + id, Duration.ofSeconds(10));
            assertTrue(opened.contains("\"type\":\"escalation\""), opened);

            resident.say("Nog een geheim bericht");
            events.await("\"type\":\"message\",\"escalation\":" + id, Duration.ofSeconds(10));

            ConsoleSession other = login(colleague);
            other.get("/console/conversations/" + id);
            other.post("/console/conversations/" + id + "/claim", Map.of());
            String claimed = events.await("\"type\":\"claimed\",\"escalation\":" + id, Duration.ofSeconds(10));
            assertTrue(claimed.contains("\"byMe\":false"), claimed);

            other.post("/console/conversations/" + id + "/assign",
                    Map.of("to", String.valueOf(me.id()), "note", "voor jou"));
            String toMe = events.await("\"toMe\":true", Duration.ofSeconds(10));
            assertTrue(toMe.contains("\"escalation\":" + id), toMe);

            Thread.sleep(600); // a poll or two more
            String all = events.all();
            assertFalse(all.contains("\"escalation\":" + arabic + ","), "another language: " + all);
            assertFalse(all.contains("geheim"), "never message text: " + all);
            assertFalse(all.contains("voor jou"), "never a note");
        }
    }

    @Test
    void theEventStreamEndsWhenTheLoginEnds() throws Exception {
        StaffAccount me = accounts.create(StaffRole.TOLK, "ti");
        ConsoleSession tolk = login(me);
        String cookie = tolk.cookieHeader();
        try (EventStream events = EventStream.open(server.getURI(), cookie)) {
            events.await("event:hello", Duration.ofSeconds(10));
            tolk.get("/console/queue");
            assertEquals(303, tolk.post("/console/logout", Map.of()).statusCode());
            assertTrue(events.awaitEnd(Duration.ofSeconds(10)), "the stream closed after the logout");
        }
        // the same cookie, replayed after the logout, opens no stream
        assertTrue(cookie.contains("JWT="), cookie);
        assertEquals(401, Raw.sse(server.getURI(), "/console/events", cookie).statusCode());
    }

    /** Plain requests the console session helper does not make: a chat file download, an event stream. */
    static final class Raw {

        static java.net.http.HttpResponse<byte[]> get(URI base, String path, String chatCookie) throws Exception {
            var builder = java.net.http.HttpRequest.newBuilder(base.resolve(path)).GET();
            if (chatCookie != null) {
                builder.header("Cookie", "selam_chat=" + chatCookie);
            }
            return client().send(builder.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        }

        static java.net.http.HttpResponse<String> sse(URI base, String path, String cookie) throws Exception {
            var builder = java.net.http.HttpRequest.newBuilder(base.resolve(path)).header("Accept",
                    "text/event-stream").timeout(Duration.ofSeconds(10)).GET();
            if (cookie != null) {
                builder.header("Cookie", cookie);
            }
            return client().send(builder.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        }

        private static java.net.http.HttpClient client() {
            return java.net.http.HttpClient.newBuilder().followRedirects(java.net.http.HttpClient.Redirect.NEVER)
                    .build();
        }

    }

    /** A server-sent event stream read line by line in the background. */
    static final class EventStream implements AutoCloseable {

        private final List<String> lines = new ArrayList<>();
        private final Future<?> reader;
        private final ExecutorService pool = Executors.newSingleThreadExecutor();
        private volatile boolean ended;

        private EventStream(java.net.http.HttpResponse<java.util.stream.Stream<String>> response) {
            assertEquals(200, response.statusCode());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
            reader = pool.submit(() -> {
                try {
                    response.body().forEach(line -> {
                        synchronized (lines) {
                            lines.add(line.replace("data: ", "data:").replace("event: ", "event:"));
                            lines.notifyAll();
                        }
                    });
                } catch (RuntimeException closed) {
                    // the stream was closed by close()
                } finally {
                    ended = true;
                    synchronized (lines) {
                        lines.notifyAll();
                    }
                }
            });
        }

        static EventStream open(URI base, String cookie) throws Exception {
            var request = java.net.http.HttpRequest.newBuilder(base.resolve("/console/events"))
                    .header("Accept", "text/event-stream").header("Cookie", cookie).GET().build();
            return new EventStream(java.net.http.HttpClient.newHttpClient().send(request,
                    java.net.http.HttpResponse.BodyHandlers.ofLines()));
        }

        String await(String fragment, Duration within) throws InterruptedException {
            long end = System.nanoTime() + within.toNanos();
            synchronized (lines) {
                while (true) {
                    for (String line : lines) {
                        if (line.contains(fragment)) {
                            return line;
                        }
                    }
                    long left = end - System.nanoTime();
                    if (left <= 0) {
                        throw new AssertionError("no event with " + fragment + " in " + lines);
                    }
                    lines.wait(Math.max(1, left / 1_000_000));
                }
            }
        }

        boolean awaitEnd(Duration within) throws InterruptedException {
            long end = System.nanoTime() + within.toNanos();
            synchronized (lines) {
                while (!ended && System.nanoTime() < end) {
                    lines.wait(200);
                }
            }
            return ended;
        }

        String all() {
            synchronized (lines) {
                return String.join("\n", lines);
            }
        }

        @Override
        public void close() {
            reader.cancel(true);
            pool.shutdownNow();
        }
    }
}
