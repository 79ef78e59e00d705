package nl.selam.bot.privacy;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import nl.selam.bot.conversation.ConversationConfiguration;
import nl.selam.bot.conversation.ConversationRepository;
import nl.selam.bot.conversation.ResidentDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Closes quiet conversations, then deletes conversations closed longer ago than the retention period (the
 * {@link RetentionPolicy} in force at that run), and residents with nothing left.
 */
@Singleton
public class RetentionJob {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

    private final ConversationRepository conversations;
    private final Erasure erasure;
    private final ResidentDirectory residents;
    private final ConversationConfiguration conversationConfig;
    private final RetentionPolicy policy;
    private final Clock clock;
    private final List<ErasureListener> listeners;

    RetentionJob(ConversationRepository conversations, Erasure erasure, ResidentDirectory residents,
                 ConversationConfiguration conversationConfig, RetentionPolicy policy, Clock clock,
                 List<ErasureListener> listeners) {
        this.conversations = conversations;
        this.erasure = erasure;
        this.residents = residents;
        this.conversationConfig = conversationConfig;
        this.policy = policy;
        this.clock = clock;
        this.listeners = listeners;
    }

    @Scheduled(fixedDelay = "${selam.privacy.retention-interval:1h}", initialDelay = "1m")
    public void run() {
        runAt(clock.instant());
    }

    /** One pass as if it were {@code now}; returns the number of conversations deleted. */
    public int runAt(Instant now) {
        int closed = conversations.closeQuiet(now.minus(conversationConfig.quietClose()), now);
        Instant cutoff = now.minus(Duration.ofDays(policy.days()));
        List<Long> expired = conversations.findClosedBefore(cutoff);
        expired.forEach(erasure::deleteConversation);
        int residentsGone = erasure.deleteResidentsWithoutConversations(cutoff);
        // safety records of erased crises go once closed and as old as any conversation kept (docs/privacy.md)
        listeners.forEach(l -> l.purgeClosedBefore(cutoff));
        if (residentsGone > 0) {
            residents.forgetAll();
        }
        if (closed + expired.size() + residentsGone > 0) {
            LOG.info("Retention: closed {} quiet conversations, deleted {} expired ones and {} residents",
                    closed, expired.size(), residentsGone);
        }
        return expired.size();
    }
}
