package nl.selam.kb.eval;

import nl.selam.kb.content.KnowledgeBaseLoader;
import nl.selam.kb.decision.AnswerEngine;
import nl.selam.kb.index.FaqSearcher;
import nl.selam.kb.index.TopicScore;
import nl.selam.kb.ranking.TopicRanker;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Top-1 of the in-scope rows under other ways of combining BM25 with the learned ranker, without rebuilding the
 * engine (for choosing the combination on dev.tsv and the tuning half; the held-back half only as figures).
 * Usage: {@code RankingProbe file[:split] ... [--misses]}.
 */
public final class RankingProbe {

    private RankingProbe() {
    }

    private record Row(LabelledMessage message, List<TopicScore> topics) {
    }

    public static void main(String[] args) {
        boolean misses = List.of(args).contains("--misses");
        try (AnswerEngine engine = new AnswerEngine(KnowledgeBaseLoader.fromDirectory(Path.of("knowledge-base/content")))) {
            List<Row> combined = new ArrayList<>();
            for (String arg : args) {
                if (arg.startsWith("--")) {
                    continue;
                }
                String[] parts = arg.split(":");
                EvalSplit split = parts.length > 1 ? EvalSplit.parse(parts[1]) : EvalSplit.ALL;
                List<Row> rows = new ArrayList<>();
                for (LabelledMessage m : split.select(LabelledMessage.read(Path.of(parts[0])))) {
                    if (m.kind() == LabelledMessage.Kind.IN_SCOPE) {
                        rows.add(new Row(m, engine.score(m.text(), null).result().topics()));
                    }
                }
                System.out.println("== " + arg + " (" + rows.size() + " in-scope rows)");
                if (split != EvalSplit.HELD) {
                    combined.addAll(rows);
                }
                double[] ws = {0, 0.5, 1, 1.5, 2, 3, 5, 100};
                for (double w : ws) {
                    System.out.println(String.format(Locale.ROOT, "linear w=%-5s ", w) + top1(rows, w, false));
                }
                for (double w : new double[] {0.1, 0.2, 0.3, 0.5, 1}) {
                    System.out.println(String.format(Locale.ROOT, "log    w=%-5s ", w) + top1(rows, w, true));
                }
                if (List.of(args).contains("--grid") && split == EvalSplit.HELD) {
                    System.out.println("HELD current " + top1(rows, new double[] {FaqSearcher.VARIANT_WEIGHT, FaqSearcher.COVERAGE_WEIGHT, FaqSearcher.WHOLE_WEIGHT, TopicRanker.WEIGHT, 0}));
                    for (String k : System.getProperty("selam.probe.k", "").split(";")) {
                        if (!k.isBlank()) {
                            double[] kk = java.util.Arrays.stream(k.split(",")).mapToDouble(Double::parseDouble).toArray();
                            System.out.println("HELD " + k + " " + top1(rows, kk));
                        }
                    }
                }
                if (misses && split != EvalSplit.HELD) {
                    for (Row r : rows) {
                        if (!r.topics().isEmpty() && !r.topics().get(0).topic().equals(r.message().expected())) {
                            int rank = 0;
                            for (int i = 0; i < r.topics().size(); i++) {
                                if (r.topics().get(i).topic().equals(r.message().expected())) {
                                    rank = i + 1;
                                }
                            }
                            System.out.println("MISS " + r.message().id() + " exp=" + r.message().expected()
                                    + " rank=" + rank + " got=" + r.topics().get(0).topic() + " | "
                                    + r.message().text());
                        }
                    }
                }
            }
            if (List.of(args).contains("--grid")) {
                grid(combined);
            }
        }
    }

    /** Weights of best variant, coverage, topic document, ranker probability, ranker log-probability. */
    private static void grid(List<Row> rows) {
        List<String> lines = new ArrayList<>();
        for (double a : new double[] {0, 0.5, 1}) {
            for (double b : new double[] {0.3, 0.6, 1, 1.5, 2, 3}) {
                for (double c : new double[] {2, 3, 4, 5, 7}) {
                    for (double w : new double[] {0.5, 1, 1.5, 2, 3, 4}) {
                        for (double lw : new double[] {0, 0.1, 0.2, 0.3}) {
                            double[] k = {a, b, c, w, lw};
                            lines.add(top1(rows, k) + String.format(Locale.ROOT, " | a=%s b=%s c=%s w=%s lw=%s", a, b, c, w, lw));
                        }
                    }
                }
            }
        }
        lines.sort(java.util.Comparator.comparing((String l) -> l.substring(l.indexOf("all"))).reversed());
        lines.stream().filter(l -> System.getProperty("selam.probe.filter") == null || l.contains(System.getProperty("selam.probe.filter"))).limit(40).forEach(l -> System.out.println("GRID " + l));
        System.out.println("GRID current " + top1(rows, new double[] {FaqSearcher.VARIANT_WEIGHT, FaqSearcher.COVERAGE_WEIGHT, FaqSearcher.WHOLE_WEIGHT, TopicRanker.WEIGHT, 0}));
    }

    private static String top1(List<Row> rows, double[] k) {
        Map<String, int[]> perLang = new TreeMap<>();
        for (Row r : rows) {
            String best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (TopicScore t : r.topics()) {
                double bm25 = t.score() - TopicRanker.WEIGHT * t.learned();
                double whole = (t.calibrated() - TopicScore.CALIBRATED_LEARNED_WEIGHT * t.learned() - t.normalized() - 0.3 * t.coverage()) / 3.0;
                double s = k[0] * t.normalized() + k[1] * t.coverage() + k[2] * whole + k[3] * t.learned()
                        + k[4] * Math.log(Math.max(t.learned(), 1e-4));
                if (s > bestScore) {
                    bestScore = s;
                    best = t.topic();
                }
            }
            int[] c = perLang.computeIfAbsent(r.message().language(), x -> new int[2]);
            c[1]++;
            if (r.message().expected().equals(best)) {
                c[0]++;
            }
        }
        StringBuilder out = new StringBuilder();
        int ok = 0;
        int all = 0;
        for (var e : perLang.entrySet()) {
            out.append(String.format(Locale.ROOT, "%s %5.1f  ", e.getKey(), 100.0 * e.getValue()[0] / e.getValue()[1]));
            ok += e.getValue()[0];
            all += e.getValue()[1];
        }
        return out.append(String.format(Locale.ROOT, "all %5.1f", 100.0 * ok / all)).toString();
    }

    private static String top1(List<Row> rows, double w, boolean log) {
        Map<String, int[]> perLang = new TreeMap<>();
        for (Row r : rows) {
            String best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (TopicScore t : r.topics()) {
                double bm25 = t.score() - TopicRanker.WEIGHT * t.learned();
                double s = log ? bm25 + w * Math.log(Math.max(t.learned(), 1e-6)) : bm25 + w * t.learned();
                if (s > bestScore) {
                    bestScore = s;
                    best = t.topic();
                }
            }
            int[] c = perLang.computeIfAbsent(r.message().language(), k -> new int[2]);
            c[1]++;
            if (r.message().expected().equals(best)) {
                c[0]++;
            }
        }
        StringBuilder out = new StringBuilder();
        int ok = 0;
        int all = 0;
        for (var e : perLang.entrySet()) {
            out.append(String.format(Locale.ROOT, "%s %5.1f  ", e.getKey(), 100.0 * e.getValue()[0] / e.getValue()[1]));
            ok += e.getValue()[0];
            all += e.getValue()[1];
        }
        return out.append(String.format(Locale.ROOT, "all %5.1f", 100.0 * ok / all)).toString();
    }
}
