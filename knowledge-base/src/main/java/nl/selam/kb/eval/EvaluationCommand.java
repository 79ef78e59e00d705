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
 * <p>Usage: {@code EvaluationCommand <labelled.tsv> [--baseline] [--cross-validate] [--written-only] [--failures]
 * [--content DIR]}.
 */
public final class EvaluationCommand {

    private EvaluationCommand() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: EvaluationCommand <labelled.tsv> [--baseline] [--cross-validate] [--written-only] [--failures]"
                    + " [--content DIR]");
            System.exit(2);
        }
        List<String> options = List.of(args);
        KnowledgeBase kb = knowledgeBase(options);
        List<LabelledMessage> rows = LabelledMessage.read(Path.of(args[0]));
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

    private static KnowledgeBase knowledgeBase(List<String> options) {
        int i = options.indexOf("--content");
        if (i >= 0 && i + 1 < options.size()) {
            return KnowledgeBaseLoader.fromDirectory(Path.of(options.get(i + 1)));
        }
        Path local = Path.of("knowledge-base/content");
        return Files.isDirectory(local) ? KnowledgeBaseLoader.fromDirectory(local) : KnowledgeBaseLoader.fromClasspath();
    }
}
