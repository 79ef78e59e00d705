package nl.selam.bot.metrics;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/**
 * {@code GET /prometheus}: every meter in Prometheus' text format, for a Prometheus server holding the configured
 * bearer token. Checks its own credential, like the staff API, so it is open to the security layer.
 */
@Controller("/prometheus")
@Secured(SecurityRule.IS_ANONYMOUS)
class PrometheusController {

    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry;
    private final ScrapeAccess access;
    private final QueueFigures queues;

    PrometheusController(PrometheusMeterRegistry registry, ScrapeAccess access, QueueFigures queues) {
        this.registry = registry;
        this.access = access;
        this.queues = queues;
    }

    @Get
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<String> scrape(HttpRequest<?> request) {
        access.check(request);
        queues.refresh();
        return HttpResponse.ok(registry.scrape()).header("Content-Type", CONTENT_TYPE)
                .header("Cache-Control", "no-store");
    }
}
