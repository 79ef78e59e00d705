package nl.selam.bot.console.insight;

import nl.selam.kb.content.KnowledgeBaseLoader;
import nl.selam.kb.language.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Grouping residents' questions with the knowledge base's own analysis, in Dutch, Arabic and Tigrinya. */
class QuestionGroupingTest {

    private static QuestionTerms terms;
    private final QuestionGrouping grouping = new QuestionGrouping();

    @BeforeAll
    static void analysis() {
        terms = new QuestionTerms(KnowledgeBaseLoader.fromClasspath().lexicon());
    }

    private List<List<String>> group(Language language, String... questions) {
        return grouping.group(List.of(questions), q -> terms.of(language, q)).stream()
                .map(QuestionGrouping.Group::members).toList();
    }

    @Test
    void givenDutchRewordings_thenOneGroupAndOtherNeedsApart() {
        List<List<String>> groups = group(Language.NL,
                "Waar kan ik een fiets kopen?",
                "Mag mijn hond mee in de bus?",
                "Ik wil een tweedehands fiets kopen, waar?",
                "Hoe vraag ik huurtoeslag aan?",
                "fiets kopen goedkoop",
                "Hoe vraag ik zorgtoeslag aan?",
                "Waar kan ik zwemles voor mijn kinderen vinden?",
                "Zwemles kinderen aanmelden");
        assertEquals(List.of(
                List.of("Waar kan ik een fiets kopen?", "Ik wil een tweedehands fiets kopen, waar?",
                        "fiets kopen goedkoop"),
                List.of("Mag mijn hond mee in de bus?"),
                List.of("Hoe vraag ik huurtoeslag aan?"),
                List.of("Hoe vraag ik zorgtoeslag aan?"),
                List.of("Waar kan ik zwemles voor mijn kinderen vinden?", "Zwemles kinderen aanmelden")), groups);
    }

    @Test
    void givenDutchQuestionWordsOnly_thenTheyDoNotMakeQuestionsAlike() {
        // "hoe", "kan", "ik", "waar" are weak words: two questions sharing only them are different needs
        assertTrue(terms.of(Language.NL, "Hoe kan ik waar?").isEmpty());
        assertEquals(2, group(Language.NL, "Waar kan ik mijn fiets stallen?", "Waar kan ik mijn paspoort laten zien?")
                .size());
    }

    @Test
    void givenArabicRewordings_thenOneGroupAndOtherNeedsApart() {
        // letter forms (أ/ا, ة/ه) and the article are folded; the dog on the bus is another need
        List<List<String>> groups = group(Language.AR,
                "أين يمكنني شراء دراجة؟",
                "هل يمكن أن آخذ كلبي في الحافلة؟",
                "شراء دراجه رخيصة",
                "هل آخذ كلبي في الحافلة؟");
        assertEquals(List.of(
                List.of("أين يمكنني شراء دراجة؟", "شراء دراجه رخيصة"),
                List.of("هل يمكن أن آخذ كلبي في الحافلة؟", "هل آخذ كلبي في الحافلة؟")), groups);
    }

    @Test
    void givenTigrinyaRewordings_thenOneGroupAndOtherNeedsApart() {
        List<List<String>> groups = group(Language.TI,
                "ብሽክለታ ካበይ ክገዝእ እኽእል?",
                "ከልበይ ናብ ኣውቶቡስ ክወስዶ ይኽእል ድየ?",
                "ብሽክለታ ክገዝእ እደሊ",
                "ናይ ሕጻናት ምሕምባስ ትምህርቲ ኣበይ ኣሎ?",
                "ምሕምባስ ትምህርቲ ንሕጻናት");
        assertEquals(List.of(
                List.of("ብሽክለታ ካበይ ክገዝእ እኽእል?", "ብሽክለታ ክገዝእ እደሊ"),
                List.of("ከልበይ ናብ ኣውቶቡስ ክወስዶ ይኽእል ድየ?"),
                List.of("ናይ ሕጻናት ምሕምባስ ትምህርቲ ኣበይ ኣሎ?", "ምሕምባስ ትምህርቲ ንሕጻናት")), groups);
    }

    @Test
    void givenGeezLetterVariants_thenTheyCountAsTheSameWord() {
        // ሠ/ሰ, ፀ/ጸ and አ/ኣ are written interchangeably for the same sound; the analysis folds them
        assertEquals(terms.of(Language.TI, "ሰራሕ ጸባ ኣደ"), terms.of(Language.TI, "ሠራሕ ፀባ አደ"));
    }

    @Test
    void jaccardIsSharedWordsOverAllWords() {
        assertEquals(0.5, QuestionGrouping.jaccard(Set.of("a", "b", "c"), Set.of("b", "c", "d")));
        assertEquals(0, QuestionGrouping.jaccard(Set.of(), Set.of()));
    }

    @Test
    void givenAChainOfRewordings_thenAQuestionJoinsTheGroupWithItsMostSimilarMember() {
        QuestionGrouping strict = new QuestionGrouping(0.5);
        List<QuestionGrouping.Group<Set<String>>> groups = strict.group(List.of(
                Set.of("a", "b"), Set.of("x", "y"), Set.of("a", "b", "c"), Set.of("b", "c", "d"), Set.of("x", "z")),
                s -> s);
        assertEquals(List.of(List.of(Set.of("a", "b"), Set.of("a", "b", "c"), Set.of("b", "c", "d")),
                List.of(Set.of("x", "y")), List.of(Set.of("x", "z"))), groups.stream()
                .map(QuestionGrouping.Group::members).toList());
    }

    @Test
    void givenNoWords_thenAQuestionStaysAlone() {
        assertEquals(2, group(Language.NL, "???", "???").size());
    }
}
