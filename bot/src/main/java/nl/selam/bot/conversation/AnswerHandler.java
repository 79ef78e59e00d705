package nl.selam.bot.conversation;

import jakarta.inject.Singleton;
import nl.selam.bot.conversation.contract.Action;
import nl.selam.bot.conversation.contract.Choice;
import nl.selam.kb.decision.Candidate;
import nl.selam.kb.decision.Decision;
import nl.selam.kb.decision.Outcome;

import java.util.List;
import java.util.stream.Collectors;

/** The assistant's own replies: an FAQ answer, a small-talk reply, or a choice between two close topics. */
@Singleton
class AnswerHandler implements ConversationHandler {

    private final ResidentDirectory residents;

    AnswerHandler(ResidentDirectory residents) {
        this.residents = residents;
    }

    @Override
    public Step step() {
        return Step.ANSWER;
    }

    @Override
    public boolean handle(Turn turn) {
        Decision decision = turn.decision();
        if (decision == null) {
            return false;
        }
        String language = turn.replyLanguage();
        if (decision.outcome() == Outcome.CLARIFY) {
            String topics = decision.candidates().stream().map(Candidate::topic).collect(Collectors.joining(","));
            remember(turn, topics);
            turn.reply(Outgoing.fromDecision(MessageKind.CLARIFY, decision.answer(), language, decision)
                    .withChoices(choices(decision)));
        } else {
            remember(turn, null);
            turn.reply(Outgoing.fromDecision(MessageKind.ANSWER, decision.answer(), language, decision));
        }
        return true;
    }

    private void remember(Turn turn, String pendingTopics) {
        if (!java.util.Objects.equals(turn.resident().pendingClarify(), pendingTopics)) {
            turn.resident(residents.update(turn.resident().withPendingClarify(pendingTopics)));
        }
    }

    private static List<Choice> choices(Decision decision) {
        return decision.candidates().stream().map(c -> new Choice(new Action.ShowTopic(c.topic()), c.title()))
                .toList();
    }
}
