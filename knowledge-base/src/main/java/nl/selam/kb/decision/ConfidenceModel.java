package nl.selam.kb.decision;

import nl.selam.kb.index.SearchResult;
import nl.selam.kb.index.TopicScore;
import nl.selam.kb.language.Language;
import nl.selam.kb.ranking.TopicRanker;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns search features into a calibrated probability that the best topic is right, and holds the thresholds
 * that decide between answer, clarify and escalate. Weights and thresholds come from the calibration command
 * (content/calibration.properties), fitted on labelled messages; the defaults only serve a first run.
 */
public final class ConfidenceModel {

    /**
     * Features in a fixed order: bias, normalised score, margin to the next topic, coverage of the message by the
     * topic, query length (up to four words: one or two words say little), the share of the message's words the FAQ
     * does not know, the learned ranker's probability of the topic (nl.selam.kb.ranking), and how far that
     * probability lies above the ranker's best other topic (negative when the ranker prefers another topic);
     * then (issue 12) whether BM25 alone also ranks the topic first, whether the ranker alone does, how specific
     * the shared words are (TopicSpecificity, scaled to [0,1]), how much more of the message the topic covers than
     * its nearest rival, and the share of the message's strong words the topic matches. The last five are about
     * agreement and specificity rather than raw scores: they carry over to messages written unlike the content,
     * where raw scores are lower across the board.
     */
    public static final int FEATURES = 13;
    private static final double[] DEFAULT_WEIGHTS = {-2.0, 0.5, 2.0, 2.0, 1.0, -2.0, 2.0, 1.0, 0, 0, 0, 0, 0};
    /** Specificity (log of topics over topics using the word, at most ln 45 ≈ 3.8) is scaled by this. */
    private static final double SPECIFICITY_SCALE = 4.0;

    private final double[] weights;
    private final Map<Language, Double> answerThreshold = new EnumMap<>(Language.class);
    private final Map<Language, Double> clarifyThreshold = new EnumMap<>(Language.class);

    public ConfidenceModel(double[] weights, Map<Language, Double> answer, Map<Language, Double> clarify) {
        if (weights.length != FEATURES) {
            throw new IllegalArgumentException("expected " + FEATURES + " weights");
        }
        this.weights = weights.clone();
        this.answerThreshold.putAll(answer);
        this.clarifyThreshold.putAll(clarify);
    }

    /** Reads {@code weights=...}, {@code answer.<lang>=...}, {@code clarify.<lang>=...}; missing values default. */
    public static ConfidenceModel from(Map<String, String> calibration) {
        double[] w = DEFAULT_WEIGHTS.clone();
        String ws = calibration.get("weights");
        if (ws != null) {
            String[] parts = ws.split(",");
            for (int i = 0; i < Math.min(parts.length, FEATURES); i++) {
                w[i] = Double.parseDouble(parts[i].strip());
            }
        }
        Map<Language, Double> answer = new EnumMap<>(Language.class);
        Map<Language, Double> clarify = new EnumMap<>(Language.class);
        for (Language l : Language.answeredLanguages()) {
            answer.put(l, Double.parseDouble(calibration.getOrDefault("answer." + l.code(), "0.6")));
            clarify.put(l, Double.parseDouble(calibration.getOrDefault("clarify." + l.code(), "0.35")));
        }
        return new ConfidenceModel(w, answer, clarify);
    }

    /** The features without a specificity (0): for callers that only rank, never for a decision. */
    public static double[] features(SearchResult result, TopicScore topic) {
        return features(result, topic, 0);
    }

    /**
     * @param specificity the specificity of the words the message shares with the topic (TopicSpecificity.of)
     */
    public static double[] features(SearchResult result, TopicScore topic, double specificity) {
        double margin = result.best().map(b -> b == topic ? result.margin()
                : (b.score() - topic.score()) / Math.max(b.score(), 1e-9) * -1).orElse(0.0);
        double otherLearned = 0;
        boolean bm25First = true;
        boolean rankerFirst = true;
        double bm25 = bm25(topic);
        TopicScore rival = null;
        for (TopicScore t : result.topics()) {
            if (t == topic) {
                continue;
            }
            if (rival == null) {
                rival = t; // the best-ranked other topic
            }
            otherLearned = Math.max(otherLearned, t.learned());
            bm25First &= bm25(t) <= bm25;
            rankerFirst &= t.learned() <= topic.learned();
        }
        double otherCoverage = rival == null ? 0 : rival.coverage();
        return new double[] {1.0, topic.normalized(), margin, topic.coverage(),
            Math.min(result.termCount(), 4) / 4.0, result.unknownShare(), topic.learned(),
            topic.learned() - otherLearned, bm25First ? 1 : 0, rankerFirst && topic.learned() > 0 ? 1 : 0,
            Math.min(specificity / SPECIFICITY_SCALE, 1.0), topic.coverage() - otherCoverage,
            topic.strongMatches() / (double) Math.max(1, result.strongTermCount())};
    }

    /** The topic's BM25 score without the ranker's share (see TopicScore#withLearned). */
    private static double bm25(TopicScore t) {
        return t.score() - TopicRanker.WEIGHT * t.learned();
    }

    public double probability(double[] features) {
        double z = 0;
        for (int i = 0; i < FEATURES; i++) {
            z += weights[i] * features[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    public double answerThreshold(Language language) {
        return answerThreshold.getOrDefault(language, 0.6);
    }

    public double clarifyThreshold(Language language) {
        return clarifyThreshold.getOrDefault(language, 0.35);
    }

    public double[] weights() {
        return weights.clone();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ConfidenceModel%s answer=%s", java.util.Arrays.toString(weights),
                answerThreshold);
    }
}
