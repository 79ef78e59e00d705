package nl.selam.kb.analysis;

import nl.selam.kb.language.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VocabularyVariantsTest {

    private final VocabularyVariants tigrinya = new VocabularyVariants(Language.TI,
            List.of("ሓኪም", "ኢንሹራንስ", "ቋንቋ", "ምዝገባ", "ገዛ", "ሰላም", "ዲጂዲ"));
    private final VocabularyVariants dutch = new VocabularyVariants(Language.NL,
            List.of("zorgverzekering", "huisarts", "inschrijven", "gemeente", "toeslag", "vrijwilliger", "formulier"));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "ሓኪመይ, ሓኪም",     // my doctor: -ey after the consonant turned to the first order
        "ሓኪምካ, ሓኪም",     // your doctor
        "ሓኪሙ, ሓኪም",      // his doctor: the ending fused into the last syllable
        "ሓኪማ, ሓኪም",      // her doctor
        "ንሓኪመይ, ሓኪም",    // to my doctor: preposition and possessive
        "ብቋንቋ, ቋንቋ",      // in a language: ብ- written onto the word
        "ንምዝገባ, ምዝገባ",    // for the registration: ን-
        "ካብገዛ, ገዛ",       // from home: ካብ written onto the word
        "ገዛና, ገዛ",        // our house
        "ገዛኩም, ገዛ",       // your (plural) house
        "ኢንሹረንስ, ኢንሹራንስ", // the loanword with another vowel
        "ኢንሹራንሲ, ኢንሹራንስ", // and with a final vowel
    })
    void tigrinyaFormsMeetTheContentsWord(String written, String known) {
        assertEquals(Optional.of(known), tigrinya.knownForm(GeezLetters.fold(written)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "zorgversekering, zorgverzekering", // s for z
        "huisaarts, huisarts",              // doubled vowel
        "inschrijve, inschrijven",          // dropped final n
        "gemeende, gemeente",               // d for t
        "toeslaag, toeslag",                // doubled vowel
        "vreiwilliger, vrijwilliger",       // ei for ij
        "vormulier, formulier",             // v for f
    })
    void dutchSpellingByEarMeetsTheContentsWord(String written, String known) {
        assertEquals(Optional.of(known), dutch.knownForm(written));
    }

    @Test
    void knownWordsAreLeftAlone() {
        assertEquals(Optional.empty(), tigrinya.knownForm("ሰላም"));
        assertEquals(Optional.empty(), dutch.knownForm("huisarts"));
    }

    @Test
    void aVariantNobodyWroteIsNotInvented() {
        assertEquals(Optional.empty(), tigrinya.knownForm("መኪና"));
        assertEquals(Optional.empty(), dutch.knownForm("fiets"));
        assertEquals(Optional.empty(), new VocabularyVariants(Language.EN, List.of("doctor")).knownForm("docter"));
    }
}
