package nl.selam.bot.staff;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code selam.console.*} as far as passwords go (the keys keep their console names: the console is where staff log
 * in).
 *
 * @param maxFailedLogins failed logins in a row before the account is locked
 * @param lockout         how long a locked account stays locked
 * @param bcryptCost      the bcrypt work factor (log2 rounds)
 */
@ConfigurationProperties("selam.console")
record LoginPolicy(int maxFailedLogins, Duration lockout, int bcryptCost) {
}
