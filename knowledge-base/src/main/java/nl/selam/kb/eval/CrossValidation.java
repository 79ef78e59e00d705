package nl.selam.kb.eval;

import nl.selam.kb.content.KnowledgeBase;
import nl.selam.kb.decision.AnswerEngine;
import nl.selam.kb.decision.ConfidenceModel;

import java.util.ArrayList;
import java.util.List;

/**
 * An honest estimate: the thresholds are calibrated on the same labelled set they are judged on, so this
 * calibrates on four fifths of the rows and scores the fifth it has not seen, five times over.
 */
public final class CrossValidation {

    private static final int FOLDS = 5;

    private CrossValidation() {
    }

    public static EvalReport evaluate(KnowledgeBase kb, List<LabelledMessage> rows) {
        return evaluate(kb, rows, List.of());
    }

    /** As {@link #evaluate(KnowledgeBase, List)}, each fold fitted with the same extra negatives. */
    public static EvalReport evaluate(KnowledgeBase kb, List<LabelledMessage> rows, List<LabelledMessage> negatives) {
        return evaluate(kb, rows, negatives, java.util.Map.of());
    }

    /** As above, with the negatives' cross-fitted safety readings (see {@link CrossFittedReadings}). */
    public static EvalReport evaluate(KnowledgeBase kb, List<LabelledMessage> rows, List<LabelledMessage> negatives,
                                      java.util.Map<String, nl.selam.kb.safety.SafetyReading> readings) {
        EvalReport report = new EvalReport("Selam, " + FOLDS + "-fold cross-validated calibration");
        try (AnswerEngine scorer = new AnswerEngine(kb)) {
            for (int fold = 0; fold < FOLDS; fold++) {
                List<LabelledMessage> train = new ArrayList<>();
                List<LabelledMessage> test = new ArrayList<>();
                for (int i = 0; i < rows.size(); i++) {
                    (i % FOLDS == fold ? test : train).add(rows.get(i));
                }
                ConfidenceModel model = ConfidenceModel.from(Calibrator.calibrate(scorer, train, negatives, readings));
                try (AnswerEngine engine = new AnswerEngine(kb, model)) {
                    Evaluator.evaluateInto(engine, test, report);
                }
            }
        }
        return report;
    }
}
