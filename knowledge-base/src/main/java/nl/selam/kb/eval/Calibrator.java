package nl.selam.kb.eval;

import nl.selam.kb.decision.AnswerEngine;
import nl.selam.kb.decision.ConfidenceModel;
import nl.selam.kb.index.TopicScore;
import nl.selam.kb.language.Language;
import nl.selam.kb.safety.SafetyReading;

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
 * negative). Rows settled by the crisis, person and small-talk rules are left out: no threshold touches them.
 * (2) Fit one logistic regression (L2-regularised gradient descent) on the features of the best topic.
 * (3) Per language, pick the answer threshold that maximises correct answers minus c × wrong answers, taking
 * the middle of the best plateau so that a slightly different message does not flip the decision. (4) The cost c
 * of a wrong answer is the smallest in {@link #COSTS} for which confident wrong answers stay at or below
 * {@link #MAX_WRONG} of all labelled messages: as many right answers as the budget for wrong ones allows.
 */
public final class Calibrator {

    /** Costs of a wrong answer (in right answers) tried from the most careful down. */
    static final double[] COSTS = {8, 6, 5, 4, 3.5, 3, 2.5, 2, 1.75, 1.5};
    /** The budget for confident wrong answers, as a share of all labelled messages (issues 11 and 12 allow 2%). */
    static final double MAX_WRONG = 0.02;
    /** Below the answer threshold but this close to it, two near topics are offered as a choice. */
    static final double CLARIFY_FACTOR = 0.85;
    private static final double L2 = 0.01;
    private static final int ITERATIONS = 4000;
    private static final double RATE = 0.5;

    /**
     * @param labelled whether the example is a labelled row (dev, tuning half) and not a shipped negative: the
     *                 shipped negatives teach the weights only; thresholds and the wrong-answer budget are chosen on
     *                 the labelled rows, whose mix of questions is the residents'
     */
    private record Example(Language language, double[] x, boolean positive, boolean answerable, boolean labelled) {
    }

    private Calibrator() {
    }

    public static Map<String, String> calibrate(AnswerEngine engine, List<LabelledMessage> rows) {
        return calibrate(engine, rows, List.of());
    }

    /**
     * As {@link #calibrate(AnswerEngine, List)}, with extra negatives (the shipped case and out-of-domain examples,
     * as OOS rows) that teach the confidence model what a generic match looks like. The safety thresholds are fitted
     * on the labelled rows only: the negatives are the classifiers' own training data.
     */
    public static Map<String, String> calibrate(AnswerEngine engine, List<LabelledMessage> rows,
                                                List<LabelledMessage> negatives) {
        return calibrate(engine, rows, negatives, Map.of());
    }

    /**
     * As above, with the safety readings of the negatives taken from classifiers that did not learn them
     * ({@link CrossFittedReadings}): the classifiers score their own training texts near certainty, and a model
     * fitted on those scores would trust them far more than they deserve on a new message.
     */
    public static Map<String, String> calibrate(AnswerEngine engine, List<LabelledMessage> rows,
                                                List<LabelledMessage> negatives,
                                                Map<String, SafetyReading> negativeReadings) {
        List<Example> examples = examples(engine, rows, Map.of(), true);
        examples.addAll(examples(engine, negatives, negativeReadings, false));
        double[] w = fit(examples);
        examples = examples.stream().filter(Example::labelled).toList();
        ConfidenceModel fitted = new ConfidenceModel(w, Map.of(), Map.of());
        double chosenCost = COSTS[0];
        Map<Language, Double> chosen = thresholds(fitted, examples, chosenCost);
        for (double cost : COSTS) {
            Map<Language, Double> t = thresholds(fitted, examples, cost);
            if (wrongAnswers(fitted, examples, t) > MAX_WRONG * rows.size()) {
                break;
            }
            chosenCost = cost;
            chosen = t;
        }
        Map<String, String> out = new LinkedHashMap<>();
        out.put("weights", join(w));
        out.put("wrong-cost", String.format(Locale.ROOT, "%.2f", chosenCost));
        for (Language l : Language.answeredLanguages()) {
            double t = chosen.get(l);
            out.put("answer." + l.code(), String.format(Locale.ROOT, "%.3f", t));
            out.put("clarify." + l.code(), String.format(Locale.ROOT, "%.3f", t * CLARIFY_FACTOR));
        }
        out.putAll(SafetyCalibration.calibrate(engine, rows));
        return out;
    }

    private static Map<Language, Double> thresholds(ConfidenceModel model, List<Example> examples, double cost) {
        Map<Language, Double> out = new EnumMap<>(Language.class);
        for (Language l : Language.answeredLanguages()) {
            out.put(l, threshold(model, examples.stream().filter(e -> e.language() == l).toList(), cost));
        }
        return out;
    }

    private static long wrongAnswers(ConfidenceModel model, List<Example> examples, Map<Language, Double> t) {
        return examples.stream().filter(e -> e.answerable() && !e.positive()
                && model.probability(e.x()) >= t.getOrDefault(e.language(), 1.0)).count();
    }

    private static List<Example> examples(AnswerEngine engine, List<LabelledMessage> rows,
                                          Map<String, SafetyReading> readings, boolean labelled) {
        List<Example> examples = new ArrayList<>();
        for (LabelledMessage row : rows) {
            var decision = engine.decide(row.text(), null);
            // a case question keeps its search features: a generic match the model must learn to distrust
            boolean settledByPatterns = decision.reason() != null
                    && decision.reason() != nl.selam.kb.decision.EscalationReason.LOW_CONFIDENCE
                    && decision.reason() != nl.selam.kb.decision.EscalationReason.CASE_QUESTION
                    && decision.confidence() >= 1.0;
            if (settledByPatterns || decision.outcome() == nl.selam.kb.decision.Outcome.GREETING) {
                continue; // settled by the crisis, person or small-talk rules: no threshold touches them
            }
            AnswerEngine.Scored scored = engine.score(row.text(), null);
            TopicScore best = scored.result().best().orElse(null);
            if (best == null) {
                continue;
            }
            boolean positive = best.topic().equals(row.expected());
            // a message the case or out-of-domain gate turns away teaches the weights but not the threshold:
            // no threshold decides it
            SafetyReading reading = readings.containsKey(row.text()) ? readings.get(row.text())
                    : engine.read(row.text());
            // A labelled row is judged as if the case and out-of-domain gates had missed it: their lexicons and
            // examples were written with these rows in view, so on them the gates look better than on new messages,
            // and thresholds fitted behind perfect gates answer every out-of-scope message the gates will miss.
            boolean gated = !labelled && (reading.caseQuestion(engine.safetyThresholds())
                    || reading.outOfDomain(engine.safetyThresholds()));
            examples.add(new Example(scored.language(), ConfidenceModel.features(scored.result(), best, reading),
                    positive, scored.result().enoughEvidence(best) && !gated, labelled));
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

    private static double threshold(ConfidenceModel model, List<Example> examples, double cost) {
        double bestUtility = Double.NEGATIVE_INFINITY;
        double from = 0.5;
        double to = 0.5;
        for (int step = 5; step <= 95; step++) {
            double t = step / 100.0;
            double utility = 0;
            for (Example e : examples) {
                if (e.answerable() && model.probability(e.x()) >= t) {
                    utility += e.positive() ? 1 : -cost;
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
