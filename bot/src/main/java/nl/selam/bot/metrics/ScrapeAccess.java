package nl.selam.bot.metrics;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import nl.selam.bot.system.ApiProblem;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/** Decides whether a request may read the metrics: exactly one {@code Authorization: Bearer <token>} header. */
@Singleton
class ScrapeAccess {

    private static final String SCHEME = "bearer ";

    private final MetricsConfiguration config;

    ScrapeAccess(MetricsConfiguration config) {
        this.config = config;
    }

    void check(HttpRequest<?> request) {
        if (!config.open()) {
            throw ApiProblem.notFound("page"); // no token configured: as if the endpoint did not exist
        }
        // Two Authorization headers are refused rather than one picked: a proxy and a client disagreeing about
        // which one counts is how a forged header slips through.
        List<String> values = request.getHeaders().getAll(HttpHeaders.AUTHORIZATION);
        if (values.size() != 1 || !matches(values.get(0))) {
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, "missing or wrong bearer token");
        }
    }

    private boolean matches(String header) {
        if (header.length() <= SCHEME.length() || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return false;
        }
        byte[] given = header.substring(SCHEME.length()).getBytes(StandardCharsets.UTF_8);
        // constant-time comparison, so response timing does not leak the token
        return MessageDigest.isEqual(config.token().getBytes(StandardCharsets.UTF_8), given);
    }
}
