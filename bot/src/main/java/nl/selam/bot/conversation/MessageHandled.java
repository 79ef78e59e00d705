package nl.selam.bot.conversation;

import io.micronaut.core.annotation.Nullable;
import nl.selam.kb.decision.Decision;

/**
 * Published after a resident's message was handled and its replies committed. Carries only labels (never text
 * or who sent it), so a listener cannot leak either.
 *
 * @param channel  the channel it came in on ({@code web}, {@code telegram})
 * @param language the language Selam answered in, or {@code none} for a message without words (media, buttons)
 * @param outcome  the engine's outcome in lower case ({@code answer}, {@code clarify}, ...), or {@code none}
 * @param reason   why a person is needed, in lower case, or {@code none}
 */
public record MessageHandled(String channel, String language, String outcome, String reason) {

    static MessageHandled of(String channel, @Nullable Decision decision) {
        if (decision == null) {
            return new MessageHandled(channel, "none", "none", "none");
        }
        return new MessageHandled(channel, decision.language().code(), decision.outcome().name().toLowerCase(),
                decision.reason() == null ? "none" : decision.reason().name().toLowerCase());
    }
}
