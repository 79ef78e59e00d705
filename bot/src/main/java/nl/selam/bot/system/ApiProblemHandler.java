package nl.selam.bot.system;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Turns {@link ApiProblem} into its status with a JSON error. */
@Produces
@Singleton
class ApiProblemHandler implements ExceptionHandler<ApiProblem, HttpResponse<ErrorBody>> {

    @Override
    public HttpResponse<ErrorBody> handle(HttpRequest request, ApiProblem problem) {
        return HttpResponse.<ErrorBody>status(problem.status()).body(new ErrorBody(problem.getMessage()));
    }
}
