package nl.selam.bot.outbox;

import java.time.Duration;

/**
 * Published after each delivery attempt that ended in a verdict the operator cares about. Labels only: no text,
 * no resident.
 *
 * @param channel the channel of the outgoing message
 * @param result  what happened
 * @param latency for {@link Result#SENT}, from queueing to the channel taking it (retries included); else zero
 */
public record DeliveryEvent(String channel, Result result, Duration latency) {

    /** The verdict of one attempt. */
    public enum Result {
        /** The channel took the message. */
        SENT,
        /** The channel asked to wait (Telegram's 429). */
        DEFERRED,
        /** Failed; retried later. */
        FAILED,
        /** Failed too often, or the resident cannot be reached: parked for a beheerder. */
        PARKED
    }
}
