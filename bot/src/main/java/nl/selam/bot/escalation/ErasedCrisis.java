package nl.selam.bot.escalation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * What is left for the tolk when a resident erased their data during an open crisis escalation: the queue's
 * language and two times. No text, no resident, no conversation: nothing that points at a person.
 *
 * @param openedAt when the crisis escalation was opened
 * @param erasedAt when the resident erased their data
 * @param closedAt when a staff member closed this record (it then leaves the desk), or null
 */
@MappedEntity("erased_crisis")
public record ErasedCrisis(@Id @GeneratedValue @Nullable Long id, String language, Instant openedAt,
                           Instant erasedAt, @Nullable Instant closedAt, @Nullable Long closedBy) {
}
