package nl.selam.bot.ask;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import nl.selam.kb.decision.AnswerEngine;

/**
 * What Selam would do with one message. A dry run: it stores nothing and sends nothing, so tests, tools and the
 * web chat can call it freely. Nothing here logs the text.
 */
@Controller("/api/ask")
class AskController {

    private final AskRequestParser parser;
    private final AnswerEngine engine;

    AskController(AskRequestParser parser, AnswerEngine engine) {
        this.parser = parser;
        this.engine = engine;
    }

    // The raw body is taken as a String so the parser, not the framework, words the errors for bad JSON.
    // Lucene search is blocking work, so it stays off the event loop.
    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    AskResponse ask(@Nullable @Body String body) {
        AskRequest request = parser.parse(body);
        return AskResponse.from(engine.decide(request.text(), request.language()));
    }
}
