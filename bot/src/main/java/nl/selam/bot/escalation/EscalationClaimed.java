package nl.selam.bot.escalation;

import java.time.Duration;

/**
 * Published after a staff member claimed an escalation.
 *
 * @param language the queue it waited in
 * @param urgent   a crisis escalation
 * @param waited   from opening to the claim (a released and re-claimed escalation counts from its opening)
 */
public record EscalationClaimed(String language, boolean urgent, Duration waited) {
}
