package nl.selam.kb.analysis;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.util.function.UnaryOperator;

/** Rewrites every token with a letter-level folding function (Ge'ez or Arabic letter forms). */
final class CharMappingFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final UnaryOperator<String> mapping;

    CharMappingFilter(TokenStream input, UnaryOperator<String> mapping) {
        super(input);
        this.mapping = mapping;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String mapped = mapping.apply(term.toString());
        term.setEmpty().append(mapped);
        return true;
    }
}
