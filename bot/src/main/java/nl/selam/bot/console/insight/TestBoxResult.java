package nl.selam.bot.console.insight;

import java.util.List;

/**
 * What the test box shows for one message: what the engine decided, and how it ranked the topics.
 *
 * @param detected     the identifier's guess (am, fa and und included)
 * @param detectedConfidence how sure the identifier was, in [0,1]
 * @param arabizi      Arabic written in Latin letters
 * @param reply        the language Selam would answer in
 * @param searched     the language whose FAQ texts were searched
 * @param reason       why a person is needed (EscalationReason), or null
 * @param answerThreshold the calibrated probability an answer needs in the searched language
 * @param clarifyThreshold the probability a clarify choice needs
 * @param terms        the message's words as the search analysed them
 * @param unknownShare the weighted share of those words that no FAQ entry in the searched language contains
 * @param candidates   the best-ranked topics, best first
 */
public record TestBoxResult(String detected, double detectedConfidence, boolean arabizi, String reply,
                            String searched, String outcome, String topic, double confidence, String reason,
                            double answerThreshold, double clarifyThreshold, List<String> terms,
                            double unknownShare, String answer, boolean answerRightToLeft,
                            List<Candidate> candidates) {

    /**
     * One ranked topic and why it matched.
     *
     * @param probability   the calibrated probability that this topic is right
     * @param score         the ranking score (best variant, coverage and the topic document together)
     * @param normalized    the best single variant's score divided by the highest the message could reach
     * @param coverage      the weighted share of the message's words found anywhere in the topic
     * @param strongMatches the message's words (other than weak words) the topic contains
     * @param matched       the message's words the topic contains
     * @param fields        which parts of the entry hold them (title, question, keywords, answer)
     * @param variant       the question variant that shares most words with the message, or null
     */
    public record Candidate(int rank, String topic, String title, double probability, double score,
                            double normalized, double coverage, int strongMatches, List<String> matched,
                            List<Field> fields, String variant) {
    }

    /** The words of the message found in one part of an entry. */
    public record Field(String part, List<String> terms) {
    }
}
