package nl.selam.kb.safety;

import java.util.Map;

/**
 * Score thresholds of the safety classifiers, written by the calibration command into calibration.properties
 * ({@code crisis.threshold}, {@code case.threshold}, {@code domain.threshold}); the defaults serve a first run.
 *
 * @param crisis       crisis classifier score from which a message is a crisis (set low: recall first)
 * @param caseQuestion own-case classifier score from which a message goes to a person as a case question
 * @param outOfDomain  out-of-domain classifier score from which a message is not answered from the FAQ
 */
public record SafetyThresholds(double crisis, double caseQuestion, double outOfDomain) {

    public static final SafetyThresholds DEFAULTS = new SafetyThresholds(0.5, 0.6, 0.6);

    public static SafetyThresholds from(Map<String, String> calibration) {
        return new SafetyThresholds(
                value(calibration, "crisis.threshold", DEFAULTS.crisis()),
                value(calibration, "case.threshold", DEFAULTS.caseQuestion()),
                value(calibration, "domain.threshold", DEFAULTS.outOfDomain()));
    }

    private static double value(Map<String, String> calibration, String key, double fallback) {
        String v = calibration.get(key);
        return v == null ? fallback : Double.parseDouble(v.strip());
    }
}
