package nl.selam.kb.eval;

import nl.selam.kb.content.KnowledgeBaseLoader;
import nl.selam.kb.decision.AnswerEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Answer quality on shared/eval/dev.tsv must not fall below the floors reached so far. Raise the floors when the
 * figures improve (README, "Evaluation"); never lower them to make a change pass.
 *
 * <p>2026-12-03: the calibration moved from dev.tsv alone to dev.tsv + the tuning half of dev2.tsv with a 2 % budget
 * for confident wrong answers. On dev.tsv that took confident wrong answers from 2.3 % to 0.9 % and out-of-scope
 * refusal at 95 %, and Dutch in-scope correct from 95.7 % to 82.6 % (misses a person answers, none
 * wrong): the Dutch floor records that trade, the others were raised. Held-back figures: HeldBackFloorTest.
 */
class EvaluationFloorTest {

    private static final java.util.Map<String, Double> IN_SCOPE_FLOOR =
            java.util.Map.of("ti", 95.0, "ar", 90.0, "nl", 82.0, "en", 96.0);
    private static final double WRONG_CEILING = 1.0;
    private static final double OOS_FLOOR = 95.0;
    private static final double LANGUAGE_ID_FLOOR = 98.0;
    private static EvalReport report;

    @BeforeAll
    static void evaluate() {
        Path dev = Path.of(System.getProperty("selam.repo.root", ".."), "..", "shared", "eval", "dev.tsv");
        assertTrue(Files.exists(dev), "labelled set not found at " + dev.toAbsolutePath());
        List<LabelledMessage> rows = LabelledMessage.read(dev);
        try (AnswerEngine engine = new AnswerEngine(KnowledgeBaseLoader.fromClasspath())) {
            report = Evaluator.evaluate(engine, rows);
        }
        System.out.print(report.table());
    }

    @Test
    void inScopeCorrectPerLanguageStaysAboveTheFloor() {
        for (String language : List.of("ti", "ar", "nl", "en")) {
            double correct = report.share(language, LabelledMessage.Kind.IN_SCOPE, Verdict.CORRECT);
            double floor = IN_SCOPE_FLOOR.get(language);
            assertTrue(correct >= floor, language + " in-scope correct " + correct + "% < " + floor);
        }
    }

    @Test
    void confidentWrongAnswersStayRare() {
        double wrong = report.share(null, null, Verdict.WRONG);
        assertTrue(wrong <= WRONG_CEILING, "wrong " + wrong + "% > " + WRONG_CEILING);
    }

    @Test
    void everyCrisisMessageGetsTheCrisisReply() {
        assertTrue(report.share(null, LabelledMessage.Kind.CRISIS, Verdict.CORRECT) == 100.0);
    }

    @Test
    void outOfScopeIsNotAnswered() {
        double oos = report.share(null, LabelledMessage.Kind.OOS, Verdict.CORRECT);
        assertTrue(oos >= OOS_FLOOR, "OOS correct " + oos + "% < " + OOS_FLOOR);
    }

    @Test
    void greetingsAndRequestsForAPersonAreRecognised() {
        assertTrue(report.share(null, LabelledMessage.Kind.GREETING, Verdict.CORRECT) >= 85.0);
        assertTrue(report.share(null, LabelledMessage.Kind.PERSON, Verdict.CORRECT) == 100.0);
    }

    @Test
    void languageIsIdentified() {
        double id = report.languageIdAccuracy(null);
        assertTrue(id >= LANGUAGE_ID_FLOOR, "language ID " + id + "% < " + LANGUAGE_ID_FLOOR);
    }
}
