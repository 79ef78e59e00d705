package nl.selam.bot.system;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Turns {@link InvalidRequestException} into 400 with a JSON error. */
@Produces
@Singleton
@Requires(classes = {InvalidRequestException.class, ExceptionHandler.class})
class InvalidRequestHandler implements ExceptionHandler<InvalidRequestException, HttpResponse<ErrorBody>> {

    @Override
    public HttpResponse<ErrorBody> handle(HttpRequest request, InvalidRequestException exception) {
        return HttpResponse.badRequest(new ErrorBody(exception.getMessage()));
    }
}
