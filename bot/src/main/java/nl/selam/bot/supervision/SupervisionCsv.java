package nl.selam.bot.supervision;

import java.util.List;

/**
 * The charts as CSV in long form, {@code period,metric,key,value}, so a spreadsheet can pivot it any way:
 * <ul>
 *   <li>{@code escalations,<language>}: escalations opened;</li>
 *   <li>{@code wait_median_minutes} and {@code wait_p90_minutes}: from opening to the first claim (empty when none
 *       was claimed);</li>
 *   <li>{@code answered_by_selam} and {@code answered_by_person}: FAQ answers Selam gave, escalations opened;</li>
 *   <li>{@code feedback_up,<topic>} and {@code feedback_down,<topic>} with the period {@code all}: the window's
 *       votes.</li>
 * </ul>
 */
final class SupervisionCsv {

    static final String HEADER = "period,metric,key,value";

    private SupervisionCsv() {
    }

    static String write(Figures.Trends t) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        List<String> periods = t.periods();
        for (int i = 0; i < periods.size(); i++) {
            String period = periods.get(i);
            for (var language : t.escalations().entrySet()) {
                line(csv, period, "escalations", language.getKey(), String.valueOf(language.getValue().get(i)));
            }
            line(csv, period, "wait_median_minutes", "", number(t.waitMedian().get(i)));
            line(csv, period, "wait_p90_minutes", "", number(t.waitP90().get(i)));
            line(csv, period, "answered_by_selam", "", String.valueOf(t.bySelam().get(i)));
            line(csv, period, "answered_by_person", "", String.valueOf(t.byPerson().get(i)));
        }
        for (Figures.TopicFeedback f : t.feedback()) {
            line(csv, "all", "feedback_up", f.topic(), String.valueOf(f.up()));
            line(csv, "all", "feedback_down", f.topic(), String.valueOf(f.down()));
        }
        return csv.toString();
    }

    private static String number(Double value) {
        return value == null ? "" : String.valueOf(value);
    }

    private static void line(StringBuilder csv, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells[i]));
        }
        csv.append("\r\n");
    }

    /**
     * A cell quoted where CSV needs it, and never read as a formula by a spreadsheet: the keys are topic ids and
     * language codes from the database, which a hand-edited row could make start with '=' or '+'.
     */
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+(\\.\\d+)?")) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
