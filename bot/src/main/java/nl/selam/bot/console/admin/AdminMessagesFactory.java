package nl.selam.bot.console.admin;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/** The admin screens' texts ({@code i18n/console-admin*.properties}), used by their templates as {@code #{admin.…}}. */
@Factory
class AdminMessagesFactory {

    @Singleton
    @Named("console-admin")
    MessageSource adminMessages() {
        return new ResourceBundleMessageSource("i18n.console-admin");
    }
}
