package nl.selam.kb.safety;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cue format on its own: groups, combined terms, alternatives, gaps, prefixes, surface fallback. */
class CueLexiconTest {

    /** A toy analysis: lower case, drop "me" and "a", strip a plural -s, so inflection meets. */
    private static List<String> analyse(String text) {
        return words(text).stream().filter(w -> !w.equals("me") && !w.equals("a"))
                .map(w -> w.endsWith("s") ? w.substring(0, w.length() - 1) : w).toList();
    }

    private static List<String> words(String text) {
        return List.of(text.toLowerCase(Locale.ROOT).strip().split("\\s+"));
    }

    private static CueLexicon lexicon(String... lines) {
        return CueLexicon.parse(List.of(lines), CueLexiconTest::analyse, CueLexiconTest::words);
    }

    private static String fired(CueLexicon lexicon, String message) {
        return lexicon.match(analyse(message), words(message)).map(CueLexicon.Rule::category).orElse("-");
    }

    @Test
    void aRuleFiresOnlyWhenEveryTermIsPresentInAnyOrder() {
        CueLexicon l = lexicon("@means: rope, pill", "plan: @means + tonight");
        assertEquals("plan", fired(l, "tonight I use the rope"));
        assertEquals("plan", fired(l, "I have pills here and tonight it ends"));
        assertEquals("-", fired(l, "I bought a rope for the tent"));
        assertEquals("-", fired(l, "what is on tv tonight"));
    }

    @Test
    void phrasesMeetInflectedFormsAndAllowSmallGaps() {
        CueLexicon l = lexicon("overdose: took pill");
        assertEquals("overdose", fired(l, "I took all my pills"));
        assertEquals("-", fired(l, "I took the bus home and then slept and bought pills"));
    }

    @Test
    void prefixesCatchMisspellingsOnSurfaceWords() {
        CueLexicon l = lexicon("thoughts: zelfmo*");
        assertEquals("thoughts", fired(l, "ik denk aan zelfmort"));
        assertEquals("-", fired(l, "ik ben zelfstandig"));
    }

    @Test
    void aPhraseTheAnalysisEmptiesIsMatchedOnSurfaceWords() {
        CueLexicon l = lexicon("violence_home: kill me");
        assertEquals("violence_home", fired(l, "he will kill me"));
    }

    @Test
    void unknownGroupsAndMalformedLinesAreRejected() {
        assertThrowsIllegal(() -> lexicon("plan: @nothing + now"));
        assertThrowsIllegal(() -> lexicon("no colon here"));
    }

    private static void assertThrowsIllegal(Runnable r) {
        try {
            r.run();
        } catch (IllegalArgumentException e) {
            return;
        }
        throw new AssertionError("expected IllegalArgumentException");
    }

    @Test
    void barsSeparateWholeCombinations() {
        CueLexicon l = lexicon("@means: rope", "plan: @means + bought | do it tonight");
        assertEquals("plan", fired(l, "I bought a rope"));
        assertEquals("plan", fired(l, "I will do it tonight"));
        assertEquals("-", fired(l, "I bought bread tonight"));
    }

    @Test
    void alternativesAreSeparatedByBars() {
        CueLexicon l = lexicon("wish_dead: want to die | better off without");
        assertTrue(l.match(analyse("all better off without me"), words("all better off without me")).isPresent());
        assertFalse(l.match(analyse("I want to dine"), words("I want to dine")).isPresent());
    }
}
