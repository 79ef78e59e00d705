package nl.selam.bot.console.replies;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A saved reply, stored with its placeholders unfilled. */
@MappedEntity("saved_reply")
public record SavedReply(@Id @GeneratedValue @Nullable Long id, String language, String title, String body,
                         @Nullable Long createdBy, Instant changedAt) {
}
