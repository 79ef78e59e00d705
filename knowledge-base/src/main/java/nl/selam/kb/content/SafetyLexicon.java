package nl.selam.kb.content;

import nl.selam.kb.language.Language;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Curated patterns that never depend on search scores: crisis signals and explicit wishes for a person.
 * Patterns of every language are tried on every message, because a resident in crisis may switch language.
 */
public record SafetyLexicon(Map<Language, List<Pattern>> crisis, Map<Language, List<Pattern>> person) {

    public SafetyLexicon {
        crisis = Map.copyOf(crisis);
        person = Map.copyOf(person);
    }
}
