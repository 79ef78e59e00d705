package nl.selam.bot.system;

import io.micronaut.http.HttpStatus;

/**
 * An expected refusal with its HTTP status (401, 403, 404, 409, 429, ...), answered as {@link ErrorBody}. The
 * message must never repeat what a resident wrote.
 */
public class ApiProblem extends RuntimeException {

    private final HttpStatus status;

    public ApiProblem(HttpStatus status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }

    public static ApiProblem notFound(String what) {
        return new ApiProblem(HttpStatus.NOT_FOUND, what + " not found");
    }

    public static ApiProblem conflict(String message) {
        return new ApiProblem(HttpStatus.CONFLICT, message);
    }

    public static ApiProblem forbidden(String message) {
        return new ApiProblem(HttpStatus.FORBIDDEN, message);
    }
}
