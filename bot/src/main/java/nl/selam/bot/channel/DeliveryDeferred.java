package nl.selam.bot.channel;

import java.time.Duration;

/** The channel asked to wait before trying again (e.g. Telegram's 429 with {@code retry_after}). */
public class DeliveryDeferred extends Exception {

    private final Duration retryAfter;

    public DeliveryDeferred(Duration retryAfter) {
        super("channel asked to retry after " + retryAfter, null, false, false);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
