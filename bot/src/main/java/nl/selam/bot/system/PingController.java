package nl.selam.bot.system;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/**
 * {@code GET /api/ping}: the cheapest answer this service can give (no database, no engine), so a load test
 * measures the framework's own ceiling on the same machine and in the same run as {@code /api/ask}.
 */
@Controller("/api/ping")
@Secured(SecurityRule.IS_ANONYMOUS)
class PingController {

    @Get
    @Produces(MediaType.TEXT_PLAIN)
    String ping() {
        return "pong";
    }
}
