package nl.selam.kb.index;

import java.util.List;
import java.util.Optional;

/**
 * Topics ranked for one query in one language.
 *
 * @param topics    best first, one row per topic
 * @param termCount the number of analysed words in the query
 * @param unknownShare the IDF-weighted share of the query's words that no FAQ entry in this language contains:
 *                     high for questions about things the FAQ does not cover
 * @param strongTermCount the number of the query's words that are not weak words
 */
public record SearchResult(List<TopicScore> topics, int termCount, double unknownShare, int strongTermCount) {

    public SearchResult {
        topics = List.copyOf(topics);
    }

    public static SearchResult empty() {
        return new SearchResult(List.of(), 0, 1.0, 0);
    }

    public Optional<TopicScore> best() {
        return topics.isEmpty() ? Optional.empty() : Optional.of(topics.get(0));
    }

    public Optional<TopicScore> second() {
        return topics.size() < 2 ? Optional.empty() : Optional.of(topics.get(1));
    }

    /**
     * Whether a topic matched enough of the message's real words to be answered at all: two of them, or all of
     * them when the message has only one. One shared word in a longer message is a coincidence, not an answer.
     */
    public boolean enoughEvidence(TopicScore topic) {
        return topic.strongMatches() >= Math.min(2, Math.max(1, strongTermCount));
    }

    /**
     * (s1 - s2) / s1 on the calibrated score ({@link TopicScore#calibrated}) between the best-ranked topic and the
     * best other topic; 1 when only one topic matched; negative when another topic has the higher calibrated score.
     */
    public double margin() {
        if (topics.isEmpty()) {
            return 0;
        }
        double s1 = topics.get(0).calibrated();
        double s2 = 0;
        for (int i = 1; i < topics.size(); i++) {
            s2 = Math.max(s2, topics.get(i).calibrated());
        }
        return s1 <= 0 ? 0 : (s1 - s2) / s1;
    }
}
