package nl.selam.bot.escalation;

import nl.selam.bot.staff.StaffRole;

/**
 * Who is meant to answer an escalation: professional tolken (interpreters) or sleutelpersonen (trusted volunteers
 * from the community). Decided when the escalation opens, by the routing rules ({@link EscalationRouting}).
 */
public enum ResponderPool {
    TOLK, SLEUTELPERSOON;

    public StaffRole role() {
        return this == TOLK ? StaffRole.TOLK : StaffRole.SLEUTELPERSOON;
    }

    public ResponderPool other() {
        return this == TOLK ? SLEUTELPERSOON : TOLK;
    }

    /** The pool a queue role works in; empty for roles that do not answer residents. */
    public static java.util.Optional<ResponderPool> of(StaffRole role) {
        return switch (role) {
            case TOLK -> java.util.Optional.of(TOLK);
            case SLEUTELPERSOON -> java.util.Optional.of(SLEUTELPERSOON);
            default -> java.util.Optional.empty();
        };
    }
}
