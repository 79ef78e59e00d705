package nl.selam.kb.eval;

import nl.selam.kb.content.KnowledgeBase;
import nl.selam.kb.content.KnowledgeBaseLoader;
import nl.selam.kb.decision.AnswerEngine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Fits the confidence model and the safety thresholds on labelled TSVs and writes
 * {@code content/calibration.properties}, which the engine reads at start.
 *
 * <p>Usage: {@code CalibrationCommand <labelled.tsv>[,<labelled.tsv>[#tune]]... [content-dir]}. A file name ending
 * in {@code #tune} contributes only its tuning half ({@link EvalSplit#TUNE}): the held-back half never shapes a
 * threshold. The shipped case and out-of-domain examples join the confidence model's fit as negatives.
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
            System.err.println("usage: CalibrationCommand <labelled.tsv> [content-dir, default knowledge-base/content]");
            System.exit(2);
        }
        Path content = Path.of(args.length > 1 ? args[1] : "knowledge-base/content");
        List<LabelledMessage> rows = new java.util.ArrayList<>();
        for (String file : args[0].split(",")) {
            boolean tune = file.endsWith("#tune");
            List<LabelledMessage> read = LabelledMessage.read(Path.of(tune ? file.substring(0, file.length() - 5) : file));
            rows.addAll(tune ? EvalSplit.TUNE.select(read) : read);
        }
        KnowledgeBase kb = KnowledgeBaseLoader.fromDirectory(content);
        List<LabelledMessage> negatives = System.getenv("NO_NEG") != null ? List.of() : negatives(kb);
        Map<String, String> calibration;
        try (AnswerEngine engine = new AnswerEngine(kb)) {
            calibration = Calibrator.calibrate(engine, rows, negatives);
        }
        StringBuilder out = new StringBuilder();
        out.append("# Written by CalibrationCommand on ").append(LocalDate.now()).append(" from ")
                .append(args[0].replaceAll("[^,#]*/", "")).append(" (").append(rows.size()).append(" rows) and ")
                .append(negatives.size()).append(" shipped negatives.\n");
        out.append("# Do not edit by hand: rerun the calibration (README, 'Calibration').\n");
        out.append("# weights: bias, normalised score, margin, coverage, query length, unknown share;"
                + " answer.<lang>: threshold;\n# crisis/case/domain.threshold: safety classifier scores;"
                + " specificity.min: the least specific word an answer needs\n");
        calibration.forEach((k, v) -> out.append(k).append('=').append(v).append('\n'));
        Files.writeString(content.resolve("calibration.properties"), out, StandardCharsets.UTF_8);
        System.out.print(out);
    }
}
