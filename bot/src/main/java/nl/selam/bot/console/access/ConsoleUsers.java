package nl.selam.bot.console.access;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import jakarta.inject.Singleton;
import nl.selam.bot.staff.StaffAccount;
import nl.selam.bot.routing.StaffPresence;
import nl.selam.bot.staff.StaffRepository;

import java.util.Optional;

/**
 * Turns the login cookie into a {@link ConsoleUser}, checking the database: an account deactivated or given another
 * role by a beheerder loses its old rights at the next click, not when the cookie expires.
 */
@Singleton
public class ConsoleUsers {

    private final StaffRepository staff;
    private final ConsoleSecret secret;
    private final StaffPresence presence;

    ConsoleUsers(StaffRepository staff, ConsoleSecret secret, StaffPresence presence) {
        this.staff = staff;
        this.secret = secret;
        this.presence = presence;
    }

    /**
     * The current user; a stale or inactive login is refused with 403. A tolk or sleutelpersoon using the console
     * counts as present for the routing fallback ({@link StaffPresence}).
     */
    public ConsoleUser of(Authentication authentication) {
        ConsoleUser user = find(authentication).orElseThrow(() -> new AuthorizationException(authentication));
        presence.seen(user.account());
        return user;
    }

    public Optional<ConsoleUser> find(Authentication authentication) {
        if (authentication == null) {
            return Optional.empty();
        }
        Object id = authentication.getAttributes().get(ConsoleAuthenticationProvider.STAFF_ID);
        if (!(id instanceof Number number)) {
            return Optional.empty();
        }
        Optional<StaffAccount> account = staff.findById(number.longValue()).filter(StaffAccount::active)
                .filter(a -> authentication.getRoles().contains(a.role().name()));
        return account.map(a -> new ConsoleUser(a, authentication.getName(), csrfToken(authentication)));
    }

    /** The token every console form and htmx request must send back; bound to this login session. */
    String csrfToken(Authentication authentication) {
        Object sid = authentication.getAttributes().get(ConsoleAuthenticationProvider.SESSION_ID);
        return sid == null ? "" : secret.sign("csrf:" + sid);
    }
}
