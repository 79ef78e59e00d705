package nl.selam.bot.console.access;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * Server-side console sessions. The login cookie is a signed JWT, but a signature alone cannot be taken back: a copied
 * cookie would work until it expires. So the cookie also names a row here, and a session is live only while that row
 * is open, unexpired and its account active. Every instance reads the same table, so an end holds everywhere at once.
 */
@Singleton
public class ConsoleSessions {

    private final ConsoleSessionRepository sessions;
    private final Clock clock;
    private final Duration length;
    private final SecureRandom random = new SecureRandom();

    ConsoleSessions(ConsoleSessionRepository sessions, Clock clock,
                    @Value("${micronaut.security.token.generator.access-token.expiration:28800}") long seconds) {
        this.sessions = sessions;
        this.clock = clock;
        this.length = Duration.ofSeconds(seconds);
    }

    /** Opens a session for a login that just succeeded; returns its id for the cookie. */
    String open(long staffId) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String sid = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        // rows of sessions that ended long ago only take space; a login is a rare enough moment to sweep them
        sessions.deleteExpired(now.minus(Duration.ofDays(1)));
        sessions.save(new ConsoleSessionRow(sid, staffId, now, now.plus(length), null));
        return sid;
    }

    boolean live(String sid, long staffId) {
        return sessions.countLive(sid, staffId, clock.instant()) > 0;
    }

    /**
     * Whether the login behind this authentication is still live: checked again by long-lived connections (the
     * desk's event stream), which were authenticated only when they opened.
     */
    public boolean live(io.micronaut.security.authentication.Authentication authentication) {
        Object sid = authentication.getAttributes().get(ConsoleAuthenticationProvider.SESSION_ID);
        Object id = authentication.getAttributes().get(ConsoleAuthenticationProvider.STAFF_ID);
        return sid instanceof String s && id instanceof Number n && live(s, n.longValue());
    }

    /** Logout. */
    void end(String sid) {
        sessions.revoke(sid, clock.instant());
    }

    /** Ends every session of an account: deactivation, a password reset by a beheerder. */
    /** A reset password ends every session of the account (published by {@code staff.Credentials}). */
    @io.micronaut.runtime.event.annotation.EventListener
    void onPasswordReset(nl.selam.bot.staff.PasswordReset reset) {
        endAll(reset.staffId());
    }

    public void endAll(long staffId) {
        sessions.revokeAll(staffId, clock.instant());
    }
}
