package nl.selam.bot.faq;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff by longest common subsequence: small inputs only (an FAQ field has tens of lines), so the plain
 * quadratic table is fine and no library is needed.
 */
public final class LineDiff {

    /** One line of the diff: {@code kind} is {@code " "} (same), {@code "-"} (only before) or {@code "+"} (only after). */
    public record Line(String kind, String text) {

        public boolean added() {
            return "+".equals(kind);
        }

        public boolean removed() {
            return "-".equals(kind);
        }
    }

    private LineDiff() {
    }

    public static List<Line> diff(List<String> before, List<String> after) {
        int n = before.size();
        int m = after.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = before.get(i).equals(after.get(j)) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Line> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (before.get(i).equals(after.get(j))) {
                out.add(new Line(" ", before.get(i)));
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                out.add(new Line("-", before.get(i++)));
            } else {
                out.add(new Line("+", after.get(j++)));
            }
        }
        while (i < n) {
            out.add(new Line("-", before.get(i++)));
        }
        while (j < m) {
            out.add(new Line("+", after.get(j++)));
        }
        return out;
    }

    public static boolean changed(List<Line> diff) {
        return diff.stream().anyMatch(l -> !" ".equals(l.kind()));
    }
}
