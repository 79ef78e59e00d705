package nl.selam.kb.analysis;

import nl.selam.kb.content.KnowledgeBase;
import nl.selam.kb.content.KnowledgeBaseLoader;
import nl.selam.kb.language.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageAnalyzersTest {

    private static KnowledgeBase kb;
    private static LanguageAnalyzers analyzers;

    @BeforeAll
    static void load() {
        kb = KnowledgeBaseLoader.fromClasspath();
        analyzers = new LanguageAnalyzers(kb.lexicon());
    }

    private static List<String> terms(Language l, String text) {
        return LanguageAnalyzers.terms(analyzers.forLanguage(l), "f", text);
    }

    @Test
    void tigrinyaPrefixesAndLetterVariantsMeet() {
        assertEquals(terms(Language.TI, "ሓኪም"), terms(Language.TI, "ንሓኪም"));
        assertEquals(terms(Language.TI, "ሰላም"), terms(Language.TI, "ሠላም"));
    }

    @Test
    void arabicAccusativeEndingMeetsTheBareWord() {
        // the alef of tanween fath, written after or before the mark, is cut; a bare final alef stays
        assertEquals(terms(Language.AR, "عمل"), terms(Language.AR, "عملاً"));
        assertEquals(terms(Language.AR, "بيت"), terms(Language.AR, "بيتًا"));
        assertEquals(terms(Language.AR, "مجان"), terms(Language.AR, "مجاناً"));
        assertEquals(List.of("هنا"), terms(Language.AR, "هنا"));
    }

    @Test
    void tigrinyaPunctuationSplitsWords() {
        assertEquals(2, terms(Language.TI, "ሰላም፡ሓኪም፧").size());
        assertEquals(2, terms(Language.TI, "ሰላም።ሓኪም").size());
    }

    @Test
    void tigrinyaPluralsShareSkeletonGrams() {
        List<String> singular = LanguageAnalyzers.terms(analyzers.tigrinyaGrams(), "g", "ሓኪም");
        List<String> plural = LanguageAnalyzers.terms(analyzers.tigrinyaGrams(), "g", "ሓካይም");
        Set<String> shared = new HashSet<>(singular);
        shared.retainAll(plural);
        assertFalse(shared.isEmpty(), "ሓኪም and ሓካይም should share n-grams: " + singular + " / " + plural);
    }

    @Test
    void dutchQuestionWordsSurvive() {
        // the stock Dutch stop list would turn this into an empty query
        assertFalse(terms(Language.NL, "Wat kan ik doen?").isEmpty());
    }

    @Test
    void dutchCompoundsMeetTheirParts() {
        List<String> compound = terms(Language.NL, "huurtoeslag");
        List<String> split = terms(Language.NL, "huur toeslag");
        assertTrue(compound.containsAll(split), compound + " should contain " + split);
    }

    @Test
    void dutchStemsInflections() {
        assertEquals(terms(Language.NL, "verzekering"), terms(Language.NL, "verzekeringen"));
    }

    @Test
    void arabicLetterFormsAndLevantineWordsMeetStandardArabic() {
        assertEquals(terms(Language.AR, "اين"), terms(Language.AR, "أين"));
        assertEquals(terms(Language.AR, "أين"), terms(Language.AR, "وين"));
        assertEquals(terms(Language.AR, "ماذا"), terms(Language.AR, "شو"));
        assertEquals(terms(Language.AR, "مدرسة"), terms(Language.AR, "المدرسه"));
        assertEquals(terms(Language.AR, "كبير"), terms(Language.AR, "كَبِيـــر"));
        assertEquals(terms(Language.AR, "يكتب"), terms(Language.AR, "یکتب"));
    }

    @Test
    void editorsStemCorrectionsWin() {
        // light10 would strip the "plural" ending -ين from تأمين (insurance) and leave تام (complete)
        assertEquals(terms(Language.AR, "تامين"), terms(Language.AR, "التأمين"));
        assertFalse(terms(Language.AR, "تأمين").equals(terms(Language.AR, "تام")));
    }

    @Test
    void loanwordsReachTheSameTermInEveryScript() {
        assertEquals(terms(Language.AR, "gemeente"), terms(Language.AR, "البلدية"));
        assertEquals(terms(Language.TI, "gemeente"), terms(Language.TI, "ኮሙነ"));
        assertEquals(terms(Language.EN, "gemeente"), terms(Language.EN, "municipality"));
        assertEquals(terms(Language.NL, "DigiD"), terms(Language.NL, "digid"));
        assertEquals(terms(Language.AR, "huisarts"), terms(Language.AR, "طبيب العائلة"));
    }

    @Test
    void everySynonymLineIsUsable() {
        Map<Language, List<String>> errors = analyzers.synonymErrors();
        errors.forEach((l, lines) -> assertTrue(lines.isEmpty(), l + " synonym lines not usable: " + lines));
    }
}
