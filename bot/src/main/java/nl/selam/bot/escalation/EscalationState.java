package nl.selam.bot.escalation;

/** open → claimed → answered → resolved, or handed over to a klantmanager, or returned to the assistant. */
public enum EscalationState {
    OPEN, CLAIMED, ANSWERED, RESOLVED, HANDED_OVER, RETURNED_TO_BOT;

    /** While active, the resident's messages join the escalation instead of getting bot answers. */
    public boolean isActive() {
        return this == OPEN || this == CLAIMED || this == ANSWERED;
    }
}
