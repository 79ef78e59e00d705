package nl.selam.bot.conversation;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import nl.selam.bot.conversation.contract.InboundEvent;
import nl.selam.bot.conversation.contract.Origin;
import nl.selam.bot.knowledge.LiveEngine;
import nl.selam.kb.language.Language;
import nl.selam.translations.Messages;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Where every channel's conversational events arrive (through {@code channel.ChannelGateway}): stores the event in
 * the inbox before anything else, then has it handled. A redelivered event (same channel and event id) is a no-op.
 */
@Singleton
public class ConversationService {

    private final ResidentDirectory residents;
    private final MessageRepository messages;
    private final ConversationRepository conversations;
    private final FloodGuard flood;
    private final MessageProcessor processor;
    private final ReplyWriter writer;
    private final ReplyQueue outbox;
    private final Messages texts;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;
    private final LiveEngine engine;
    private final Reachability reachability;

    ConversationService(ResidentDirectory residents, MessageRepository messages, ConversationRepository conversations,
                        FloodGuard flood, MessageProcessor processor, ReplyWriter writer, ReplyQueue outbox,
                        Messages texts, TransactionOperations<Connection> tx, Clock clock, LiveEngine engine,
                        Reachability reachability) {
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
        this.reachability = reachability;
    }

    /**
     * Stores and handles one event. Feedback and erasing are not conversation events: they go through
     * {@code channel.ChannelGateway}, which calls their own features.
     *
     * @throws IllegalArgumentException for {@link InboundEvent.FeedbackGiven} and {@link InboundEvent.EraseConfirmed}
     */
    public Receipt receive(InboundEvent event) {
        Origin in = event.origin();
        if (event instanceof InboundEvent.ReachabilityChanged r) {
            residents.find(in.channel(), in.userId()).ifPresent(resident -> {
                if (r.reachable()) {
                    reachability.reachable(resident.id());
                } else {
                    reachability.unreachable(resident.id());
                }
            });
            return Receipt.ACCEPTED;
        }
        if (event instanceof InboundEvent.LanguageChosen l && !l.acknowledge()) {
            choose(in.channel(), in.userId(), l.language());
            return Receipt.ACCEPTED;
        }
        StoredEvent.Row row = StoredEvent.of(event);
        if (row == null) {
            throw new IllegalArgumentException(event.getClass().getSimpleName() + " goes through ChannelGateway");
        }
        Resident resident = residents.findOrCreate(in.channel(), in.userId());
        // whoever writes can be reached again (they unblocked the bot to write)
        reachability.reachable(resident.id());
        if (messages.findByChannelAndChannelMessageId(in.channel(), in.eventId()).isPresent()) {
            return Receipt.DUPLICATE;
        }
        FloodGuard.Verdict verdict = flood.check(resident.id());
        if (verdict != FloodGuard.Verdict.ALLOW) {
            if (verdict == FloodGuard.Verdict.WARN) {
                slowDown(resident);
            }
            return Receipt.THROTTLED;
        }
        Long id = store(resident, in, row);
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
    private Long store(Resident resident, Origin in, StoredEvent.Row row) {
        try {
            return tx.executeWrite(status -> {
                Conversation conversation = openConversation(resident.id());
                Message saved = messages.save(new Message(null, resident.id(), conversation.id(),
                        Message.Direction.IN, in.channel(), in.eventId(), row.kind(), row.text(), null,
                        null, null, null, null, null, null, null, clock.instant(), null, null));
                return saved.id();
            });
        } catch (DataAccessException duplicate) {
            if (messages.findByChannelAndChannelMessageId(in.channel(), in.eventId()).isPresent()) {
                return null;
            }
            throw duplicate;
        }
    }

    /** The resident's language choice, without a reply (a channel whose page shows the choice itself). */
    public void choose(String channel, String userId, Language language) {
        Resident resident = residents.findOrCreate(channel, userId);
        if (!language.code().equals(resident.chosenLanguage())) {
            residents.update(resident.withChosenLanguage(language.code()));
        }
    }

    /** The language the resident chose, else Dutch: what a channel's own notices (a toast, a goodbye) use. */
    public String languageOf(String channel, String userId) {
        return residents.find(channel, userId).map(Resident::chosenLanguage).orElse("nl");
    }

    /** Whether the event from this origin is in the inbox. */
    public boolean isStored(Origin origin) {
        return messages.findByChannelAndChannelMessageId(origin.channel(), origin.eventId()).isPresent();
    }

    /** The resident behind a channel's user key, if they ever wrote. */
    public java.util.Optional<Resident> resident(String channel, String userId) {
        return residents.find(channel, userId);
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
        return messages.findLastLanguage(resident.id())
                .filter(code -> Language.fromCode(code).filter(Language::isAnswered).isPresent()).orElse("nl");
    }
}
