package nl.selam.bot.conversation;

import io.micronaut.core.annotation.Nullable;
import nl.selam.kb.decision.Decision;

/**
 * A message about to be stored and sent.
 *
 * @param choices clarify options as {@code topic<TAB>title} lines, or null
 */
public record Outgoing(MessageKind kind, String text, String language, @Nullable String outcome,
                       @Nullable String topic, @Nullable Double confidence, @Nullable String choices,
                       @Nullable Long escalationId, @Nullable Long staffId) {

    /** A plain notice from Selam in the resident's language. */
    public static Outgoing notice(MessageKind kind, String text, String language) {
        return new Outgoing(kind, text, language, null, null, null, null, null, null);
    }

    /** Selam's reply carrying what the engine decided. */
    public static Outgoing fromDecision(MessageKind kind, String text, String language, Decision decision) {
        return new Outgoing(kind, text, language, decision.outcome().name(), decision.topic(),
                decision.confidence(), null, null, null);
    }

    public Outgoing withChoices(String value) {
        return new Outgoing(kind, text, language, outcome, topic, confidence, value, escalationId, staffId);
    }

    public Outgoing withEscalation(Long id) {
        return new Outgoing(kind, text, language, outcome, topic, confidence, choices, id, staffId);
    }
}
