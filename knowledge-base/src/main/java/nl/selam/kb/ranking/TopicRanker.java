package nl.selam.kb.ranking;

import nl.selam.kb.content.FaqEntry;
import nl.selam.kb.content.KnowledgeBase;
import nl.selam.kb.content.LocalizedEntry;
import nl.selam.kb.index.SearchResult;
import nl.selam.kb.index.TopicScore;
import nl.selam.kb.language.Language;

import nl.selam.kb.cache.PartCodec;
import nl.selam.kb.cache.PartFormat;
import nl.selam.kb.cache.TrainedParts;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A learned ranker beside BM25: per language, a multinomial logistic regression over words, word pairs and
 * character n-grams ({@link TextFeatures}), trained when the engine starts on the knowledge base's own question
 * variants, titles and keywords (every variant is one example of its topic). BM25 scores each variant on its own
 * and cannot weigh which words tell two neighbouring topics apart; the regression learns exactly that from the
 * variants, and its character n-grams carry the affixes and misspellings that exact words miss.
 *
 * <p>Its probability of each topic is added to the BM25 topic score with {@link #WEIGHT} and kept on the
 * {@link TopicScore} as a feature of the confidence model. Immutable and thread-safe once trained.
 */
public final class TopicRanker {

    /**
     * Weight of the ranker's probability in the ranking score (the BM25 topic score lies roughly in [0, 4.3]).
     * Chosen together with FaqSearcher's weights on the tuning half of dev2 and dev.tsv (RankingProbe --grid).
     */
    public static final double WEIGHT = Double.parseDouble(System.getProperty("selam.ranker.weight", "1.5"));
    /** Weight of a long message's story relative to its question sentences (see QuestionFocus). */
    static final float STORY_WEIGHT = Float.parseFloat(System.getProperty("selam.ranker.story", "0.4"));

    private record Model(TextFeatures features, SoftmaxClassifier classifier, List<String> topics) {
    }

    private final Map<Language, Model> models;

    private TopicRanker(Map<Language, Model> models) {
        this.models = models;
    }

    /**
     * Trains one model per answered language, in parallel.
     *
     * @param analyser the index's analysis of a text in a language (so the ranker's words are the index's words)
     */
    public static TopicRanker train(KnowledgeBase kb, BiFunction<Language, String, List<String>> analyser) {
        return train(kb, analyser, TrainedParts.NONE);
    }

    /** As {@link #train(KnowledgeBase, BiFunction)}, each language's model kept in (or read from) {@code parts}. */
    public static TopicRanker train(KnowledgeBase kb, BiFunction<Language, String, List<String>> analyser,
                                    TrainedParts parts) {
        Map<Language, Model> models = new EnumMap<>(Language.class);
        java.util.Arrays.stream(Language.answeredLanguages()).parallel()
                .map(l -> Map.entry(l, parts.get("ranker." + l.code(), codec(l, analyser),
                        () -> trainOne(kb, l, new TextFeatures(l, t -> analyser.apply(l, t))))))
                .filter(e -> e.getValue() != null)
                .toList()
                .forEach(e -> models.put(e.getKey(), e.getValue()));
        return new TopicRanker(models);
    }

    private static Model trainOne(KnowledgeBase kb, Language language, TextFeatures features) {
        List<String> topics = new ArrayList<>();
        List<Map<String, Float>> inputs = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (FaqEntry entry : kb.entries()) {
            LocalizedEntry text = entry.in(language).orElse(null);
            if (text == null) {
                continue;
            }
            int label = topics.size();
            topics.add(entry.id());
            List<String> examples = new ArrayList<>(text.questions());
            examples.add(text.title());
            if (!text.keywords().isEmpty()) {
                examples.add(String.join(" ", text.keywords()));
            }
            for (String example : examples) {
                Map<String, Float> x = features.of(example);
                if (!x.isEmpty()) {
                    inputs.add(x);
                    labels.add(label);
                }
            }
        }
        if (topics.size() < 2) {
            return null;
        }
        SoftmaxClassifier classifier = SoftmaxClassifier.train(inputs,
                labels.stream().mapToInt(Integer::intValue).toArray(), topics.size(),
                SoftmaxClassifier.Settings.DEFAULT);
        return new Model(features, classifier, List.copyOf(topics));
    }

    /** Each topic's probability for a message; empty for a language without a model. */
    public Map<String, Double> probabilities(Language language, String question, String story) {
        Model model = models.get(language);
        if (model == null) {
            return Map.of();
        }
        Map<String, Float> x = story == null || story.isBlank() ? model.features().of(question)
                : model.features().of(question, story, STORY_WEIGHT);
        double[] p = model.classifier().probabilities(x);
        Map<String, Double> out = new HashMap<>(p.length * 2);
        for (int k = 0; k < p.length; k++) {
            out.put(model.topics().get(k), p[k]);
        }
        return out;
    }

    /** The search result re-ranked with the ranker's probabilities (BM25's topics only, new order). */
    public SearchResult rerank(SearchResult result, Map<String, Double> probabilities) {
        if (probabilities.isEmpty() || result.topics().isEmpty()) {
            return result;
        }
        List<TopicScore> topics = new ArrayList<>(result.topics().size());
        for (TopicScore t : result.topics()) {
            topics.add(t.withLearned(probabilities.getOrDefault(t.topic(), 0.0), WEIGHT));
        }
        topics.sort(Comparator.comparingDouble(TopicScore::score).reversed().thenComparing(TopicScore::topic));
        return new SearchResult(topics, result.termCount(), result.unknownShare(), result.strongTermCount());
    }

    /** Vocabulary size per language, for the engine's start log and tests. */
    public Map<Language, Integer> vocabularySizes() {
        Map<Language, Integer> out = new EnumMap<>(Language.class);
        models.forEach((l, m) -> out.put(l, m.classifier().vocabularySize()));
        return out;
    }
    /** A language's model for the trained-parts cache: its topics and weights; the features are the analyser's. */
    private static PartCodec<Model> codec(Language language, BiFunction<Language, String, List<String>> analyser) {
        return new PartCodec<>() {
            @Override
            public void write(Model model, DataOutputStream out) throws IOException {
                PartFormat.writeStrings(out, model.topics());
                model.classifier().write(out);
            }

            @Override
            public Model read(DataInputStream in) throws IOException {
                List<String> topics = PartFormat.readStrings(in);
                SoftmaxClassifier classifier = SoftmaxClassifier.read(in);
                return new Model(new TextFeatures(language, t -> analyser.apply(language, t)), classifier,
                        List.copyOf(topics));
            }
        };
    }
}

