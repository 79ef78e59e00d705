package nl.selam.bot.console.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import nl.selam.bot.system.MalformedRequestException;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

/**
 * Refuses every state-changing console request that does not carry the login session's CSRF token, as the form field
 * {@code _csrf} or the header {@code X-CSRF-Token} (htmx). The login cookie is also SameSite=Lax; the token covers
 * what SameSite does not (older browsers, same-site subdomains).
 */
@ServerFilter("/console/**")
class CsrfFilter implements Ordered {

    static final String FIELD = "_csrf";
    static final String HEADER = "X-CSRF-Token";
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    // The login form has no session yet: it is protected by a double-submit token, a random value in a short-lived
    // cookie that the form repeats (LoginTokens), so another site cannot log a browser in to someone's account.
    private static final String LOGIN = "/console/login";

    private final ConsoleUsers users;

    CsrfFilter(ConsoleUsers users) {
        this.users = users;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request, @Nullable @Body String body) {
        if (SAFE.contains(request.getMethod())) {
            return null;
        }
        if (LOGIN.equals(request.getPath())) {
            String cookie = request.getCookies().findCookie(LoginTokens.COOKIE).map(c -> c.getValue()).orElse(null);
            String field = body == null ? null : formField(body);
            return LoginTokens.matches(cookie, field) ? null : refused(
                    "The login form has expired. Reload the login page and try again.");
        }
        Authentication auth = request.getUserPrincipal(Authentication.class).orElse(null);
        if (auth == null) {
            return null; // the security filter has already refused it, or the route is public
        }
        String expected = users.csrfToken(auth);
        String sent = request.getHeaders().get(HEADER);
        if (sent == null && body != null && request.getContentType().filter(
                MediaType.APPLICATION_FORM_URLENCODED_TYPE::matches).isPresent()) {
            sent = formField(body);
        }
        if (sent == null && body != null && request.getContentType().filter(
                MediaType.MULTIPART_FORM_DATA_TYPE::matches).isPresent()) {
            sent = multipartField(body);
        }
        if (sent != null && !expected.isEmpty() && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8))) {
            return null;
        }
        return refused("This form has expired or did not come from the Selam console. Go back, reload the page and "
                + "try again.");
    }

    private static HttpResponse<?> refused(String why) {
        return HttpResponse.status(HttpStatus.FORBIDDEN).contentType(MediaType.TEXT_PLAIN_TYPE).body(why);
    }

    private static String formField(String body) {
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && FIELD.equals(decode(pair.substring(0, eq)))) {
                return decode(pair.substring(eq + 1));
            }
        }
        return null;
    }

    // The _csrf part of a multipart form (a tolk sending a file): its value is the line after the part's headers.
    private static String multipartField(String body) {
        int name = body.indexOf("name=\"" + FIELD + "\"");
        if (name < 0) {
            return null;
        }
        int start = body.indexOf("\r\n\r\n", name);
        if (start < 0) {
            return null;
        }
        int end = body.indexOf("\r\n", start + 4);
        return end < 0 ? null : body.substring(start + 4, end);
    }

    // A stray % is a malformed request (400 from MalformedRequestErrors), not a fault of ours.
    private static String decode(String encoded) {
        try {
            return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new MalformedRequestException("form field is not valid percent-encoding");
        }
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
