package nl.selam.kb.eval;

import nl.selam.kb.content.FaqEntry;
import nl.selam.kb.content.KnowledgeBase;
import nl.selam.kb.content.KnowledgeBaseLoader;
import nl.selam.kb.decision.AnswerEngine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Prints answer quality on a labelled TSV: per language and kind, the share correct, wrong (a confident wrong
 * ANSWER) and missed, plus language-ID accuracy.
 *
 * <p>Usage: {@code EvaluationCommand <labelled.tsv> [--split all|tune|held] [--baseline] [--cross-validate]
 * [--written-only] [--failures] [--content DIR]}.
 *
 * <p>{@code --split held} evaluates the held-back half ({@link EvalSplit}) and refuses {@code --failures}: that half
 * is read as figures only, never row by row.
 */
public final class EvaluationCommand {

    private EvaluationCommand() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: EvaluationCommand <labelled.tsv> [--split all|tune|held] [--baseline]"
                    + " [--cross-validate] [--written-only] [--failures] [--content DIR]");
            System.exit(2);
        }
        List<String> options = List.of(args);
        KnowledgeBase kb = knowledgeBase(options);
        EvalSplit split = split(options);
        if (split == EvalSplit.HELD && options.contains("--failures")) {
            System.err.println("the held-back half is read as figures only: --failures is refused with --split held");
            System.exit(2);
        }
        List<LabelledMessage> rows = split.select(LabelledMessage.read(Path.of(args[0])));
        System.out.println("split " + split.name().toLowerCase(java.util.Locale.ROOT) + ": " + rows.size() + " rows");
        if (options.contains("--written-only")) {
            Set<String> topics = kb.entries().stream().map(FaqEntry::id).collect(Collectors.toSet());
            rows = Evaluator.restrictToTopics(rows, topics);
        }
        try (AnswerEngine engine = new AnswerEngine(kb)) {
            EvalReport report = Evaluator.evaluate(engine, rows);
            System.out.print(report.table());
            if (options.contains("--failures")) {
                report.failures().forEach(System.out::println);
            }
        }
        if (options.contains("--cross-validate")) {
            System.out.print(CrossValidation.evaluate(kb, rows).table());
        }
        if (options.contains("--baseline")) {
            try (BaselineEngine baseline = new BaselineEngine(kb)) {
                System.out.print(baseline.evaluate(rows).table());
            }
        }
    }

    private static EvalSplit split(List<String> options) {
        int i = options.indexOf("--split");
        return i >= 0 && i + 1 < options.size() ? EvalSplit.parse(options.get(i + 1)) : EvalSplit.ALL;
    }

    private static KnowledgeBase knowledgeBase(List<String> options) {
        int i = options.indexOf("--content");
        if (i >= 0 && i + 1 < options.size()) {
            return KnowledgeBaseLoader.fromDirectory(Path.of(options.get(i + 1)));
        }
        Path local = Path.of("knowledge-base/content");
        return Files.isDirectory(local) ? KnowledgeBaseLoader.fromDirectory(local) : KnowledgeBaseLoader.fromClasspath();
    }
}
