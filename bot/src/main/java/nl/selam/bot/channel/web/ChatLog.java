package nl.selam.bot.channel.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * What the page shows: the messages after the one it has, the chosen language, and whether a person has the
 * conversation.
 *
 * @param escalation   the state of the resident's active escalation ({@code OPEN}, {@code CLAIMED}, ...), or null
 * @param escalationId its id, which the resident may quote when phoning the municipality
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record ChatLog(@Nullable String language, @Nullable String escalation, @Nullable Long escalationId,
               List<Entry> messages) {

    /**
     * One message.
     *
     * @param from     {@code me}, {@code bot} or {@code staff}
     * @param clientId for the resident's own messages, the page's id for it
     * @param replyTo  for Selam's replies, the server id of the message answered
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Entry(long id, String from, String kind, @Nullable String text, @Nullable String language,
                 @Nullable String clientId, @Nullable Long replyTo, List<Choice> choices) {
    }

    /** A clarify button. */
    @Serdeable
    record Choice(String topic, String title) {
    }
}
