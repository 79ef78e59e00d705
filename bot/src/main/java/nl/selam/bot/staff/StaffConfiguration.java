package nl.selam.bot.staff;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * {@code selam.staff.api-token} (env {@code SELAM_STAFF_API_TOKEN}): the shared secret the staff JSON API
 * requires until the console brings real logins. Unset means the staff API is closed.
 */
@ConfigurationProperties("selam.staff")
record StaffConfiguration(@Nullable String apiToken) {

    @Override
    public String toString() {
        return "StaffConfiguration[apiToken=[REDACTED]]";
    }
}
