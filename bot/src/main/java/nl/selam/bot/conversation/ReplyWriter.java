package nl.selam.bot.conversation;

import jakarta.inject.Singleton;

import java.time.Clock;

/** Stores an outgoing message and queues it in the outbox; call inside the transaction that decided to send it. */
@Singleton
public class ReplyWriter {

    private final MessageRepository messages;
    private final ReplyQueue outbox;
    private final Clock clock;

    ReplyWriter(MessageRepository messages, ReplyQueue outbox, Clock clock) {
        this.messages = messages;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * @param replyTo  the inbound message this answers, or null for messages nobody asked for (a tolk's reply)
     * @param dedupKey unique per purpose, so the same reply is never queued twice
     * @return the outbox entry id, to deliver right after the commit
     */
    public long write(Resident resident, long conversationId, Long replyTo, Outgoing out, String dedupKey) {
        Message message = messages.save(new Message(null, resident.id(), conversationId, Message.Direction.OUT,
                resident.channel(), null, out.kind(), out.text(), out.language(), out.outcome(), out.topic(),
                out.confidence(), out.choices(), replyTo, out.escalationId(), out.staffId(), clock.instant(),
                null, null));
        return outbox.enqueue(message.id(), message.channel(), dedupKey);
    }
}
