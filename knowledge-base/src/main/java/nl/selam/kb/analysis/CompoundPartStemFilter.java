package nl.selam.kb.analysis;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.tartarus.snowball.ext.DutchStemmer;

import java.io.IOException;

/**
 * Stems the parts that the compound splitter adds (stacked at the compound's position), so "huur" found inside
 * "huurtoeslag" becomes the same term as the word "huur" on its own. The compound itself is already stemmed.
 */
final class CompoundPartStemFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final DutchStemmer stemmer = new DutchStemmer();

    CompoundPartStemFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (position.getPositionIncrement() == 0) {
            stemmer.setCurrent(term.toString());
            stemmer.stem();
            term.setEmpty().append(stemmer.getCurrent());
        }
        return true;
    }
}
