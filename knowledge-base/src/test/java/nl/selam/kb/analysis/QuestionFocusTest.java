package nl.selam.kb.analysis;

import nl.selam.kb.language.Language;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuestionFocusTest {

    @Test
    void theQuestionSentenceOfALongStoryIsFound() {
        var focus = QuestionFocus.of("Wij wonen sinds twee jaar in Utrecht met de kinderen. Mijn vrouw gaat naar "
                + "taalles en de kinderen naar school. Gisteren kreeg ik een brief. Hoe vind ik een huisarts?",
                Language.NL);
        assertEquals("Hoe vind ik een huisarts?", focus.question());
        assertTrue(focus.story().contains("taalles"));
    }

    @Test
    void withoutAQuestionMarkAQuestionWordMarksTheQuestion() {
        var focus = QuestionFocus.of("I came to the Netherlands last year with my two sons. They go to school now."
                + " My wife is pregnant where do we find a midwife", Language.EN);
        assertTrue(focus.question().contains("midwife"), focus.question());
        assertFalse(focus.question().contains("school"));
    }

    @Test
    void withoutAnyQuestionMarkerTheLastSentenceIsTheQuestion() {
        var focus = QuestionFocus.of("Ik woon drie jaar hier en ik werk in een magazijn. Mijn baas betaalt "
                + "te laat. Ik zoek hulp bij schulden.", Language.NL);
        assertEquals("Ik zoek hulp bij schulden.", focus.question());
    }

    @Test
    void arabicAndTigrinyaQuestionMarksSplitSentences() {
        var arabic = QuestionFocus.of("وصلت إلى هولندا قبل سنتين مع زوجتي وأولادي. الأولاد في المدرسة الآن."
                + " كيف أسجل عند طبيب العائلة؟", Language.AR);
        assertTrue(arabic.question().contains("طبيب"), arabic.question());
        assertTrue(arabic.story().contains("المدرسة"));
        var tigrinya = QuestionFocus.of("ኣነ ካብ ክልተ ዓመት ኣብ ሆላንድ እነብር ኣለኹ። ደቀይ ኣብ ቤት ትምህርቲ ይመሃሩ ኣለዉ። "
                + "ሓኪም ስድራ ከመይ ይርከብ፧", Language.TI);
        assertTrue(tigrinya.question().contains("ሓኪም"), tigrinya.question());
        assertTrue(tigrinya.story().contains("ትምህርቲ"));
    }

    @Test
    void aShortMessageIsAllQuestion() {
        var focus = QuestionFocus.of("Mijn kind is ziek. Welke dokter?", Language.NL);
        assertEquals("Mijn kind is ziek. Welke dokter?", focus.question());
        assertFalse(focus.hasStory());
    }
}
