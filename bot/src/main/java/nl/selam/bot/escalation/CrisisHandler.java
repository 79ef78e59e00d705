package nl.selam.bot.escalation;

import jakarta.inject.Singleton;
import nl.selam.bot.conversation.ConversationHandler;
import nl.selam.bot.conversation.MessageKind;
import nl.selam.bot.conversation.Outgoing;
import nl.selam.bot.conversation.Turn;
import nl.selam.kb.decision.Decision;
import nl.selam.kb.decision.Outcome;

/**
 * Safety first: a crisis message gets the crisis lines (113, 112) at once and an urgent escalation, even when
 * the resident is already waiting for a person (that escalation becomes urgent).
 */
@Singleton
class CrisisHandler implements ConversationHandler {

    private final EscalationService service;
    private final EscalationRepository escalations;

    CrisisHandler(EscalationService service, EscalationRepository escalations) {
        this.service = service;
        this.escalations = escalations;
    }

    @Override
    public Step step() {
        return Step.CRISIS;
    }

    @Override
    public boolean handle(Turn turn) {
        Decision decision = turn.decision();
        if (decision == null || decision.outcome() != Outcome.CRISIS) {
            return false;
        }
        Escalation escalation = escalations.findActive(turn.resident().id()).map(e -> {
            service.makeUrgent(e);
            turn.joinEscalation(e.id());
            return e;
        }).orElseGet(() -> service.open(turn, EscalationCause.CRISIS, true));
        // One message, crisis lines first: the part a resident in danger must not miss comes before anything else.
        Outgoing reply = Outgoing.fromDecision(MessageKind.CRISIS, decision.answer(), turn.replyLanguage(), decision)
                .withEscalation(escalation.id());
        turn.reply(reply);
        return true;
    }
}
