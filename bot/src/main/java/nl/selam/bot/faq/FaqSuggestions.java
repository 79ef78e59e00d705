package nl.selam.bot.faq;

import jakarta.inject.Singleton;
import nl.selam.bot.staff.StaffAccount;
import nl.selam.bot.system.InvalidRequestException;
import nl.selam.kb.language.Language;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The "Suggest as FAQ" inbox of the redacteuren. */
@Singleton
public class FaqSuggestions {

    private final FaqSuggestionRepository suggestions;
    private final Clock clock;

    FaqSuggestions(FaqSuggestionRepository suggestions, Clock clock) {
        this.suggestions = suggestions;
        this.clock = clock;
    }

    /** Files a suggestion; the question is the resident's need in the tolk's own words, never a resident's name. */
    public FaqSuggestion submit(StaffAccount from, String language, String topic, String question, String answer) {
        if (Language.fromCode(language).filter(l -> l != Language.UND).isEmpty()) {
            throw new InvalidRequestException("unknown language");
        }
        if (question == null || question.isBlank() || question.length() > 2000) {
            throw new InvalidRequestException("the question is 1 to 2,000 characters");
        }
        if (answer == null || answer.isBlank() || answer.length() > 4000) {
            throw new InvalidRequestException("the answer is 1 to 4,000 characters");
        }
        String onTopic = topic == null || topic.isBlank() ? null : topic.strip();
        return suggestions.save(new FaqSuggestion(null, from.id(), language, onTopic, question.strip(),
                answer.strip(), FaqSuggestion.OPEN, clock.instant()));
    }

    public List<FaqSuggestion> open() {
        return suggestions.findByStateOrderByCreatedAtDesc(FaqSuggestion.OPEN);
    }

    public Optional<FaqSuggestion> find(long id) {
        return suggestions.findById(id);
    }

    /** Closes a suggestion as USED (it went into an entry) or DISMISSED. */
    public void close(long id, String state) {
        suggestions.findById(id).ifPresent(s -> suggestions.update(new FaqSuggestion(s.id(), s.staffId(),
                s.language(), s.topic(), s.question(), s.answer(), state, s.createdAt())));
    }
}
