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

    public boolean crisis(SafetyThresholds t) {
        return crisisCue.isPresent() || crisisScore >= t.crisis();
    }

    public boolean caseQuestion(SafetyThresholds t) {
        return caseCue.isPresent() || caseScore >= t.caseQuestion();
    }

    public boolean outOfDomain(SafetyThresholds t) {
        return domainScore >= t.outOfDomain();
    }
}
