package nl.selam.bot.escalation;

import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.List;

/** "Roughly when": the median time to a first answer among the queue's recent escalations. */
@Singleton
class WaitEstimate {

    private final EscalationRepository escalations;
    private final EscalationConfiguration config;

    WaitEstimate(EscalationRepository escalations, EscalationConfiguration config) {
        this.escalations = escalations;
        this.config = config;
    }

    int minutes(String language) {
        List<Long> waits = escalations.findRecentlyAnswered(language).stream()
                .map(e -> Duration.between(e.createdAt(), e.answeredAt()).toMinutes()).sorted().toList();
        if (waits.isEmpty()) {
            return config.getDefaultWaitMinutes();
        }
        return (int) Math.max(1, waits.get(waits.size() / 2));
    }
}
