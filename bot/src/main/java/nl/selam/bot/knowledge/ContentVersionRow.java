package nl.selam.bot.knowledge;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The single row of {@code content_version}. */
@MappedEntity("content_version")
record ContentVersionRow(@Id Integer id, long version) {
}
