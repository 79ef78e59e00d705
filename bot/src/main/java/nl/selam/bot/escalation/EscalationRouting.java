package nl.selam.bot.escalation;

import io.micronaut.core.annotation.Nullable;
import nl.selam.bot.staff.StaffAccount;

import java.util.function.Predicate;

/**
 * Which pool an escalation goes to, and which escalations a staff member may take. Implemented by the routing
 * feature (rules as content, presence of staff); declared here so the escalation package does not depend on it.
 */
public interface EscalationRouting {

    /**
     * The pool for a new escalation.
     *
     * @param topic the FAQ topic the conversation was about, or null
     */
    ResponderPool poolFor(EscalationCause cause, boolean urgent, @Nullable String topic);

    /**
     * What this staff member may take right now, read once for one pass over a queue: escalations of their own
     * pool, those without a pool, those they hold, and those of the other pool while it has nobody active in
     * that language (the fallback). Languages are checked separately.
     */
    Predicate<Escalation> mayTake(StaffAccount staff);
}
