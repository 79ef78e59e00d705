package nl.selam.bot.channel.web;

import jakarta.inject.Singleton;
import nl.selam.bot.conversation.contract.ChannelSender;
import nl.selam.bot.conversation.contract.OutboundReply;

/**
 * Delivery on the web chat means making the message visible to the page's next poll, which the core does by
 * marking it delivered once this returns; a second delivery changes nothing, so the resident never sees it twice.
 */
@Singleton
class WebChannelSender implements ChannelSender {

    static final String CHANNEL = "web";

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public void deliver(OutboundReply reply) {
        // nothing to send: the page polls GET /api/chat/messages, which shows delivered messages
    }
}
