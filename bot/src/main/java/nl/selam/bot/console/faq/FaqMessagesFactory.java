package nl.selam.bot.console.faq;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/** The texts of the FAQ screens and translation tasks ({@code i18n/console-faq_*.properties}). */
@Factory
class FaqMessagesFactory {

    @Singleton
    @Named("faq")
    MessageSource faqMessages() {
        return new ResourceBundleMessageSource("i18n.console-faq");
    }
}
