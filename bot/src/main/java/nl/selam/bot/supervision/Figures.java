package nl.selam.bot.supervision;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/** What the supervisor's view shows: counts, durations and staff names only, never a resident or their words. */
public final class Figures {

    private Figures() {
    }

    /**
     * The open escalations of one language meant for one pool.
     *
     * @param oldestMinutes how long the longest-waiting one has waited
     * @param limitMinutes  the promise: how long an escalation of this language may wait unclaimed
     * @param overLimit     how many have waited longer than that
     * @param activeStaff   how many of the pool are active in this language now
     */
    @Serdeable
    public record QueueCell(String language, String pool, int waiting, int urgent, long oldestMinutes,
                            long limitMinutes, int overLimit, int activeStaff) {

        public boolean late() {
            return overLimit > 0;
        }
    }

    /** One staff member's claims since midnight and what they hold now. */
    @Serdeable
    public record StaffClaims(String name, String role, int claimsToday, int holding) {
    }

    /** The live view. */
    @Serdeable
    public record Live(List<QueueCell> queues, List<StaffClaims> staff, int crisesToday, int crisesWaiting,
                       String asOf) {
    }

    /** 👍 and 👎 on Selam's answers of one topic in the chart's window. */
    @Serdeable
    public record TopicFeedback(String topic, int up, int down) {
    }

    /**
     * The charts: one value per period (day or week, oldest first).
     *
     * @param escalations   per language, escalations opened in each period
     * @param waitMedian    minutes from opening to the first claim, median, or null when none was claimed
     * @param waitP90       the same, 90th percentile
     * @param bySelam       answers Selam gave from the FAQ
     * @param byPerson      escalations opened (questions that went to a person)
     */
    @Serdeable
    public record Trends(String by, List<String> periods, Map<String, List<Integer>> escalations,
                         List<@Nullable Double> waitMedian, List<@Nullable Double> waitP90, List<Integer> bySelam,
                         List<Integer> byPerson, List<TopicFeedback> feedback) {
    }
}
