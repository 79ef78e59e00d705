package nl.selam.bot.conversation;

import io.micronaut.core.annotation.Nullable;
import nl.selam.bot.conversation.contract.Choice;
import nl.selam.kb.decision.Decision;

import java.util.List;

/**
 * A message about to be stored and sent.
 *
 * @param choices the message's own options as kept in the database ({@link ChoiceLines}), or null
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

    public Outgoing withChoices(List<Choice> value) {
        return new Outgoing(kind, text, language, outcome, topic, confidence, ChoiceLines.encode(value), escalationId,
                staffId);
    }

    public Outgoing withEscalation(Long id) {
        return new Outgoing(kind, text, language, outcome, topic, confidence, choices, id, staffId);
    }
}
