package nl.selam.bot.feedback;

import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import nl.selam.bot.conversation.Message;
import nl.selam.bot.conversation.MessageRepository;

import java.time.Clock;

/** Records a resident's verdict on one of Selam's answers; only answers to that same resident count. */
@Singleton
public class FeedbackService {

    private final FeedbackRepository feedback;
    private final MessageRepository messages;
    private final Clock clock;

    FeedbackService(FeedbackRepository feedback, MessageRepository messages, Clock clock) {
        this.feedback = feedback;
        this.messages = messages;
        this.clock = clock;
    }

    /** Returns false when the message is not an answer sent to this resident. */
    public boolean record(long residentId, long messageId, boolean helpful) {
        Message answer = messages.findById(messageId).orElse(null);
        if (answer == null || answer.residentId() != residentId || answer.direction() != Message.Direction.OUT
                || answer.topic() == null) {
            return false;
        }
        if (feedback.change(messageId, helpful, clock.instant()) > 0) {
            return true;
        }
        try {
            feedback.save(new Feedback(null, messageId, answer.topic(), answer.language(), helpful, clock.instant()));
        } catch (DataAccessException pressedTwiceAtOnce) {
            feedback.change(messageId, helpful, clock.instant());
        }
        return true;
    }
}
