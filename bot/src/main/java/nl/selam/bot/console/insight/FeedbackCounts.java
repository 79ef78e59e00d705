package nl.selam.bot.console.insight;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.selam.bot.feedback.Feedback;
import nl.selam.bot.knowledge.LiveEngine;
import nl.selam.kb.content.KnowledgeBase;
import nl.selam.kb.content.LocalizedEntry;
import nl.selam.kb.language.Language;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** 👍/👎 per topic and language over a period, the most 👎 first: which answers to rewrite. */
@Singleton
class FeedbackCounts {

    private final InsightFeedback feedback;
    private final LiveEngine live;
    private final Clock clock;

    FeedbackCounts(InsightFeedback feedback, LiveEngine live, Clock clock) {
        this.feedback = feedback;
        this.live = live;
        this.clock = clock;
    }

    List<FeedbackCount> counts(int days, @Nullable String language) {
        Map<List<String>, int[]> byTopic = new HashMap<>();
        for (Feedback f : feedback.findByCreatedAtGreaterThanEquals(clock.instant().minus(Duration.ofDays(days)))) {
            String code = f.language() == null ? Language.UND.code() : f.language();
            if (f.topic() == null || (language != null && !language.equals(code))) {
                continue;
            }
            int[] count = byTopic.computeIfAbsent(List.of(f.topic(), code), k -> new int[2]);
            count[f.helpful() ? 0 : 1]++;
        }
        KnowledgeBase kb = live.current().knowledgeBase();
        List<FeedbackCount> counts = new ArrayList<>();
        byTopic.forEach((key, count) -> counts.add(new FeedbackCount(key.get(0), title(kb, key.get(0)), key.get(1),
                count[0], count[1])));
        counts.sort(Comparator.comparingInt(FeedbackCount::notHelpful).reversed()
                .thenComparing(Comparator.comparingDouble(FeedbackCount::notHelpfulShare).reversed())
                .thenComparing(FeedbackCount::topic).thenComparing(FeedbackCount::language));
        return counts;
    }

    private static String title(KnowledgeBase kb, String topic) {
        return kb.entry(topic).flatMap(e -> e.in(Language.NL)).map(LocalizedEntry::title).orElse(topic);
    }
}
