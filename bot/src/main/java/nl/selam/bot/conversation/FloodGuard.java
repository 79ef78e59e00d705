package nl.selam.bot.conversation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts each resident's messages per clock minute. Per resident, so one resident flooding slows nobody else.
 * Kept in memory only: after a restart a flooder gets a fresh minute, which is harmless.
 */
@Singleton
class FloodGuard {

    /** What to do with one more message. */
    enum Verdict { ALLOW, WARN, DROP }

    private final int limit;
    private final Clock clock;
    private final Cache<String, AtomicInteger> counts = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(2)).maximumSize(100_000).build();

    FloodGuard(ConversationConfiguration config, Clock clock) {
        this.limit = config.floodLimit();
        this.clock = clock;
    }

    Verdict check(long residentId) {
        long minute = clock.millis() / 60_000;
        int n = counts.get(residentId + ":" + minute, k -> new AtomicInteger()).incrementAndGet();
        if (n <= limit) {
            return Verdict.ALLOW;
        }
        // only the first message over the limit earns the slow-down note: one note, not one per message
        return n == limit + 1 ? Verdict.WARN : Verdict.DROP;
    }
}
