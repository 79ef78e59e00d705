package nl.selam.bot.console.queue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.ModelAndViewRenderer;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Map;

/**
 * The console's "not allowed" page with status 403, for pages, htmx fragments and form posts alike. Rendered here:
 * the views filter does not render the responses of exception handlers.
 */
@Produces(MediaType.TEXT_HTML)
@Singleton
class NotYourLanguageHandler implements ExceptionHandler<NotYourLanguage, HttpResponse<?>> {

    private final ModelAndViewRenderer<Map<String, Object>, HttpRequest<?>> renderer;

    NotYourLanguageHandler(ModelAndViewRenderer<Map<String, Object>, HttpRequest<?>> renderer) {
        this.renderer = renderer;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, NotYourLanguage exception) {
        return renderer.render(new ModelAndView<>("console/forbidden", new HashMap<>()), request,
                        MediaType.TEXT_HTML)
                .<HttpResponse<?>>map(page -> HttpResponse.status(HttpStatus.FORBIDDEN)
                        .contentType(MediaType.TEXT_HTML_TYPE).body(page))
                .orElseGet(() -> HttpResponse.status(HttpStatus.FORBIDDEN).contentType(MediaType.TEXT_PLAIN_TYPE)
                        .body("Not allowed: this conversation is not in your languages."));
    }
}
