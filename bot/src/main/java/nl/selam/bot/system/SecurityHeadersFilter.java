package nl.selam.bot.system;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Browser hardening for every response, in one place. The web chat loads only its own script and style, so a strict
 * content security policy costs nothing and blunts any injection that slips past the page's escaping. Framing: the
 * console never (clickjacking a beheerder's clicks); the web chat only by the municipality sites named in
 * {@code SELAM_WEB_EMBED_ORIGINS}, else only by Selam itself. Caching: console pages and the resident and staff APIs
 * carry conversations and accounts, so no browser or proxy may keep them.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SecurityHeadersFilter implements Ordered {

    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
                    + "base-uri 'none'; form-action 'self'";
    private static final Pattern ORIGIN = Pattern.compile("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?");
    private static final List<String> PRIVATE = List.of("/console", "/api/chat", "/api/ask", "/api/staff");

    private final String chatAncestors;

    SecurityHeadersFilter(@Value("${selam.web.embed-origins:}") String embedOrigins) {
        List<String> origins = Arrays.stream(embedOrigins.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
        for (String origin : origins) {
            // a typo here would silently open or close framing; refuse to start instead
            if (!ORIGIN.matcher(origin).matches()) {
                throw new IllegalStateException("SELAM_WEB_EMBED_ORIGINS: not an origin like https://www.gemeente.nl: "
                        + origin);
            }
        }
        this.chatAncestors = "'self'" + (origins.isEmpty() ? "" : " " + String.join(" ", origins));
    }

    // before the security filter, so its refusals (a redirect to the login, 401) pass back through here too
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    @ResponseFilter
    void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String path = request.getPath();
        boolean console = path.equals("/console") || path.startsWith("/console/");
        String ancestors = console ? "'none'" : chatAncestors;
        response.header("Content-Security-Policy", CONTENT_SECURITY_POLICY + "; frame-ancestors " + ancestors);
        if (console) {
            response.header("X-Frame-Options", "DENY");
        } else if (chatAncestors.equals("'self'")) {
            // older browsers read only this header; it cannot list other sites, so it is left out when some are allowed
            response.header("X-Frame-Options", "SAMEORIGIN");
        }
        if (PRIVATE.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"))
                && !path.startsWith("/console/assets/")) {
            response.getHeaders().set("Cache-Control", "no-store");
        }
        response.header("X-Content-Type-Options", "nosniff");
        // same-origin, not no-referrer: under no-referrer Chromium sends "Origin: null" with form posts, which the
        // server's cross-origin protection refuses; other sites still get no referrer at all.
        response.header("Referrer-Policy", "same-origin");
    }
}
