package nl.selam.kb.decision;

import nl.selam.kb.analysis.ArabicLetters;
import nl.selam.kb.analysis.GeezLetters;
import nl.selam.kb.language.Language;

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

    private final Map<Language, List<Pattern>> patterns;

    public PatternDetector(Map<Language, List<Pattern>> patterns) {
        this.patterns = Map.copyOf(patterns);
    }

    public boolean matches(String text) {
        String folded = fold(text);
        for (List<Pattern> list : patterns.values()) {
            for (Pattern p : list) {
                if (p.matcher(folded).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The folded form patterns are written against (patterns are folded the same way when loaded). */
    public static String fold(String text) {
        return GeezLetters.fold(ArabicLetters.fold(text.toLowerCase(Locale.ROOT)))
                .replaceAll("[\\p{Punct}،؟።፧፣፡]+", " ").replaceAll("\\s+", " ");
    }

    public static PatternDetector folded(Map<Language, List<Pattern>> raw) {
        Map<Language, List<Pattern>> folded = new java.util.EnumMap<>(Language.class);
        raw.forEach((language, list) -> folded.put(language, list.stream()
                .map(p -> Pattern.compile(GeezLetters.fold(ArabicLetters.fold(p.pattern())), p.flags()))
                .toList()));
        return new PatternDetector(folded);
    }
}
