package nl.selam.bot.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import nl.selam.bot.conversation.MessageHandled;
import nl.selam.bot.escalation.EscalationClaimed;

import java.time.Duration;

/** Counts residents' messages and what Selam did with them, and how long escalations waited for a person. */
@Singleton
class ConversationMeters {

    // the escalation wait is minutes to hours: buckets a municipality can set targets against
    private static final Duration[] WAIT_BUCKETS = {Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(2),
            Duration.ofHours(4), Duration.ofHours(8), Duration.ofHours(24)};

    private final MeterRegistry registry;

    ConversationMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    @EventListener
    void handled(MessageHandled event) {
        Counter.builder("selam.messages.in").description("Residents' messages handled, per channel and language")
                .tag("channel", event.channel()).tag("language", event.language())
                .register(registry).increment();
        Counter.builder("selam.outcomes").description("What Selam did with a message, per language")
                .tag("language", event.language()).tag("outcome", event.outcome()).tag("reason", event.reason())
                .register(registry).increment();
    }

    @EventListener
    void claimed(EscalationClaimed event) {
        Timer.builder("selam.escalation.wait").description("From an escalation's opening to its claim by a person")
                .tag("language", event.language()).tag("urgent", Boolean.toString(event.urgent()))
                .serviceLevelObjectives(WAIT_BUCKETS)
                .register(registry).record(event.waited());
    }
}
