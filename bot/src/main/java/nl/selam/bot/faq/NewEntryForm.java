package nl.selam.bot.faq;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The "new entry" form: a topic id {@code <category>.<slug>}, the Dutch title, and optionally a first question in
 * {@code language} (prefilled from the unanswered-questions page).
 */
@Serdeable
public record NewEntryForm(@Nullable String topic, @Nullable String title, @Nullable String question,
                           @Nullable String language, @Nullable String _csrf) {

    public String cleanTopic() {
        return topic == null ? "" : topic.strip();
    }

    public String cleanTitle() {
        return title == null ? "" : title.strip();
    }

    public String cleanQuestion() {
        return question == null ? "" : question.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    public String languageCode() {
        return language == null || language.isBlank() ? "nl" : language.strip();
    }
}
