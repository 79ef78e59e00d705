package nl.selam.kb.index;

/**
 * A topic's best match for a query.
 *
 * @param score      the best document score of the topic, weighted by the part of the entry that matched
 * @param normalized the score divided by the highest score the query could reach, in [0,1]
 * @param coverage   the IDF-weighted share of the query's words found anywhere in the topic, in [0,1]
 * @param strongMatches how many of the query's words other than weak words (question words, modal verbs) the
 *                      topic contains; a topic that matches only weak words is never a confident answer
 * @param learned    the learned ranker's probability of the topic (nl.selam.kb.ranking), 0 without the ranker
 */
public record TopicScore(String topic, double score, double normalized, double coverage, int strongMatches,
                         double learned) {

    public TopicScore(String topic, double score, double normalized, double coverage, int strongMatches) {
        this(topic, score, normalized, coverage, strongMatches, 0);
    }

    /** This topic with the ranker's probability, which adds {@code weight × learned} to the ranking score. */
    public TopicScore withLearned(double probability, double weight) {
        return new TopicScore(topic, score + weight * probability, normalized, coverage, strongMatches, probability);
    }
}
