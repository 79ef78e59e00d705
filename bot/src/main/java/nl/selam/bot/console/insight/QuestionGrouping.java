package nl.selam.bot.console.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Puts questions that ask the same thing in other words together: greedy clustering by the Jaccard similarity of
 * their analysed word sets. Items are taken in the order given (newest first), so the newest question of a group
 * is its first member; an item joins the group with the most similar member, if that similarity reaches the
 * threshold, and otherwise starts a group of its own. Questions without any words stay alone.
 */
final class QuestionGrouping {

    /**
     * Measured on paraphrases in Dutch, Arabic and Tigrinya (QuestionGroupingTest): rewordings of one need share
     * half their words or more, while "huurtoeslag aanvragen" and "zorgtoeslag aanvragen" share less.
     */
    static final double THRESHOLD = 0.5;

    private final double threshold;

    QuestionGrouping(double threshold) {
        this.threshold = threshold;
    }

    QuestionGrouping() {
        this(THRESHOLD);
    }

    /** A group of questions, its first member the first one given; {@code terms} holds each member's words. */
    record Group<T>(List<T> members, List<Set<String>> terms) {
    }

    <T> List<Group<T>> group(List<T> items, Function<T, Set<String>> termsOf) {
        List<Group<T>> groups = new ArrayList<>();
        for (T item : items) {
            Set<String> terms = termsOf.apply(item);
            Group<T> best = null;
            double bestSimilarity = 0;
            for (Group<T> group : groups) {
                double similarity = similarity(terms, group);
                if (similarity > bestSimilarity) {
                    best = group;
                    bestSimilarity = similarity;
                }
            }
            if (best != null && bestSimilarity >= threshold) {
                best.members().add(item);
                best.terms().add(terms);
            } else {
                List<T> members = new ArrayList<>();
                members.add(item);
                List<Set<String>> memberTerms = new ArrayList<>();
                memberTerms.add(terms);
                groups.add(new Group<>(members, memberTerms));
            }
        }
        return groups;
    }

    /** The highest similarity to any member: a group grows by rewordings of rewordings. */
    private static double similarity(Set<String> terms, Group<?> group) {
        double best = 0;
        for (Set<String> member : group.terms()) {
            best = Math.max(best, jaccard(terms, member));
        }
        return best;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String term : a) {
            if (b.contains(term)) {
                shared++;
            }
        }
        return (double) shared / (a.size() + b.size() - shared);
    }
}
