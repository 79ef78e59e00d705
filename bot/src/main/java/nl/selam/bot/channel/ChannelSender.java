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

    /**
     * Whether delivering waits on a service elsewhere (a messaging platform's API and its rate limits). The outbox
     * then delivers on its own threads after the request that queued the message has been answered, instead of in
     * that request (issue 13: the Telegram webhook waited for the Bot API's sending pace). False: delivered in the
     * request, as a local write.
     */
    default boolean remote() {
        return false;
    }
}
