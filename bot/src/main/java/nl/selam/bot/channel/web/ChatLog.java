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
 * @param staffName    the first name of the staff member who claimed it; null until somebody has
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record ChatLog(@Nullable String language, @Nullable String escalation, @Nullable Long escalationId,
               @Nullable String staffName, List<Entry> messages) {

    /**
     * One message.
     *
     * @param from     {@code me}, {@code bot} or {@code staff}
     * @param clientId for the resident's own messages, the page's id for it
     * @param replyTo  for Selam's replies, the server id of the message answered
     * @param media    for a file the resident sent: photo, document or voice (open it at /api/chat/media/{id})
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Entry(long id, String from, String kind, @Nullable String text, @Nullable String language,
                 @Nullable String clientId, @Nullable Long replyTo, @Nullable String media,
                 List<Choice> choices) {
    }

    /** A clarify button. */
    @Serdeable
    record Choice(String topic, String title) {
    }
}
