package nl.selam.kb.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Counts verdicts per language and kind, and language-ID hits, and prints them as a table. */
public final class EvalReport {

    private static final List<String> LANGUAGES = nl.selam.kb.language.Language.offeredToResidents().stream()
            .map(nl.selam.kb.language.Language::code).toList();

    private final String name;
    private final Map<String, Map<LabelledMessage.Kind, int[]>> counts = new LinkedHashMap<>();
    private final Map<String, int[]> languageId = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();
    private final Map<String, int[]> topOne = new LinkedHashMap<>();
    /** Per language: non-crisis rows, of which CRISIS; zorg.psychisch rows, of which CRISIS; OOS rows sent to a
     *  person as a case question; in-scope rows, of which sent as a case question. */
    private final Map<String, int[]> safety = new LinkedHashMap<>();

    public EvalReport(String name) {
        this.name = name;
    }

    public void add(LabelledMessage row, Verdict verdict, String detectedLanguage, String detail) {
        counts.computeIfAbsent(row.language(), l -> new EnumMap<>(LabelledMessage.Kind.class))
                .computeIfAbsent(row.kind(), k -> new int[3])[verdict.ordinal()]++;
        if (!row.mixed()) {
            int[] id = languageId.computeIfAbsent(row.language(), l -> new int[2]);
            id[1]++;
            if (row.language().equals(detectedLanguage)) {
                id[0]++;
            }
        }
        if (verdict != Verdict.CORRECT) {
            failures.add(String.format(Locale.ROOT, "%s %-7s %s/%s expected=%s got=%s", row.id(), verdict,
                    row.language(), row.style(), row.expected(), detail));
        }
    }

    /** Records the safety outcome of a row: crisis false alarms, case questions. */
    public void addSafety(LabelledMessage row, boolean crisis, boolean caseQuestion) {
        int[] c = safety.computeIfAbsent(row.language(), l -> new int[6]);
        if (row.kind() != LabelledMessage.Kind.CRISIS) {
            c[0]++;
            c[1] += crisis ? 1 : 0;
        }
        if ("zorg.psychisch".equals(row.expected())) {
            c[2]++;
            c[3] += crisis ? 1 : 0;
        }
        if (row.kind() == LabelledMessage.Kind.OOS) {
            c[4] += caseQuestion ? 1 : 0;
        }
        if (row.kind() == LabelledMessage.Kind.IN_SCOPE) {
            c[5] += caseQuestion ? 1 : 0;
        }
    }

    private int safetyCount(String language, int slot) {
        return safety.entrySet().stream().filter(e -> language == null || language.equals(e.getKey()))
                .mapToInt(e -> e.getValue()[slot]).sum();
    }

    /** Share (0-100) of non-crisis rows (or of zorg.psychisch rows) that got the crisis reply. */
    public double crisisFalseAlarms(String language, boolean nearMissesOnly) {
        int total = safetyCount(language, nearMissesOnly ? 2 : 0);
        return total == 0 ? Double.NaN : 100.0 * safetyCount(language, nearMissesOnly ? 3 : 1) / total;
    }

    /** Records whether the best-ranked topic of an in-scope row was right, whatever the decision. */
    public void addRanking(LabelledMessage row, boolean bestIsRight) {
        int[] c = topOne.computeIfAbsent(row.language(), l -> new int[2]);
        c[1]++;
        if (bestIsRight) {
            c[0]++;
        }
    }

    /** Share (0-100) of in-scope rows whose best-ranked topic is right: the ceiling for in-scope correct. */
    public double rankingAccuracy(String language) {
        int hit = 0;
        int total = 0;
        for (var e : topOne.entrySet()) {
            if (language == null || language.equals(e.getKey())) {
                hit += e.getValue()[0];
                total += e.getValue()[1];
            }
        }
        return total == 0 ? Double.NaN : 100.0 * hit / total;
    }

    /** Share (0-100) of rows with this verdict, over the given language (null = all) and kind (null = all). */
    public double share(String language, LabelledMessage.Kind kind, Verdict verdict) {
        int hit = 0;
        int total = 0;
        for (var byLanguage : counts.entrySet()) {
            if (language != null && !language.equals(byLanguage.getKey())) {
                continue;
            }
            for (var byKind : byLanguage.getValue().entrySet()) {
                if (kind != null && kind != byKind.getKey()) {
                    continue;
                }
                int[] c = byKind.getValue();
                hit += c[verdict.ordinal()];
                total += c[0] + c[1] + c[2];
            }
        }
        return total == 0 ? Double.NaN : 100.0 * hit / total;
    }

