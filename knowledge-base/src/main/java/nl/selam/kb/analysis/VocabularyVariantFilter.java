package nl.selam.kb.analysis;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

import java.io.IOException;

/** Replaces a word the content does not know by a known written form of it ({@link VocabularyVariants}). */
final class VocabularyVariantFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final VocabularyVariants variants;

    VocabularyVariantFilter(TokenStream input, VocabularyVariants variants) {
        super(input);
        this.variants = variants;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            variants.knownForm(term.toString()).ifPresent(w -> term.setEmpty().append(w));
        }
        return true;
    }
}
