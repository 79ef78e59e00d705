package nl.selam.bot.console;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import io.micronaut.context.MessageSource;
import jakarta.inject.Singleton;

/**
 * The console's own texts ({@code i18n/console*.properties}, Dutch with English), used by the templates as
 * {@code #{key}}. Each screen family keeps its texts in its own bundle so screens can be added without touching
 * one shared file.
 */
@Factory
class ConsoleMessagesFactory {

    @Singleton
    MessageSource consoleMessages() {
        return new ResourceBundleMessageSource("i18n.console");
    }
}
