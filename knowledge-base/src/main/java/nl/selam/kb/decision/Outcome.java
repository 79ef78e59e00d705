package nl.selam.kb.decision;

/** What Selam does with a message, as in the /api/ask contract. */
public enum Outcome {
    /** A confident FAQ answer. */
    ANSWER,
    /** Two close topics: offer both as a choice. */
    CLARIFY,
    /** Hand over to a person who speaks the resident's language. */
    ESCALATE,
    /** Small talk: a greeting, thanks or "who are you", answered with a friendly reply and the topic menu. */
    GREETING,
    /** Crisis signals: the crisis lines at once, and an urgent escalation. */
    CRISIS
}
