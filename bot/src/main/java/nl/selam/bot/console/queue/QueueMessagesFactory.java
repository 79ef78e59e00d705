package nl.selam.bot.console.queue;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Singleton;

/** The texts of the queue screens ({@code i18n/console-queue*.properties}), keys starting with {@code queue.}. */
@Factory
class QueueMessagesFactory {

    @Singleton
    MessageSource queueMessages() {
        return new ResourceBundleMessageSource("i18n.console-queue");
    }
}
