package nl.selam.bot.faq;

/** How one language of one entry stands against the Dutch text. */
public enum FaqStatus {
    /** No text in this language. */
    MISSING,
    /** The Dutch text was published again after this translation was written or reviewed. */
    OUTDATED,
    /** Written or reviewed against the current Dutch text (Dutch itself, and the shipped content, count as reviewed). */
    REVIEWED
}
