package nl.selam.bot.console.insight;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.selam.bot.conversation.Message;
import nl.selam.bot.knowledge.LiveEngine;
import nl.selam.kb.content.FaqEntry;
import nl.selam.kb.content.LocalizedEntry;
import nl.selam.kb.decision.AnswerEngine;
import nl.selam.kb.index.TopicScore;
import nl.selam.kb.language.Language;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The questions Selam escalated or offered a choice for, grouped by similarity per language, for redacteuren to
 * write new entries from. Crisis messages are only counted: their texts are not material for FAQ work.
 */
@Singleton
class UnansweredQuestions {

    static final int EXAMPLES = 3;

    private final InsightMessages messages;
    private final InsightAnalysis analysis;
    private final LiveEngine live;
    private final Clock clock;
    private final QuestionGrouping grouping = new QuestionGrouping();

    UnansweredQuestions(InsightMessages messages, InsightAnalysis analysis, LiveEngine live, Clock clock) {
        this.messages = messages;
        this.analysis = analysis;
        this.live = live;
        this.clock = clock;
    }

    /**
     * @param groups     newest first
     * @param questions  how many messages the groups hold
     * @param truncated  whether only the newest {@link InsightMessages#LIMIT} messages were read
     * @param crisis     crisis messages per reply language in the period (all languages, whatever the filter)
     */
    record Report(List<UnansweredGroup> groups, int questions, boolean truncated, Map<String, Integer> crisis,
                  int crisisTotal) {
    }

    Report report(int days, @Nullable String language) {
        Instant since = clock.instant().minus(Duration.ofDays(days));
        List<Message> found = messages.findUnanswered(since);
        Map<String, List<Message>> byLanguage = new LinkedHashMap<>();
        for (Message m : found) {
            String code = m.language() == null ? Language.UND.code() : m.language();
            if (language == null || language.equals(code)) {
                byLanguage.computeIfAbsent(code, c -> new ArrayList<>()).add(m);
            }
        }
        QuestionTerms terms = analysis.terms();
        AnswerEngine engine = live.current();
        List<UnansweredGroup> groups = new ArrayList<>();
        int questions = 0;
        for (Map.Entry<String, List<Message>> e : byLanguage.entrySet()) {
            Language lang = Language.fromCode(e.getKey()).orElse(Language.UND);
            for (QuestionGrouping.Group<Message> g : grouping.group(e.getValue(), m -> terms.of(lang, m.text()))) {
                groups.add(summary(e.getKey(), lang, g.members(), engine));
                questions += g.members().size();
            }
        }
        groups.sort(Comparator.comparing(UnansweredGroup::newest).reversed());
        Map<String, Integer> crisis = new TreeMap<>();
        List<String> crisisLanguages = messages.findCrisisLanguages(since);
        for (String code : crisisLanguages) {
            crisis.merge(code == null ? Language.UND.code() : code, 1, Integer::sum);
        }
        return new Report(groups, questions, found.size() >= InsightMessages.LIMIT, crisis, crisisLanguages.size());
    }

    private static UnansweredGroup summary(String code, Language language, List<Message> members,
                                           AnswerEngine engine) {
        int clarify = (int) members.stream().filter(m -> "CLARIFY".equals(m.outcome())).count();
        Set<String> seen = new LinkedHashSet<>();
        List<String> examples = new ArrayList<>();
        for (Message m : members) {
            if (examples.size() < EXAMPLES && seen.add(m.text().strip().toLowerCase(Locale.ROOT))) {
                examples.add(m.text().strip());
            }
        }
        String newestText = members.get(0).text();
        AnswerEngine.Scored scored = engine.score(newestText, language.isAnswered() ? language : null);
        List<TopicScore> topics = scored.result().topics();
        for (int i = 0; i < topics.size(); i++) {
            String topic = topics.get(i).topic();
            // a topic that shares only question words or letter grams with the question is no lead to follow
            if (topics.get(i).strongMatches() > 0 && !FaqEntry.PERSON_TOPIC.equals(topic)
                    && !FaqEntry.CRISIS_TOPIC.equals(topic)) {
                return new UnansweredGroup(code, members.size(), clarify, members.size() - clarify,
                        members.get(0).createdAt(), examples, topic, title(engine, topic, scored.language()),
                        scored.probabilities().get(i));
            }
        }
        return new UnansweredGroup(code, members.size(), clarify, members.size() - clarify,
                members.get(0).createdAt(), examples, null, null, 0);
    }

    private static String title(AnswerEngine engine, String topic, Language language) {
        return engine.knowledgeBase().entry(topic).flatMap(e -> e.in(Language.NL).or(() -> e.in(language)))
                .map(LocalizedEntry::title).orElse(topic);
    }
}
