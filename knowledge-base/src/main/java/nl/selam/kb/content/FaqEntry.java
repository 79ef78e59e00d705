package nl.selam.kb.content;

import nl.selam.kb.language.Language;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A topic of the FAQ with its texts in every language side by side.
 *
 * @param id       the topic id of shared/knowledge/topics.tsv, e.g. {@code zorg.huisarts}
 * @param reviewed the date a person last checked the facts
 * @param sources  the pages behind the facts
 */
public record FaqEntry(String id, String category, LocalDate reviewed, List<String> sources,
                       Map<Language, LocalizedEntry> texts) {

    /** The topic for "I want a person": it routes to the human queue instead of answering. */
    public static final String PERSON_TOPIC = "bot.mens";
    /** The topic answered on crisis signals. */
    public static final String CRISIS_TOPIC = "zorg.crisis";

    public FaqEntry {
        sources = sources == null ? List.of() : List.copyOf(sources);
        texts = Map.copyOf(texts);
    }

    public Optional<LocalizedEntry> in(Language language) {
        return Optional.ofNullable(texts.get(language));
    }
}
