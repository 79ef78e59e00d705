package nl.selam.bot.conversation;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import nl.selam.bot.channel.InboundMessage;
import nl.selam.bot.knowledge.LiveEngine;
import nl.selam.bot.outbox.Outbox;
import nl.selam.translations.Messages;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The one entry point for every channel: stores the inbound message in the inbox before anything else, then
 * has it handled. A redelivered message (same channel and message id) is a no-op.
 */
@Singleton
public class ConversationService {

    private final ResidentDirectory residents;
    private final MessageRepository messages;
    private final ConversationRepository conversations;
    private final FloodGuard flood;
    private final MessageProcessor processor;
    private final ReplyWriter writer;
    private final Outbox outbox;
    private final Messages texts;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;
    private final LiveEngine engine;

    ConversationService(ResidentDirectory residents, MessageRepository messages, ConversationRepository conversations,
                        FloodGuard flood, MessageProcessor processor, ReplyWriter writer, Outbox outbox,
                        Messages texts, TransactionOperations<Connection> tx, Clock clock, LiveEngine engine) {
        this.residents = residents;
        this.messages = messages;
        this.conversations = conversations;
        this.flood = flood;
        this.processor = processor;
        this.writer = writer;
        this.outbox = outbox;
        this.texts = texts;
        this.tx = tx;
        this.clock = clock;
        this.engine = engine;
    }

    public Receipt receive(InboundMessage in) {
        Resident resident = residents.findOrCreate(in.channel(), in.channelUserId());
        if (messages.findByChannelAndChannelMessageId(in.channel(), in.channelMessageId()).isPresent()) {
            return Receipt.DUPLICATE;
        }
        FloodGuard.Verdict verdict = flood.check(resident.id());
        if (verdict != FloodGuard.Verdict.ALLOW) {
            if (verdict == FloodGuard.Verdict.WARN) {
                slowDown(resident);
            }
            return Receipt.THROTTLED;
        }
        Long id = store(resident, in);
        if (id == null) {
            return Receipt.DUPLICATE;
        }
        // Stored first, so a message that arrives while the instance starts is kept: the engine's first build
        // has it handled (MessageRecovery), and this request does not hold a thread waiting for the build.
        if (engine.isReady()) {
            processor.process(id, resident.id());
        }
        return Receipt.ACCEPTED;
    }

    /** Handles an inbox entry left unprocessed (by a crash, or a failure after it was stored). */
    void reprocess(long inboundId) {
        messages.findById(inboundId).ifPresent(m -> processor.process(m.id(), m.residentId()));
    }

    // The unique inbox key makes a concurrent redelivery fail here instead of being stored twice.
    private Long store(Resident resident, InboundMessage in) {
        try {
            return tx.executeWrite(status -> {
                Conversation conversation = openConversation(resident.id());
                Message saved = messages.save(new Message(null, resident.id(), conversation.id(),
                        Message.Direction.IN, in.channel(), in.channelMessageId(), kindOf(in), in.text(), null,
                        null, null, null, null, null, null, null, clock.instant(), null, null));
                return saved.id();
            });
        } catch (DataAccessException duplicate) {
            if (messages.findByChannelAndChannelMessageId(in.channel(), in.channelMessageId()).isPresent()) {
                return null;
            }
            throw duplicate;
        }
    }

    /** The resident's open conversation, touched, or a new one. Call inside a transaction. */
    public Conversation openConversation(long residentId) {
        Instant now = clock.instant();
        return conversations.findFirstByResidentIdAndStateOrderByIdDesc(residentId,
                        Conversation.ConversationState.OPEN)
                .map(c -> {
                    conversations.touch(c.id(), now);
                    return c;
                })
                .orElseGet(() -> conversations.save(new Conversation(null, residentId,
                        Conversation.ConversationState.OPEN, now, now, null)));
    }

    private void slowDown(Resident resident) {
        String language = resident.chosenLanguage() != null ? resident.chosenLanguage() : lastLanguage(resident);
        Outgoing note = Outgoing.notice(MessageKind.SLOW_DOWN, texts.format("flood.slow_down", language), language);
        long minute = clock.millis() / 60_000;
        try {
            List<Long> queued = tx.executeWrite(status -> List.of(writer.write(resident,
                    openConversation(resident.id()).id(), null, note,
                    "slowdown:" + resident.id() + ":" + minute)));
            outbox.deliverNow(queued);
        } catch (DataAccessException alreadyWarnedThisMinute) {
            // another instance (or a restart within the minute) sent the note already: one note is enough
        }
    }

    private String lastLanguage(Resident resident) {
        return messages.findLastLanguage(resident.id()).filter(Messages.LANGUAGES::contains).orElse("nl");
    }

    private static MessageKind kindOf(InboundMessage in) {
        if (in.command() == InboundMessage.Command.PERSON) {
            return MessageKind.PERSON_BUTTON;
        }
        if (in.command() == InboundMessage.Command.MEDIA) {
            return MessageKind.MEDIA;
        }
        return in.command() == InboundMessage.Command.ASSISTANT ? MessageKind.ASSISTANT_BUTTON : MessageKind.RESIDENT;
    }
}
