package nl.selam.bot.console.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

/**
 * Part of Micronaut Security's own token validation (beside the signature and expiry checks): a console login
 * cookie counts only while its session row is live. A refused token leaves the request unauthenticated, so pages
 * redirect to the login and JSON/htmx calls get 401, exactly as without a cookie.
 */
@Singleton
class LiveSessionClaimsValidator<T> implements GenericJwtClaimsValidator<T> {

    private final ConsoleSessions sessions;

    LiveSessionClaimsValidator(ConsoleSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public boolean validate(Claims claims, @Nullable T request) {
        Object sid = claims.get(ConsoleAuthenticationProvider.SESSION_ID);
        Object staffId = claims.get(ConsoleAuthenticationProvider.STAFF_ID);
        return sid instanceof String s && staffId instanceof Number id && sessions.live(s, id.longValue());
    }
}
