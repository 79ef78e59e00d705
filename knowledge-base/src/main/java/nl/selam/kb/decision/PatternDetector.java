package nl.selam.kb.decision;

import nl.selam.kb.analysis.ArabicLetters;
import nl.selam.kb.analysis.GeezLetters;
import nl.selam.kb.language.Language;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds curated signals (crisis, "I want a person") with regular expressions, independent of search scores.
 * Every language's patterns are tried, since residents mix languages; text and patterns meet in a folded form
 * (lower case, Arabic letter forms and Ge'ez variants folded) so spelling variants do not slip through.
 */
public final class PatternDetector {


    /** Scripts a pattern can need; a pattern is skipped when the text has no letter of its script. */
    private enum Script { LATIN, ARABIC, ETHIOPIC, ANY }

    private record Signal(Pattern pattern, Script script) {
    }

    private final List<Signal> signals = new ArrayList<>();

    public PatternDetector(Map<Language, List<Pattern>> patterns) {
        // one alternation per script: a single scan of the text instead of one matcher per pattern
        Map<Script, List<String>> byScript = new EnumMap<>(Script.class);
        patterns.values().forEach(list -> list.forEach(p ->
                byScript.computeIfAbsent(scriptOf(p.pattern()), k -> new ArrayList<>()).add("(?:" + p.pattern() + ")")));
        byScript.forEach((script, list) -> signals.add(new Signal(Pattern.compile(String.join("|", list)), script)));
    }

    public boolean matches(String text) {
        return matchesFolded(fold(text));
    }

    /** As {@link #matches(String)}, for text already passed through {@link #fold(String)}. */
    public boolean matchesFolded(String folded) {
        boolean latin = false;
        boolean arabic = false;
        boolean ethiopic = false;
        for (int i = 0; i < folded.length(); i++) {
            Script s = scriptOf(folded.charAt(i));
            latin |= s == Script.LATIN;
            arabic |= s == Script.ARABIC;
            ethiopic |= s == Script.ETHIOPIC;
        }
        for (Signal signal : signals) {
            boolean possible = switch (signal.script()) {
                case LATIN -> latin;
                case ARABIC -> arabic;
                case ETHIOPIC -> ethiopic;
                case ANY -> true;
            };
            if (possible && signal.pattern().matcher(folded).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The folded form patterns are written against (patterns are folded the same way when loaded): lower case,
     * Arabic letter forms and Ge'ez variants folded, punctuation as single spaces.
     */
    public static String fold(String text) {
        String folded = GeezLetters.fold(ArabicLetters.fold(text.toLowerCase(Locale.ROOT)));
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            boolean separator = Character.isWhitespace(c) || isPunctuation(c);
            if (separator) {
                space = true;
            } else {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isPunctuation(char c) {
        return (c < 0x80 && !Character.isLetterOrDigit(c) && c > ' ')
                || c == '،' || c == '؟' || c == '؛' || (c >= 0x1360 && c <= 0x1368);
    }

    public static PatternDetector folded(Map<Language, List<Pattern>> raw) {
        Map<Language, List<Pattern>> folded = new EnumMap<>(Language.class);
        raw.forEach((language, list) -> folded.put(language, list.stream()
                // the text is folded to lower case, so matching needs no (slow) Unicode case-insensitivity
                .map(p -> Pattern.compile(GeezLetters.fold(ArabicLetters.fold(lowerCaseLiterals(p.pattern())))))
                .toList()));
        return new PatternDetector(folded);
    }

    /** Lower-cases a pattern's letters but not escapes such as \\S or \\P{L}, whose case is their meaning. */
    static String lowerCaseLiterals(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length());
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                char escaped = pattern.charAt(++i);
                out.append(c).append(escaped);
                int close = pattern.indexOf('}', i);
                if ((escaped == 'p' || escaped == 'P') && i + 1 < pattern.length() && pattern.charAt(i + 1) == '{'
                        && close > 0) {
                    out.append(pattern, i + 1, close + 1); // \p{Lu}: the property name is case-sensitive
                    i = close;
                }
            } else {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /** The script of a pattern's letters; a pattern mixing scripts (or with none) is always tried. */
    private static Script scriptOf(String pattern) {
        Script found = null;
        for (int i = 0; i < pattern.length(); i++) {
            Script s = scriptOf(pattern.charAt(i));
            if (s == null) {
                continue;
            }
            if (found != null && found != s) {
                return Script.ANY;
            }
            found = s;
        }
        return found == null ? Script.ANY : found;
    }

    private static Script scriptOf(char c) {
        if (c >= 0x0600 && c <= 0x06FF) {
            return Script.ARABIC;
        }
        if (c >= 0x1200 && c <= 0x137F) {
            return Script.ETHIOPIC;
        }
        if ((c >= 'a' && c <= 'z') || (c >= 0x00C0 && c <= 0x024F)) {
            return Script.LATIN;
        }
        return null;
    }
}
