package nl.selam.bot.conversation;

import java.util.List;

/**
 * The port through which the core queues stored replies for delivery (implemented by the outbox), so the
 * conversation feature does not depend on the outbox's package.
 */
public interface ReplyQueue {

    /** Queues a stored message; call inside the transaction that stored it. Returns the entry id. */
    long enqueue(long messageId, String channel, String dedupKey);

    /** Whether a message for this purpose was queued already. */
    boolean isQueued(String dedupKey);

    /** Tries to deliver these entries at once (after the commit), so nobody waits for the next sweep. */
    void deliverNow(List<Long> entryIds);
}
