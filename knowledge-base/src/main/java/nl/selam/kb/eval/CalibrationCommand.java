package nl.selam.kb.eval;

import nl.selam.kb.content.KnowledgeBase;
import nl.selam.kb.content.KnowledgeBaseLoader;
import nl.selam.kb.decision.AnswerEngine;
import nl.selam.kb.safety.SafetyReading;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fits the confidence model and the safety thresholds on one or more labelled TSVs and writes
 * {@code content/calibration.properties}, which the engine reads at start. The shipped case and out-of-domain
 * examples join the confidence model's fit as negatives.
 *
 * <p>Usage: {@code CalibrationCommand <labelled.tsv>[:tune] ... [--content DIR] [--cross-validate]}. A file named
 * with {@code :tune} (or {@code #tune}; files may also be joined with commas) contributes only its tuning half
 * ({@link EvalSplit}); {@code :held} is refused, because the held-back half must never shape the model. For
 * compatibility, a directory as the second argument is the content directory. {@code --cross-validate} also prints
 * the 5-fold cross-validated figures on the same rows.
 */
public final class CalibrationCommand {

    private CalibrationCommand() {
    }

    /** The shipped case and out-of-domain examples as out-of-scope rows. */
    static List<LabelledMessage> negatives(KnowledgeBase kb) {
        List<LabelledMessage> out = new java.util.ArrayList<>();
        for (var language : nl.selam.kb.language.Language.answeredLanguages()) {
            for (var set : List.of(nl.selam.kb.content.SafetyLexicon.ExampleSet.CASE,
                    nl.selam.kb.content.SafetyLexicon.ExampleSet.OUT_OF_DOMAIN)) {
                int i = 0;
                for (var e : kb.safety().examples(set, language)) {
                    out.add(new LabelledMessage(set.file() + "-" + language.code() + "-" + (++i), language.code(),
                            "content", "OOS", e.text()));
                }
            }
        }
        return out;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: CalibrationCommand <labelled.tsv>[:tune] ... [--content DIR]"
                    + " [--cross-validate]   (content default knowledge-base/content)");
            System.exit(2);
        }
        Path content = Path.of("knowledge-base/content");
        boolean crossValidate = false;
        List<String> sources = new ArrayList<>();
        List<LabelledMessage> rows = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--content") && i + 1 < args.length) {
                content = Path.of(args[++i]);
            } else if (arg.equals("--cross-validate")) {
                crossValidate = true;
            } else if (i == 1 && Files.isDirectory(Path.of(arg))) {
                content = Path.of(arg);
            } else {
                for (String file : arg.split(",")) {
                    Source source = Source.parse(file);
                    List<LabelledMessage> selected = source.split().select(LabelledMessage.read(source.path()));
                    rows.addAll(selected);
                    sources.add(source.path().getFileName() + (source.split() == EvalSplit.ALL ? ""
                            : " " + source.split().name().toLowerCase(java.util.Locale.ROOT) + " half")
                            + " (" + selected.size() + " rows)");
                }
            }
        }
        KnowledgeBase kb = KnowledgeBaseLoader.fromDirectory(content);
        List<LabelledMessage> negatives = System.getenv("NO_NEG") != null ? List.of() : negatives(kb);
        Map<String, SafetyReading> readings = negatives.isEmpty() ? Map.of() : CrossFittedReadings.of(kb);
        Map<String, String> calibration;
        try (AnswerEngine engine = new AnswerEngine(kb)) {
            calibration = Calibrator.calibrate(engine, rows, negatives, readings);
        }
        StringBuilder out = new StringBuilder();
        out.append("# Written by CalibrationCommand on ").append(LocalDate.now()).append(" from ")
                .append(String.join(" + ", sources)).append(" and ").append(negatives.size())
                .append(" shipped negatives.\n");
        out.append("# Do not edit by hand: rerun the calibration (README, 'Calibration').\n");
        out.append("# weights: bias, normalised score, margin, coverage, query length, unknown share, ranker,"
                + " ranker lead, out-of-domain score, own-case score; answer.<lang>: threshold;\n# crisis/case/domain.threshold: safety classifier scores;"
                + " specificity.min: the least specific word an answer needs\n");
        calibration.forEach((k, v) -> out.append(k).append('=').append(v).append('\n'));
        Files.writeString(content.resolve("calibration.properties"), out, StandardCharsets.UTF_8);
        System.out.print(out);
        if (crossValidate) {
            System.out.print(CrossValidation.evaluate(kb, rows, negatives, readings).table());
        }
    }

    /** A TSV path with an optional {@code :tune} (or {@code :all}) suffix. */
    record Source(Path path, EvalSplit split) {
        static Source parse(String arg) {
            if (arg.endsWith("#tune")) {
                return new Source(Path.of(arg.substring(0, arg.length() - 5)), EvalSplit.TUNE);
            }
            int colon = arg.lastIndexOf(':');
            if (colon > 1) {
                String suffix = arg.substring(colon + 1);
                EvalSplit split = EvalSplit.parse(suffix);
                if (split == EvalSplit.HELD) {
                    throw new IllegalArgumentException("the held-back half is never used for calibration");
                }
                return new Source(Path.of(arg.substring(0, colon)), split);
            }
            return new Source(Path.of(arg), EvalSplit.ALL);
        }
    }
}
