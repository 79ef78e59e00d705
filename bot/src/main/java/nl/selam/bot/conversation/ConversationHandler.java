package nl.selam.bot.conversation;

/**
 * One kind of situation in a conversation (a crisis, a command, an open escalation, an FAQ answer, ...). The
 * processor asks the handlers in the order of {@link Step}; the first that handles a turn ends it.
 */
public interface ConversationHandler {

    /** The place of this handler in the chain; each step has exactly one handler. */
    Step step();

    /** Handles the turn and returns true, or returns false to let the next handler try. */
    boolean handle(Turn turn);

    /**
     * The handler chain, top to bottom: the one place that decides who looks at a resident's message first. Safety
     * comes first, then what the resident explicitly pressed, then a person already on the conversation, then the
     * assistant.
     */
    enum Step {
        /** Crisis words (suicide, violence, danger): the crisis lines and an urgent escalation, always first. */
        CRISIS,
        /** Start, language, menu, topic, privacy, erase, unsupported content ({@link CommandHandler}). */
        COMMAND,
        /** "Back to the assistant": ends an open escalation. */
        RETURN_TO_ASSISTANT,
        /** A person has the conversation: the message joins their escalation. */
        ACTIVE_ESCALATION,
        /** "Talk to a person", media, or words that need a person: opens an escalation. */
        PERSON_REQUEST,
        /** A reply naming one of the topics of the last clarify question. */
        CLARIFY_CHOICE,
        /** The assistant's own answer, clarify question or small talk. */
        ANSWER
    }
}
