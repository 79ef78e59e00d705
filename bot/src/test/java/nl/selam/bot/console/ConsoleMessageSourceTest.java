package nl.selam.bot.console;

import io.micronaut.context.MessageSource;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The console's labels come from the translations module, in the console's language, with arguments filled in. */
class ConsoleMessageSourceTest {

    private final ConsoleMessageSource texts = new ConsoleMessageSource();

    private String message(String key, Locale locale, Map<String, Object> args) {
        MessageSource.MessageContext context = MessageSource.MessageContext.of(locale, args);
        return texts.interpolate(texts.getRawMessage(key, context).orElseThrow(), context);
    }

    @Test
    void dutchEnglishAndArguments() {
        assertEquals("Nieuw wachtwoord (minstens 10 tekens)",
                message("account.next", Locale.forLanguageTag("nl-NL"), Map.of("0", 10)));
        assertEquals("New password (at least 10 characters)",
                message("account.next", Locale.ENGLISH, Map.of("0", 10)));
    }

    @Test
    void aLanguageTheConsoleDoesNotSpeakIsShownInDutch() {
        assertEquals("Inloggen", message("login.title", Locale.forLanguageTag("ti"), Map.of()));
    }
}
