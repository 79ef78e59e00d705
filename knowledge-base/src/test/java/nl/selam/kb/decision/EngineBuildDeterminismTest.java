package nl.selam.kb.decision;

import nl.selam.kb.content.FaqEntry;
import nl.selam.kb.content.KnowledgeBase;
import nl.selam.kb.content.KnowledgeBaseLoader;
import nl.selam.kb.language.Language;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The engine's parts (index, learned ranker, safety classifiers, specificity) are built at the same time on several
 * threads (issue 13). Each must come out the same whichever finishes first: two builds of the same content decide
 * every message identically, confidence included.
 */
class EngineBuildDeterminismTest {

    @Test
    void twoBuildsOfTheSameContentDecideEveryMessageIdentically() {
        KnowledgeBase kb = KnowledgeBaseLoader.fromClasspath();
        List<String> messages = new ArrayList<>();
        for (FaqEntry entry : kb.entries()) {
            for (Language l : Language.answeredLanguages()) {
                entry.in(l).ifPresent(text -> {
                    messages.add(text.title());
                    messages.add(text.questions().get(text.questions().size() - 1));
                });
            }
        }
        // a story, a crisis, a greeting and Arabizi: the safety classifiers and the focus take part too
        messages.addAll(List.of("ik woon sinds twee jaar hier en mijn zoon is ziek geworden, waar vind ik een dokter?",
                "I don't want to live anymore", "Goedemorgen!", "baddi sa2el 3an el ta2meen el se77i"));
        assertTrue(messages.size() > 300, "a real sample: " + messages.size());
        try (AnswerEngine first = new AnswerEngine(kb); AnswerEngine second = new AnswerEngine(kb)) {
            for (String m : messages) {
                assertEquals(first.decide(m, null), second.decide(m, null), "decision differs between builds");
            }
        }
    }
}
