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
     * is still not paid") needs the classifier halfway from its threshold to certainty: a case question is strong
     * evidence against a crisis, a crisis cue still wins.
     */
    public boolean crisis(SafetyThresholds t) {
        double needed = caseCue.isPresent() ? (t.crisis() + 1) / 2 : t.crisis();
        return crisisCue.isPresent() || crisisScore >= needed;
    }

    public boolean caseQuestion(SafetyThresholds t) {
        return caseCue.isPresent() || caseScore >= t.caseQuestion();
    }

    public boolean outOfDomain(SafetyThresholds t) {
        return domainScore >= t.outOfDomain();
    }
}
