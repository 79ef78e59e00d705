package nl.selam.bot.knowledge;

import io.micronaut.context.annotation.Context;
import io.micronaut.core.order.OrderUtil;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.ApplicationEventPublisher;
import nl.selam.kb.content.KnowledgeBase;
import nl.selam.kb.content.KnowledgeBaseLoader;
import nl.selam.kb.decision.AnswerEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * The answer engine this instance answers with right now. Publishing in the console calls {@link #rebuild()}: a new
 * engine is built beside the old one from the shipped content plus every {@link ContentOverlay}, then swapped in
 * atomically, so residents get the new text without a restart and no question ever sees a half-built index.
 * {@code rebuild()} also raises the shared content version; other instances notice it within
 * {@code selam.knowledge.refresh-interval} and rebuild too (DESIGN.md: "a revision check").
 */
// @Context builds the index while the application starts, before the HTTP server listens: /health and /api/ask
// are only reachable once the engine can answer, and a broken knowledge base stops the start-up.
@Context
public class LiveEngine {

    private static final Logger LOG = LoggerFactory.getLogger(LiveEngine.class);

    private final KnowledgeBase shipped;
    private final BeanProvider<ContentOverlay> overlays;
    private final ContentVersionRepository versions;
    private final AtomicReference<AnswerEngine> current = new AtomicReference<>();
    private final Object rebuilding = new Object();
    private final ApplicationEventPublisher<EngineBuilt> events;
    private long builtFrom = -1;

    LiveEngine(BeanProvider<ContentOverlay> overlays, ContentVersionRepository versions,
               ApplicationEventPublisher<EngineBuilt> events) {
        this.shipped = KnowledgeBaseLoader.fromClasspath();
        this.overlays = overlays;
        this.versions = versions;
        this.events = events;
        build(versions.current());
    }

    /** The engine to answer with; fetch it once per question so one question sees one version of the content. */
    public AnswerEngine current() {
        return current.get();
    }

    /** The content as shipped in the jar, before any overlay: what "roll back to the original" returns to. */
    public KnowledgeBase shipped() {
        return shipped;
    }

    /**
     * The FAQ as published (shipped content plus the overlays that edit it), with placeholders still in place: what
     * an export writes back to files. Built on demand, not cached.
     */
    public KnowledgeBase published() {
        return compose(overlay -> overlay.editsContent());
    }

    /**
     * Call after a content change is committed: builds a new engine from the shipped content and all overlays, swaps
     * it in, and tells the other instances.
     */
    public void rebuild() {
        synchronized (rebuilding) {
            versions.raise();
            build(versions.current());
        }
    }

    /** Rebuilds when another instance changed the content since this one last built. */
    @Scheduled(fixedDelay = "${selam.knowledge.refresh-interval:10s}", initialDelay = "${selam.knowledge.refresh-interval:10s}")
    void refreshIfChanged() {
        synchronized (rebuilding) {
            long version = versions.current();
            if (version != builtFrom) {
                build(version);
            }
        }
    }

    private void build(long version) {
        synchronized (rebuilding) {
            long start = System.nanoTime();
            KnowledgeBase content = compose(overlay -> true);
            AnswerEngine fresh = new AnswerEngine(content);
            // The old engine is not closed: a question may still be running on it. Its index lives on the heap,
            // so the garbage collector takes it once the last such question is done.
            current.set(fresh);
            boolean rebuild = builtFrom != -1;
            builtFrom = version;
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            LOG.info("Answer engine ready: {} FAQ topics indexed in {} ms (content version {})",
                    content.entries().size(), took.toMillis(), version);
            events.publishEvent(new EngineBuilt(content.entries().size(), took, rebuild));
        }
    }

    private KnowledgeBase compose(Predicate<ContentOverlay> which) {
        KnowledgeBase content = shipped;
        List<ContentOverlay> ordered = new ArrayList<>(overlays.stream().filter(which).toList());
        OrderUtil.sort(ordered);
        for (ContentOverlay overlay : ordered) {
            content = overlay.apply(content);
        }
        return content;
    }

    @PreDestroy
    void close() {
        AnswerEngine engine = current.get();
        if (engine != null) {
            engine.close();
        }
    }
}
