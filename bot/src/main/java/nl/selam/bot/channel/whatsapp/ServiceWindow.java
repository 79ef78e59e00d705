package nl.selam.bot.channel.whatsapp;

import io.micronaut.core.annotation.Nullable;

import java.time.Duration;
import java.time.Instant;

/**
 * WhatsApp's customer-service window: a business may send free-form messages for 24 hours after the resident's
 * last message; after that only an approved template. A minute is kept in hand, so a message that waits briefly in
 * the outbox does not arrive just after the window closed (Meta would refuse it with 131047).
 */
final class ServiceWindow {

    static final Duration LENGTH = Duration.ofHours(24);
    private static final Duration MARGIN = Duration.ofMinutes(1);

    private ServiceWindow() {
    }

    static boolean isOpen(@Nullable Instant lastInbound, Instant now) {
        return lastInbound != null && now.isBefore(lastInbound.plus(LENGTH).minus(MARGIN));
    }
}
