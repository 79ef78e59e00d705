package nl.selam.bot.conversation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A stretch of talk with one resident; it closes after a quiet period, and retention counts from then. */
@MappedEntity("conversation")
public record Conversation(@Id @GeneratedValue @Nullable Long id, Long residentId, ConversationState state,
                           Instant startedAt, Instant lastActivityAt, @Nullable Instant closedAt) {

    /** Whether a conversation is still going on. */
    public enum ConversationState { OPEN, CLOSED }
}
