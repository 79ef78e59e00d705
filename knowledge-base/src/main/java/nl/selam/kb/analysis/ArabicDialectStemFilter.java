package nl.selam.kb.analysis;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

import java.io.IOException;
import java.util.List;

/**
 * Strips the Levantine clitics that Lucene's MSA light stemmer leaves: the b-imperfect (بيساعد، بتروح، بنقدر),
 * progressive/future particles glued to the verb, and object suffixes (-ني، -نا، -كم، -هم، -ك). Runs after
 * ArabicStemFilter and keeps at least three letters.
 */
final class ArabicDialectStemFilter extends TokenFilter {

    private static final List<String> PREFIXES = List.of("بي", "بت", "بن", "من", "عال", "عل", "ب", "ل");
    private static final List<String> SUFFIXES = List.of("كم", "كن", "هم", "ني", "نا", "ك", "ه", "ي", "و");
    private static final int MIN_STEM = 3;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    ArabicDialectStemFilter(TokenStream input) {
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
        if (word.isEmpty() || word.charAt(0) < 0x0600 || word.charAt(0) > 0x06FF) {
            return true;
        }
        String stem = word;
        for (String p : PREFIXES) {
            if (stem.startsWith(p) && stem.length() - p.length() >= MIN_STEM + 1) {
                stem = stem.substring(p.length());
                break;
            }
        }
        for (String s : SUFFIXES) {
            if (stem.endsWith(s) && stem.length() - s.length() >= MIN_STEM) {
                stem = stem.substring(0, stem.length() - s.length());
                break;
            }
        }
        if (!stem.equals(word)) {
            term.setEmpty().append(stem);
        }
        return true;
    }
}
