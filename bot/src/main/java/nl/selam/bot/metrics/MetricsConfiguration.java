package nl.selam.bot.metrics;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * {@code selam.metrics.token} (env {@code SELAM_METRICS_TOKEN}): the bearer token a Prometheus server sends to
 * {@code /prometheus}. Unset means the endpoint does not exist (404): figures such as queue lengths say something
 * about residents, so they are not public by default.
 */
@ConfigurationProperties("selam.metrics")
record MetricsConfiguration(@Nullable String token) {

    boolean open() {
        return token != null && !token.isBlank();
    }

    @Override
    public String toString() {
        return "MetricsConfiguration[token=[REDACTED]]";
    }
}
