package nl.selam.kb.eval;

import nl.selam.kb.decision.AnswerEngine;
import nl.selam.kb.index.TopicScore;
import nl.selam.kb.safety.SafetyReading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fits the safety thresholds on labelled messages (never on the examples the classifiers learnt from).
 *
 * <ul>
 *   <li>{@code crisis.threshold}, recall first: {@link #RECALL_MARGIN} × the lowest crisis-classifier score of any
 *       crisis message, as if the patterns and cue lexicon missed it (they were written from these rows); raised only as far as needed to keep false alarms
 *       on non-crisis messages within {@link #MAX_FALSE_ALARMS}.</li>
 *   <li>{@code case.threshold} and {@code domain.threshold}: the lowest score at which at most
 *       {@link #MAX_IN_SCOPE_LOST} of the in-scope messages (and no greeting or request for a person) would be
 *       turned away.</li>
 *   <li>{@code specificity.min}: the highest specificity that costs at most {@link #MAX_IN_SCOPE_LOST} of the
 *       in-scope messages their right answer.</li>
 * </ul>
 */
final class SafetyCalibration {

    static final double RECALL_MARGIN = 0.85;
    static final double CLASSIFIER_FLOOR = 0.45;
    static final double MAX_FALSE_ALARMS = 0.02;
    static final double MAX_IN_SCOPE_LOST = 0.01;

    private SafetyCalibration() {
    }

    static Map<String, String> calibrate(AnswerEngine engine, List<LabelledMessage> rows) {
        List<Double> missedCrisis = new ArrayList<>();
        List<Double> nonCrisis = new ArrayList<>();
        List<Double> caseInScope = new ArrayList<>();
        List<Double> domainInScope = new ArrayList<>();
        List<Double> rightSpecificity = new ArrayList<>();
        int inScope = 0;
        for (LabelledMessage row : rows) {
            SafetyReading r = engine.read(row.text());
            switch (row.kind()) {
                case CRISIS -> missedCrisis.add(r.crisisScore());
                case IN_SCOPE, GREETING, PERSON -> {
                    nonCrisis.add(r.crisisScore());
                    caseInScope.add(r.caseScore());
                    domainInScope.add(r.domainScore());
                    if (row.kind() == LabelledMessage.Kind.IN_SCOPE) {
                        inScope++;
                        AnswerEngine.Scored scored = engine.score(row.text(), null);
                        TopicScore best = scored.result().best().orElse(null);
                        if (best != null && best.topic().equals(row.expected())) {
                            rightSpecificity.add(engine.specificity(row.text(), scored, best.topic()));
                        }
                    }
                }
                case OOS -> nonCrisis.add(r.crisisScore());
            }
        }
        double recall = missedCrisis.stream().mapToDouble(Double::doubleValue).min().orElse(0.9) * RECALL_MARGIN;
        double alarms = quantileAbove(nonCrisis, MAX_FALSE_ALARMS);
        // the classifier alone never decides below CLASSIFIER_FLOOR: short first-person statements that are not crises
        // ("Is daar iemand?", "ik wil graag leven in een groter huis") score 0.3-0.4, above most labelled rows
        double crisis = clamp(Math.max(recall, alarms), CLASSIFIER_FLOOR, 0.95);
        int allowed = (int) Math.floor(MAX_IN_SCOPE_LOST * inScope);
        Map<String, String> out = new LinkedHashMap<>();
        out.put("crisis.threshold", format(crisis));
        out.put("case.threshold", format(clamp(lowestKeeping(caseInScope, allowed), 0.3, 0.99)));
        out.put("domain.threshold", format(clamp(lowestKeeping(domainInScope, allowed), 0.3, 0.99)));
        out.put("specificity.min", format(highestKeeping(rightSpecificity, allowed)));
        return out;
    }

    /** The score above which only the given share of the values lie. */
    private static double quantileAbove(List<Double> values, double share) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil((1 - share) * sorted.size());
        return index >= sorted.size() ? sorted.get(sorted.size() - 1) + 1e-6 : sorted.get(index) + 1e-6;
    }

    /** The lowest threshold at which at most {@code allowed} of the values reach it. */
    private static double lowestKeeping(List<Double> values, int allowed) {
        List<Double> sorted = values.stream().sorted(java.util.Comparator.reverseOrder()).toList();
        return sorted.size() <= allowed ? 0.3 : sorted.get(allowed) + 1e-3;
    }

    /** The highest minimum that at most {@code allowed} of the values fall below. */
    private static double highestKeeping(List<Double> values, int allowed) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.size() <= allowed ? 0 : Math.max(0, sorted.get(allowed) - 1e-3);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
