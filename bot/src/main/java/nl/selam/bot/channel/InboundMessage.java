package nl.selam.bot.channel;

import io.micronaut.core.annotation.Nullable;

import java.util.Objects;

/**
 * What any channel hands to the conversation core: channel-neutral, already validated by the adapter.
 *
 * @param channel          e.g. {@code web}, {@code telegram}
 * @param channelMessageId the channel's own id of this message; with {@code channel} the inbox key
 * @param channelUserId    the channel's pseudonymous key for the resident
 * @param text             what the resident wrote (for a command, the words on its button), or null for media
 * @param command          a button the resident pressed, or null
 */
public record InboundMessage(String channel, String channelMessageId, String channelUserId, @Nullable String text,
                             @Nullable Command command) {

    public InboundMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(channelMessageId, "channelMessageId");
        Objects.requireNonNull(channelUserId, "channelUserId");
        if (text == null && command == null) {
            throw new IllegalArgumentException("a message has text or a command");
        }
    }

    /** Buttons every channel offers. */
    public enum Command {
        /** "Talk to a person". */
        PERSON,
        /** "Back to the assistant": ends an open escalation. */
        ASSISTANT,
        /** A voice note, photo or document: only a person can read it; the text holds the channel's reference. */
        MEDIA
    }
}
