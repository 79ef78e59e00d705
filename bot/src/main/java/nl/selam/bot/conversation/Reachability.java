package nl.selam.bot.conversation;

import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * Whether a resident can be reached on their channel. A channel reports "blocked" (by throwing
 * {@code RecipientUnreachable} or with a {@code ReachabilityChanged} event); nothing is delivered to them until
 * they write again or unblock the bot.
 */
@Singleton
public class Reachability {

    private final ReachabilityRepository store;
    private final Clock clock;

    Reachability(ReachabilityRepository store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public boolean isUnreachable(long residentId) {
        return store.countUnreachable(residentId) > 0;
    }

    public void unreachable(long residentId) {
        try {
            store.insertUnreachable(residentId, clock.instant());
        } catch (RuntimeException alreadyMarked) {
            // two instances marked the same resident at once: marked is marked
        }
    }

    public void reachable(long residentId) {
        store.deleteUnreachable(residentId);
    }
}
