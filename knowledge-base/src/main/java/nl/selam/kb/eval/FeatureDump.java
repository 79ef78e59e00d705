package nl.selam.kb.eval;

import nl.selam.kb.content.KnowledgeBase;
import nl.selam.kb.content.KnowledgeBaseLoader;
import nl.selam.kb.decision.AnswerEngine;
import nl.selam.kb.decision.ConfidenceModel;
import nl.selam.kb.index.TopicScore;
import nl.selam.kb.ranking.TopicRanker;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Temporary: dumps confidence features of labelled rows (tuning sets only) for offline model experiments. */
public final class FeatureDump {
    public static void main(String[] args) {
        KnowledgeBase kb = KnowledgeBaseLoader.fromDirectory(Path.of("knowledge-base/content"));
        List<LabelledMessage> rows = new ArrayList<>();
        for (String a : args) {
            var s = CalibrationCommand.Source.parse(a);
            rows.addAll(s.split().select(LabelledMessage.read(s.path())));
        }
        rows.addAll(CalibrationCommand.negatives(kb));
        try (AnswerEngine engine = new AnswerEngine(kb)) {
            System.out.println("id\tlang\tkind\tsource\toutcome\treason\tpos\tevidence\tgated\tcase\tspec\tnorm\tmargin\tcov\tterms\tunknown\tlearned\tlead\tbm25rank\tbm25margin\tlearnedmax\tlearnedrank\tstrong\tstrongterms\tnorm2\tcov2\tlearned2\tbm25\tp");
            for (LabelledMessage row : rows) {
                var d = engine.decide(row.text(), null);
                AnswerEngine.Scored scored = engine.score(row.text(), null);
                var topics = scored.result().topics();
                if (topics.isEmpty()) {
                    continue;
                }
                TopicScore best = topics.get(0);
                var reading = engine.read(row.text());
                double bm = best.score() - TopicRanker.WEIGHT * best.learned();
                int bmRank = 1;
                double bmOther = 0;
                double lmax = 0;
                int lRank = 1;
                for (TopicScore t : topics) {
                    lmax = Math.max(lmax, t.learned());
                    if (t == best) continue;
                    double b = t.score() - TopicRanker.WEIGHT * t.learned();
                    if (b > bm) bmRank++;
                    bmOther = Math.max(bmOther, b);
                    if (t.learned() > best.learned()) lRank++;
                }
                TopicScore second = topics.size() > 1 ? topics.get(1) : null;
                double[] f = ConfidenceModel.features(scored.result(), best);
                System.out.println(String.join("\t", row.id(), scored.language().code(), row.kind().name(),
                        row.style(), d.outcome().name(), String.valueOf(d.reason()),
                        best.topic().equals(row.expected()) ? "1" : "0",
                        scored.result().enoughEvidence(best) ? "1" : "0",
                        reading.outOfDomain(engine.safetyThresholds()) ? "1" : "0",
                        reading.caseQuestion(engine.safetyThresholds()) ? "1" : "0",
                        n(engine.specificity(row.text(), scored, best.topic())),
                        n(f[1]), n(f[2]), n(f[3]), String.valueOf(scored.result().termCount()), n(f[5]), n(f[6]), n(f[7]),
                        String.valueOf(bmRank), n(bm <= 0 ? 0 : (bm - bmOther) / bm), n(lmax), String.valueOf(lRank),
                        String.valueOf(best.strongMatches()), String.valueOf(scored.result().strongTermCount()),
                        n(second == null ? 0 : second.normalized()), n(second == null ? 0 : second.coverage()),
                        n(second == null ? 0 : second.learned()), n(bm), n(scored.best())));
            }
        }
    }

    private static String n(double v) {
        return String.format(Locale.ROOT, "%.5f", v);
    }
}
