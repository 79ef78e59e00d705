package nl.selam.bot.routing;

import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import nl.selam.bot.escalation.ResponderPool;
import nl.selam.bot.staff.StaffAccount;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Who of the tolken and sleutelpersonen is there to answer. The console marks a person seen on each request (at
 * most one write a minute); "active" is seen within {@code selam.routing.active-within} with a live login, or linked
 * on Telegram. Kept in the database, so every instance behind a load balancer agrees.
 */
@Singleton
public class StaffPresence {

    /** How stale a presence row may get before a request refreshes it: bounds the writes to one a minute. */
    private static final Duration REFRESH = Duration.ofMinutes(1);

    private final ActiveResponders repository;
    private final RoutingConfiguration config;
    private final Clock clock;

    StaffPresence(ActiveResponders repository, RoutingConfiguration config, Clock clock) {
        this.repository = repository;
        this.config = config;
        this.clock = clock;
    }

    /** Marks a tolk or sleutelpersoon as present now; other roles are not tracked. */
    public void seen(StaffAccount account) {
        if (!account.answersResidents()) {
            return;
        }
        Instant now = clock.instant();
        if (repository.touch(account.id(), now, now.minus(REFRESH)) > 0 || repository.countPresence(account.id()) > 0) {
            return;
        }
        try {
            repository.insertPresence(account.id(), now);
        } catch (DataAccessException parallelRequestInsertedIt) {
            // two requests of one person at once: the other one wrote the row, which is all that matters
        }
    }

    /** The languages each pool has somebody active in, now. */
    public Map<ResponderPool, Set<String>> activeLanguages() {
        Instant now = clock.instant();
        Map<ResponderPool, Set<String>> languages = new EnumMap<>(ResponderPool.class);
        for (ResponderPool pool : ResponderPool.values()) {
            languages.put(pool, new HashSet<>());
        }
        for (StaffAccount a : repository.findActive(now.minus(config.getActiveWithin()), now,
                config.isTelegramLinkedCounts())) {
            ResponderPool.of(a.role()).ifPresent(pool -> languages.get(pool).addAll(a.languageList()));
        }
        return languages;
    }

    /** How many people of each pool are active now, per language; for the supervisor's live view. */
    public Map<ResponderPool, Map<String, Integer>> activeCounts() {
        Instant now = clock.instant();
        Map<ResponderPool, Map<String, Integer>> counts = new EnumMap<>(ResponderPool.class);
        for (ResponderPool pool : ResponderPool.values()) {
            counts.put(pool, new java.util.TreeMap<>());
        }
        for (StaffAccount a : repository.findActive(now.minus(config.getActiveWithin()), now,
                config.isTelegramLinkedCounts())) {
            ResponderPool.of(a.role()).ifPresent(pool -> a.languageList()
                    .forEach(l -> counts.get(pool).merge(l, 1, Integer::sum)));
        }
        return counts;
    }
}
