package nl.selam.kb.eval;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fixed split of a labelled set into a tuning half and a held-back half. Lexicons, examples and thresholds may be
 * written from the tuning half only; the held-back half is looked at as figures, never row by row, so that its
 * figures estimate how Selam does on messages nobody tuned for.
 *
 * <p>Deterministic and stratified: rows are grouped by language × expected label, ordered inside each group by the
 * SHA-256 of their id, and dealt alternately to the tuning half (first) and the held-back half. A group of one goes
 * to tuning. Adding rows to the file moves only rows of the groups they join.
 */
public enum EvalSplit {
    ALL, TUNE, HELD;

    /** The rows of this half (ALL: every row), in file order. */
    public List<LabelledMessage> select(List<LabelledMessage> rows) {
        if (this == ALL) {
            return rows;
        }
        Map<String, List<LabelledMessage>> groups = new LinkedHashMap<>();
        for (LabelledMessage row : rows) {
            groups.computeIfAbsent(row.language() + "\t" + row.expected(), g -> new ArrayList<>()).add(row);
        }
        java.util.Set<String> held = new java.util.HashSet<>();
        for (List<LabelledMessage> group : groups.values()) {
            List<LabelledMessage> ordered = new ArrayList<>(group);
            ordered.sort(Comparator.comparing((LabelledMessage m) -> hash(m.id())).thenComparing(LabelledMessage::id));
            for (int i = 1; i < ordered.size(); i += 2) {
                held.add(ordered.get(i).id());
            }
        }
        List<LabelledMessage> out = new ArrayList<>();
        for (LabelledMessage row : rows) {
            if (held.contains(row.id()) == (this == HELD)) {
                out.add(row);
            }
        }
        return out;
    }

    public static EvalSplit parse(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    private static String hash(String id) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
