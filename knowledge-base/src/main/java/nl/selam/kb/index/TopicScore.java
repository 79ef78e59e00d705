package nl.selam.kb.index;

/**
 * A topic's best match for a query.
 *
 * @param score      the ranking score: the best variant, the coverage and the topic document, weighted (see
 *                   FaqSearcher), plus the learned ranker's probability; topics are ordered by it
 * @param normalized the score divided by the highest score the query could reach, in [0,1]
 * @param coverage   the IDF-weighted share of the query's words found anywhere in the topic, in [0,1]
 * @param strongMatches how many of the query's words other than weak words (question words, modal verbs) the
 *                      topic contains; a topic that matches only weak words is never a confident answer
 * @param learned    the learned ranker's probability of the topic (nl.selam.kb.ranking), 0 without the ranker
 * @param calibrated the score with the weights the confidence model's margin feature was calibrated on
 *                   (variant 1, coverage 0.3, topic document 3, ranker 1.5): the margin keeps its calibrated
 *                   meaning when the ranking weights change, and a topic the new ranking puts first against the
 *                   calibrated score gets a negative margin, so a disagreement is answered with less confidence
 */
public record TopicScore(String topic, double score, double normalized, double coverage, int strongMatches,
                         double learned, double calibrated) {

    /** Weight of the ranker's probability in {@link #calibrated}. */
    public static final double CALIBRATED_LEARNED_WEIGHT = 1.5;

    public TopicScore(String topic, double score, double normalized, double coverage, int strongMatches) {
        this(topic, score, normalized, coverage, strongMatches, 0, score);
    }

    /** This topic with the ranker's probability, which adds {@code weight × learned} to the ranking score. */
    public TopicScore withLearned(double probability, double weight) {
        return new TopicScore(topic, score + weight * probability, normalized, coverage, strongMatches, probability,
                calibrated + CALIBRATED_LEARNED_WEIGHT * probability);
    }
}
