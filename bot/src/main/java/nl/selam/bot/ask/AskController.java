package nl.selam.bot.ask;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import nl.selam.bot.knowledge.LiveEngine;
import nl.selam.bot.system.ErrorBody;

/**
 * What Selam would do with one message. A dry run: it stores nothing and sends nothing, so tests, tools and the
 * web chat can call it freely. Nothing here logs the text.
 */
// Anonymous at the security layer: this API checks its own credentials (or has none, for residents).
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/api/ask")
class AskController {

    private final AskRequestParser parser;
    private final LiveEngine engine;

    AskController(AskRequestParser parser, LiveEngine engine) {
        this.parser = parser;
        this.engine = engine;
    }

    // The raw body is taken as a String so the parser, not the framework, words the errors for bad JSON.
    // Lucene search is blocking work, so it stays off the event loop.
    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    @RequestBody(required = true, description =
            "text: 1 to 4,000 characters; language (optional): nl, ar, ti or en",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
                    examples = @ExampleObject(
                            value = "{\"text\": \"Hoe vind ik een huisarts?\", \"language\": \"nl\"}")))
    @ApiResponse(responseCode = "200", description = "what Selam would do with the message",
            content = @Content(schema = @Schema(implementation = AskResponse.class)))
    @ApiResponse(responseCode = "400", description = "invalid JSON or field: {\"error\": \"...\"}",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @ApiResponse(responseCode = "503", description = "the instance is starting (the answer engine is being built); "
            + "retry after the seconds in Retry-After", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    HttpResponse<?> ask(@Nullable @Body String body) {
        AskRequest request = parser.parse(body);
        if (!engine.isReady()) {
            // a dry run has nothing to store for later: tell the caller to come back rather than hold the request
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                    .body(new ErrorBody("starting"));
        }
        return HttpResponse.ok(AskResponse.from(engine.current().decide(request.text(), request.language())));
    }
}
