package nl.selam.bot.knowledge;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;


import java.util.Map;

/** Adds the answer engine to {@code /health}: UP with the number of topics it can answer. */
@Singleton
class AnswerEngineHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private final LiveEngine engine;

    AnswerEngineHealthIndicator(LiveEngine engine) {
        this.engine = engine;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        int topics = engine.current().knowledgeBase().byId().size();
        // An engine without topics could only escalate; that is not a healthy instance.
        healthStatus = topics > 0 ? HealthStatus.UP : HealthStatus.DOWN;
        return Map.of("topics", topics);
    }

    @Override
    protected String getName() {
        return "answerEngine";
    }
}
