package nl.selam.bot.console.insight;

import jakarta.inject.Singleton;
import nl.selam.bot.knowledge.LiveEngine;
import nl.selam.kb.content.Lexicon;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The knowledge base's analysis for the insight screens, built once per word lists: a publish that changes the
 * lexicon gets new analyzers at the next request, one that only changes FAQ texts keeps them.
 */
@Singleton
class InsightAnalysis {

    private record Built(Lexicon lexicon, QuestionTerms terms) {
    }

    private final LiveEngine engine;
    private final AtomicReference<Built> built = new AtomicReference<>();

    InsightAnalysis(LiveEngine engine) {
        this.engine = engine;
    }

    QuestionTerms terms() {
        Lexicon lexicon = engine.current().knowledgeBase().lexicon();
        Built current = built.get();
        if (current == null || current.lexicon() != lexicon) {
            current = new Built(lexicon, new QuestionTerms(lexicon));
            built.set(current);
        }
        return current.terms();
    }
}
