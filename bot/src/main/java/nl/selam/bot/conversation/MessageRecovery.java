package nl.selam.bot.conversation;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import nl.selam.bot.knowledge.EngineBuilt;
import nl.selam.bot.knowledge.LiveEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Finishes inbox entries that were stored but never handled, e.g. because the process was killed in between.
 * Only entries older than a grace period are taken, so a request still being handled is left alone. Messages that
 * arrived while the instance was starting (stored, not handled: the engine was not built yet) are taken as soon as
 * the first engine is built, without the grace period.
 */
@Singleton
class MessageRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(MessageRecovery.class);
    private static final Duration GRACE = Duration.ofSeconds(3);

    private final MessageRepository messages;
    private final ConversationService conversations;
    private final Clock clock;
    private final LiveEngine engine;

    MessageRecovery(MessageRepository messages, ConversationService conversations, Clock clock, LiveEngine engine) {
        this.messages = messages;
        this.conversations = conversations;
        this.clock = clock;
        this.engine = engine;
    }

    @Scheduled(fixedDelay = "${selam.conversation.recovery-interval:2s}", initialDelay = "1s")
    void recover() {
        if (engine.isReady()) {
            recoverBefore(clock.instant().minus(GRACE));
        }
    }

    /**
     * The first engine is ready: handle what was stored meanwhile. A request handling the same message at the same
     * moment is harmless: the per-resident lock and the processed mark let exactly one of them reply.
     */
    @EventListener
    void engineReady(EngineBuilt built) {
        if (!built.rebuild()) {
            try {
                recoverBefore(clock.instant().plusSeconds(1));
            } catch (RuntimeException e) {
                // the scheduled sweep takes them within its interval
                LOG.warn("Handling the messages stored during start-up failed; the next sweep retries", e);
            }
        }
    }

    private void recoverBefore(Instant before) {
        List<Long> stranded = messages.findUnprocessedBefore(before);
        if (!stranded.isEmpty()) {
            LOG.info("Recovering {} unprocessed inbound messages", stranded.size());
        }
        stranded.forEach(conversations::reprocess);
    }
}
