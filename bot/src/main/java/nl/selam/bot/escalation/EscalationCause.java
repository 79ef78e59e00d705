package nl.selam.bot.escalation;

import nl.selam.kb.decision.EscalationReason;

/** Why a person is needed; the engine's reasons plus what only a channel can tell (voice notes, photos). */
public enum EscalationCause {
    LOW_CONFIDENCE, ASKED_FOR_PERSON, CRISIS, UNSUPPORTED_LANGUAGE, NO_WORDS, CASE_QUESTION, MEDIA;

    public static EscalationCause from(EscalationReason reason) {
        return reason == null ? LOW_CONFIDENCE : valueOf(reason.name());
    }
}
