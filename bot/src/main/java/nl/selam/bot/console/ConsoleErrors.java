package nl.selam.bot.console;

import nl.selam.bot.system.InvalidRequestException;

import java.util.Map;

/**
 * Puts a refused form's problem into a page model. The page shows it in the person's console language when the
 * problem has a catalogue key ({@link ConsoleModelProcessor} translates it), else the English message.
 */
public final class ConsoleErrors {

    static final String KEY = "errorKey";
    static final String ARGS = "errorArgs";

    private ConsoleErrors() {
    }

    public static void into(Map<String, Object> model, RuntimeException problem) {
        model.put("error", problem.getMessage());
        if (problem instanceof InvalidRequestException invalid && invalid.textKey() != null) {
            model.put(KEY, invalid.textKey());
            model.put(ARGS, invalid.textArgs());
        }
    }
}
