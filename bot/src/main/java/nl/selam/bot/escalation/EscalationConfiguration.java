package nl.selam.bot.escalation;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Escalation settings ({@code selam.escalation.*}).
 * <ul>
 *   <li>{@code default-wait-minutes}: the estimate told to a resident while a queue has no answer history;</li>
 *   <li>{@code max-wait.default}, {@code max-wait.<language>}: how long an escalation may wait unclaimed before the
 *       queue is flagged and the resident is given the municipality's phone number (e.g. {@code max-wait.ti: 4h});
 *       a beheerder can override them in the console ({@link WaitLimits}).</li>
 * </ul>
 */
@ConfigurationProperties("selam.escalation")
public class EscalationConfiguration {

    private int defaultWaitMinutes = 30;
    private Map<String, Duration> maxWait = new HashMap<>(Map.of("default", Duration.ofHours(2)));

    public int getDefaultWaitMinutes() {
        return defaultWaitMinutes;
    }

    public void setDefaultWaitMinutes(int defaultWaitMinutes) {
        this.defaultWaitMinutes = defaultWaitMinutes;
    }

    public Map<String, Duration> getMaxWait() {
        return maxWait;
    }

    public void setMaxWait(Map<String, Duration> maxWait) {
        this.maxWait = new HashMap<>(maxWait);
    }
}
