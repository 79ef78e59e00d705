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
}
