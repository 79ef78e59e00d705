package nl.selam.kb.eval;

import nl.selam.kb.decision.AnswerEngine;
import nl.selam.kb.decision.Decision;

import java.util.List;
import java.util.Set;

/** Runs labelled messages through the answer engine and scores each decision. */
public final class Evaluator {

    private Evaluator() {
    }

    public static EvalReport evaluate(AnswerEngine engine, List<LabelledMessage> rows) {
        EvalReport report = new EvalReport("Selam");
        evaluateInto(engine, rows, report);
        return report;
    }

    static void evaluateInto(AnswerEngine engine, List<LabelledMessage> rows, EvalReport report) {
        for (LabelledMessage row : rows) {
            Decision d = engine.decide(row.text(), null);
            String detected = engine.identify(row.text()).language().code();
            var ranked = engine.score(row.text(), null).result().topics();
            if (row.kind() == LabelledMessage.Kind.IN_SCOPE) {
                report.addRanking(row, !ranked.isEmpty() && ranked.get(0).topic().equals(row.expected()));
            }
            String top = ranked.stream().limit(3).map(t -> String.format(java.util.Locale.ROOT, "%s(%.2f/%.2f)",
                    t.topic(), t.normalized(), t.coverage())).collect(java.util.stream.Collectors.joining(" "));
            report.addSafety(row, d.outcome() == nl.selam.kb.decision.Outcome.CRISIS,
                    d.reason() == nl.selam.kb.decision.EscalationReason.CASE_QUESTION);
            report.add(row, Verdict.of(row, d.outcome(), d.topic()), detected,
                    d.outcome() + " " + d.topic() + " p=" + d.confidence() + " lang=" + detected + " | " + top);
        }
    }

    /** Keeps OOS, greeting, crisis and person rows, and in-scope rows whose topic the knowledge base has. */
    public static List<LabelledMessage> restrictToTopics(List<LabelledMessage> rows, Set<String> topics) {
        return rows.stream()
                .filter(r -> r.kind() != LabelledMessage.Kind.IN_SCOPE || topics.contains(r.expected()))
                .toList();
    }
}
