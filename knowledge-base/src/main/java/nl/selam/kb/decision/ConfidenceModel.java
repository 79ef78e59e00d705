package nl.selam.kb.decision;

import nl.selam.kb.index.SearchResult;
import nl.selam.kb.index.TopicScore;
import nl.selam.kb.language.Language;
import nl.selam.kb.safety.SafetyReading;

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
     * probability lies above the ranker's best other topic (negative when the ranker prefers another topic); then
     * the out-of-domain and own-case classifiers' scores (nl.selam.kb.safety): a message that looks half like an
     * everyday request or a question about one's own file needs stronger topic evidence to be answered, where the
     * classifiers' own thresholds only turn away the clear cases.
     */
    public static final int FEATURES = 10;
    /** A calibration written before the safety features existed leaves their weights at 0: the same decisions. */
    private static final double[] DEFAULT_WEIGHTS = {-2.0, 0.5, 2.0, 2.0, 1.0, -2.0, 2.0, 1.0, 0.0, 0.0};

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

    public static double[] features(SearchResult result, TopicScore topic, SafetyReading reading) {
        return features(result, topic, reading.domainScore(), reading.caseScore());
    }

    public static double[] features(SearchResult result, TopicScore topic, double domainScore, double caseScore) {
        double margin = result.best().map(b -> b == topic ? result.margin()
                : (b.score() - topic.score()) / Math.max(b.score(), 1e-9) * -1).orElse(0.0);
        return new double[] {1.0, topic.normalized(), margin, topic.coverage(),
            Math.min(result.termCount(), 4) / 4.0, result.unknownShare(), topic.learned(),
            topic.learned() - result.topics().stream().filter(t -> t != topic).mapToDouble(TopicScore::learned)
                    .max().orElse(0), domainScore, caseScore};
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
