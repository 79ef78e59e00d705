package nl.selam.bot.settings;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Stored overrides of configuration values, read from the database each time a consumer asks, so a change made in
 * the console counts from the next job run on every instance. Validation belongs to the feature that owns the value
 * (e.g. {@code privacy.RetentionPolicy}); this store only keeps text.
 */
@Singleton
public class RuntimeSettings {

    private final RuntimeSettingRepository settings;
    private final Clock clock;

    RuntimeSettings(RuntimeSettingRepository settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public Optional<String> get(String name) {
        return settings.findById(name).map(RuntimeSetting::settingValue);
    }

    /** Every stored override whose name starts with the prefix, by name. */
    public Map<String, String> withPrefix(String prefix) {
        Map<String, String> found = new HashMap<>();
        for (RuntimeSetting s : settings.findAll()) {
            if (s.name().startsWith(prefix)) {
                found.put(s.name(), s.settingValue());
            }
        }
        return found;
    }

    /** Stores the override; {@code changedBy} is the staff account that made the change, if any. */
    public void put(String name, String value, Long changedBy) {
        RuntimeSetting row = new RuntimeSetting(name, value, clock.instant(), changedBy);
        if (settings.existsById(name)) {
            settings.update(row);
        } else {
            settings.save(row);
        }
    }

    /** Removes the override: the configured value counts again. */
    public void remove(String name) {
        settings.deleteById(name);
    }
}
