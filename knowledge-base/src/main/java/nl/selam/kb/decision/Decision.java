package nl.selam.kb.decision;

import nl.selam.kb.language.Language;

import java.util.List;

/**
 * What the engine decided for one message.
 *
 * @param language   the language of the reply (the resident's choice, or the detected language)
 * @param detected   the language the text was detected to be in (am, fa and und included)
 * @param topic      the FAQ topic id, or null
 * @param confidence calibrated confidence in [0,1] that {@code topic} is right
 * @param answer     the text to show the resident (FAQ answer, small-talk reply or hand-over notice)
 * @param candidates the best topics, best first (at most three)
 * @param reason     why a person is needed, or null
 */
public record Decision(Language language, Language detected, Outcome outcome, String topic, double confidence,
                       String answer, List<Candidate> candidates, EscalationReason reason) {

    public Decision {
        candidates = List.copyOf(candidates);
    }

    public boolean needsPerson() {
        return reason != null;
    }
}
