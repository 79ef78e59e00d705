package nl.selam.kb.analysis;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.util.Set;

/**
 * Drops stop words, and empty tokens left by folding, without leaving a position gap, so multi-word synonyms
 * such as "geld van de gemeente" still match when a small word is dropped on both sides.
 */
final class DropWordsFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final Set<String> words;

    DropWordsFilter(TokenStream input, Set<String> words) {
        super(input);
        this.words = words;
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (input.incrementToken()) {
            if (term.length() > 0 && !words.contains(term.toString())) {
                return true;
            }
        }
        return false;
    }
}
