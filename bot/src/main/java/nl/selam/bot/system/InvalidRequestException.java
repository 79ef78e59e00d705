package nl.selam.bot.system;

/**
 * A request the client must fix; answered with 400 and the message as {@link ErrorBody}. The message names the
 * problem but must never repeat what the resident wrote.
 */
public class InvalidRequestException extends RuntimeException {

    public InvalidRequestException(String message) {
        super(message, null, false, false); // no stack trace: this is an expected outcome, not a fault
    }
}
