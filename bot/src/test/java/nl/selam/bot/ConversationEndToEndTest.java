package nl.selam.bot;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.selam.bot.support.ChatClient;
import nl.selam.bot.support.DatabaseRows;
import nl.selam.bot.support.StaffClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 4's proof, through the web chat's HTTP endpoints and the staff API, with the production log
 * configuration watched for message text throughout.
 */
@MicronautTest(transactional = false)
class ConversationEndToEndTest {

    private static final String MARKER = "Zebrakwaggazorg7731";

    @Inject
    io.micronaut.context.BeanContext context;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    DatabaseRows rows;

    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private Logger root;

    @BeforeEach
    void captureLogs() {
        root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        captured.start();
        root.addAppender(captured);
    }

    @AfterEach
    void noMessageTextWasLogged() {
        root.detachAppender(captured);
        captured.stop();
        List<String> lines = new ArrayList<>();
        for (ILoggingEvent event : captured.list) {
            lines.add(event.getFormattedMessage());
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                lines.add(t.getClassName() + ": " + t.getMessage());
            }
        }
        assertFalse(lines.stream().anyMatch(l -> l.contains(MARKER)), "message text was logged: " + lines);
    }

    private ChatClient resident() {
        return new ChatClient(http.toBlocking());
    }

    @Test
    void questionAnswered() {
        ChatClient resident = resident();
        assertEquals(202, resident.say("Hoe vind ik een huisarts?", "nl"));
        List<Map<String, Object>> received = resident.received();
        assertEquals(1, received.size(), received::toString);
        assertEquals("ANSWER", received.get(0).get("kind"));
        assertEquals("nl", received.get(0).get("language"));
    }

    @Test
    void theFirstPollHandsOutTheSessionSoAResentFirstMessageStaysOne() {
        ChatClient resident = resident();
        resident.open();
        assertTrue(resident.hasSession());
        assertEquals(List.of(), resident.messages());
        Map<String, Object> first = Map.of("id", "first", "text", "Hoe vraag ik een DigiD aan?");
        resident.post(first);
        resident.post(first);
        assertEquals(1, resident.received().size());
    }

    @Test
    void theChosenLanguageBeatsDetection() {
        ChatClient resident = resident();
        assertEquals(200, resident.choose("ar"));
        resident.say("Hoe vraag ik een DigiD aan?");
        Map<String, Object> reply = resident.received().get(0);
        assertEquals("ANSWER", reply.get("kind"));
        assertEquals("ar", reply.get("language"));
        assertEquals("ar", resident.log().get("language"));
    }

    @Test
    void lowConfidenceQuestionIsEscalatedClaimedAndAnsweredByATolk() {
        StaffClient tolk = StaffClient.create(http.toBlocking(), context, "TOLK", List.of("nl"));
        StaffClient other = StaffClient.create(http.toBlocking(), context, "SLEUTELPERSOON", List.of("nl", "ar"));
        ChatClient resident = resident();
        resident.say("Waar kan ik mijn fiets laten repareren? " + MARKER, "nl");

        Map<String, Object> notice = resident.received().get(0);
        assertEquals("ESCALATION_OPENED", notice.get("kind"));
        assertEquals("OPEN", resident.log().get("escalation"));
        long escalation = resident.escalationId();
        assertTrue(tolk.queue().stream().anyMatch(e -> ((Number) e.get("id")).longValue() == escalation
                && "LOW_CONFIDENCE".equals(e.get("reason"))), "in the Dutch queue");

        resident.say("Hallo? Is daar iemand? " + MARKER);   // joins the escalation: no bot answer
        assertEquals(1, resident.received().size());
        assertEquals(200, tolk.claim(escalation));
        assertEquals(409, other.claim(escalation), "a second claim loses");
        assertEquals(409, other.reply(escalation, "not mine"), "only the claimer replies");
        assertEquals(2, tolk.conversation(escalation).stream().filter(m -> "IN".equals(m.get("direction"))).count());

        assertEquals(200, tolk.reply(escalation, "Goedemiddag, ik help je graag. " + MARKER));
        Map<String, Object> reply = resident.received().get(1);
        assertEquals("staff", reply.get("from"));
        assertEquals("Goedemiddag, ik help je graag. " + MARKER, reply.get("text"));
        assertEquals("ANSWERED", resident.log().get("escalation"));

        assertEquals(200, tolk.resolve(escalation));
        assertEquals(null, resident.log().get("escalation"));
        resident.say("Hoe vind ik een huisarts?");
        assertEquals("ANSWER", resident.received().get(2).get("kind"), () -> "after resolving, Selam answers again: "
                + resident.received());
    }

    @Test
    void crisisGivesTheCrisisLinesAndAnUrgentEscalationFirstInTheQueue() {
        StaffClient tolk = StaffClient.create(http.toBlocking(), context, "TOLK", List.of("nl"));
        resident().say("Waar kan ik mijn fiets laten repareren?", "nl");  // an older, normal escalation
        ChatClient resident = resident();
        resident.say("Ik wil niet meer leven " + MARKER, "nl");

        Map<String, Object> reply = resident.received().get(0);
        assertEquals("CRISIS", reply.get("kind"));
        String text = (String) reply.get("text");
        assertTrue(text.contains("113") && text.contains("112"), text);
        Map<String, Object> first = tolk.queue().get(0);
        assertEquals(true, first.get("urgent"));
        assertEquals("CRISIS", first.get("reason"));
    }

    @Test
    void aQuestionAboutTheResidentsOwnCaseGoesToAPersonWhoLooksAtTheCase() {
        StaffClient tolk = StaffClient.create(http.toBlocking(), context, "TOLK", List.of("nl"));
        ChatClient resident = resident();
        resident.say("Waarom is mijn uitkering deze maand minder? " + MARKER, "nl");

        Map<String, Object> notice = resident.received().get(0);
        assertEquals("ESCALATION_OPENED", notice.get("kind"));
        String text = (String) notice.get("text");
        assertTrue(text.contains("eigen dossier") && text.contains("kijkt naar je zaak"), text);
        assertFalse(text.contains("https://"), "no FAQ answer text: " + text);
        long escalation = resident.escalationId();
        assertTrue(tolk.queue().stream().anyMatch(e -> ((Number) e.get("id")).longValue() == escalation
                && "CASE_QUESTION".equals(e.get("reason"))), "in the Dutch queue as a case question");
    }

    @Test
    void talkToAPersonButtonAndBackToTheAssistant() {
        ChatClient resident = resident();
        resident.say("Hallo", "ar");
        resident.press("person");
        Map<String, Object> notice = resident.received().get(1);
        assertEquals("ESCALATION_OPENED", notice.get("kind"));
        assertEquals("ar", notice.get("language"));
        assertEquals("OPEN", resident.log().get("escalation"));
        resident.press("assistant");
        assertEquals("BACK_TO_ASSISTANT", resident.received().get(2).get("kind"));
        assertEquals(null, resident.log().get("escalation"));
    }

    @Test
    void aResentMessageIsANoOp() {
        ChatClient resident = resident();
        Map<String, Object> message = Map.of("id", "same-id", "text", "Hoe vind ik een huisarts?");
        assertEquals(202, resident.post(message));
        assertEquals(202, resident.post(message));
        assertEquals(1, resident.received().size());
        assertEquals(1, resident.messages().stream().filter(m -> "me".equals(m.get("from"))).count());
    }

    @Test
    void eraseRemovesEveryRowOfThatResident() {
        StaffClient tolk = StaffClient.create(http.toBlocking(), context, "TOLK", List.of("nl"));
        ChatClient resident = resident();
        String mine = MARKER + "erase";
        resident.say("Waar kan ik mijn fiets laten repareren? " + mine, "nl");
        long escalation = resident.escalationId();
        tolk.claim(escalation);
        tolk.reply(escalation, "Vertel eens " + mine);
        Long residentId = rows.residentOf(mine);
        assertNotNull(residentId);
        assertTrue(rows.countFor(residentId) > 4, "resident, conversation, messages, escalation, outbox");

        assertEquals(200, resident.erase());
        assertEquals(0, rows.countFor(residentId), "every row of the resident is gone");
        assertEquals(0, rows.countText(mine));
        assertFalse(resident.hasSession(), "the cookie is cleared");
        assertTrue(rows.auditEntriesOf(tolk.id()) > 0, "the audit keeps that the tolk acted, not on whom");
    }

    @Test
    void floodGetsOnePoliteSlowDownMessage() {
        ChatClient flooder = resident();
        ChatClient other = resident();
        int accepted = 0;
        int throttled = 0;
        for (int i = 0; i < 30; i++) {
            int status = flooder.say("hallo " + i, "nl");
            if (status == 202) {
                accepted++;
            } else if (status == 429) {
                throttled++;
            }
        }
        assertEquals(20, accepted, "the configured limit");
        assertEquals(10, throttled);
        assertEquals(1, flooder.received().stream().filter(m -> "SLOW_DOWN".equals(m.get("kind"))).count());
        assertEquals(202, other.say("hallo", "nl"), "others are not slowed");
    }

    @Test
    void badRequestsAreRefusedAndNothingIsStored() {
        ChatClient resident = resident();
        long before = rows.totalMessages();
        assertEquals(400, resident.postRaw("", MediaType.APPLICATION_JSON_TYPE));
        assertEquals(400, resident.postRaw("{\"id\": \"a1\", \"text\": \"" + MARKER, MediaType.APPLICATION_JSON_TYPE));
        assertEquals(400, resident.postRaw("[1,2]", MediaType.APPLICATION_JSON_TYPE));
        assertEquals(400, resident.postRaw("{\"id\": \"a2\", \"text\": \"   \"}", MediaType.APPLICATION_JSON_TYPE));
        assertEquals(400, resident.postRaw("{\"id\": \"a3\", \"text\": \"x\\u0000" + MARKER + "\"}",
                MediaType.APPLICATION_JSON_TYPE));
        assertEquals(400, resident.postRaw("{\"text\": \"" + MARKER + "\"}", MediaType.APPLICATION_JSON_TYPE));
        assertEquals(400, resident.postRaw("{\"id\": \"a4\", \"text\": \"" + "a".repeat(4001) + "\"}",
                MediaType.APPLICATION_JSON_TYPE));
        assertEquals(400, resident.postRaw("{\"id\": \"a5\", \"text\": \"hoi\", \"command\": \"sudo\"}",
                MediaType.APPLICATION_JSON_TYPE));
        assertEquals(413, resident.postRaw("{\"id\": \"a6\", \"text\": \"" + MARKER.repeat(5000) + "\"}",
                MediaType.APPLICATION_JSON_TYPE));
        assertEquals(415, resident.postRaw("\u0000\u0001\u0002binary", MediaType.APPLICATION_OCTET_STREAM_TYPE));
        assertEquals(before, rows.totalMessages(), "nothing half-stored");
        assertFalse(resident.hasSession(), "no session for a refused request");
    }

    @Test
    void staffApiNeedsTheToken() {
        io.micronaut.http.client.exceptions.HttpClientResponseException e = org.junit.jupiter.api.Assertions
                .assertThrows(io.micronaut.http.client.exceptions.HttpClientResponseException.class,
                        () -> http.toBlocking().retrieve(io.micronaut.http.HttpRequest.GET("/api/staff/escalations")
                                .header("Authorization", "Bearer wrong").header("X-Selam-Staff-Id", "1")));
        assertEquals(401, e.getStatus().getCode());
    }
}
