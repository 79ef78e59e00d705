package nl.selam.bot.routing;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.selam.bot.staff.Credentials;
import nl.selam.bot.escalation.Escalation;
import nl.selam.bot.escalation.EscalationRepository;
import nl.selam.bot.escalation.ResponderPool;
import nl.selam.bot.staff.AuditEntry;
import nl.selam.bot.staff.AuditRepository;
import nl.selam.bot.staff.StaffAccount;
import nl.selam.bot.staff.StaffAccounts;
import nl.selam.bot.staff.StaffRole;
import nl.selam.bot.support.ChatClient;
import nl.selam.bot.support.ConsoleAccounts;
import nl.selam.bot.support.ConsoleSession;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Routing between tolken and sleutelpersonen end to end: residents write through the web chat, staff work the
 * console. A database of its own, because who is "active" is shared state: the other tests' sleutelpersonen stay
 * logged in for hours, and (with routing on) would decide what a tolk here sees.
 */
@MicronautTest(transactional = false)
@Property(name = "datasources.default.url",
        value = "jdbc:h2:mem:routing;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@Property(name = "selam.routing.enabled", value = "true")
@Property(name = "selam.conversation.flood-limit", value = "1000")
class RoutingConsoleTest {

    static final String MEDICAL = "Hoe vind ik een huisarts?";
    static final String PRACTICAL = "Hoe vraag ik toeslagen aan?";
    static final String BSN = "123456789";
    static final String IBAN = "NL91ABNA0417164300";

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ConsoleAccounts accounts;

    @Inject
    StaffAccounts staffAccounts;

    @Inject
    Credentials credentials;

    @Inject
    EscalationRepository escalations;

    @Inject
    AuditRepository audit;

    /** A resident who asks a question, gets Selam's answer, and then presses "talk to a person". */
    private ChatClient askThenPerson(String question) {
        ChatClient resident = new ChatClient(http.toBlocking());
        resident.say(question, "nl");
        resident.press("person");
        return resident;
    }

    private ConsoleSession login(StaffAccount account) {
        return login(account.name());
    }

    private ConsoleSession login(String username) {
        ConsoleSession session = new ConsoleSession(server.getURI());
        HttpResponse<String> in = session.login(username, ConsoleAccounts.PASSWORD);
        assertEquals("/console", in.headers().firstValue("Location").orElse(null), "logged in");
        session.get("/console/queue"); // uses the console: present
        return session;
    }

    /** An account with a full name (the username is separate), logged in. */
    private ConsoleSession named(String name, StaffRole role, List<StaffAccount> created) {
        StaffAccount account = staffAccounts.create(name, role, List.of("nl"));
        String username = name.replace(' ', '.').toLowerCase() + System.nanoTime();
        credentials.set(account.id(), username, ConsoleAccounts.PASSWORD, false);
        created.add(account);
        return login(username);
    }

    private static boolean lists(ConsoleSession who, long id) {
        return who.get("/console/queue").body().contains("id=\"escalation-" + id + "\"");
    }

    @Test
    void medicalGoesToTolkenPracticalToSleutelpersonenAndEachPoolSeesOnlyItsOwn() {
        // everything in one test: presence is the state of the whole database, so the steps build on each other
        ChatClient medicalResident = askThenPerson(MEDICAL);
        long medical = medicalResident.escalationId();
        ChatClient practicalResident = askThenPerson(PRACTICAL);
        long practical = practicalResident.escalationId();
        Escalation m = escalations.findById(medical).orElseThrow();
        Escalation p = escalations.findById(practical).orElseThrow();
        assertEquals("zorg.huisarts", m.topic(), "the topic Selam answered before the button");
        assertEquals(ResponderPool.TOLK, m.pool());
        assertTrue(p.topic() != null && p.topic().startsWith("geld."), String.valueOf(p.topic()));
        assertEquals(ResponderPool.SLEUTELPERSOON, p.pool());

        StaffAccount tolkAccount = accounts.create(StaffRole.TOLK, "nl");
        StaffAccount keyAccount = accounts.create(StaffRole.SLEUTELPERSOON, "nl");
        ConsoleSession tolk = login(tolkAccount);
        ConsoleSession key = login(keyAccount);

        assertTrue(lists(tolk, medical));
        assertFalse(lists(tolk, practical), "a sleutelpersoon is active: practical questions are theirs");
        assertTrue(lists(key, practical));
        assertFalse(lists(key, medical), "medical questions are for a professional tolk");
        assertEquals(403, key.get("/console/conversations/" + medical).statusCode());
        assertEquals(403, key.post("/console/conversations/" + medical + "/claim", Map.of()).statusCode());
        assertEquals(ResponderPool.TOLK, escalations.findById(medical).orElseThrow().pool());
        assertEquals(null, escalations.findById(medical).orElseThrow().claimedBy(), "the refused claim changed nothing");

        // fallback: the tolk logs out, nobody of the tolk pool is active in Dutch, so the sleutelpersoon sees it
        assertEquals(303, tolk.post("/console/logout", Map.of()).statusCode());
        assertTrue(lists(key, medical), "nobody active in the tolk pool: the other pool takes it");
        assertEquals(200, key.get("/console/conversations/" + medical).statusCode());

        // a tolk comes back: the medical question is theirs again
        ConsoleSession tolk2 = login(accounts.create(StaffRole.TOLK, "nl"));
        assertFalse(lists(key, medical));
        assertTrue(lists(tolk2, medical));

        // a crisis is urgent and for a tolk
        ChatClient crisis = new ChatClient(http.toBlocking());
        crisis.say("Ik wil niet meer leven", "nl");
        Escalation c = escalations.findById(crisis.escalationId()).orElseThrow();
        assertTrue(c.urgent());
        assertEquals(ResponderPool.TOLK, c.pool());
        assertFalse(lists(key, c.id()));

        // the sleutelpersoon logs out too: nobody of their pool is left, so the tolk sees the practical question
        assertEquals(303, key.post("/console/logout", Map.of()).statusCode());
        assertTrue(lists(tolk2, practical));
        tolk2.post("/console/logout", Map.of()); // leave nobody active for the other test
    }

    @Test
    void aSleutelpersoonSeesNumbersMaskedColleaguesByFirstNameAndNoMediaTheTolkSeesAll() {
        List<StaffAccount> created = new java.util.ArrayList<>();
        ConsoleSession saraSession = named("Sara Mehari", StaffRole.SLEUTELPERSOON, created);
        ConsoleSession otherSession = named("Yonas Kidane", StaffRole.SLEUTELPERSOON, created);
        ConsoleSession tolk = named("Amanuel Tesfay", StaffRole.TOLK, created);
        StaffAccount other = created.get(1);

        ChatClient practicalResident = askThenPerson(PRACTICAL);
        long practical = practicalResident.escalationId();
        practicalResident.say("Mijn BSN is " + BSN + ", rekening " + IBAN + ", bel 06-12345678 op 12-03-2025", "nl");
        assertEquals(303, saraSession.post("/console/conversations/" + practical + "/claim", Map.of()).statusCode());

        HttpResponse<String> page = otherSession.get("/console/conversations/" + practical);
        assertEquals(200, page.statusCode());
        String seen = page.body();
        assertFalse(seen.contains(BSN), "BSN masked for a sleutelpersoon");
        assertFalse(seen.contains(IBAN), "IBAN masked");
        assertFalse(seen.contains("06-12345678"), "phone masked");
        int at = seen.indexOf("Mijn BSN is");
        assertTrue(at >= 0 && seen.substring(at, at + 60).contains("\u2022\u2022\u2022"),
                "the mask shows where a number was: " + (at < 0 ? "message not shown" : seen.substring(at, at + 60)));
        assertTrue(seen.contains("12-03-2025"), "dates stay readable");
        assertTrue(seen.contains("Sara"), "the colleague's first name");
        assertFalse(seen.contains("Sara Mehari"), "first names only");

        // media of letters: refused (403) and audited, whatever the message id
        HttpResponse<String> media = otherSession.get("/console/conversations/" + practical + "/media/1");
        assertEquals(403, media.statusCode());
        assertTrue(audit.findByEscalationId(practical).stream()
                .anyMatch(a -> java.util.Objects.equals(a.staffId(), other.id()) && a.action().equals("MEDIA_REFUSED")));

        // the tolk sees a medical resident's numbers and the full name
        ChatClient medicalResident = askThenPerson(MEDICAL);
        long medical = medicalResident.escalationId();
        medicalResident.say("Mijn BSN is " + BSN, "nl");
        assertEquals(303, tolk.post("/console/conversations/" + medical + "/claim", Map.of()).statusCode());
        String tolkSees = tolk.get("/console/conversations/" + medical).body();
        assertTrue(tolkSees.contains(BSN), "the tolk sees the number");
        assertNotEquals(403, tolk.get("/console/conversations/" + medical + "/media/1").statusCode(),
                "a tolk may open media (404 here: there is none)");

        // every view audited as before
        List<String> reads = audit.findByEscalationId(practical).stream().filter(a -> java.util.Objects.equals(a.staffId(), other.id()))
                .map(AuditEntry::action).toList();
        assertTrue(reads.contains("READ"), reads.toString());
        for (ConsoleSession s : List.of(saraSession, otherSession, tolk)) {
            s.post("/console/logout", Map.of()); // leave nobody active for the other test
        }
    }
}
