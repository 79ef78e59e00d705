package nl.selam.bot.console.insight;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/** The insight screens' texts ({@code i18n/console-insight_nl|en.properties}), beside the console's own. */
@Factory
class InsightMessagesFactory {

    @Singleton
    @Named("insight")
    MessageSource insightMessages() {
        return new ResourceBundleMessageSource("i18n.console-insight");
    }
}
