package nl.selam.bot.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Requests to the console with a login cookie written by hand, as an attacker (or a replayed copy) sends them: no
 * cookie jar, no redirects followed.
 */
public final class RawConsole {

    public static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    public static final String ANY = "*/*";

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private RawConsole() {
    }

    /** GET with {@code Cookie: JWT=<jwt>} and the given Accept header. */
    public static HttpResponse<String> get(URI base, String path, String jwt, String accept) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Cookie", "JWT=" + jwt)
                .header("Accept", accept).timeout(Duration.ofSeconds(10)).GET().build());
    }

    /** An htmx request (as the console's live parts send): must get 401, not a login page, when refused. */
    public static HttpResponse<String> htmx(URI base, String path, String jwt) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Cookie", "JWT=" + jwt)
                .header("Accept", ANY).header("HX-Request", "true").timeout(Duration.ofSeconds(10)).GET().build());
    }

    public static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Whether a page response is the way to the login page (what a refused login cookie must lead to). */
    public static boolean toLogin(HttpResponse<String> response) {
        return response.statusCode() == 303 && response.headers().firstValue("Location").orElse("")
                .startsWith("/console/login");
    }
}
