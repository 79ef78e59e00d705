package nl.selam.bot.feedback;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** Whether one answer helped; the last press counts. */
@MappedEntity("feedback")
public record Feedback(@Id @GeneratedValue @Nullable Long id, Long messageId, @Nullable String topic,
                       @Nullable String language, boolean helpful, Instant createdAt) {
}
