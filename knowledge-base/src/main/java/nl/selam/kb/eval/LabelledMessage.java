package nl.selam.kb.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One row of a labelled TSV in the format of shared/eval/dev.tsv: id, lang, style, expected, text. */
public record LabelledMessage(String id, String language, String style, String expected, String text) {

    /** What the row tests, which decides how it is scored. */
    public enum Kind { IN_SCOPE, OOS, CRISIS, GREETING, PERSON }

    public Kind kind() {
        return switch (expected) {
            case "OOS" -> Kind.OOS;
            case "GREETING" -> Kind.GREETING;
            case "zorg.crisis" -> Kind.CRISIS;
            case "bot.mens" -> Kind.PERSON;
            default -> Kind.IN_SCOPE;
        };
    }

    public boolean mixed() {
        return "mixed".equals(style);
    }

    public static List<LabelledMessage> read(Path tsv) {
        try {
            List<LabelledMessage> rows = new ArrayList<>();
            for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("id\t") || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", 5);
                if (f.length < 5) {
                    throw new IllegalArgumentException("expected 5 tab-separated columns: " + f[0]);
                }
                rows.add(new LabelledMessage(f[0], f[1], f[2], f[3], f[4]));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
