package nl.selam.bot.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import nl.selam.bot.knowledge.EngineBuilt;

import java.util.concurrent.atomic.AtomicInteger;

/** Answer engine builds: how long they take, how many rebuilds publishing caused, topics in the current one. */
@Singleton
class EngineMeters {

    private final MeterRegistry registry;
    private final AtomicInteger topics;
    private final Counter rebuilds;

    EngineMeters(MeterRegistry registry) {
        this.registry = registry;
        this.topics = registry.gauge("selam.engine.topics", new AtomicInteger());
        this.rebuilds = Counter.builder("selam.engine.rebuilds")
                .description("Engine rebuilds after content was published (here or on another instance)")
                .register(registry);
    }

    @EventListener
    void built(EngineBuilt event) {
        Timer.builder("selam.engine.build").description("Building the answer engine (index and model)")
                .tag("kind", event.rebuild() ? "rebuild" : "startup")
                .register(registry).record(event.took());
        if (event.rebuild()) {
            rebuilds.increment();
        }
        topics.set(event.topics());
    }
}
