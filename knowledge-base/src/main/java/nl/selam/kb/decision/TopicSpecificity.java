package nl.selam.kb.decision;

import nl.selam.kb.content.FaqEntry;
import nl.selam.kb.content.LocalizedEntry;
import nl.selam.kb.cache.PartCodec;
import nl.selam.kb.cache.PartFormat;
import nl.selam.kb.language.Language;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * How specific the words a message shares with a topic are: the inverse topic frequency (log of topics over
 * topics using the word) of the most specific matched word. "geld", "brief", "gemeente" or "help" appear in many
 * topics and say little; "huurtoeslag" or "huisarts" in one or two say a lot. An answer needs at least one
 * specific word, so a message that only shares generic words with a topic goes to a person.
 */
final class TopicSpecificity {

    private final Map<Language, Map<String, Integer>> topicsPerTerm = new EnumMap<>(Language.class);
    private final Map<Language, Map<String, Set<String>>> termsPerTopic = new EnumMap<>(Language.class);
    private final int topics;

    TopicSpecificity(List<FaqEntry> entries, BiFunction<Language, String, List<String>> analyse) {
        this.topics = Math.max(1, entries.size());
        for (Language l : Language.answeredLanguages()) {
            Map<String, Integer> used = new HashMap<>();
            Map<String, Integer> mentioned = new HashMap<>();
            Map<String, Set<String>> perTopic = new HashMap<>();
            for (FaqEntry e : entries) {
                Map<String, Integer> texts = new HashMap<>();
                Set<String> vocabulary = new HashSet<>();
                e.in(l).ifPresent(t -> {
                    texts(t).forEach(s -> new HashSet<>(analyse.apply(l, s)).forEach(term -> texts.merge(term, 1, Integer::sum)));
                    vocabulary.addAll(analyse.apply(l, t.title()));
                    t.keywords().forEach(k -> vocabulary.addAll(analyse.apply(l, k)));
                });
                // a word the topic uses (title, keywords, or two or more of its questions) counts for its frequency;
                // a passing mention in one resident's story ("... and my bijstand is late, but where is the school?")
                // does not make a word less specific to the topic it belongs to
                texts.forEach((term, n) -> {
                    mentioned.merge(term, 1, Integer::sum);
                    if (n >= 2 || vocabulary.contains(term)) {
                        used.merge(term, 1, Integer::sum);
                    }
                });
                perTopic.put(e.id(), texts.keySet());
            }
            Map<String, Integer> df = new HashMap<>(mentioned);
            df.putAll(used);
            topicsPerTerm.put(l, df);
            termsPerTopic.put(l, perTopic);
        }
    }

    private TopicSpecificity(int topics, Map<Language, Map<String, Integer>> topicsPerTerm,
                             Map<Language, Map<String, Set<String>>> termsPerTopic) {
        this.topics = topics;
        this.topicsPerTerm.putAll(topicsPerTerm);
        this.termsPerTopic.putAll(termsPerTopic);
    }

    /** For the trained-parts cache (nl.selam.kb.cache): the topic count and both tables per language. */
    static final PartCodec<TopicSpecificity> CODEC = new PartCodec<>() {
        @Override
        public void write(TopicSpecificity s, DataOutputStream out) throws IOException {
            out.writeInt(s.topics);
            out.writeInt(s.topicsPerTerm.size());
            for (Map.Entry<Language, Map<String, Integer>> e : s.topicsPerTerm.entrySet()) {
                out.writeUTF(e.getKey().name());
                PartFormat.writeCounts(out, e.getValue());
                Map<String, Set<String>> perTopic = s.termsPerTopic.getOrDefault(e.getKey(), Map.of());
                out.writeInt(perTopic.size());
                for (Map.Entry<String, Set<String>> t : new java.util.TreeMap<>(perTopic).entrySet()) {
                    out.writeUTF(t.getKey());
                    PartFormat.writeStringSet(out, t.getValue());
                }
            }
        }

        @Override
        public TopicSpecificity read(DataInputStream in) throws IOException {
            int topics = in.readInt();
            Map<Language, Map<String, Integer>> df = new EnumMap<>(Language.class);
            Map<Language, Map<String, Set<String>>> terms = new EnumMap<>(Language.class);
            int languages = PartFormat.length(in, 4);
            for (int i = 0; i < languages; i++) {
                Language l;
                try {
                    l = Language.valueOf(in.readUTF());
                } catch (IllegalArgumentException e) {
                    throw new IOException("unknown language", e);
                }
                df.put(l, PartFormat.readCounts(in));
                int n = PartFormat.length(in, 6);
                Map<String, Set<String>> perTopic = new HashMap<>(n * 2);
                for (int t = 0; t < n; t++) {
                    perTopic.put(in.readUTF(), new HashSet<>(PartFormat.readStrings(in)));
                }
                terms.put(l, perTopic);
            }
            return new TopicSpecificity(topics, df, terms);
        }
    };

    private static List<String> texts(LocalizedEntry t) {
        List<String> out = new ArrayList<>(t.questions());
        out.add(t.title());
        out.addAll(t.keywords());
        return out;
    }

    /** The highest inverse topic frequency among the message's terms that the topic also has; 0 when none. */
    double of(Language language, String topic, List<String> messageTerms) {
        Set<String> topicTerms = termsPerTopic.getOrDefault(language, Map.of()).getOrDefault(topic, Set.of());
        Map<String, Integer> df = topicsPerTerm.getOrDefault(language, Map.of());
        double best = 0;
        for (String term : messageTerms) {
            if (topicTerms.contains(term)) {
                best = Math.max(best, Math.log((double) topics / df.getOrDefault(term, 1)));
            }
        }
        return best;
    }
}
