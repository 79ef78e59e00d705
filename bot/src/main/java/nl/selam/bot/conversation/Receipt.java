package nl.selam.bot.conversation;

/** What became of an inbound message. */
public enum Receipt {
    /** Stored and handled. */
    ACCEPTED,
    /** Seen before (same channel message id): nothing happened again. */
    DUPLICATE,
    /** Over the flood limit: not stored. */
    THROTTLED,
    /** Nobody to act on: feedback or erasing from a channel user Selam has never seen (or erased already). */
    UNKNOWN_RESIDENT
}
