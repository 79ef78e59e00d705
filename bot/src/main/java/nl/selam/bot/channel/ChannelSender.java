package nl.selam.bot.channel;

import nl.selam.bot.conversation.Message;

/**
 * Delivers stored outgoing messages on one channel. Called by the outbox, at least once per message: an
 * implementation must treat a second delivery of the same message id as already done.
 */
public interface ChannelSender {

    /** The channel name this sender serves, as in {@link InboundMessage#channel()}. */
    String channel();

    /**
     * Hands one message to the channel.
     *
     * @throws Exception when the channel did not take it; the outbox retries with backoff
     */
    void deliver(Message message) throws Exception;
}
