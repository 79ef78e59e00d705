package nl.selam.kb.eval;

import nl.selam.kb.decision.AnswerEngine;
import nl.selam.kb.decision.ConfidenceModel;
import nl.selam.kb.index.TopicScore;
import nl.selam.kb.language.Language;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fits the confidence model on labelled messages.
 *
 * <p>Procedure: (1) run every row through language identification and search; a row is a positive example when
 * its best topic is the expected one, and a negative one otherwise (out-of-scope and greeting rows are always
 * negative). Rows settled by the crisis and person patterns are left out: no threshold touches them.
 * (2) Fit one logistic regression (L2-regularised gradient descent) on the features of the best topic.
 * (3) Per language, pick the answer threshold that maximises correct answers minus 4 × wrong answers, taking
 * the middle of the best plateau so that a slightly different message does not flip the decision.
 */
public final class Calibrator {

    /** A wrong answer costs this many right ones: never a confident wrong answer. */
    static final double WRONG_COST = Double.parseDouble(System.getProperty("selam.wrongCost", "4.0"));
    /** Below the answer threshold but this close to it, two near topics are offered as a choice. */
    static final double CLARIFY_FACTOR = 0.85;
    private static final double L2 = 0.01;
    private static final int ITERATIONS = 4000;
    private static final double RATE = 0.5;

    private record Example(Language language, double[] x, boolean positive, boolean answerable) {
    }

    private Calibrator() {
    }

    public static Map<String, String> calibrate(AnswerEngine engine, List<LabelledMessage> rows) {
        List<Example> examples = examples(engine, rows);
        double[] w = fit(examples);
        ConfidenceModel fitted = new ConfidenceModel(w, Map.of(), Map.of());
        Map<String, String> out = new LinkedHashMap<>();
        out.put("weights", join(w));
        for (Language l : Language.answeredLanguages()) {
            double t = threshold(fitted, examples.stream().filter(e -> e.language() == l).toList());
            out.put("answer." + l.code(), String.format(Locale.ROOT, "%.3f", t));
            out.put("clarify." + l.code(), String.format(Locale.ROOT, "%.3f", t * CLARIFY_FACTOR));
        }
        return out;
    }

    private static List<Example> examples(AnswerEngine engine, List<LabelledMessage> rows) {
        List<Example> examples = new ArrayList<>();
        for (LabelledMessage row : rows) {
            var decision = engine.decide(row.text(), null);
            if (decision.reason() != null && decision.reason() != nl.selam.kb.decision.EscalationReason.LOW_CONFIDENCE
                    && decision.confidence() >= 1.0) {
                continue; // settled by the crisis or person patterns
            }
            AnswerEngine.Scored scored = engine.score(row.text(), null);
            TopicScore best = scored.result().best().orElse(null);
            if (best == null) {
                continue;
            }
            boolean positive = best.topic().equals(row.expected());
            examples.add(new Example(scored.language(), ConfidenceModel.features(scored.result(), best), positive,
                    best.strongMatches() > 0));
        }
        return examples;
    }

    private static double[] fit(List<Example> examples) {
        double[] w = new double[ConfidenceModel.FEATURES];
        int n = Math.max(1, examples.size());
        for (int it = 0; it < ITERATIONS; it++) {
            double[] grad = new double[w.length];
            for (Example e : examples) {
                double z = 0;
                for (int i = 0; i < w.length; i++) {
                    z += w[i] * e.x()[i];
                }
                double err = 1 / (1 + Math.exp(-z)) - (e.positive() ? 1 : 0);
                for (int i = 0; i < w.length; i++) {
                    grad[i] += err * e.x()[i];
                }
            }
            for (int i = 0; i < w.length; i++) {
                w[i] -= RATE * (grad[i] / n + (i == 0 ? 0 : L2 * w[i]));
            }
        }
        return w;
    }

    private static double threshold(ConfidenceModel model, List<Example> examples) {
        double bestUtility = Double.NEGATIVE_INFINITY;
        double from = 0.5;
        double to = 0.5;
        for (int step = 5; step <= 95; step++) {
            double t = step / 100.0;
            double utility = 0;
            for (Example e : examples) {
                if (e.answerable() && model.probability(e.x()) >= t) {
                    utility += e.positive() ? 1 : -WRONG_COST;
                }
            }
            if (utility > bestUtility + 1e-9) {
                bestUtility = utility;
                from = t;
                to = t;
            } else if (Math.abs(utility - bestUtility) < 1e-9 && to == t - 0.01) {
                to = t;
            }
        }
        return (from + to) / 2;
    }

    private static String join(double[] w) {
        StringBuilder s = new StringBuilder();
        for (double v : w) {
            if (!s.isEmpty()) {
                s.append(", ");
            }
            s.append(String.format(Locale.ROOT, "%.4f", v));
        }
        return s.toString();
    }

    /** Per-language thresholds as a map, for reports. */
    public static Map<Language, Double> thresholds(Map<String, String> calibration) {
        Map<Language, Double> out = new EnumMap<>(Language.class);
        for (Language l : Language.answeredLanguages()) {
            out.put(l, Double.parseDouble(calibration.getOrDefault("answer." + l.code(), "0.6")));
        }
        return out;
    }
}
