package nl.selam.bot.escalation;

import jakarta.inject.Singleton;
import nl.selam.bot.conversation.Message;
import nl.selam.bot.conversation.MessageKind;
import nl.selam.bot.conversation.MessageRepository;
import nl.selam.bot.conversation.Outgoing;
import nl.selam.bot.conversation.Turn;
import nl.selam.kb.decision.Decision;
import nl.selam.kb.language.Language;
import nl.selam.translations.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Opens escalations from a conversation turn and tells the resident, in their language, what happens next. */
@Singleton
public class EscalationService {

    private static final Logger LOG = LoggerFactory.getLogger(EscalationService.class);

    private final EscalationRepository escalations;
    private final MessageRepository messages;
    private final EscalationRouting routing;
    private final WaitEstimate wait;
    private final Messages texts;
    private final Clock clock;

    EscalationService(EscalationRepository escalations, MessageRepository messages, EscalationRouting routing,
                      WaitEstimate wait, Messages texts, Clock clock) {
        this.escalations = escalations;
        this.messages = messages;
        this.routing = routing;
        this.wait = wait;
        this.texts = texts;
        this.clock = clock;
    }

    public Optional<Escalation> active(long residentId) {
        return escalations.findActive(residentId);
    }

    /** Opens an escalation for this turn; the turn's message becomes its first message. */
    Escalation open(Turn turn, EscalationCause cause, boolean urgent) {
        String topic = topicOf(turn);
        ResponderPool pool = routing.poolFor(cause, urgent, topic);
        Escalation saved = escalations.save(new Escalation(null, turn.resident().id(), turn.conversation().id(),
                queueLanguage(turn), cause, urgent, EscalationState.OPEN, null, clock.instant(), null, null, null,
                null, null, pool, topic));
        turn.joinEscalation(saved.id());
        LOG.info("Escalation {} opened in the {} queue for the {} pool ({}{})", saved.id(), saved.language(), pool,
                cause, urgent ? ", urgent" : "");
        return saved;
    }

    /** The reply that opens an escalation: the engine's hand-over text and roughly how long it will take. */
    /** "A person will look at your case", in the resident's language. */
    String caseQuestionNotice(Turn turn) {
        return texts.format("escalation.case_question", turn.replyLanguage());
    }

    Outgoing openedNotice(Turn turn, String leadText, Escalation escalation) {
        String language = turn.replyLanguage();
        String when = texts.format("minutes_waiting", language,
                Map.of("minutes", escalation.urgent() ? 0 : wait.minutes(escalation.language())));
        String text = leadText == null || leadText.isBlank() ? when : leadText + "\n\n" + when;
        Decision d = turn.decision();
        Outgoing out = d == null ? Outgoing.notice(MessageKind.ESCALATION_OPENED, text, language)
                : Outgoing.fromDecision(MessageKind.ESCALATION_OPENED, text, language, d);
        return out.withEscalation(escalation.id());
    }

    /** A crisis message in an open escalation: urgent now, and in the pool the rules give urgent ones. */
    void makeUrgent(Escalation e) {
        escalations.makeUrgent(e.id(), routing.poolFor(EscalationCause.CRISIS, true, e.topic()).name());
    }

    /**
     * The topic the escalation is about, for routing and the supervisor's figures: what the engine matched in this
     * message, else its best candidate, else the topic Selam last answered in this conversation (the "talk to a
     * person" button or a photo right after an answer about the huisarts is about the huisarts). Topic ids only.
     */
    private String topicOf(Turn turn) {
        Decision d = turn.decision();
        if (d != null) {
            if (isTopic(d.topic())) {
                return d.topic();
            }
            if (!d.candidates().isEmpty() && isTopic(d.candidates().get(0).topic())) {
                return d.candidates().get(0).topic();
            }
        }
        List<Message> earlier = messages.findByConversationIdOrderById(turn.conversation().id());
        for (int i = earlier.size() - 1; i >= 0; i--) {
            if (isTopic(earlier.get(i).topic())) {
                return earlier.get(i).topic();
            }
        }
        return null;
    }

    // bot.mens ("a person, please") and bot.privacy say nothing about what the resident needs
    private static boolean isTopic(String topic) {
        return topic != null && !topic.isBlank() && !topic.startsWith("bot.");
    }

    // A resident writing Amharic or Persian waits in that language's queue, for a tolk who can read it, even
    // though Selam itself answers them in a language it has texts for.
    private static String queueLanguage(Turn turn) {
        Decision d = turn.decision();
        if (d != null && d.detected() != null && !d.detected().isAnswered() && d.detected() != Language.UND) {
            return d.detected().code();
        }
        return turn.replyLanguage();
    }
}
