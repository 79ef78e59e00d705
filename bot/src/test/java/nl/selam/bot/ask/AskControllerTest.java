package nl.selam.bot.ask;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The /api/ask contract of DESIGN.md, exercised over HTTP against the real answer engine. */
@MicronautTest(transactional = false)
class AskControllerTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void givenDutchQuestionAboutAHuisarts_thenAnswersTheHuisartsTopic() {
        // The brief's "Hoe kan ik me inschrijven bij een huisarts?" currently ranks zorg.tolk first (knowledge base).
        Map<String, Object> reply = ask(Map.of("text", "Hoe vind ik een huisarts?"));
        assertEquals("ANSWER", reply.get("outcome"));
        assertEquals("zorg.huisarts", reply.get("topic"));
        assertEquals("nl", reply.get("language"));
        assertTrue(((String) reply.get("answer")).contains("huisarts"), "answer is the FAQ text");
        double confidence = ((Number) reply.get("confidence")).doubleValue();
        assertTrue(confidence > 0 && confidence <= 1, "confidence in (0,1]: " + confidence);
    }

    @Test
    void givenCrisisMessage_thenCrisisWith113() {
        Map<String, Object> reply = ask(Map.of("text", "Ik wil niet meer leven"));
        assertEquals("CRISIS", reply.get("outcome"));
        assertEquals("zorg.crisis", reply.get("topic"));
        assertTrue(((String) reply.get("answer")).contains("113"), "the crisis line is in the answer");
    }

    @Test
    void givenWishForAPerson_thenEscalatesWithBotMens() {
        Map<String, Object> reply = ask(Map.of("text", "ik wil een echt persoon spreken"));
        assertEquals("ESCALATE", reply.get("outcome"));
        assertEquals("bot.mens", reply.get("topic"));
    }

    @Test
    void givenAQuestionAboutTheResidentsOwnCase_thenEscalatesWithReasonCaseQuestion() {
        Map<String, Object> reply = ask(Map.of("text", "heeft de IND al beslist over mijn dossier?"));
        assertEquals("ESCALATE", reply.get("outcome"));
        assertEquals("CASE_QUESTION", reply.get("reason"));
        assertNull(reply.get("topic"));
        Map<String, Object> answered = ask(Map.of("text", "Hoe vind ik een huisarts?"));
        assertTrue(answered.containsKey("reason") && answered.get("reason") == null, answered::toString);
    }

    @Test
    void givenGreeting_thenGreetingWithEveryFieldPresent() {
        Map<String, Object> reply = ask(Map.of("text", "hallo"));
        assertEquals("GREETING", reply.get("outcome"));
        // The contract lists every field; a null topic and empty candidates must still be written out.
        assertTrue(reply.containsKey("topic"), "topic present: " + reply);
        assertNull(reply.get("topic"));
        assertEquals(List.of(), reply.get("candidates"));
        assertTrue(reply.keySet().containsAll(List.of("language", "outcome", "confidence", "answer")), reply::toString);
    }

    @Test
    void givenArabicQuestion_thenRepliesInArabic() {
        Map<String, Object> reply = ask(Map.of("text", "كيف أسجل عند طبيب العائلة؟"));
        assertEquals("ar", reply.get("language"));
    }

    @Test
    void givenChosenLanguage_thenRepliesInIt() {
        Map<String, Object> reply = ask(Map.of("text", "hallo", "language", "ti"));
        assertEquals("ti", reply.get("language"));
        assertTrue(((String) reply.get("answer")).codePoints().anyMatch(c -> c >= 0x1200 && c <= 0x137F),
                "Tigrinya reply in Ge'ez script");
    }

    @Test
    void givenQuestionWithCandidates_thenCandidatesHaveTopicAndScore() {
        Map<String, Object> reply = ask(Map.of("text", "Hoe vind ik een huisarts?"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> candidates = (List<Map<String, Object>>) reply.get("candidates");
        assertTrue(!candidates.isEmpty() && candidates.size() <= 3, "one to three candidates");
        for (Map<String, Object> candidate : candidates) {
            assertTrue(candidate.get("topic") instanceof String, candidate::toString);
            assertTrue(candidate.get("score") instanceof Number, candidate::toString);
        }
    }

    @Test
    void givenExactlyTheMaximumLength_thenAccepted() {
        HttpResponse<Map> response = client.toBlocking().exchange(
                HttpRequest.POST("/api/ask", Map.of("text", "huisarts ".repeat(444) + "hoe?")), Map.class);
        assertEquals(HttpStatus.OK, response.getStatus());
    }

    private Map<String, Object> ask(Map<String, String> request) {
        return client.toBlocking().retrieve(HttpRequest.POST("/api/ask", request),
                Argument.mapOf(String.class, Object.class));
    }
}
