package nl.selam.kb.language;

/**
 * The outcome of language identification.
 *
 * @param language   the language the message is written in
 * @param arabizi    true when Arabic was written in Latin letters (then {@code language} is AR)
 * @param confidence a rough certainty in [0,1]; low values mean "ask or search several languages"
 */
public record LanguageGuess(Language language, boolean arabizi, double confidence) {

    public static LanguageGuess undetermined() {
        return new LanguageGuess(Language.UND, false, 0.0);
    }
}
