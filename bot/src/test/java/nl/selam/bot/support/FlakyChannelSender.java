package nl.selam.bot.support;

import jakarta.inject.Singleton;
import nl.selam.bot.conversation.contract.ChannelSender;
import nl.selam.bot.conversation.contract.OutboundReply;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test channel that refuses each message a set number of times before taking it, to exercise outbox retries.
 * The number of refusals is read from the resident's key: {@code fail-<n>-...}.
 */
@Singleton
public class FlakyChannelSender implements ChannelSender {

    public static final String CHANNEL = "flaky";

    private final ConcurrentMap<Long, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final ConcurrentMap<Long, Boolean> delivered = new ConcurrentHashMap<>();
    private final ConcurrentMap<Long, Integer> failures = new ConcurrentHashMap<>();

    @Override
    public String channel() {
        return CHANNEL;
    }

    /** Messages of this resident fail this many times first. */
    public void failFirst(long messageOwnerResidentId, int times) {
        failures.put(messageOwnerResidentId, times);
    }

    @Override
    public void deliver(OutboundReply message) throws Exception {
        int attempt = attempts.computeIfAbsent(message.messageId(), k -> new AtomicInteger()).incrementAndGet();
        if (attempt <= failures.getOrDefault(message.residentId(), 0)) {
            throw new java.io.IOException("channel unavailable");
        }
        delivered.put(message.messageId(), true);
    }

    public int attempts(long messageId) {
        AtomicInteger n = attempts.get(messageId);
        return n == null ? 0 : n.get();
    }

    public boolean delivered(long messageId) {
        return delivered.containsKey(messageId);
    }
}
