package nl.selam.kb.analysis;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

import java.io.IOException;
import java.util.List;

/**
 * Strips at most one attached preposition or particle prefix (ን-, ብ-, ኣብ-, ካብ-, ናብ-, ምስ-, ዝ-, ክ-, እንተ-) and one
 * possessive or particle suffix (-ይ, -ካ, -ኩም, -ና, -ኡ, -ዶ, -ውን ...), keeping at least two syllables, so ንሓኪም
 * and ሓኪም meet. Tigrinya stemmers reach under 90% accuracy, so this stays deliberately light; the character
 * n-gram field catches the rest (plurals such as ሓካይም).
 */
final class TigrinyaLightStemFilter extends TokenFilter {

    private static final List<String> PREFIXES = List.of("እንተ", "ኣብ", "ካብ", "ናብ", "ምስ", "ን", "ብ", "ዝ", "ክ");
    private static final List<String> SUFFIXES = List.of("ውን", "ታት", "ኩም", "ክን", "ኦም", "ኤን", "ዶ", "ይ", "ካ",
            "ኪ", "ና", "ኡ", "ኣ", "ን");
    private static final int MIN_STEM = 2;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    TigrinyaLightStemFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (keyword.isKeyword()) {
            return true; // an editor's stem correction: leave it alone
        }
        String word = term.toString();
        if (word.isEmpty() || !GeezLetters.isSyllable(word.codePointAt(0))) {
            return true;
        }
        String stem = stripSuffix(stripPrefix(word));
        if (!stem.equals(word)) {
            term.setEmpty().append(stem);
        }
        return true;
    }

    private static String stripPrefix(String word) {
        for (String p : PREFIXES) {
            if (word.startsWith(p) && word.length() - p.length() >= MIN_STEM + 1) {
                return word.substring(p.length());
            }
        }
        return word;
    }

    private static String stripSuffix(String word) {
        for (String s : SUFFIXES) {
            if (word.endsWith(s) && word.length() - s.length() >= MIN_STEM) {
                return word.substring(0, word.length() - s.length());
            }
        }
        return word;
    }
}
