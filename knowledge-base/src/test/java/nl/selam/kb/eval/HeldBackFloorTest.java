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
 * Floors on the held-back half of shared/eval/dev2.tsv, which nobody tunes on: the figures reached on 2026-12-03
 * (crisis recall 95.2 % after the second cue-lexicon round, was 90.5; false alarms 1.1 %, out-of-scope refused 90.5 %, confident wrong 4.3 %, in-scope correct
 * ti 68.9 / ar 70.1 / nl 64.4 / en 81.8). Fourth session, after the confidence model learned the safety scores:
 * wrong 3.0 %, out-of-scope refused 92.9 %, in-scope ti 66.7 / ar 63.2 / nl 71.1 / en 88.6 (Arabic traded in-scope
 * answers for fewer wrong ones: 6.3 % of its rows were confident wrong answers, now 2.7 %).
 * Only aggregate figures are asserted; a failure never prints a row.
 * Raise the floors as they improve.
 */
class HeldBackFloorTest {

    private static EvalReport report;

    @BeforeAll
    static void evaluate() {
        Path dev2 = Path.of(System.getProperty("selam.repo.root", ".."), "..", "shared", "eval", "dev2.tsv");
        assertTrue(Files.exists(dev2), "labelled set not found at " + dev2.toAbsolutePath());
        List<LabelledMessage> held = EvalSplit.HELD.select(LabelledMessage.read(dev2));
        try (AnswerEngine engine = new AnswerEngine(KnowledgeBaseLoader.fromClasspath())) {
            report = Evaluator.evaluate(engine, held);
        }
    }

    @Test
    void crisisRecallAndFalseAlarms() {
        double recall = report.share(null, LabelledMessage.Kind.CRISIS, Verdict.CORRECT);
        assertTrue(recall >= 95.0, "held-back crisis recall " + recall);
        for (String language : java.util.List.of("ti", "ar", "nl", "en")) {
            double perLanguage = report.share(language, LabelledMessage.Kind.CRISIS, Verdict.CORRECT);
            // ar 87.5 (7 of 8), the others 100
            double floor = language.equals("ar") ? 87.0 : 100.0;
            assertTrue(perLanguage >= floor, "held-back " + language + " crisis recall " + perLanguage);
        }
        double alarms = report.crisisFalseAlarms(null, false);
        assertTrue(alarms <= 3.0, "held-back crisis false alarms " + alarms);
    }

    @Test
    void outOfScopeIsRefusedAndWrongAnswersStayFew() {
        double oos = report.share(null, LabelledMessage.Kind.OOS, Verdict.CORRECT);
        assertTrue(oos >= 92.0, "held-back out-of-scope refused " + oos);
        double wrong = report.share(null, null, Verdict.WRONG);
        assertTrue(wrong <= 3.5, "held-back confident wrong " + wrong);
    }

    @Test
    void inScopeCorrectPerLanguage() {
        for (var floor : java.util.Map.of("ti", 65.0, "ar", 62.0, "nl", 70.0, "en", 86.0).entrySet()) {
            double correct = report.share(floor.getKey(), LabelledMessage.Kind.IN_SCOPE, Verdict.CORRECT);
            assertTrue(correct >= floor.getValue(), "held-back " + floor.getKey() + " in-scope correct " + correct);
        }
    }
}
