package nl.selam.bot.channel.telegram;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Duration;

/**
 * Keeps sending under Telegram's limits: at most one message per interval to one chat, and a steady pace over
 * all chats. After a 429 everything waits as long as Telegram asked. Callers block until their turn.
 */
final class RateLimiter {

    private final long perChatNanos;
    private final long globalNanos;
    private final Cache<String, Long> nextForChat = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(5)).maximumSize(100_000).build();
    private long nextGlobal;
    private long pausedUntil;

    RateLimiter(Duration perChat, int perSecond) {
        this.perChatNanos = perChat.toNanos();
        this.globalNanos = 1_000_000_000L / Math.max(perSecond, 1);
        this.nextGlobal = System.nanoTime();
        this.pausedUntil = nextGlobal;
    }

    void acquire(String chatId) throws InterruptedException {
        while (true) {
            long wait;
            synchronized (this) {
                long now = System.nanoTime();
                Long chatReady = nextForChat.getIfPresent(chatId);
                long ready = Math.max(Math.max(nextGlobal, pausedUntil), chatReady == null ? now : chatReady);
                if (ready - now <= 0) {
                    nextForChat.put(chatId, now + perChatNanos);
                    nextGlobal = now + globalNanos;
                    return;
                }
                wait = ready - now;
            }
            Thread.sleep(Math.max(1, wait / 1_000_000), (int) (wait % 1_000_000));
        }
    }

    /** Telegram answered 429: nobody sends before {@code retryAfter} has passed. */
    synchronized void pause(Duration retryAfter) {
        pausedUntil = Math.max(pausedUntil, System.nanoTime() + retryAfter.toNanos());
    }
}
