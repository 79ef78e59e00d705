package nl.selam.bot.console.insight;

/** Residents' verdicts on the answers of one topic in one language. */
public record FeedbackCount(String topic, String title, String language, int helpful, int notHelpful) {

    public int total() {
        return helpful + notHelpful;
    }

    /** The share of 👎 in [0,1]. */
    public double notHelpfulShare() {
        return total() == 0 ? 0 : (double) notHelpful / total();
    }
}
