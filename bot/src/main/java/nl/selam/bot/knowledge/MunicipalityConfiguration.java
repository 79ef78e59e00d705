package nl.selam.bot.knowledge;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * The municipality this instance serves; its values fill {gemeente.naam}, {gemeente.telefoon} and
 * {gemeente.website} in FAQ answers. Unset values keep the knowledge base's neutral defaults.
 */
@ConfigurationProperties("selam.municipality")
record MunicipalityConfiguration(@Nullable String naam, @Nullable String telefoon, @Nullable String website) {
}
