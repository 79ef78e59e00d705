package nl.selam.bot.escalation;

import jakarta.inject.Singleton;
import nl.selam.bot.conversation.ConversationHandler;
import nl.selam.bot.conversation.MessageKind;
import nl.selam.bot.conversation.Turn;
import nl.selam.kb.decision.Decision;
import nl.selam.kb.decision.EscalationReason;
import nl.selam.kb.decision.Outcome;

/**
 * The "talk to a person" button, a voice note or photo, or a message Selam should not answer itself: into the
 * language's queue.
 */
@Singleton
class PersonRequestHandler implements ConversationHandler {

    private final EscalationService service;

    PersonRequestHandler(EscalationService service) {
        this.service = service;
    }

    @Override
    public Step step() {
        return Step.PERSON_REQUEST;
    }

    @Override
    public boolean handle(Turn turn) {
        Decision decision = turn.decision();
        boolean button = turn.is(MessageKind.PERSON_BUTTON);
        boolean media = turn.is(MessageKind.MEDIA);
        if (!button && !media && (decision == null || decision.outcome() != Outcome.ESCALATE)) {
            return false;
        }
        EscalationCause cause = media ? EscalationCause.MEDIA : button ? EscalationCause.ASKED_FOR_PERSON
                : EscalationCause.from(decision.reason() == null ? EscalationReason.LOW_CONFIDENCE : decision.reason());
        Escalation escalation = service.open(turn, cause, false);
        // a question about the resident's own file: say that a person will look at their case, not the general text
        String lead = cause == EscalationCause.CASE_QUESTION ? service.caseQuestionNotice(turn)
                : decision != null && decision.outcome() == Outcome.ESCALATE ? decision.answer() : null;
        turn.reply(service.openedNotice(turn, lead, escalation));
        return true;
    }
}
