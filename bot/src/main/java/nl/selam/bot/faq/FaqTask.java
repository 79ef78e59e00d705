package nl.selam.bot.faq;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A redacteur's request to a tolk: translate ({@link #TRANSLATE}) or check ({@link #REVIEW}) one language of one
 * entry. The tolk's submission is a DRAFT revision that a redacteur publishes.
 */
@MappedEntity("faq_task")
public record FaqTask(@Id @GeneratedValue @Nullable Long id, String topic, String language, String kind,
                      Long assigneeId, Long createdBy, String state, Instant createdAt, @Nullable Instant doneAt,
                      @Nullable Long revisionId) {

    public static final String TRANSLATE = "TRANSLATE";
    public static final String REVIEW = "REVIEW";
    public static final String OPEN = "OPEN";
    public static final String DONE = "DONE";

    public boolean open() {
        return OPEN.equals(state);
    }
}
