package nl.selam.bot.knowledge;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.order.OrderUtil;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.ApplicationEventPublisher;
import nl.selam.kb.content.KnowledgeBase;
import nl.selam.kb.content.KnowledgeBaseLoader;
import nl.selam.kb.decision.AnswerEngine;
import nl.selam.kb.decision.ConfidenceModel;
import nl.selam.kb.ranking.Understanding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The answer engine this instance answers with right now. Publishing in the console calls {@link #rebuild()}: a new
 * engine is built beside the old one from the shipped content plus every {@link ContentOverlay}, then swapped in
 * atomically, so residents get the new text without a restart and no question ever sees a half-built index.
 * {@code rebuild()} also raises the shared content version; other instances notice it within
 * {@code selam.knowledge.refresh-interval} and rebuild too (DESIGN.md: "a revision check").
 *
 * <p>The first engine is built on its own thread while the rest of the application starts (issue 13: the build was
 * a third of the start-up, and nothing else waits for it). Until it is ready, {@code /health} answers 503
 * ({@link AnswerEngineHealthIndicator}), {@code /api/ask} answers 503, and channels store incoming messages without
 * handling them; the first build's {@link EngineBuilt} event has them handled (MessageRecovery), so none is lost.
 * Anything else that asks for {@link #current()} before then waits for the build.
 */
// @Context: the build starts with the application, not on the first question.
@Context
public class LiveEngine {

    private static final Logger LOG = LoggerFactory.getLogger(LiveEngine.class);

    private final BeanProvider<ContentOverlay> overlays;
    private final ContentVersionRepository versions;
    private final AtomicReference<AnswerEngine> current = new AtomicReference<>();
    private final CompletableFuture<KnowledgeBase> shipped = new CompletableFuture<>();
    private final CompletableFuture<AnswerEngine> ready = new CompletableFuture<>();
    private final Duration readyTimeout;
    private final Object rebuilding = new Object();
    private final ApplicationEventPublisher<EngineBuilt> events;
    private final EngineCache cache;
    private long builtFrom = -1;

    LiveEngine(BeanProvider<ContentOverlay> overlays, ContentVersionRepository versions,
               ApplicationEventPublisher<EngineBuilt> events, EngineCache cache,
               @Value("${selam.knowledge.ready-timeout:60s}") Duration readyTimeout,
               @Value("${selam.knowledge.build-before-serving:false}") boolean buildBeforeServing) {
        this.overlays = overlays;
        this.versions = versions;
        this.events = events;
        this.cache = cache;
        this.readyTimeout = readyTimeout;
        // The overlays are resolved here, on the thread creating the beans: resolving beans from the build thread
        // while the context is still being created could wait on a lock that thread holds.
        List<ContentOverlay> initial = List.copyOf(overlays.stream().toList());
        Thread builder = new Thread(() -> buildFirst(initial), "selam-engine-build");
        builder.setDaemon(true);
        builder.start();
        if (buildBeforeServing) {
            // the old behaviour: the server listens only once the engine answers (tests use it). No time limit,
            // as before: a build on a loaded machine may take longer than ready-timeout, and failing start-up for
            // that would be worse than waiting.
            ready.exceptionally(e -> null).join();
        }
    }

    private void buildFirst(List<ContentOverlay> initial) {
        try {
            shipped.complete(KnowledgeBaseLoader.fromClasspath());
            build(versions.current(), initial);
        } catch (RuntimeException | Error e) {
            // The instance stays not ready (503 on /health), so an orchestrator never routes residents to it;
            // stored messages wait for a healthy instance.
            LOG.error("The answer engine could not be built; this instance stays not ready", e);
            shipped.completeExceptionally(e);
            ready.completeExceptionally(e);
        }
    }

    /** Whether the first engine is built: residents' messages are handled, /health is UP. */
    public boolean isReady() {
        return ready.isDone() && !ready.isCompletedExceptionally();
    }

    /** Whether the first build failed (a broken knowledge base): this instance will not become ready. */
    public boolean failed() {
        return ready.isCompletedExceptionally();
    }

    /**
     * The engine to answer with; fetch it once per question so one question sees one version of the content.
     * Before the first build is done this waits for it (at most {@code selam.knowledge.ready-timeout}).
     */
    public AnswerEngine current() {
        AnswerEngine engine = current.get();
        return engine != null ? engine : await(ready);
    }

    /** The content as shipped in the jar, before any overlay: what "roll back to the original" returns to. */
    public KnowledgeBase shipped() {
        return shipped.isDone() && !shipped.isCompletedExceptionally() ? shipped.join() : await(shipped);
    }

    private <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(readyTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the answer engine", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the answer engine could not be built", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the answer engine is not ready after " + readyTimeout, e);
        }
    }

    /**
     * The FAQ as published (shipped content plus the overlays that edit it), with placeholders still in place: what
     * an export writes back to files. Built on demand, not cached.
     */
    public KnowledgeBase published() {
        return compose(overlays.stream().filter(ContentOverlay::editsContent).toList());
    }

    /**
     * Call after a content change is committed: builds a new engine from the shipped content and all overlays, swaps
     * it in, and tells the other instances.
     */
    public void rebuild() {
        synchronized (rebuilding) {
            versions.raise();
            build(versions.current(), overlays.stream().toList());
        }
    }

    /** Rebuilds when another instance changed the content since this one last built. */
    @Scheduled(fixedDelay = "${selam.knowledge.refresh-interval:10s}", initialDelay = "${selam.knowledge.refresh-interval:10s}")
    void refreshIfChanged() {
        if (!isReady()) {
            return; // the first build is still running (or failed): it reads the version itself
        }
        synchronized (rebuilding) {
            long version = versions.current();
            if (version != builtFrom) {
                build(version, overlays.stream().toList());
            }
        }
    }

    private void build(long version, List<ContentOverlay> all) {
        synchronized (rebuilding) {
            long start = System.nanoTime();
            KnowledgeBase content = compose(all);
            // the index and the trained models are read back from the data folder when this content was built
            // before by this build of Selam (EngineCache): the start-up then skips nearly all of the build
            AnswerEngine fresh = new AnswerEngine(content, ConfidenceModel.from(content.calibration()),
                    Understanding.fromSystemProperties(), cache.forContent(content));
            // The old engine is not closed: a question may still be running on it. Its index lives on the heap,
            // so the garbage collector takes it once the last such question is done.
            current.set(fresh);
            ready.complete(fresh);
            boolean rebuild = builtFrom != -1;
            builtFrom = version;
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            LOG.info("Answer engine ready: {} FAQ topics indexed in {} ms (content version {})",
                    content.entries().size(), took.toMillis(), version);
            events.publishEvent(new EngineBuilt(content.entries().size(), took, rebuild));
        }
    }

    private KnowledgeBase compose(List<ContentOverlay> which) {
        KnowledgeBase content = shipped();
        List<ContentOverlay> ordered = new ArrayList<>(which);
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
