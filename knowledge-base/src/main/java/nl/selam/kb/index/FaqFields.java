package nl.selam.kb.index;

import nl.selam.kb.language.Language;

/** The fixed field vocabulary of the FAQ index. */
public final class FaqFields {

    /** Stored keyword field: the topic id. */
    public static final String TOPIC = "topic";
    /** Stored keyword field: which part of the entry the document holds (see {@link Kind}). */
    public static final String KIND = "kind";
    /** Stored int: position in the build order, to find per-document data kept outside Lucene. */
    public static final String ORD = "ord";
    /** Character n-grams of the Tigrinya consonant skeleton. */
    public static final String TI_GRAMS = "g_ti";

    /**
     * The parts of an entry, each indexed as its own document; the title says most precisely what it is about.
     * TOPIC holds all questions, the title and the keywords together; it ranks topics but is never a best variant.
     */
    public enum Kind {
        QUESTION(1.0), TITLE(1.3), KEYWORDS(0.85), ANSWER(0.5), TOPIC(0.0);

        private final double weight;

        Kind(double weight) {
            this.weight = weight;
        }

        public double weight() {
            return weight;
        }
    }

    private FaqFields() {
    }

    /** The analysed text field of a language. */
    public static String text(Language language) {
        return "q_" + language.code();
    }
}
