package nl.selam.bot.conversation;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Finishes inbox entries that were stored but never handled, e.g. because the process was killed in between.
 * Only entries older than a grace period are taken, so a request still being handled is left alone.
 */
@Singleton
class MessageRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(MessageRecovery.class);
    private static final Duration GRACE = Duration.ofSeconds(3);

    private final MessageRepository messages;
    private final ConversationService conversations;
    private final Clock clock;

    MessageRecovery(MessageRepository messages, ConversationService conversations, Clock clock) {
        this.messages = messages;
        this.conversations = conversations;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${selam.conversation.recovery-interval:2s}", initialDelay = "1s")
    void recover() {
        List<Long> stranded = messages.findUnprocessedBefore(clock.instant().minus(GRACE));
        if (!stranded.isEmpty()) {
            LOG.info("Recovering {} unprocessed inbound messages", stranded.size());
        }
        stranded.forEach(conversations::reprocess);
    }
}
