package nl.selam.bot.privacy;

import jakarta.inject.Singleton;
import nl.selam.bot.settings.RuntimeSettings;
import nl.selam.bot.system.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.OptionalInt;

/**
 * How many days a closed conversation is kept: the beheerder's setting in the console if there is one, else
 * {@code selam.privacy.retention-days}. Read at every run of the {@link RetentionJob}.
 */
@Singleton
public class RetentionPolicy {

    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 365;
    static final String SETTING = "privacy.retention-days";
    private static final Logger LOG = LoggerFactory.getLogger(RetentionPolicy.class);

    private final PrivacyConfiguration config;
    private final RuntimeSettings settings;

    RetentionPolicy(PrivacyConfiguration config, RuntimeSettings settings) {
        this.config = config;
        this.settings = settings;
    }

    /** The days in force now. */
    public int days() {
        return overrideDays().orElse(config.retentionDays());
    }

    /** The configured days, what counts without a setting. */
    public int configuredDays() {
        return config.retentionDays();
    }

    /** The beheerder's setting, if any. */
    public OptionalInt overrideDays() {
        return settings.get(SETTING).map(value -> {
            try {
                int days = Integer.parseInt(value.strip());
                if (days >= MIN_DAYS && days <= MAX_DAYS) {
                    return OptionalInt.of(days);
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            LOG.warn("Ignoring the stored retention setting: not {} to {} days", MIN_DAYS, MAX_DAYS);
            return OptionalInt.empty();
        }).orElse(OptionalInt.empty());
    }

    /** Sets the days ({@code null} = back to the configured value). */
    public void set(Integer days, Long changedBy) {
        if (days == null) {
            settings.remove(SETTING);
            return;
        }
        if (days < MIN_DAYS || days > MAX_DAYS) {
            throw new InvalidRequestException("the retention period is " + MIN_DAYS + " to " + MAX_DAYS + " days");
        }
        settings.put(SETTING, Integer.toString(days), changedBy);
    }
}
