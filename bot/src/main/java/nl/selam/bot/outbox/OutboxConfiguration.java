package nl.selam.bot.outbox;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * How the outbox retries ({@code selam.outbox.*}).
 *
 * @param maxAttempts attempts before an entry is parked for a beheerder
 * @param backoff     the wait after the first failure; doubled after each further one, at most {@code maxBackoff}
 * @param lease       how long an attempt may take before another sweep may try the entry again
 * @param deliveryThreads threads that deliver to remote channels (Telegram) right after a message is queued
 */
@ConfigurationProperties("selam.outbox")
record OutboxConfiguration(@Bindable(defaultValue = "8") int maxAttempts,
                           @Bindable(defaultValue = "2s") Duration backoff,
                           @Bindable(defaultValue = "10m") Duration maxBackoff,
                           @Bindable(defaultValue = "30s") Duration lease,
                           @Bindable(defaultValue = "4") int deliveryThreads) {

    Duration backoffAfter(int attempts) {
        Duration wait = backoff.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
