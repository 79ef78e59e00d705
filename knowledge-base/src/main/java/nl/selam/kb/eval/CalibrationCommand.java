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
 * Fits the confidence model on a labelled TSV and writes {@code content/calibration.properties}, which the
 * engine reads at start. Usage: {@code CalibrationCommand <labelled.tsv> [content-dir]}.
 */
public final class CalibrationCommand {

    private CalibrationCommand() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: CalibrationCommand <labelled.tsv> [content-dir, default knowledge-base/content]");
            System.exit(2);
        }
        Path content = Path.of(args.length > 1 ? args[1] : "knowledge-base/content");
        List<LabelledMessage> rows = LabelledMessage.read(Path.of(args[0]));
        KnowledgeBase kb = KnowledgeBaseLoader.fromDirectory(content);
        Map<String, String> calibration;
        try (AnswerEngine engine = new AnswerEngine(kb)) {
            calibration = Calibrator.calibrate(engine, rows);
        }
        StringBuilder out = new StringBuilder();
        out.append("# Written by CalibrationCommand on ").append(LocalDate.now()).append(" from ")
                .append(Path.of(args[0]).getFileName()).append(" (").append(rows.size()).append(" rows).\n");
        out.append("# Do not edit by hand: rerun the calibration (README, 'Calibration').\n");
        out.append("# weights: bias, normalised score, margin, coverage, query length; answer.<lang>: threshold\n");
        calibration.forEach((k, v) -> out.append(k).append('=').append(v).append('\n'));
        Files.writeString(content.resolve("calibration.properties"), out, StandardCharsets.UTF_8);
        System.out.print(out);
    }
}
