package nl.selam.bot.escalation;

import jakarta.inject.Singleton;
import nl.selam.bot.settings.RuntimeSettings;
import nl.selam.bot.system.InvalidRequestException;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How long an escalation may wait unclaimed, per language: the beheerder's setting in the console if there is one,
 * else {@code selam.escalation.max-wait.*}. Read afresh at every overdue check, so a change counts without a restart.
 * <p>
 * For a language the first of these counts: its setting, its configured limit, the setting for {@code default},
 * the configured {@code default}, two hours.
 */
@Singleton
public class WaitLimits {

    public static final Duration MIN = Duration.ofMinutes(5);
    public static final Duration MAX = Duration.ofHours(72);
    /** The queues' languages, and {@code default} for every other one. */
    public static final List<String> KEYS = java.util.stream.Stream.concat(
            nl.selam.kb.language.Language.staffedCodes().stream(), java.util.stream.Stream.of("default")).toList();
    static final String PREFIX = "escalation.max-wait.";
    private static final Duration FALLBACK = Duration.ofHours(2);

    private final EscalationConfiguration config;
    private final RuntimeSettings settings;

    WaitLimits(EscalationConfiguration config, RuntimeSettings settings) {
        this.config = config;
        this.settings = settings;
    }

    /** The limits in force now; one read of the settings, for one pass over the queue. */
    public Limits current() {
        Map<String, Duration> overrides = new HashMap<>();
        settings.withPrefix(PREFIX).forEach((name, value) -> parse(value)
                .ifPresent(d -> overrides.put(name.substring(PREFIX.length()), d)));
        return new Limits(Map.copyOf(overrides), Map.copyOf(config.getMaxWait()));
    }

    public Duration maxWaitFor(String language) {
        return current().forLanguage(language);
    }

    /** Sets one language's limit ({@code null} = back to the configuration); {@code default} for all others. */
    public void set(String key, Duration limit, Long changedBy) {
        if (!KEYS.contains(key)) {
            throw new InvalidRequestException("unknown queue language " + key);
        }
        if (limit == null) {
            settings.remove(PREFIX + key);
            return;
        }
        if (limit.compareTo(MIN) < 0 || limit.compareTo(MAX) > 0) {
            throw new InvalidRequestException("a waiting-time limit is 5 minutes to 72 hours");
        }
        settings.put(PREFIX + key, Long.toString(limit.toMinutes()), changedBy);
    }

    // stored as whole minutes; anything else (edited by hand, out of bounds) is ignored
    private static Optional<Duration> parse(String value) {
        try {
            Duration d = Duration.ofMinutes(Long.parseLong(value.strip()));
            return d.compareTo(MIN) >= 0 && d.compareTo(MAX) <= 0 ? Optional.of(d) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The limits at one moment: the beheerder's settings and the configured values. */
    public record Limits(Map<String, Duration> overrides, Map<String, Duration> configured) {

        public Duration forLanguage(String language) {
            if (overrides.containsKey(language)) {
                return overrides.get(language);
            }
            if (configured.containsKey(language)) {
                return configured.get(language);
            }
            return overrides.getOrDefault("default", configured.getOrDefault("default", FALLBACK));
        }

        /** The configured value for this key, as it would count without any setting. */
        public Duration configuredFor(String key) {
            return configured.getOrDefault(key, configured.getOrDefault("default", FALLBACK));
        }

        public Optional<Duration> overrideFor(String key) {
            return Optional.ofNullable(overrides.get(key));
        }
    }
}
