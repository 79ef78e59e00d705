package nl.selam.bot.conversation.contract;

import java.util.Objects;

/**
 * Where an inbound event comes from.
 *
 * @param channel the channel's name ({@code web}, {@code telegram}, {@code whatsapp}); also the outbox's key for
 *                its {@link ChannelSender}
 * @param eventId the channel's own id of this event (a message id, a button press id); with {@code channel} the
 *                inbox key, so a redelivered event is recognised and handled once
 * @param userId  the channel's pseudonymous key for the resident (a chat id, a session key, a keyed hash)
 */
public record Origin(String channel, String eventId, String userId) {

    public Origin {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(userId, "userId");
        if (channel.isBlank() || eventId.isBlank() || userId.isBlank()) {
            throw new IllegalArgumentException("channel, eventId and userId must not be blank");
        }
    }
}
