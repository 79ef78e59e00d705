package nl.selam.bot.conversation;

import io.micronaut.core.order.Ordered;

/**
 * One kind of situation in a conversation (a command, a crisis, an open escalation, an FAQ answer, ...). The
 * processor asks the handlers in order; the first that handles a turn ends it.
 */
public interface ConversationHandler extends Ordered {

    /** Handles the turn and returns true, or returns false to let the next handler try. */
    boolean handle(Turn turn);
}
