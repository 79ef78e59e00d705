package nl.selam.bot.system;

/**
 * A request whose bytes cannot be decoded: bad percent-encoding in a form, a body that is not in the content coding
 * it claims, an update that is not one. Answered with 400 by {@link MalformedRequestErrors}; the message names what
 * could not be read, never the bytes themselves (they may be what a resident wrote).
 */
public class MalformedRequestException extends RuntimeException {

    public MalformedRequestException(String what) {
        super(what, null, false, false); // expected outcome, not a fault: no stack trace
    }
}
