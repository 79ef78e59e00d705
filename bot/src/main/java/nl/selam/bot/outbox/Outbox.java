package nl.selam.bot.outbox;

import jakarta.inject.Singleton;
import nl.selam.bot.conversation.Message;
import nl.selam.bot.conversation.ReplyQueue;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Queues stored outgoing messages for delivery. {@link #enqueue} must run in the transaction that stored the
 * message; {@link #deliverNow} runs after that transaction committed, and the sweep catches anything it misses.
 */
@Singleton
public class Outbox implements ReplyQueue {

    private final OutboxRepository entries;
    private final OutboxDispatcher dispatcher;
    private final Clock clock;

    Outbox(OutboxRepository entries, OutboxDispatcher dispatcher, Clock clock) {
        this.entries = entries;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    /** Queues a message; returns the entry id. */
    public long enqueue(Message message, String dedupKey) {
        return enqueue(message.id(), message.channel(), dedupKey);
    }

    @Override
    public long enqueue(long messageId, String channel, String dedupKey) {
        Instant now = clock.instant();
        OutboxEntry entry = new OutboxEntry(null, messageId, channel, dedupKey,
                OutboxEntry.OutboxState.PENDING, 0, now, null, now, null);
        return entries.save(entry).id();
    }

    /** Whether a message for this purpose was queued already (in this transaction or before). */
    @Override
    public boolean isQueued(String dedupKey) {
        return entries.existsByDedupKey(dedupKey);
    }

    /**
     * Tries to deliver these entries at once, in order, so a resident does not wait for the next sweep: local
     * channels in the calling thread, channels behind a remote API on the outbox's delivery threads (the caller does
     * not wait for them; see {@link nl.selam.bot.conversation.contract.ChannelSender#remote()}).
     */
    @Override
    public void deliverNow(List<Long> entryIds) {
        dispatcher.deliverNow(entryIds);
    }

    public List<OutboxEntry> parked() {
        return entries.findByStateOrderById(OutboxEntry.OutboxState.PARKED);
    }

    /**
     * Puts a parked entry back in the queue with a fresh set of attempts; the dispatcher's sweep sends it. Returns
     * false if the entry is not parked (sent or retried meanwhile, or erased).
     */
    public boolean retry(long entryId) {
        return entries.unpark(entryId, clock.instant()) > 0;
    }

    /**
     * Gives up on a parked entry for good, so later messages to the same chat go out. Returns false if the entry
     * is not parked (sent or retried meanwhile, or erased).
     */
    public boolean drop(long entryId) {
        return entries.drop(entryId) > 0;
    }

    /** Retries every parked entry; returns how many went back to the queue. */
    public int retryAllParked() {
        int retried = 0;
        for (OutboxEntry entry : parked()) {
            if (retry(entry.id())) {
                retried++;
            }
        }
        return retried;
    }

    public long pendingCount() {
        return entries.countByState(OutboxEntry.OutboxState.PENDING);
    }
}
