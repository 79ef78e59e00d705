package nl.selam.kb.safety;

import nl.selam.kb.decision.AnswerEngine;
import nl.selam.kb.decision.EscalationReason;
import nl.selam.kb.decision.Outcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped cue lexicons on the engine's real analysis: inflected forms meet (Tigrinya verb forms, Arabic
 * clitics, Arabizi, Dutch typos), cues combine, idioms are not crises, questions about one's own case go to a
 * person. Messages are written for this test, not taken from an evaluation file.
 */
class SafetySignalsTest {

    private static AnswerEngine engine;

    @BeforeAll
    static void build() {
        engine = AnswerEngine.fromClasspath();
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    private static String cue(String message) {
        return engine.read(message).crisisCue().map(CueLexicon.Rule::category).orElse("-");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // Dutch, also beginners' spelling
        "ik heb gisteren een touw gehaald voor mezelf",
        "ik denk steeds aan zelfmoort",
        "alle pillen van mijn moeder heb ik geslikt",
        "ik snijd mezelf en het bloed stopt niet",
        // English
        "bought some rope, tonight is it",
        "I swallowed the whole box of sleeping pills",
        "gave away my things, I won't need them where I am going",
        // Arabic with clitics and dialects
        "اشتريت حبل وحاطه بغرفتي",
        "بلعت كل حبوب الضغط تبع امي",
        "جوزي ماسك سكين وقاعد يصرخ",
        // Arabizi
        "bfakker bel ente7ar kel yom",
        // Tigrinya verb forms and suffixes
        "ገመድ ገዚአ ኣለኹ ሎሚ ለይቲ",
        "ኩሉ ከኒና ወሲደዮ",
        "ሰብኣየይ ክቐትለኒ እዩ ኢሉ",
    })
    void crisisCuesMeetInflectedFormsAndCombine(String message) {
        assertNotEquals("-", cue(message), message);
        assertEquals(Outcome.CRISIS, engine.decide(message, null).outcome(), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "this stress is killing me, where can I talk to someone",
        "ik ben doodmoe na de taalles",
        "الغربة قاتلتني بس الحمد لله",
        "I bought a new knife for the kitchen",
        "ik heb een treinkaartje gekocht voor morgen",
        "ስራሕ ኣዝዩ ኣድኪሙኒ",
    })
    void idiomsAndEverydayMeansAreNotCrisisCues(String message) {
        assertEquals("-", cue(message), message);
    }

    @Test
    void aMeansAloneOrATimeAloneDoesNotFire() {
        assertEquals("-", cue("where can I buy rope for moving boxes"));
        assertEquals("-", cue("I have an appointment tonight"));
        assertNotEquals("-", cue("I have the rope with me tonight"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "waarom is mijn uitkering deze maand minder",
        "has the IND decided on my application yet, it has been months",
        "وين وصل طلبي للسكن؟ قدمت من سنة",
        "ክፍሊተይ ክሳብ ሕጂ ኣይተኸፈለን",
    })
    void questionsAboutOnesOwnCaseGoToAPerson(String message) {
        var d = engine.decide(message, null);
        assertEquals(Outcome.ESCALATE, d.outcome(), message);
        assertEquals(EscalationReason.CASE_QUESTION, d.reason(), message);
    }

    @Test
    void aGeneralQuestionOnTheSameTopicIsStillAnswered() {
        var d = engine.decide("Hoe vraag ik huurtoeslag aan?", null);
        assertEquals(Outcome.ANSWER, d.outcome());
        assertTrue(d.topic().startsWith("geld."), d.topic());
    }
}
