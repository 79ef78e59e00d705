package nl.selam.kb.decision;

/** Why a message goes to a person; null for outcomes that need nobody. */
public enum EscalationReason {
    LOW_CONFIDENCE,
    ASKED_FOR_PERSON,
    CRISIS,
    UNSUPPORTED_LANGUAGE,
    NO_WORDS,
    /** A question about the resident's own file, payment, decision, appointment, result or form: only a caseworker can check it. */
    CASE_QUESTION
}
