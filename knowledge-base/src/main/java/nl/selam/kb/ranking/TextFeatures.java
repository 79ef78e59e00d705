package nl.selam.kb.ranking;

import nl.selam.kb.analysis.ArabicLetters;
import nl.selam.kb.analysis.GeezLetters;
import nl.selam.kb.language.Language;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The features the learned ranker sees in a text: the index's analysed words (so synonyms, stems and loanwords
 * count as they do for BM25), pairs of adjacent analysed words, and character n-grams of each written word after
 * letter folding (3- and 4-grams for alphabets, 2- and 3-grams for Ge'ez syllables), which carry affixes,
 * misspellings and transliterations the word list does not know. The vector is scaled to unit length so that
 * a long message and a short one are comparable.
 */
final class TextFeatures {

    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final float WORD = 1.0f;
    private static final float PAIR = 0.5f;
    private static final float GRAM = Float.parseFloat(System.getProperty("selam.ranker.gram", "0.25"));

    private static final float SKELETON = Float.parseFloat(System.getProperty("selam.ranker.skeleton", "0.25"));
    private static final int[] SKELETON_SIZES = sizes("selam.ranker.skeletonsizes", "2,3");

    private final Language language;
    private final Function<String, List<String>> analyser;

    TextFeatures(Language language, Function<String, List<String>> analyser) {
        this.language = language;
        this.analyser = analyser;
    }

    /** The unit-length feature vector of a text. */
    Map<String, Float> of(String text) {
        Map<String, Float> out = new HashMap<>();
        add(out, text, 1f);
        return normalised(out);
    }

    /**
     * The features of a message whose question sentences are known: the story around them counts at
     * {@code storyWeight}, so its words can support the question's topic but not decide it.
     */
    Map<String, Float> of(String question, String story, float storyWeight) {
        Map<String, Float> out = new HashMap<>();
        add(out, question, 1f);
        if (story != null && !story.isBlank()) {
            add(out, story, storyWeight);
        }
        return normalised(out);
    }

    private void add(Map<String, Float> out, String text, float weight) {
        List<String> terms = analyser.apply(text);
        String previous = null;
        for (String t : terms) {
            out.merge("w " + t, WORD * weight, Float::sum);
            if (previous != null) {
                out.merge("p " + previous + ' ' + t, PAIR * weight, Float::sum);
            }
            previous = t;
        }
        int[] sizes = language == Language.TI ? sizes("selam.ranker.tisizes", "2,3") : sizes("selam.ranker.sizes", "3,4");
        for (String raw : WORDS.split(text)) {
            if (raw.isEmpty()) {
                continue;
            }
            String word = '<' + fold(raw) + '>';
            for (int n : sizes) {
                for (int i = 0; i + n <= word.length(); i++) {
                    out.merge("c " + word.substring(i, i + n), GRAM * weight, Float::sum);
                }
            }
            if (language == Language.TI && SKELETON > 0) {
                String skeleton = '<' + skeleton(word.substring(1, word.length() - 1)) + '>';
                for (int n : SKELETON_SIZES) {
                    for (int i = 0; i + n <= skeleton.length(); i++) {
                        out.merge("s " + skeleton.substring(i, i + n), SKELETON * weight, Float::sum);
                    }
                }
            }
        }
    }

    /**
     * Tigrinya consonant skeleton: every syllable in its sixth (vowel-less) order, so the vowel a suffix fuses onto
     * the last consonant (ሓኪመይ, ሓኪሙ) and the vowels a loanword is written with (ኢንሹረንስ, ኢንሹራንስ) do not hide the word.
     */
    private static String skeleton(String word) {
        StringBuilder out = new StringBuilder(word.length());
        word.codePoints().forEach(c -> out.appendCodePoint(GeezLetters.sixthOrder(c)));
        return out.toString();
    }

    private static int[] sizes(String key, String value) {
        return java.util.Arrays.stream(System.getProperty(key, value).split(",")).mapToInt(Integer::parseInt).toArray();
    }

    private String fold(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return switch (language) {
            case TI -> GeezLetters.fold(lower);
            case AR -> ArabicLetters.fold(lower);
            default -> MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        };
    }

    private static Map<String, Float> normalised(Map<String, Float> features) {
        double sum = 0;
        for (float v : features.values()) {
            sum += v * v;
        }
        if (sum <= 0) {
            return features;
        }
        float scale = (float) (1 / Math.sqrt(sum));
        features.replaceAll((k, v) -> v * scale);
        return features;
    }
}
