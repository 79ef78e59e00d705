package nl.selam.bot.metrics;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Without SELAM_METRICS_TOKEN there is no metrics endpoint at all, whatever the request carries. */
@MicronautTest(transactional = false)
class PrometheusClosedTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void withoutATokenConfiguredTheEndpointIsNotThere() {
        for (var request : new HttpRequest<?>[]{HttpRequest.GET("/prometheus"),
                HttpRequest.GET("/prometheus").bearerAuth(""), HttpRequest.GET("/prometheus").bearerAuth("null"),
                HttpRequest.GET("/prometheus").header("Authorization", "Bearer ")}) {
            assertEquals(404, assertThrows(HttpClientResponseException.class,
                    () -> http.toBlocking().exchange(request, String.class)).getStatus().getCode());
        }
    }
}
