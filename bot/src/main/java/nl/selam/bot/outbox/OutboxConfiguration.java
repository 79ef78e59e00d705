package nl.selam.bot.outbox;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * How the outbox retries ({@code selam.outbox.*}).
 *
 * @param maxAttempts attempts before an entry is parked for a beheerder
 * @param backoff     the wait after the first failure; doubled after each further one, at most {@code maxBackoff}
 * @param lease       how long an attempt holds an entry without renewing it: renewed while the send is in flight
 *                    ({@link LeaseRenewal}), so it only runs out when the holder died or stalled
 * @param deliveryThreads threads that deliver to remote channels (Telegram) right after a message is queued
 * @param maxSend     how long one send may keep its lease renewed; a send still in flight after that (a hung call)
 *                    lets its lease run out, and the entry is tried again
 */
@ConfigurationProperties("selam.outbox")
record OutboxConfiguration(@Bindable(defaultValue = "8") int maxAttempts,
                           @Bindable(defaultValue = "2s") Duration backoff,
                           @Bindable(defaultValue = "10m") Duration maxBackoff,
                           @Bindable(defaultValue = "30s") Duration lease,
                           @Bindable(defaultValue = "4") int deliveryThreads,
                           @Bindable(defaultValue = "10m") Duration maxSend) {

    Duration backoffAfter(int attempts) {
        Duration wait = backoff.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
