package nl.selam.kb.safety;

import java.util.Optional;

/**
 * What the safety checks found in one message, before any search.
 *
 * @param crisisCue     the crisis lexicon rule that fired, if any
 * @param crisisScore   the crisis classifier's score
 * @param caseCue       the own-case lexicon rule that fired, if any
 * @param caseScore     the own-case classifier's score
 * @param domainScore   the out-of-domain classifier's score (everyday requests, chit-chat, news)
 */
public record SafetyReading(Optional<CueLexicon.Rule> crisisCue, double crisisScore,
                            Optional<CueLexicon.Rule> caseCue, double caseScore, double domainScore) {

    /**
     * A crisis cue, or the classifier past its threshold. A message the own-case lexicon recognises ("my payment
     * is still not paid") or that asks for a person needs the classifier halfway from its threshold to certainty:
     * both are strong evidence of another intent (and a person answers the second anyway); a crisis cue still wins.
     * The classifier alone never decides on fewer than two words: it has too little to go on, and its prior would
     * decide instead (an emoji, "ok").
     *
     * @param words        the message's words (letters)
     * @param personAsked  whether the message asks for a person or an interpreter
     */
    public boolean crisis(SafetyThresholds t, int words, boolean personAsked) {
        if (crisisCue.isPresent()) {
            return true;
        }
        double needed = caseCue.isPresent() || personAsked ? (t.crisis() + 1) / 2 : t.crisis();
        return words >= 2 && crisisScore >= needed;
    }

    public boolean caseQuestion(SafetyThresholds t) {
        return caseCue.isPresent() || caseScore >= t.caseQuestion();
    }

    public boolean outOfDomain(SafetyThresholds t) {
        return domainScore >= t.outOfDomain();
    }
}
