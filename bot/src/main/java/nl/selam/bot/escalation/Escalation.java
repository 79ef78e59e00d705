package nl.selam.bot.escalation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A conversation handed to a person. Transitions are single conditional UPDATEs in {@link EscalationRepository},
 * so two staff members acting at once cannot both win, whatever the number of instances.
 *
 * @param language  the queue it waits in (a language code; Amharic and Persian included for the right tolk)
 * @param urgent    crisis escalations jump the queue
 * @param overdueAt when the resident was told another way to reach the municipality, or null
 * @param pool      who is meant to answer it (tolken or sleutelpersonen); null for escalations from before routing
 * @param topic     the FAQ topic the conversation was about when it was escalated, or null
 */
@MappedEntity("escalation")
public record Escalation(@Id @GeneratedValue @Nullable Long id, Long residentId, Long conversationId,
                         String language, EscalationCause reason, boolean urgent, EscalationState state,
                         @Nullable Long claimedBy, Instant createdAt, @Nullable Instant claimedAt,
                         @Nullable Instant answeredAt, @Nullable Instant resolvedAt, @Nullable Instant overdueAt,
                         @Nullable String handoverNote, @Nullable ResponderPool pool, @Nullable String topic) {

    public boolean isActive() {
        return state.isActive();
    }
}
