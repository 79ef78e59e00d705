package nl.selam.bot.conversation.contract;

import java.time.Duration;

/** The channel asked to wait before trying again (Telegram's 429 with {@code retry_after}, a WhatsApp rate limit). */
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
