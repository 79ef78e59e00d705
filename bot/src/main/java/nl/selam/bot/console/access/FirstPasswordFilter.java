package nl.selam.bot.console.access;

import nl.selam.bot.staff.Credentials;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;

import java.net.URI;

/**
 * Someone who logged in with a one-time password (the first beheerder, or an account a beheerder just created or
 * reset) sees nothing but the page to choose their own password until they have done so.
 */
@ServerFilter("/console/**")
class FirstPasswordFilter implements Ordered {

    private final Credentials credentials;

    FirstPasswordFilter(Credentials credentials) {
        this.credentials = credentials;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request) {
        String path = request.getPath();
        if (path.equals("/console/account") || path.equals("/console/logout") || path.equals("/console/login")
                || path.startsWith("/console/assets/") || path.startsWith("/console/language/")) {
            return null;
        }
        Object id = request.getUserPrincipal(Authentication.class)
                .map(a -> a.getAttributes().get(ConsoleAuthenticationProvider.STAFF_ID)).orElse(null);
        if (id instanceof Number staffId && credentials.mustChange(staffId.longValue())) {
            return request.getMethod() == HttpMethod.GET
                    ? HttpResponse.seeOther(URI.create("/console/account?first=1"))
                    : HttpResponse.status(io.micronaut.http.HttpStatus.FORBIDDEN);
        }
        return null;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after() + 1;
    }
}
