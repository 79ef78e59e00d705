package nl.selam.bot.channel;

import jakarta.inject.Singleton;
import nl.selam.bot.conversation.ConversationService;
import nl.selam.bot.conversation.Receipt;
import nl.selam.bot.conversation.contract.InboundEvent;
import nl.selam.bot.conversation.contract.Origin;
import nl.selam.bot.feedback.FeedbackService;
import nl.selam.bot.privacy.ErasureService;

/**
 * The one entry point of every channel: a channel adapter maps its wire format to an {@link InboundEvent} and hands
 * it here. Conversation events go through the inbox and the handler chain; feedback and erasing go straight to
 * their features (erasing removes the very inbox the pipeline would write to).
 */
@Singleton
public class ChannelGateway {

    private final ConversationService conversations;
    private final FeedbackService feedback;
    private final ErasureService erasure;

    ChannelGateway(ConversationService conversations, FeedbackService feedback, ErasureService erasure) {
        this.conversations = conversations;
        this.feedback = feedback;
        this.erasure = erasure;
    }

    /**
     * Handles one event. {@link Receipt#ACCEPTED}: stored (or done); {@link Receipt#DUPLICATE}: seen before, nothing
     * happened again; {@link Receipt#THROTTLED}: over the flood limit, not stored (one polite note was queued).
     * A thrown exception means nothing was stored: the channel should have the event delivered again.
     */
    public Receipt receive(InboundEvent event) {
        Origin from = event.origin();
        if (event instanceof InboundEvent.FeedbackGiven f) {
            return conversations.resident(from.channel(), from.userId()).map(r -> {
                feedback.record(r.id(), f.messageId(), f.helpful());
                return Receipt.ACCEPTED;
            }).orElse(Receipt.UNKNOWN_RESIDENT);
        }
        if (event instanceof InboundEvent.EraseConfirmed) {
            return conversations.resident(from.channel(), from.userId()).map(r -> {
                erasure.erase(r);
                return Receipt.ACCEPTED;
            }).orElse(Receipt.UNKNOWN_RESIDENT);
        }
        return conversations.receive(event);
    }

    /** Whether the event from this origin is in the inbox (then it will be handled, even after a crash). */
    public boolean isStored(Origin origin) {
        return conversations.isStored(origin);
    }

    /** The language a channel's own notices to this resident use (a toast, the goodbye after erasing). */
    public String languageOf(String channel, String userId) {
        return conversations.languageOf(channel, userId);
    }
}
