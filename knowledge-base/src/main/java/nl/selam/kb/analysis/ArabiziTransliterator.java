package nl.selam.kb.analysis;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Arabizi (Arabic in Latin letters and digits: 3=ع, 7=ح, 2=ء/ق, 5=خ) into Arabic letters before search.
 *
 * <p>One-to-one transliteration is unreliable because Arabizi drops vowels inconsistently, so each word is first
 * looked up in the editors' Arabizi list, and otherwise reduced to a consonant skeleton and matched against the
 * skeletons of the Arabic words the FAQ actually uses (the most frequent wins). Words that match nothing, such as
 * Dutch loanwords, stay as they are.
 */
public final class ArabiziTransliterator {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");
    private static final List<String> ATTACHED_PREFIXES = List.of("3al", "bel", "bil", "lal", "wel", "fel", "el",
            "al", "il", "b", "w", "l");

    private final Map<String, String> dictionary;
    private final Map<String, String> bySkeleton = new HashMap<>();
    private final Set<String> keep;
    /** Whether endings written onto a word are tried too (switched off only to measure what they add). */
    private final boolean wide;
    private static final List<String> SUFFIXES = List.of("kom", "kon", "kum", "hom", "hum", "ha", "na", "ak", "ek",
            "ik", "ki", "ke", "ni", "ne", "ee", "i", "y", "e", "o", "u");

    /**
     * @param dictionary      editors' Arabizi word to Arabic spelling
     * @param arabicWords     the Arabic words of the FAQ, with repetitions (frequency decides collisions)
     * @param keepAsIs        Latin words never to transliterate (Dutch loanwords such as gemeente, DigiD)
     */
    public ArabiziTransliterator(Map<String, String> dictionary, Collection<String> arabicWords, Set<String> keepAsIs) {
        this(dictionary, arabicWords, keepAsIs, true);
    }

    /** @param wide whether possessive and object endings are stripped from words that match nothing as written */
    public ArabiziTransliterator(Map<String, String> dictionary, Collection<String> arabicWords, Set<String> keepAsIs,
                                 boolean wide) {
        this.wide = wide;
        this.dictionary = Map.copyOf(dictionary);
        this.keep = Set.copyOf(keepAsIs);
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (String raw : arabicWords) {
            String word = ArabicLetters.fold(raw);
            if (word.startsWith("ال") && word.length() > 4) {
                word = word.substring(2);
            }
            String skeleton = arabicSkeleton(word);
            if (skeleton.length() >= 2) {
                counts.computeIfAbsent(skeleton, k -> new HashMap<>()).merge(word, 1, Integer::sum);
            }
        }
        counts.forEach((skeleton, words) -> bySkeleton.put(skeleton,
                words.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey()));
    }

    public String toArabic(String text) {
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(word(m.group()));
        }
        return out.toString();
    }

    private String word(String word) {
        String known = dictionary.get(word);
        if (known != null) {
            return known;
        }
        if (keep.contains(word)) {
            return word;
        }
        String match = bySkeleton(word);
        if (match != null) {
            return match;
        }
        for (String prefix : ATTACHED_PREFIXES) {
            if (word.startsWith(prefix) && word.length() - prefix.length() >= 3) {
                String rest = word.substring(prefix.length());
                String hit = dictionary.containsKey(rest) ? dictionary.get(rest) : bySkeleton(rest);
                if (hit != null) {
                    return hit;
                }
            }
        }
        return word;
    }

    /** "2" is qaf in Levantine speech but also a plain hamza, which the FAQ's folded words no longer show. */
    private String bySkeleton(String word) {
        String match = bySkeleton.get(arabiziSkeleton(word));
        if (match == null && word.indexOf('2') >= 0) {
            match = bySkeleton.get(arabiziSkeleton(word.replace("2", "")));
        }
        if (match == null && wide) {
            match = withoutSuffix(word);
        }
        return match;
    }

    /**
     * A possessive or object ending written onto the word (tabibi, betaqti, waladna, 3enwanak), and the t a
     * feminine noun shows before it (betaqt-i is بطاقة): the rest is looked up again, so only a word the FAQ
     * uses can come out.
     */
    private String withoutSuffix(String word) {
        for (String suffix : SUFFIXES) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= 3) {
                String rest = word.substring(0, word.length() - suffix.length());
                String match = bySkeleton.get(arabiziSkeleton(rest));
                if (match == null && rest.endsWith("t") && rest.length() >= 4) {
                    match = bySkeleton.get(arabiziSkeleton(rest.substring(0, rest.length() - 1)));
                }
                if (match != null) {
                    return match;
                }
            }
        }
        return null;
    }

    static String arabicSkeleton(String word) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char k = switch (c) {
                case 'ه' -> i == word.length() - 1 ? 0 : 'h';
                case 'ق' -> 'q';
                case 'ع' -> '3';
                case 'غ' -> 'G';
                case 'ح' -> '7';
                case 'خ' -> '5';
                case 'ش' -> 'S';
                case 'ص', 'س', 'ث' -> 's';
                case 'ت', 'ط' -> 't';
                case 'د', 'ض' -> 'd';
                case 'ذ', 'ظ', 'ز' -> 'z';
                case 'ك' -> 'k';
                case 'ج' -> 'j';
                case 'ف' -> 'f';
                case 'ب' -> 'b';
                case 'م' -> 'm';
                case 'ن' -> 'n';
                case 'ل' -> 'l';
                case 'ر' -> 'r';
                default -> 0; // long vowels, hamza and everything else carry no consonant
            };
            append(s, k);
        }
        return s.toString();
    }

    static String arabiziSkeleton(String word) {
        String w = word.replace("7'", "5").replace("kh", "5").replace("3'", "G").replace("gh", "G")
                .replace("sh", "S").replace("ch", "S").replace("9'", "d").replace("6'", "z")
                .replace("th", "t").replace("dh", "z").replace("'", "");
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            char k = switch (c) {
                case 'a', 'e', 'i', 'o', 'u', 'w', 'y' -> 0;
                case '2', '8', 'q' -> 'q';
                case '6' -> 't';
                case '9' -> 's';
                case 'p' -> 'b';
                case 'v' -> 'f';
                case 'c' -> 'k';
                case 'g' -> 'j';
                default -> c;
            };
            if (c == 'x') {
                append(s, 'k');
                k = 's';
            }
            append(s, k);
        }
        return s.toString();
    }

    private static void append(StringBuilder s, char k) {
        if (k != 0 && (s.isEmpty() || s.charAt(s.length() - 1) != k)) {
            s.append(k);
        }
    }
}
