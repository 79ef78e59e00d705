package nl.selam.bot.escalation;

import jakarta.inject.Singleton;
import nl.selam.bot.conversation.ConversationHandler;
import nl.selam.bot.conversation.Turn;

/**
 * While a person is (about to be) helping the resident, their messages join the escalation for that person to
 * read, instead of getting bot answers that would talk over the tolk.
 */
@Singleton
class ActiveEscalationHandler implements ConversationHandler {

    private final EscalationRepository escalations;

    ActiveEscalationHandler(EscalationRepository escalations) {
        this.escalations = escalations;
    }

    @Override
    public Step step() {
        return Step.ACTIVE_ESCALATION;
    }

    @Override
    public boolean handle(Turn turn) {
        return escalations.findActive(turn.resident().id()).map(e -> {
            turn.joinEscalation(e.id());
            return true;
        }).orElse(false);
    }
}
