package nl.selam.bot.conversation.contract;

/**
 * The port a channel implements to deliver replies. The outbox calls {@link #deliver} at least once per stored
 * message, in order per resident, from any instance; the channel treats a second delivery of the same
 * {@link OutboundReply#messageId()} as already done. Returning normally means the channel took the message over
 * (the core marks it delivered); throwing reports what happened:
 * <ul>
 *   <li>{@link DeliveryDeferred}: the channel asked to wait (a rate limit); tried again after its wait, not counted
 *       as a failure;</li>
 *   <li>{@link RecipientUnreachable}: the resident blocked the bot or cannot be reached; the entry is parked and
 *       nothing more is sent until the resident writes again;</li>
 *   <li>anything else: a failure, retried with exponential backoff and parked for a beheerder after
 *       {@code SELAM_OUTBOX_MAX_ATTEMPTS}. Only the exception's type is logged, never its message.</li>
 * </ul>
 */
public interface ChannelSender {

    /** The channel this sender serves, as in {@link Origin#channel()}. */
    String channel();

    /** Hands one reply to the channel. */
    void deliver(OutboundReply reply) throws Exception;

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
