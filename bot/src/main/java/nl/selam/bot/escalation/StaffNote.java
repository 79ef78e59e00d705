package nl.selam.bot.escalation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * An internal note on an escalation, for staff only: no channel ever sees it, because it is not a {@code message}
 * row and the outbox never touches it.
 *
 * @param handedTo the colleague the conversation was handed to with this note, or null for a plain note
 */
@MappedEntity("staff_note")
public record StaffNote(@Id @GeneratedValue @Nullable Long id, Long escalationId, Long staffId,
                        @Nullable Long handedTo, String text, Instant createdAt) {
}
