package nl.selam.kb.ranking;

/**
 * Which of the understanding steps the engine uses; all on in production. Switching one off measures what it
 * adds alone (docs/evaluation.md): {@code -Dselam.understanding.off=analysis,focus,ranker}.
 *
 * @param analysis the vocabulary-aware word forms: Tigrinya affixes and loanword spellings, Dutch spelling by
 *                 ear, the wider Arabizi transliteration
 * @param focus    the question sentences of a long message weigh above its story
 * @param ranker   the learned ranker beside BM25
 */
public record Understanding(boolean analysis, boolean focus, boolean ranker) {

    public static final Understanding ALL = new Understanding(true, true, true);

    /** All steps, minus those named in the system property {@code selam.understanding.off} (for measurements). */
    public static Understanding fromSystemProperties() {
        String off = System.getProperty("selam.understanding.off", "");
        return new Understanding(!off.contains("analysis"), !off.contains("focus"), !off.contains("ranker"));
    }
}
