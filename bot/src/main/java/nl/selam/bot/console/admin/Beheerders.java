package nl.selam.bot.console.admin;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import nl.selam.bot.console.access.ConsoleUser;
import nl.selam.bot.console.ConsoleTime;
import nl.selam.bot.console.access.ConsoleUsers;

import java.time.Instant;
import java.util.Map;

/** What every admin page shares: the logged-in beheerder (checked against the database) and page helpers. */
@Singleton
class Beheerders {

    static final String ROLE = "BEHEERDER";
    private final ConsoleUsers users;
    private final ConsoleTime time;

    Beheerders(ConsoleUsers users, ConsoleTime time) {
        this.users = users;
        this.time = time;
    }

    /** The beheerder acting; anyone else (or a stale login) gets 403. */
    ConsoleUser me(Authentication authentication) {
        ConsoleUser me = users.of(authentication);
        if (!me.administers()) {
            throw new AuthorizationException(authentication);
        }
        return me;
    }

    /** A date and time in the municipality's time zone, or "" for none. */
    String when(Instant instant) {
        return instant == null ? "" : time.full(instant);
    }

    /** The page again with what went wrong, as 400 (or the problem's own status). */
    static HttpResponse<?> page(HttpStatus status, String view, Map<String, Object> model) {
        return HttpResponse.status(status).body(new ModelAndView<>(view, model));
    }

    /** A page that shows a one-time password: never kept by a browser or proxy cache. */
    static HttpResponse<?> secretPage(String view, Map<String, Object> model) {
        return HttpResponse.ok(new ModelAndView<>(view, model)).header("Cache-Control", "no-store");
    }
}
