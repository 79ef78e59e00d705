package nl.selam.kb.eval;

import nl.selam.kb.content.KnowledgeBase;
import nl.selam.kb.content.SafetyLexicon.Example;
import nl.selam.kb.content.SafetyLexicon.ExampleSet;
import nl.selam.kb.decision.AnswerEngine;
import nl.selam.kb.language.Language;
import nl.selam.kb.safety.SafetyReading;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The safety readings of the shipped case and out-of-domain examples, each taken from an engine whose classifiers
 * were trained without it (the folds of {@link SafetyGeneralisation}). The confidence model learns from these
 * examples as negatives; with the full engine's readings it would see its own training texts scored near 1 and
 * learn to trust the classifiers blindly.
 */
final class CrossFittedReadings {

    private CrossFittedReadings() {
    }

    /** Text to reading, for every case and out-of-domain example of every answered language. */
    static Map<String, SafetyReading> of(KnowledgeBase kb) {
        Map<String, SafetyReading> out = new HashMap<>();
        for (int fold = 0; fold < SafetyGeneralisation.FOLDS; fold++) {
            try (AnswerEngine engine = new AnswerEngine(SafetyGeneralisation.without(kb, fold))) {
                for (Language l : Language.answeredLanguages()) {
                    for (ExampleSet set : List.of(ExampleSet.CASE, ExampleSet.OUT_OF_DOMAIN)) {
                        for (Example e : kb.safety().examples(set, l)) {
                            if (SafetyGeneralisation.inFold(e, fold)) {
                                out.put(e.text(), engine.read(e.text()));
                            }
                        }
                    }
                }
            }
        }
        return out;
    }
}
