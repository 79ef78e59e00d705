package nl.selam.bot.console.insight;

import jakarta.inject.Singleton;
import nl.selam.bot.knowledge.LiveEngine;
import nl.selam.kb.analysis.TextCleaner;
import nl.selam.kb.content.LocalizedEntry;
import nl.selam.kb.decision.AnswerEngine;
import nl.selam.kb.decision.Decision;
import nl.selam.kb.index.TopicScore;
import nl.selam.kb.language.Language;
import nl.selam.kb.language.LanguageGuess;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs one message through the live answer engine the way a resident's message would go, and explains the
 * ranking. Like {@code /api/ask} it is a dry run: nothing is stored, sent or logged.
 */
@Singleton
class TestBox {

    static final int CANDIDATES = 5;

    private final LiveEngine live;
    private final InsightAnalysis analysis;

    TestBox(LiveEngine live, InsightAnalysis analysis) {
        this.live = live;
        this.analysis = analysis;
    }

    TestBoxResult run(String text, Language chosen) {
        AnswerEngine engine = live.current();
        Decision decision = engine.decide(text, chosen);
        LanguageGuess guess = engine.identify(text);
        AnswerEngine.Scored scored = engine.score(text, chosen);
        Language searched = scored.language();
        QuestionTerms terms = analysis.terms();
        // Arabizi is searched after transliteration, which the engine keeps to itself: no word lists to compare
        List<String> query = guess.arabizi() && searched == Language.AR ? List.of()
                : List.copyOf(new LinkedHashSet<>(terms.analyse(searched, TextCleaner.clean(text))));
        List<TestBoxResult.Candidate> candidates = new ArrayList<>();
        List<TopicScore> topics = scored.result().topics();
        for (int i = 0; i < Math.min(CANDIDATES, topics.size()); i++) {
            candidates.add(candidate(i, topics.get(i), scored.probabilities().get(i), engine, searched, query, terms));
        }
        return new TestBoxResult(guess.language().code(), guess.confidence(), guess.arabizi(),
                decision.language().code(), searched.code(), decision.outcome().name(), decision.topic(),
                decision.confidence(), decision.reason() == null ? null : decision.reason().name(),
                engine.model().answerThreshold(searched), engine.model().clarifyThreshold(searched), query,
                scored.result().unknownShare(), decision.answer(), decision.language().isRightToLeft(), candidates);
    }

    private static TestBoxResult.Candidate candidate(int rank, TopicScore topic, double probability,
                                                     AnswerEngine engine, Language searched, List<String> query,
                                                     QuestionTerms terms) {
        LocalizedEntry entry = engine.knowledgeBase().entry(topic.topic())
                .flatMap(e -> e.in(searched).or(() -> e.in(Language.NL))).orElse(null);
        List<TestBoxResult.Field> fields = new ArrayList<>();
        Set<String> matched = new LinkedHashSet<>();
        String variant = null;
        if (entry != null && !query.isEmpty()) {
            add(fields, matched, "title", shared(query, terms.analyse(searched, entry.title())));
            List<String> best = List.of();
            for (String question : entry.questions()) {
                List<String> found = shared(query, terms.analyse(searched, question));
                matched.addAll(found);
                if (found.size() > best.size()) {
                    best = found;
                    variant = question;
                }
            }
            if (!best.isEmpty()) {
                fields.add(new TestBoxResult.Field("question", best));
            }
            add(fields, matched, "keywords", shared(query, terms.analyse(searched, String.join(" ",
                    entry.keywords()))));
            add(fields, matched, "answer", shared(query, terms.analyse(searched, entry.answer())));
        }
        String title = entry == null ? topic.topic() : entry.title();
        List<String> ordered = query.stream().filter(matched::contains).toList();
        return new TestBoxResult.Candidate(rank + 1, topic.topic(), title, round(probability), round(topic.score()),
                round(topic.normalized()), round(topic.coverage()), topic.strongMatches(), ordered, fields, variant);
    }

    private static void add(List<TestBoxResult.Field> fields, Set<String> matched, String part, List<String> terms) {
        if (!terms.isEmpty()) {
            fields.add(new TestBoxResult.Field(part, terms));
            matched.addAll(terms);
        }
    }

    /** The query's words that the text also has, in the query's order. */
    private static List<String> shared(List<String> query, List<String> text) {
        Set<String> words = new HashSet<>(text);
        return query.stream().filter(words::contains).toList();
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
