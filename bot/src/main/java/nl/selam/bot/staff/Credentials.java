package nl.selam.bot.staff;

import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;
import nl.selam.bot.system.InvalidRequestException;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Staff usernames and passwords: setting them, checking a login, and locking an account after failures. The
 * console's login (and any other front door) uses this; a reset password is published as {@link PasswordReset} so
 * whoever keeps sessions can end them.
 */
@Singleton
public class Credentials {

    public static final int MIN_PASSWORD_LENGTH = 10;
    private static final int MAX_PASSWORD_LENGTH = 128;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");

    private final StaffCredentialRepository credentials;
    private final StaffRepository staff;
    private final PasswordHasher hasher;
    private final LoginPolicy config;
    private final ApplicationEventPublisher<PasswordReset> resets;
    private final Clock clock;
    // compared against when the username is unknown, so a refusal takes as long either way
    private final String decoy;

    Credentials(StaffCredentialRepository credentials, StaffRepository staff, PasswordHasher hasher,
                LoginPolicy config, ApplicationEventPublisher<PasswordReset> resets, Clock clock) {
        this.credentials = credentials;
        this.staff = staff;
        this.hasher = hasher;
        this.config = config;
        this.resets = resets;
        this.clock = clock;
        this.decoy = hasher.decoy();
    }

    /** The outcome of a login attempt. */
    public sealed interface Login permits Accepted, Refused {
    }

    public record Accepted(StaffAccount account, boolean mustChangePassword) implements Login {
    }

    /** Refused; the reason is for the audit trail only, the login page never tells which one it was. */
    public record Refused(String reason) implements Login {
    }

    /** Gives the account a login (or replaces it), e.g. when a beheerder creates an account or resets a password. */
    public void set(long staffId, String username, String password, boolean mustChange) {
        String name = normaliseUsername(username);
        checkPassword(password);
        credentials.findByUsername(name).filter(c -> c.staffId() != staffId).ifPresent(c -> {
            throw new InvalidRequestException("that username is taken", "error.username.taken");
        });
        StaffCredential fresh = new StaffCredential(staffId, name, hasher.hash(password), 0, null, clock.instant(),
                mustChange);
        if (credentials.existsById(staffId)) {
            credentials.update(fresh);
            // a reset password: whoever is logged in with the old one (perhaps the reason for the reset) is out
            resets.publishEvent(new PasswordReset(staffId));
        } else {
            credentials.save(fresh);
        }
    }

    /**
     * Checks a login and counts failures: after {@code max-failed-logins} in a row the account is locked. Every
     * refusal costs exactly one bcrypt check (against a decoy hash for an unknown username), so its timing does not
     * tell whether the account exists, is locked or the password was wrong.
     */
    public Login check(String username, String password) {
        if (username == null || password == null || password.length() > MAX_PASSWORD_LENGTH) {
            hasher.matches("", decoy);
            return new Refused("malformed");
        }
        Optional<StaffCredential> found = credentials.findByUsername(username.strip().toLowerCase());
        boolean right = hasher.matches(password, found.map(StaffCredential::passwordHash).orElse(decoy));
        if (found.isEmpty()) {
            return new Refused("unknown user");
        }
        StaffCredential c = found.get();
        Instant now = clock.instant();
        if (c.lockedUntil() != null && c.lockedUntil().isAfter(now)) {
            return new Refused("locked");
        }
        if (!right) {
            credentials.countFailure(c.staffId(), config.maxFailedLogins(), now, now.plus(config.lockout()));
            return new Refused("wrong password");
        }
        Optional<StaffAccount> account = staff.findById(c.staffId()).filter(StaffAccount::active);
        if (account.isEmpty()) {
            return new Refused("inactive");
        }
        if (credentials.clearFailures(c.staffId(), now) == 0) {
            return new Refused("locked"); // wrong passwords sent at the same time locked it first
        }
        return new Accepted(account.get(), c.mustChange());
    }

    /** A staff member changes their own password; the current one must be right. */
    public void change(long staffId, String current, String next) {
        StaffCredential c = credentials.findById(staffId)
                .orElseThrow(() -> new InvalidRequestException("this account has no login", "error.login.none"));
        if (current == null || !hasher.matches(current, c.passwordHash())) {
            throw new InvalidRequestException("the current password is not right", "error.password.current");
        }
        if (next != null && next.equals(current)) {
            throw new InvalidRequestException("choose a password different from the current one",
                    "error.password.same");
        }
        checkPassword(next);
        credentials.update(new StaffCredential(staffId, c.username(), hasher.hash(next), 0, null, clock.instant(),
                false));
    }

    public Optional<String> usernameOf(long staffId) {
        return credentials.findById(staffId).map(StaffCredential::username);
    }

    public boolean mustChange(long staffId) {
        return credentials.findById(staffId).map(StaffCredential::mustChange).orElse(false);
    }

    public boolean anyExist() {
        return credentials.count() > 0;
    }

    public static String normaliseUsername(String username) {
        String name = username == null ? "" : username.strip().toLowerCase();
        if (!USERNAME.matcher(name).matches()) {
            throw new InvalidRequestException(
                    "a username is 2 to 60 characters: lower-case letters, digits, dot, dash or underscore",
                    "error.username.rules");
        }
        return name;
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH || password.length() > MAX_PASSWORD_LENGTH) {
            throw new InvalidRequestException("a password is " + MIN_PASSWORD_LENGTH + " to " + MAX_PASSWORD_LENGTH
                    + " characters", "error.password.length", MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH);
        }
    }
}
