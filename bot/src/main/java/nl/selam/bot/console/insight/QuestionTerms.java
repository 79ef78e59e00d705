package nl.selam.bot.console.insight;

import nl.selam.kb.analysis.LanguageAnalyzers;
import nl.selam.kb.content.Lexicon;
import nl.selam.kb.index.FaqFields;
import nl.selam.kb.language.Language;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of a message as the FAQ search sees them (letters folded, stemmed, synonyms mapped to one word, Dutch
 * compounds split), without the weak words every question has ("hoe", "kan", "ik"): what two questions must share
 * to be about the same thing.
 */
final class QuestionTerms {

    private final LanguageAnalyzers analyzers;
    private final Map<Language, Set<String>> weak = new EnumMap<>(Language.class);

    QuestionTerms(Lexicon lexicon) {
        this.analyzers = new LanguageAnalyzers(lexicon);
        for (Language language : Language.answeredLanguages()) {
            Set<String> terms = new HashSet<>();
            for (String word : lexicon.weakwordsFor(language)) {
                terms.addAll(analyse(language, word));
            }
            weak.put(language, Set.copyOf(terms));
        }
    }

    /** The distinct analysed words of a text that say what it is about, in order of appearance. */
    Set<String> of(Language language, String text) {
        Language analysed = analysable(language);
        Set<String> terms = new LinkedHashSet<>(analyse(analysed, text));
        terms.removeAll(weak.get(analysed));
        return terms;
    }

    /** All analysed words of a text, weak words included, as the search sees them. */
    List<String> analyse(Language language, String text) {
        Language analysed = analysable(language);
        return LanguageAnalyzers.terms(analyzers.forLanguage(analysed), FaqFields.text(analysed), text);
    }

    /** Amharic shares Tigrinya's script, Persian Arabic's; anything else is read as English words. */
    private static Language analysable(Language language) {
        if (language.isAnswered()) {
            return language;
        }
        return switch (language) {
            case AM -> Language.TI;
            case FA -> Language.AR;
            default -> Language.EN;
        };
    }
}
