package nl.selam.bot.channel.whatsapp;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Duration;

/**
 * Keeps sending within the Cloud API's limits: a steady pace for the business number, a least interval per
 * resident (Meta's pair limit), a pause for everyone after a rate hit (130429) that doubles while hits repeat and
 * resets after a success, and a pause for one resident after a pair-limit hit (131056). {@link #acquire} blocks
 * until it is this message's turn, but never longer than {@link #MAX_WAIT}: a longer wait is handed back to the
 * outbox as a deferral instead of holding a thread.
 */
final class Throttle {

    static final Duration MAX_WAIT = Duration.ofSeconds(5);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);
    private static final Duration PAIR_PAUSE = Duration.ofSeconds(6);

    private final long perRecipientNanos;
    private final long globalNanos;
    private final Duration firstBackoff;
    private final Cache<String, Long> nextForRecipient = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(10)).maximumSize(100_000).build();
    private long nextGlobal;
    private long pausedUntil;
    private Duration backoff;

    Throttle(Duration perRecipient, int perSecond, Duration firstBackoff) {
        this.perRecipientNanos = perRecipient.toNanos();
        this.globalNanos = 1_000_000_000L / Math.max(perSecond, 1);
        this.firstBackoff = firstBackoff;
        this.backoff = firstBackoff;
        this.nextGlobal = System.nanoTime();
        this.pausedUntil = nextGlobal;
    }

    /**
     * Waits for this resident's turn. Returns zero once it may send, or how long it must still wait when that is
     * more than {@link #MAX_WAIT} (the caller defers the delivery by that much).
     */
    Duration acquire(String recipient) throws InterruptedException {
        while (true) {
            long wait;
            synchronized (this) {
                long now = System.nanoTime();
                Long recipientReady = nextForRecipient.getIfPresent(recipient);
                long ready = Math.max(Math.max(nextGlobal, pausedUntil), recipientReady == null ? now : recipientReady);
                wait = ready - now;
                if (wait <= 0) {
                    nextForRecipient.put(recipient, now + perRecipientNanos);
                    nextGlobal = now + globalNanos;
                    return Duration.ZERO;
                }
                if (wait > MAX_WAIT.toNanos()) {
                    return Duration.ofNanos(wait);
                }
            }
            Thread.sleep(Math.max(1, wait / 1_000_000), (int) (wait % 1_000_000));
        }
    }

    /** 130429: everyone waits; the pause doubles while hits repeat. Returns the pause. */
    synchronized Duration rateHit() {
        Duration pause = backoff;
        pausedUntil = Math.max(pausedUntil, System.nanoTime() + pause.toNanos());
        Duration doubled = backoff.multipliedBy(2);
        backoff = doubled.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : doubled;
        return pause;
    }

    /** 131056: only this resident waits. Returns the pause. */
    synchronized Duration pairHit(String recipient) {
        nextForRecipient.put(recipient, System.nanoTime() + PAIR_PAUSE.toNanos());
        return PAIR_PAUSE;
    }

    /** A message went through: the next rate hit starts again from the first backoff. */
    synchronized void succeeded() {
        backoff = firstBackoff;
    }
}
