package nl.selam.bot.faq;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A tolk's reply offered to the redacteuren as a draft question and answer ("Suggest as FAQ").
 *
 * @param topic the FAQ topic it could extend, or null for a new entry
 * @param state OPEN until a redacteur uses or dismisses it
 */
@MappedEntity("faq_suggestion")
public record FaqSuggestion(@Id @GeneratedValue @Nullable Long id, Long staffId, String language,
                            @Nullable String topic, String question, String answer, String state,
                            Instant createdAt) {

    public static final String OPEN = "OPEN";
    public static final String USED = "USED";
    public static final String DISMISSED = "DISMISSED";
}
