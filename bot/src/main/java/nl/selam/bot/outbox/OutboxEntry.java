package nl.selam.bot.outbox;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * One outgoing message waiting for its channel. Stored in the same transaction as the message itself, so a
 * reply is either stored and queued, or neither.
 *
 * @param dedupKey what the message is for (e.g. {@code reply:42}); unique, so nothing is queued twice
 */
@MappedEntity("outbox")
public record OutboxEntry(@Id @GeneratedValue @Nullable Long id, Long messageId, String channel, String dedupKey,
                          OutboxState state, int attempts, Instant nextAttemptAt, @Nullable String lastError,
                          Instant createdAt, @Nullable Instant sentAt) {

    /**
     * PENDING until the channel took it; PARKED after too many failures, for a beheerder to retry or drop
     * (DROPPED: never sent, kept so the same message is not queued again).
     */
    public enum OutboxState { PENDING, SENT, PARKED, DROPPED }
}
