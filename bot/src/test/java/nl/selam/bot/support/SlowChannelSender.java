package nl.selam.bot.support;

import jakarta.inject.Singleton;
import nl.selam.bot.conversation.contract.ChannelSender;
import nl.selam.bot.conversation.contract.OutboundReply;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test channel behind a remote API whose every send takes {@link #SEND} (a slow upload), and which, unlike the
 * real channels, does not recognise a second delivery of the same message: it counts every call, so a duplicate
 * the outbox causes is seen here rather than hidden by a channel's own delivery log.
 */
@Singleton
public class SlowChannelSender implements ChannelSender {

    public static final String CHANNEL = "slow";
    public static final Duration SEND = Duration.ofSeconds(3);

    private final ConcurrentMap<Long, AtomicInteger> calls = new ConcurrentHashMap<>();

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public boolean remote() {
        return true;
    }

    @Override
    public void deliver(OutboundReply reply) throws Exception {
        calls.computeIfAbsent(reply.messageId(), k -> new AtomicInteger()).incrementAndGet();
        Thread.sleep(SEND.toMillis());
    }

    /** How often this message was handed to the channel. */
    public int calls(long messageId) {
        AtomicInteger n = calls.get(messageId);
        return n == null ? 0 : n.get();
    }
}
