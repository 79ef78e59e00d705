package nl.selam.bot.conversation.contract;

import java.util.Objects;

/** One button or list row: what it says, in the reply's language, and what pressing it does. */
public record Choice(Action action, String label) {

    public Choice {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(label, "label");
    }
}
