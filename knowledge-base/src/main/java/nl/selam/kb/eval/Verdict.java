package nl.selam.kb.eval;

import nl.selam.kb.decision.Outcome;

/** How one decision scores against its label. */
public enum Verdict {
    CORRECT, WRONG, MISSED;

    /**
     * In-scope: correct = ANSWER with the right topic, wrong = ANSWER with another topic. OOS: correct = anything
     * but ANSWER. Crisis: correct = CRISIS. Greeting: correct = GREETING. Person: correct = ESCALATE.
     * A confident ANSWER where none was due is always WRONG.
     */
    public static Verdict of(LabelledMessage row, Outcome outcome, String topic) {
        boolean answered = outcome == Outcome.ANSWER;
        return switch (row.kind()) {
            case IN_SCOPE -> answered ? (row.expected().equals(topic) ? CORRECT : WRONG) : MISSED;
            case OOS -> answered ? WRONG : CORRECT;
            case CRISIS -> outcome == Outcome.CRISIS ? CORRECT : answered ? WRONG : MISSED;
            case GREETING -> outcome == Outcome.GREETING ? CORRECT : answered ? WRONG : MISSED;
            case PERSON -> outcome == Outcome.ESCALATE ? CORRECT : answered ? WRONG : MISSED;
        };
    }
}
