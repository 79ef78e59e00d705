package nl.selam.kb.analysis;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;

/** Maps every Ge'ez syllable to its vowel-less sixth order: a cheap root-like key for Tigrinya (ሓኪም → ሕክም). */
final class SkeletonFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    SkeletonFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        for (int i = 0; i < term.length(); i++) {
            buffer[i] = (char) GeezLetters.sixthOrder(buffer[i]);
        }
        return true;
    }
}
