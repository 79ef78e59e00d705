package nl.selam.kb.decision;

import nl.selam.kb.language.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Crisis signals never depend on search scores: curated patterns in all four languages, direct and indirect. */
class CrisisDetectionTest {

    @ParameterizedTest
    @ValueSource(strings = {
        // Dutch
        "Ik denk aan zelfmoord",
        "ik wil echt niet meer leven",
        "soms wil ik dood, ik kan niet meer",
        "ik wil een einde aan mijn leven maken",
        "ik heb mezelf pijn gedaan met een mes",
        "ik heb te veel slaappillen geslikt",
        "mijn man slaat mij elke dag",
        "Iedereen is beter af zonder mij",
        // English
        "I want to kill myself",
        "i dont want to live anymore",
        "sometimes I wish I was dead",
        "I have been cutting myself again",
        "my husband hits me and I am scared",
        "he said he is going to kill me tonight",
        "there is no reason to live",
        // Arabic, MSA, Levantine, Arabizi
        "أفكر في الانتحار",
        "ما بدي عيش بعد اليوم",
        "لا أريد أن أعيش",
        "بدي موت، ما عاد فيني",
        "جوزي عم يضربني كل يوم",
        "أخي هددني بالقتل",
        "بلعت كتير حبوب",
        "bdi mout, ma 3ad fini",
        "baddi a2tol 7ali",
        // Tigrinya
        "ነብሰይ ክቐትል ይደሊ ኣለኹ",
        "ክነብር ኣይደልን እየ",
        "ሰብኣየይ ይወቕዓኒ ኣሎ",
        "ክመውት ደልየ",
        "ሓብተይ ነብሳ ክትቐትል እያ ትብል",
    })
    void givesCrisisWhateverTheSearchThinks(String message) {
        Decision d = EngineFixture.engine().decide(message, null);
        assertEquals(Outcome.CRISIS, d.outcome(), message);
        assertEquals("zorg.crisis", d.topic());
        assertEquals(EscalationReason.CRISIS, d.reason());
        assertTrue(d.answer().contains("113") && d.answer().contains("112"), d.answer());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Ik wil graag leven in een groter huis",
        "How do I end my contract with the energy company?",
        "my life in the Netherlands is new, where do I find a doctor?",
        "كيف أعيش في هولندا بدون ديون؟",
        "ኣብ ሆላንድ ከመይ ጌረ ገዛ ይረክብ?",
        // "what do I do?" shares only generic words with the crisis entry's questions ("... and I don't know what
        // to do"); the search answered it with the crisis reply until "do" became a weak word in Arabic
        "ماذا أفعل بهذه الرسالة من البلدية؟",
        "Wat moet ik nu doen?",
    })
    void ordinaryQuestionsAreNotCrisis(String message) {
        assertNotEquals(Outcome.CRISIS, EngineFixture.engine().decide(message, null).outcome(), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I want to kill myself", "ik wil niet meer leven"})
    void crisisAnswerComesInTheChosenLanguage(String message) {
        Decision d = EngineFixture.engine().decide(message, Language.TI);
        assertEquals(Language.TI, d.language());
        assertTrue(d.answer().contains("113"));
    }
}
