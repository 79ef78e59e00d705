package nl.selam.kb.decision;

import nl.selam.kb.language.Language;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PatternDetectorTest {

    private final PatternDetector detector = PatternDetector.folded(Map.of(
            Language.EN, List.of(Pattern.compile("Kill (myself|me)\\S*")),
            Language.AR, List.of(Pattern.compile("انتحار")),
            Language.TI, List.of(Pattern.compile("ሓግዙኒ"))));

    @Test
    void matchesWhateverTheCaseAndPunctuation() {
        assertTrue(detector.matches("I want to KILL MYSELF!!!"));
        assertTrue(detector.matches("kill me."));
    }

    @Test
    void foldsLetterFormsOnBothSides() {
        assertTrue(detector.matches("أفكر في الإنتحار"));          // hamza under alef folds to plain alef
        assertTrue(detector.matches("ሐግዙኒ"));                     // ሐ is written ሓ after folding
    }

    @Test
    void escapesKeepTheirMeaningWhenPatternsAreLowerCased() {
        assertEquals("kill \\S+ \\P{L}", PatternDetector.lowerCaseLiterals("KILL \\S+ \\P{L}"));
    }

    @Test
    void ordinaryTextDoesNotMatch() {
        assertFalse(detector.matches("skill training for my job"));
        assertFalse(detector.matches(""));
    }

    @Test
    void foldTurnsPunctuationIntoSingleSpaces() {
        assertEquals("hallo hoe gaat het", PatternDetector.fold("Hallo,   hoe gaat het?!"));
        assertEquals("ሰላም ከመይ ኣለኹም", PatternDetector.fold("ሰላም፡ ከመይ ኣለኹም፧"));
    }
}
