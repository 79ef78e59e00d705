package nl.selam.bot.console.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One console login: the random id the signed cookie carries, whose it is, and until when it counts. */
@MappedEntity("console_session")
record ConsoleSessionRow(@Id String sid, long staffId, Instant createdAt, Instant expiresAt,
                         @Nullable Instant revokedAt) {
}
