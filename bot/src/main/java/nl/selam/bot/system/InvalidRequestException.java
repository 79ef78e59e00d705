package nl.selam.bot.system;

/**
 * A request the client must fix; answered with 400 and the message as {@link ErrorBody}. The message names the
 * problem but must never repeat what the resident wrote.
 */
public class InvalidRequestException extends RuntimeException {

    private final String textKey;
    private final transient Object[] textArgs;

    public InvalidRequestException(String message) {
        this(message, null);
    }

    /**
     * @param textKey  the console catalogue key of the same message, so a console page can show it in the
     *                 person's language (the JSON APIs keep the English message)
     * @param textArgs its arguments ({0}, {1}, ...)
     */
    public InvalidRequestException(String message, String textKey, Object... textArgs) {
        super(message, null, false, false); // no stack trace: this is an expected outcome, not a fault
        this.textKey = textKey;
        this.textArgs = textArgs.clone();
    }

    /** The console catalogue key, or null when the message exists in English only. */
    public String textKey() {
        return textKey;
    }

    public Object[] textArgs() {
        return textArgs.clone();
    }
}
