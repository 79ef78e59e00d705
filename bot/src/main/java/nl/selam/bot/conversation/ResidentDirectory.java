package nl.selam.bot.conversation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Finds or creates residents, with the hot ones in memory. The database is the truth: the cache only holds
 * what was read or written there, and every change goes to the database first, so a restart changes nothing.
 */
@Singleton
public class ResidentDirectory {

    private final ResidentRepository residents;
    private final Clock clock;
    private final Cache<String, Resident> byChannelKey = Caffeine.newBuilder()
            .maximumSize(10_000).expireAfterAccess(Duration.ofMinutes(30)).build();

    ResidentDirectory(ResidentRepository residents, Clock clock) {
        this.residents = residents;
        this.clock = clock;
    }

    public Resident findOrCreate(String channel, String channelUserId) {
        String key = channel + '\n' + channelUserId;
        Resident cached = byChannelKey.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        Resident resident = residents.findByChannelAndChannelUserId(channel, channelUserId)
                .orElseGet(() -> create(channel, channelUserId));
        byChannelKey.put(key, resident);
        return resident;
    }

    public Optional<Resident> find(String channel, String channelUserId) {
        Resident cached = byChannelKey.getIfPresent(channel + '\n' + channelUserId);
        return cached != null ? Optional.of(cached) : residents.findByChannelAndChannelUserId(channel, channelUserId);
    }

    public Optional<Resident> byId(long id) {
        return residents.findById(id);
    }

    /** Writes a changed resident and refreshes the cache. */
    public Resident update(Resident resident) {
        Resident saved = residents.update(resident);
        byChannelKey.put(saved.channel() + '\n' + saved.channelUserId(), saved);
        return saved;
    }

    public void forget(Resident resident) {
        byChannelKey.invalidate(resident.channel() + '\n' + resident.channelUserId());
    }

    public void forgetAll() {
        byChannelKey.invalidateAll();
    }

    // Two first messages of one resident can race here; the unique key lets exactly one insert win.
    private Resident create(String channel, String channelUserId) {
        try {
            return residents.save(new Resident(null, channel, channelUserId, null, null, clock.instant()));
        } catch (DataAccessException duplicate) {
            return residents.findByChannelAndChannelUserId(channel, channelUserId).orElseThrow(() -> duplicate);
        }
    }
}
