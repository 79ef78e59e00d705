package nl.selam.bot.console.access;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.time.Duration;

/**
 * {@code selam.console.*}: logins to the staff console.
 *
 * @param adminUser       the beheerder created on the first start with an empty database ({@code SELAM_ADMIN_USER})
 * @param adminPassword   that beheerder's password ({@code SELAM_ADMIN_PASSWORD}); unset = a one-time password is
 *                        printed once and must be changed at the first login
 * @param secret          signs login cookies and CSRF tokens ({@code SELAM_CONSOLE_SECRET}); unset = a random secret
 *                        kept in the data directory
 * @param maxFailedLogins failed logins in a row before the account is locked
 * @param lockout         how long a locked account stays locked
 * @param bcryptCost      the bcrypt work factor (log2 rounds)
 */
@ConfigurationProperties("selam.console")
record ConsoleAccessConfiguration(@Nullable String adminUser, @Nullable String adminPassword,
                                  @Nullable String secret, int maxFailedLogins, Duration lockout, int bcryptCost) {

    @Override
    public String toString() {
        return "ConsoleAccessConfiguration[adminUser=" + adminUser + ", adminPassword=[REDACTED], secret=[REDACTED]"
                + ", maxFailedLogins=" + maxFailedLogins + ", lockout=" + lockout + ", bcryptCost=" + bcryptCost + "]";
    }
}
