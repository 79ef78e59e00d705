package nl.selam.bot.knowledge;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;


import java.util.Map;

/**
 * Adds the answer engine to {@code /health} and {@code /health/readiness}: DOWN (HTTP 503) while the first engine is
 * still being built or could not be built, UP with the number of topics once it answers. {@code /health/liveness}
 * leaves it out, so an orchestrator waits for a starting instance instead of restarting it.
 */
@Singleton
@Readiness
class AnswerEngineHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private final LiveEngine engine;

    AnswerEngineHealthIndicator(LiveEngine engine) {
        this.engine = engine;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        if (!engine.isReady()) {
            healthStatus = HealthStatus.DOWN;
            return Map.of("state", engine.failed() ? "failed" : "starting");
        }
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
