package nl.selam.bot.console.admin;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import nl.selam.bot.console.access.ConsoleUser;
import nl.selam.bot.console.access.ConsoleUsers;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** What every admin page shares: the logged-in beheerder (checked against the database) and page helpers. */
@Singleton
class Beheerders {

    static final String ROLE = "BEHEERDER";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Amsterdam"));

    private final ConsoleUsers users;

    Beheerders(ConsoleUsers users) {
        this.users = users;
    }

    /** The beheerder acting; anyone else (or a stale login) gets 403. */
    ConsoleUser me(Authentication authentication) {
        ConsoleUser me = users.of(authentication);
        if (!me.administers()) {
            throw new AuthorizationException(authentication);
        }
        return me;
    }

    static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
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
