package nl.selam.bot.conversation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * One message in or out. An inbound row is also the inbox entry: (channel, channelMessageId) is unique, and
 * {@code processedAt} stays null until the reply to it is stored, so a crash in between is picked up again.
 *
 * @param replyTo     for an outbound message, the inbound message it answers
 * @param choices     clarify options as {@code topic<TAB>title} lines
 * @param staffId     the tolk or sleutelpersoon who wrote an outbound message, or null for Selam itself
 * @param deliveredAt when the channel took the outbound message over
 */
@MappedEntity("message")
public record Message(@Id @GeneratedValue @Nullable Long id, Long residentId, Long conversationId,
                      Direction direction, String channel, @Nullable String channelMessageId, MessageKind kind,
                      @Nullable String text, @Nullable String language, @Nullable String outcome,
                      @Nullable String topic, @Nullable Double confidence, @Nullable String choices,
                      @Nullable Long replyTo, @Nullable Long escalationId, @Nullable Long staffId,
                      Instant createdAt, @Nullable Instant processedAt, @Nullable Instant deliveredAt) {

    /** In from the resident, or out to them. */
    public enum Direction { IN, OUT }
}
