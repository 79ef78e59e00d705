package nl.selam.bot.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-less console visitor for HTTP-level tests: keeps cookies, never follows redirects (so tests see them),
 * and sends the CSRF token it read from the last page, as the console's own forms do.
 */
public final class ConsoleSession {

    // what Chromium sends for a page: the security layer redirects (rather than 401/403) only for HTML clients
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final Pattern LOGIN_TOKEN = Pattern.compile("<input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CSRF = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"");

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private String csrf;

    public ConsoleSession(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public URI baseUri() {
        return base;
    }

    /** The session's cookies as one Cookie header value, for requests sent by other means (raw sockets). */
    public String cookieHeader() {
        return cookies.getCookieStore().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    /** Posts the login form; returns the response (303 to /console on success). */
    public HttpResponse<String> login(String username, String password) {
        // as a browser does: open the login page (its cookie and form token), then post the form
        Matcher token = LOGIN_TOKEN.matcher(get("/console/login").body());
        Map<String, String> fields = new LinkedHashMap<>(Map.of("username", username, "password", password));
        if (token.find()) {
            fields.put("_csrf", token.group(1));
        }
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("/console/login"))
                .header("Accept", BROWSER_ACCEPT).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build());
        if (response.statusCode() == 303) {
            get("/console/account"); // every console page carries the token in a meta tag
        }
        return response;
    }

    public HttpResponse<String> get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", BROWSER_ACCEPT).GET().build());
        Matcher m = CSRF.matcher(response.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return response;
    }

    /** Posts a form with the CSRF token added, as a console page would. */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrf != null) {
            all.putIfAbsent("_csrf", csrf);
        }
        return postRaw(path, all);
    }

    /** Posts exactly these fields: no token is added. */
    public HttpResponse<String> postRaw(String path, Map<String, String> fields) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", BROWSER_ACCEPT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build());
    }

    /** Posts this exact form body, as a hostile client could. */
    public HttpResponse<String> postRawBody(String path, String body) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", BROWSER_ACCEPT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public String csrf() {
        return csrf;
    }

    /** The login cookie (a JWT) as the browser holds it, e.g. to replay it elsewhere; null when there is none. */
    public String loginCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JWT"))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
