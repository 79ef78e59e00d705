package nl.selam.kb.analysis;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

import java.io.IOException;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * A deliberately light stemmer: strips at most one prefix and then one suffix from a short list, keeping a
 * minimum stem, for the words of one script. Published stemmers for Tigrinya reach under 90% accuracy and none
 * knows Levantine Arabic, so Selam strips only the clitics it is sure of and leaves the rest to n-grams and
 * synonyms. Words an editor corrected (keyword-marked by stems.*.txt) are left alone.
 */
final class LightAffixStemFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final List<String> prefixes;
    private final List<String> suffixes;
    private final int minStem;
    private final IntPredicate script;

    private LightAffixStemFilter(TokenStream input, List<String> prefixes, List<String> suffixes, int minStem,
                                 IntPredicate script) {
        super(input);
        this.prefixes = prefixes;
        this.suffixes = suffixes;
        this.minStem = minStem;
        this.script = script;
    }

    /**
     * Tigrinya: one attached preposition or particle prefix (ን-, ብ-, ኣብ-, ካብ-, ናብ-, ምስ-, ዝ-, ክ-, እንተ-) and one
     * possessive or particle suffix (-ይ, -ካ, -ኩም, -ና, -ኡ, -ዶ, -ውን ...), keeping two syllables: ንሓኪም meets ሓኪም.
     */
    static LightAffixStemFilter tigrinya(TokenStream input) {
        return new LightAffixStemFilter(input,
                List.of("እንተ", "ኣብ", "ካብ", "ናብ", "ምስ", "ን", "ብ", "ዝ", "ክ"),
                List.of("ውን", "ታት", "ኩም", "ክን", "ኦም", "ኤን", "ዶ", "ይ", "ካ", "ኪ", "ና", "ኡ", "ኣ", "ን"),
                2, GeezLetters::isSyllable);
    }

    /**
     * Levantine Arabic clitics that Lucene's MSA light stemmer leaves (run after it): the b-imperfect (بيساعد،
     * بتروح، بنقدر), prepositions glued to the word, and object suffixes (-ني، -نا، -كم، -هم، -ك), keeping three letters.
     */
    static LightAffixStemFilter levantine(TokenStream input) {
        return new LightAffixStemFilter(input,
                List.of("بي", "بت", "بن", "من", "عال", "عل", "ب", "ل"),
                List.of("كم", "كن", "هم", "ني", "نا", "ك", "ه", "ي", "و"),
                3, c -> c >= 0x0600 && c <= 0x06FF);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (keyword.isKeyword() || term.length() == 0 || !script.test(term.charAt(0))) {
            return true;
        }
        String word = term.toString();
        String stem = stripSuffix(stripPrefix(word));
        if (!stem.equals(word)) {
            term.setEmpty().append(stem);
        }
        return true;
    }

    private String stripPrefix(String word) {
        for (String p : prefixes) {
            if (word.startsWith(p) && word.length() - p.length() >= minStem + 1) {
                return word.substring(p.length());
            }
        }
        return word;
    }

    private String stripSuffix(String word) {
        for (String s : suffixes) {
            if (word.endsWith(s) && word.length() - s.length() >= minStem) {
                return word.substring(0, word.length() - s.length());
            }
        }
        return word;
    }
}
