package nl.selam.kb.ranking;

import nl.selam.kb.content.KnowledgeBase;
import nl.selam.kb.content.KnowledgeBaseLoader;
import nl.selam.kb.decision.AnswerEngine;
import nl.selam.kb.language.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ranker trained on the shipped content, seen through the engine that uses it. */
class TopicRankerTest {

    private static AnswerEngine engine;

    @BeforeAll
    static void build() {
        engine = new AnswerEngine(KnowledgeBaseLoader.fromClasspath());
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void everyLanguageHasAModelAndTheTopicsProbabilityIsOnTheScore() {
        var scored = engine.score("Hoe vind ik een huisarts in mijn buurt?", Language.NL);
        var best = scored.result().best().orElseThrow();
        assertEquals("zorg.huisarts", best.topic());
        assertTrue(best.learned() > 0.3, "ranker probability " + best.learned());
    }

    @Test
    void probabilitiesSumToOnePerLanguage() {
        KnowledgeBase kb = KnowledgeBaseLoader.fromClasspath();
        TopicRanker ranker = TopicRanker.train(kb, (l, t) -> java.util.List.of(t.toLowerCase().split("\\s+")));
        for (Language l : Language.answeredLanguages()) {
            Map<String, Double> p = ranker.probabilities(l, "test", "");
            assertEquals(1.0, p.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-6, l.code());
        }
    }

    @Test
    void aLongStoryIsAnsweredOnItsQuestionNotOnItsNarrative() {
        String story = "Wij wonen sinds twee jaar in Utrecht met onze drie kinderen. De kinderen gaan naar de "
                + "basisschool en ze hebben een goede juf op school. Mijn vrouw gaat elke dag naar school voor "
                + "taalles. Gisteren had ik hoge koorts. Waar is een huisarts?";
        var scored = engine.score(story, Language.NL);
        assertEquals("zorg.huisarts", scored.result().best().orElseThrow().topic());
        assertTrue(!"onderwijs.school".equals(engine.decide(story, Language.NL).topic()));
        // the same story asking about something the content does not know is not answered as a school question
        String noQuestion = story.replace("Waar is een huisarts?", "Wat moet ik met mijn fiets?");
        var decision = engine.decide(noQuestion, Language.NL);
        assertTrue(decision.outcome() != nl.selam.kb.decision.Outcome.ANSWER
                || !"onderwijs.school".equals(decision.topic()), decision.toString());
    }
}
