package nl.selam.bot.i18n;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import nl.selam.translations.Messages;

/** One shared, immutable set of catalogues for every feature that speaks to residents. */
@Factory
class MessagesFactory {

    @Singleton
    Messages messages() {
        return Messages.load();
    }
}
