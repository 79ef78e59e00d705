package nl.selam.bot.console;

import io.micronaut.context.AbstractMessageSource;
import jakarta.inject.Singleton;
import nl.selam.translations.ConsoleCatalogues;

import java.util.Locale;
import java.util.Optional;

/**
 * The console's texts for the templates ({@code #{key}}) and controllers, from the console catalogues in the
 * translations module: Dutch, or English for those who switched.
 */
@Singleton
class ConsoleMessageSource extends AbstractMessageSource {

    private final ConsoleCatalogues catalogues = ConsoleCatalogues.load();

    @Override
    public Optional<String> getRawMessage(String code, MessageContext context) {
        Locale locale = context.getLocale(Locale.forLanguageTag("nl"));
        return catalogues.pattern(code, locale.getLanguage());
    }
}
