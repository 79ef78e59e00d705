package nl.selam.bot.escalation;

import jakarta.inject.Singleton;
import nl.selam.bot.conversation.ConversationHandler;
import nl.selam.bot.conversation.MessageKind;
import nl.selam.bot.conversation.Outgoing;
import nl.selam.bot.conversation.Turn;
import nl.selam.translations.Messages;

import java.time.Clock;

/** "Back to the assistant": ends the resident's open escalation, and Selam answers again. */
@Singleton
class ReturnToAssistantHandler implements ConversationHandler {

    private final EscalationRepository escalations;
    private final Messages texts;
    private final Clock clock;

    ReturnToAssistantHandler(EscalationRepository escalations, Messages texts, Clock clock) {
        this.escalations = escalations;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public Step step() {
        return Step.RETURN_TO_ASSISTANT;
    }

    @Override
    public boolean handle(Turn turn) {
        if (!turn.is(MessageKind.ASSISTANT_BUTTON)) {
            return false;
        }
        escalations.findActive(turn.resident().id()).ifPresent(e -> {
            escalations.returnToBot(e.id(), clock.instant());
            turn.joinEscalation(e.id());
        });
        String language = turn.replyLanguage();
        turn.reply(Outgoing.notice(MessageKind.BACK_TO_ASSISTANT, texts.format("escalation.back", language),
                language));
        return true;
    }
}
