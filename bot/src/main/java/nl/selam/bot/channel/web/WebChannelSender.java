package nl.selam.bot.channel.web;

import jakarta.inject.Singleton;
import nl.selam.bot.channel.ChannelSender;
import nl.selam.bot.conversation.Message;
import nl.selam.bot.conversation.MessageRepository;

import java.time.Clock;

/**
 * Delivery on the web chat means making the message visible to the page's next poll. Marking it delivered is
 * idempotent, so the outbox may deliver it twice without the resident seeing it twice.
 */
@Singleton
class WebChannelSender implements ChannelSender {

    static final String CHANNEL = "web";

    private final MessageRepository messages;
    private final Clock clock;

    WebChannelSender(MessageRepository messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public void deliver(Message message) {
        messages.markDelivered(message.id(), clock.instant());
    }
}
