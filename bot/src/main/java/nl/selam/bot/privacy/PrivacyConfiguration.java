package nl.selam.bot.privacy;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code selam.privacy.retention-days} (env {@code SELAM_PRIVACY_RETENTION_DAYS}): days a closed conversation is
 * kept before the retention job deletes it.
 */
@ConfigurationProperties("selam.privacy")
record PrivacyConfiguration(@Bindable(defaultValue = "30") int retentionDays) {
}
