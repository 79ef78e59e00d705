package nl.selam.bot.system;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.util.Locale;

/**
 * Renders every error Micronaut produces itself (malformed JSON, wrong content type, unknown route, too large, ...)
 * as {@code {"error": "..."}} instead of Micronaut's default body, so clients see one error shape.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
class JsonErrorResponseProcessor implements ErrorResponseProcessor<ErrorBody> {

    static final String INTERNAL = "something went wrong on our side; please try again later";

    @Override
    public MutableHttpResponse<ErrorBody> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        return response.contentType(MediaType.APPLICATION_JSON_TYPE).body(new ErrorBody(message(context, response)));
    }

    private static String message(ErrorContext context, MutableHttpResponse<?> response) {
        // Server faults keep their details in the log: an exception message could quote a resident's words.
        if (response.code() >= 500) {
            return INTERNAL;
        }
        return context.getErrors().stream().map(Error::getMessage).findFirst()
                .orElseGet(() -> response.reason().toLowerCase(Locale.ROOT));
    }
}
