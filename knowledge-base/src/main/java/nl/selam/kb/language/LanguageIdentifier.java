package nl.selam.kb.language;

import com.ibm.icu.lang.UScript;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells nl, ar (also in Arabizi), ti, en apart in chat-length messages, and recognises Amharic and Persian/Dari
 * so they are not mistaken for Tigrinya and Arabic.
 *
 * <p>General-purpose detectors are unreliable on 1-10 words and know no Tigrinya, so this works in two steps:
 * the script of the words (ICU4J) picks the branch, then letters and frequent words decide within it. The script
 * with the most words wins, so Dutch loanwords in an Arabic or Tigrinya sentence do not change its language.
 */
public final class LanguageIdentifier {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}']+");
    // a digit glued to a letter is how Arabizi writes ع ح ء خ; ordinals, units and postcodes are not Arabizi
    private static final Pattern ARABIZI_DIGIT = Pattern.compile("(?<=\\p{L})[235679]|[235679](?=\\p{L})");
    private static final Pattern NOT_ARABIZI = Pattern.compile(
            "\\d+(e|de|ste|st|nd|rd|th|x|km|kg|cm|mm|m|h|u|min|jr|jaar|eur|euro)|[a-z]{1,3}\\d{1,2}|\\d{4}[a-z]{2}");
    private static final Pattern DUTCH_ORTHOGRAPHY = Pattern.compile("ij|oe|ui|aa|uu|sch|eu|(heid|lijk|tje|je|en)$");
    private static final Pattern ENGLISH_ORTHOGRAPHY = Pattern.compile("th|wh|(ing|ed|ly|ould|ght)$|^w[aeiou]");

    private final Set<String> dutch = WordList.load("frequent.nl.txt");
    private final Set<String> english = WordList.load("frequent.en.txt");
    private final Set<String> arabizi = WordList.load("frequent.arz.txt");
    private final Set<String> tigrinya = WordList.load("frequent.ti.txt");
    private final Set<String> amharic = WordList.load("frequent.am.txt");
    private final Set<String> persian = WordList.load("frequent.fa.txt");
    private final Set<String> arabic = WordList.load("frequent.ar.txt");

    public LanguageGuess identify(String text) {
        if (text == null) {
            return LanguageGuess.undetermined();
        }
        List<String> ethiopic = new ArrayList<>();
        List<String> arabicScript = new ArrayList<>();
        List<String> latin = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group();
            switch (scriptOf(word)) {
                case UScript.ETHIOPIC -> ethiopic.add(word);
                case UScript.ARABIC -> arabicScript.add(word);
                case UScript.LATIN -> latin.add(word.toLowerCase(Locale.ROOT));
                default -> { }
            }
        }
        int max = Math.max(ethiopic.size(), Math.max(arabicScript.size(), latin.size()));
        if (max == 0) {
            return LanguageGuess.undetermined();
        }
        if (ethiopic.size() == max) {
            return ethiopic(ethiopic);
        }
        if (arabicScript.size() == max) {
            return arabicScript(arabicScript);
        }
        return latin(latin);
    }

    private static int scriptOf(String word) {
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            int script = UScript.getScript(cp);
            if (script != UScript.COMMON && script != UScript.INHERITED) {
                return script;
            }
            i += Character.charCount(cp);
        }
        return UScript.COMMON;
    }

    private LanguageGuess ethiopic(List<String> words) {
        double score = 0;
        for (String w : words) {
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                // the spirants ቐ and ኸ rows exist in Tigrinya, not in Amharic
                if ((c >= 0x1250 && c <= 0x125D) || (c >= 0x12B8 && c <= 0x12C5)) {
                    score += 3;
                }
            }
            if (tigrinya.contains(w)) {
                score += 2;
            }
            if (amharic.contains(w)) {
                score -= 2;
            }
            char first = w.charAt(0);
            if (first == 'ኣ') {
                score += 0.5;
            } else if (first == 'አ') {
                score -= 0.5;
            }
        }
        if (score < 0) {
            return new LanguageGuess(Language.AM, false, Math.min(1.0, -score / 4));
        }
        return new LanguageGuess(Language.TI, false, Math.min(1.0, 0.5 + score / 8));
    }

    private LanguageGuess arabicScript(List<String> words) {
        double fa = 0;
        double ar = 0;
        for (String w : words) {
            String bare = w.replace("\u200C", "");
            if (bare.chars().anyMatch(LanguageIdentifier::isPashtoOrUrduLetter)) {
                return new LanguageGuess(Language.UND, false, 0.5);
            }
            fa += bare.chars().filter(c -> c == 'پ' || c == 'چ' || c == 'ژ' || c == 'گ').count();
            fa += 0.5 * bare.chars().filter(c -> c == 'ک' || c == 'ی').count();
            if (persian.contains(bare) || bare.startsWith("می")) {
                fa += persian.contains(bare) ? 2 : 0.5;
            }
            if (arabic.contains(bare)) {
                ar += 2;
            }
        }
        if (fa >= 3 && fa > ar) {
            return new LanguageGuess(Language.FA, false, Math.min(1.0, (fa - ar) / 6));
        }
        return new LanguageGuess(Language.AR, false, Math.min(1.0, 0.6 + (ar - fa) / 10));
    }

    private static boolean isPashtoOrUrduLetter(int c) {
        return c == 'ټ' || c == 'ډ' || c == 'ړ' || c == 'ږ' || c == 'ښ' || c == 'ځ' || c == 'څ' || c == 'ګ'
                || c == 'ڼ' || c == 'ې' || c == 'ۍ' || c == 'ٹ' || c == 'ڈ' || c == 'ڑ' || c == 'ں' || c == 'ے';
    }

    private LanguageGuess latin(List<String> words) {
        double nl = 0;
        double en = 0;
        double arz = 0;
        for (String w : words) {
            double weight = w.length() <= 2 ? 0.5 : 1.0;
            if (ARABIZI_DIGIT.matcher(w).find() && !NOT_ARABIZI.matcher(w).matches()) {
                arz += 3;
            }
            if (arabizi.contains(w)) {
                arz += 1.5 * weight;
            }
            if (dutch.contains(w)) {
                nl += 1.5 * weight;
            } else if (DUTCH_ORTHOGRAPHY.matcher(w).find()) {
                nl += 0.3;
            }
            if (english.contains(w)) {
                en += 1.5 * weight;
            } else if (ENGLISH_ORTHOGRAPHY.matcher(w).find()) {
                en += 0.3;
            }
        }
        double best = Math.max(nl, Math.max(en, arz));
        if (best < 0.3) {
            return LanguageGuess.undetermined();
        }
        double second = nl + en + arz - best - Math.min(nl, Math.min(en, arz));
        double confidence = Math.min(1.0, (best - second) / Math.max(1.0, best) + 0.3);
        if (arz == best) {
            return new LanguageGuess(Language.AR, true, confidence);
        }
        return new LanguageGuess(nl >= en ? Language.NL : Language.EN, false, confidence);
    }
}