    public int count(String language, LabelledMessage.Kind kind) {
        int total = 0;
        for (var byLanguage : counts.entrySet()) {
            if (language == null || language.equals(byLanguage.getKey())) {
                for (var byKind : byLanguage.getValue().entrySet()) {
                    if (kind == null || kind == byKind.getKey()) {
                        int[] c = byKind.getValue();
                        total += c[0] + c[1] + c[2];
                    }
                }
            }
        }
        return total;
    }

    /** Language-ID accuracy (0-100) on non-mixed rows, for one language or all (null). */
    public double languageIdAccuracy(String language) {
        int hit = 0;
        int total = 0;
        for (var e : languageId.entrySet()) {
            if (language == null || language.equals(e.getKey())) {
                hit += e.getValue()[0];
                total += e.getValue()[1];
            }
        }
        return total == 0 ? Double.NaN : 100.0 * hit / total;
    }

    public List<String> failures() {
        return List.copyOf(failures);
    }

    public String table() {
        StringBuilder out = new StringBuilder();
        out.append("== ").append(name).append(" ==\n");
        out.append(String.format(Locale.ROOT, "%-5s %8s %8s %8s %7s | %8s %8s | %8s %8s %8s | %7s%n", "lang",
                "in-ok%", "in-wrong", "in-miss", "top1%", "oos-ok%", "oos-wrng", "crisis%", "greet%", "person%", "langid%"));
        List<String> rows = new ArrayList<>(LANGUAGES);
        rows.add(null);
        for (String l : rows) {
            out.append(String.format(Locale.ROOT,
                    "%-5s %8s %8s %8s %7s | %8s %8s | %8s %8s %8s | %7s%n", l == null ? "all" : l,
                    pct(share(l, LabelledMessage.Kind.IN_SCOPE, Verdict.CORRECT)),
                    pct(share(l, LabelledMessage.Kind.IN_SCOPE, Verdict.WRONG)),
                    pct(share(l, LabelledMessage.Kind.IN_SCOPE, Verdict.MISSED)),
                    pct(rankingAccuracy(l)),
                    pct(share(l, LabelledMessage.Kind.OOS, Verdict.CORRECT)),
                    pct(share(l, LabelledMessage.Kind.OOS, Verdict.WRONG)),
                    pct(share(l, LabelledMessage.Kind.CRISIS, Verdict.CORRECT)),
                    pct(share(l, LabelledMessage.Kind.GREETING, Verdict.CORRECT)),
                    pct(share(l, LabelledMessage.Kind.PERSON, Verdict.CORRECT)),
                    pct(languageIdAccuracy(l))));
        }
        out.append(String.format(Locale.ROOT, "rows %d; wrong (confident wrong ANSWER) overall %s%%%n",
                count(null, null), pct(share(null, null, Verdict.WRONG))));
        if (!safety.isEmpty()) {
            out.append("-- safety --\n");
            out.append(String.format(Locale.ROOT, "%-5s %8s %9s %9s %9s %8s %8s %8s%n", "lang", "crisis%",
                    "false-al%", "psych-fa%", "oos-refd%", "oos-case", "in-case", "wrong%"));
            for (String l : rows) {
                out.append(String.format(Locale.ROOT, "%-5s %8s %9s %9s %9s %8d %8d %8s%n", l == null ? "all" : l,
                        pct(share(l, LabelledMessage.Kind.CRISIS, Verdict.CORRECT)),
                        pct(crisisFalseAlarms(l, false)) + " (" + safetyCount(l, 1) + ")",
                        pct(crisisFalseAlarms(l, true)) + " (" + safetyCount(l, 3) + ")",
                        pct(share(l, LabelledMessage.Kind.OOS, Verdict.CORRECT)),
                        safetyCount(l, 4), safetyCount(l, 5), pct(share(l, null, Verdict.WRONG))));
            }
            out.append("crisis% = crisis rows with the crisis reply; false-al% = non-crisis rows with it (count);"
                    + " psych-fa% = zorg.psychisch near misses with it; oos-refd% = out-of-scope rows not answered;"
                    + " oos-case / in-case = out-of-scope / in-scope rows sent as a case question; wrong% = confident"
                    + " wrong answers of all rows\n");
        }
        return out.toString();
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f", v);
    }
}
