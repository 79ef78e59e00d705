package nl.selam.bot.conversation;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import nl.selam.bot.knowledge.LiveEngine;
import nl.selam.kb.decision.Decision;
import org.slf4j.MDC;

import java.sql.Connection;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Handles one stored inbound message: the handler chain decides, replies are stored and queued, and the inbox
 * entry is closed, all in one transaction. A crash before the commit leaves the message unprocessed for
 * {@link MessageRecovery}; after it, the reply exists exactly once.
 */
@Singleton
class MessageProcessor {

    // Messages of one resident are handled one at a time (per instance), so two quick messages cannot both
    // open an escalation. Striped, so memory stays bounded however many residents there are.
    private final ReentrantLock[] locks = new ReentrantLock[256];

    private final MessageRepository messages;
    private final ResidentRepository residents;
    private final ConversationRepository conversations;
    private final List<ConversationHandler> handlers;
    private final LiveEngine engine;
    private final ReplyWriter writer;
    private final ReplyQueue outbox;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;
    private final ApplicationEventPublisher<MessageHandled> events;

    MessageProcessor(MessageRepository messages, ResidentRepository residents, ConversationRepository conversations,
                     List<ConversationHandler> handlers, LiveEngine engine, ReplyWriter writer, ReplyQueue outbox,
                     TransactionOperations<Connection> tx, Clock clock,
                     ApplicationEventPublisher<MessageHandled> events) {
        this.messages = messages;
        this.residents = residents;
        this.conversations = conversations;
        this.handlers = chain(handlers);
        this.engine = engine;
        this.writer = writer;
        this.outbox = outbox;
        this.tx = tx;
        this.clock = clock;
        this.events = events;
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    void process(long inboundId, long residentId) {
        ReentrantLock lock = locks[(int) (residentId % locks.length)];
        lock.lock();
        try {
            Handled handled;
            try {
                handled = tx.executeWrite(status -> handle(inboundId));
            } catch (AlreadyProcessedException e) {
                return;
            }
            if (handled.event() != null) {
                events.publishEvent(handled.event());
            }
            outbox.deliverNow(handled.outboxIds());
        } finally {
            lock.unlock();
        }
    }

    private Handled handle(long inboundId) {
        Message inbound = messages.findById(inboundId).orElse(null);
        if (inbound == null || inbound.processedAt() != null) {
            return new Handled(List.of(), null); // erased, or handled already (a recovery sweep raced the request)
        }
        Resident resident = residents.findById(inbound.residentId()).orElseThrow();
        Conversation conversation = conversations.findById(inbound.conversationId()).orElseThrow();
        Turn turn = new Turn(inbound, resident, conversation, engine.current(), writer);
        // whatever a handler logs names the conversation (an id, never the resident or their words)
        try (MDC.MDCCloseable ignored = MDC.putCloseable("conversationId", String.valueOf(conversation.id()))) {
            for (ConversationHandler handler : handlers) {
                if (handler.handle(turn)) {
                    break;
                }
            }
        }
        Decision d = turn.decision();
        int closed = messages.markProcessed(inboundId, clock.instant(), d == null ? null : d.language().code(),
                d == null ? null : d.outcome().name(), d == null ? null : d.topic(),
                d == null ? null : d.confidence(), turn.escalationId());
        if (closed == 0) {
            // another instance processed it meanwhile: undo our replies so the resident gets one, not two
            throw new AlreadyProcessedException();
        }
        return new Handled(turn.outboxIds(), MessageHandled.of(inbound.channel(), d));
    }

    /** The handlers in {@link ConversationHandler.Step} order; refuses to start with a step missing or taken twice. */
    static List<ConversationHandler> chain(List<ConversationHandler> handlers) {
        Map<ConversationHandler.Step, ConversationHandler> bySteps = new EnumMap<>(ConversationHandler.Step.class);
        for (ConversationHandler handler : handlers) {
            ConversationHandler before = bySteps.put(handler.step(), handler);
            if (before != null) {
                throw new IllegalStateException("two handlers for step " + handler.step() + ": "
                        + before.getClass().getSimpleName() + " and " + handler.getClass().getSimpleName());
            }
        }
        for (ConversationHandler.Step step : ConversationHandler.Step.values()) {
            if (!bySteps.containsKey(step)) {
                throw new IllegalStateException("no handler for step " + step);
            }
        }
        return List.copyOf(bySteps.values());
    }

    /** What a committed turn queued, and what to tell listeners about it (null: nothing was handled). */
    private record Handled(List<Long> outboxIds, MessageHandled event) {
    }

    /** Rolls back a turn that lost the race to process the same message. */
    static final class AlreadyProcessedException extends RuntimeException {
        AlreadyProcessedException() {
            super("inbound message processed elsewhere", null, false, false);
        }
    }
}
