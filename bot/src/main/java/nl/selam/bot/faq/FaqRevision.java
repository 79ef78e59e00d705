package nl.selam.bot.faq;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import nl.selam.kb.content.LocalizedEntry;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One saved version of one language of one FAQ entry. The shipped content is revision 0 and is never stored.
 *
 * @param questions one question variant per line
 * @param keywords  one keyword per line
 * @param sources   the entry's source links, one per line; only Dutch revisions carry them
 * @param basedOn   for translations: the Dutch revision (0 = shipped) current when this one was written
 * @param note      why it exists beyond an edit: {@code rollback:12}, {@code reviewed}, {@code task:3}, ...
 */
@MappedEntity("faq_revision")
public record FaqRevision(@Id @GeneratedValue @Nullable Long id, String topic, String language, String title,
                          String questions, String keywords, String answer, @Nullable String sources,
                          String state, @Nullable Long staffId, Instant createdAt, @Nullable Long basedOn,
                          @Nullable String note) {

    public static final String DRAFT = "DRAFT";
    public static final String PUBLISHED = "PUBLISHED";

    public boolean published() {
        return PUBLISHED.equals(state);
    }

    public LocalizedEntry toEntry() {
        return new LocalizedEntry(title, lines(questions), lines(keywords), answer);
    }

    public List<String> sourceList() {
        return sources == null ? List.of() : lines(sources);
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }
}
