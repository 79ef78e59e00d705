package nl.selam.bot.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import nl.selam.bot.outbox.DeliveryEvent;

import java.time.Duration;

/** Delivery attempts per channel and result, the time from queueing to delivery, and Telegram's 429s. */
@Singleton
class DeliveryMeters {

    private final MeterRegistry registry;

    DeliveryMeters(MeterRegistry registry) {
        this.registry = registry;
        rateLimited("telegram"); // present at zero, so an alert rule has a series to watch from the start
    }

    @EventListener
    void attempted(DeliveryEvent event) {
        Counter.builder("selam.outbox.attempts").description("Delivery attempts per channel and result")
                .tag("channel", event.channel()).tag("result", event.result().name().toLowerCase())
                .register(registry).increment();
        switch (event.result()) {
            case SENT -> Timer.builder("selam.outbox.delivery")
                    .description("From queueing an outgoing message to its channel taking it, retries included")
                    .tag("channel", event.channel())
                    .publishPercentileHistogram()
                    .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofMinutes(10))
                    .register(registry).record(event.latency());
            case DEFERRED -> rateLimited(event.channel()).increment();
            default -> { }
        }
    }

    private Counter rateLimited(String channel) {
        return Counter.builder("selam.channel.rate.limited")
                .description("Times a channel asked Selam to slow down (Telegram: HTTP 429 with retry_after)")
                .tag("channel", channel).register(registry);
    }
}
