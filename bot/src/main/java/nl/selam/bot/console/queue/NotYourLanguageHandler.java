package nl.selam.bot.console.queue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;

import java.util.Map;

/** The console's "not allowed" page with status 403, for pages, htmx fragments and form posts alike. */
@Produces
@Singleton
class NotYourLanguageHandler implements ExceptionHandler<NotYourLanguage, HttpResponse<?>> {

    @Override
    public HttpResponse<?> handle(HttpRequest request, NotYourLanguage exception) {
        return HttpResponse.status(HttpStatus.FORBIDDEN)
                .body(new ModelAndView<Map<String, Object>>("console/forbidden", Map.of()));
    }
}
