package nl.selam.kb.content;

import nl.selam.kb.language.Language;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Curated safety content that never depends on search scores: crisis and "a person please" patterns, the cue
 * lexicons (crisis categories, questions about one's own case) matched on analysed words, and the labelled
 * examples the safety classifiers learn from. Every language's signals are tried on every message, because a
 * resident in crisis may switch language.
 *
 * @param crisis    crisis regular expressions per language ({@code safety/crisis.<lang>.txt})
 * @param person    "I want a person" regular expressions per language
 * @param crisisCues the crisis cue lexicon lines per language ({@code safety/lexicon/crisis.<lang>.txt})
 * @param caseCues  the own-case cue lexicon lines per language ({@code safety/lexicon/case.<lang>.txt})
 * @param examples  labelled example sentences per set ({@link ExampleSet}) and language ({@code examples/})
 */
public record SafetyLexicon(Map<Language, List<Pattern>> crisis, Map<Language, List<Pattern>> person,
                            Map<Language, List<String>> crisisCues, Map<Language, List<String>> caseCues,
                            Map<ExampleSet, Map<Language, List<Example>>> examples) {

    /** The example files under {@code content/examples/}, by file stem. */
    public enum ExampleSet {
        CRISIS("crisis"), NOT_CRISIS("not-crisis"), CASE("case"), OUT_OF_DOMAIN("out-of-domain");

        private final String file;

        ExampleSet(String file) {
            this.file = file;
        }

        public String file() {
            return file;
        }
    }

    /** One example line: its category or kind, and the text. */
    public record Example(String label, String text) {
    }

    public SafetyLexicon {
        crisis = Map.copyOf(crisis);
        person = Map.copyOf(person);
        crisisCues = Map.copyOf(crisisCues);
        caseCues = Map.copyOf(caseCues);
        examples = Map.copyOf(examples);
    }

    /** Patterns only (tests and tools that need no cues or examples). */
    public SafetyLexicon(Map<Language, List<Pattern>> crisis, Map<Language, List<Pattern>> person) {
        this(crisis, person, Map.of(), Map.of(), Map.of());
    }

    public List<Example> examples(ExampleSet set, Language language) {
        return examples.getOrDefault(set, Map.of()).getOrDefault(language, List.of());
    }

    public List<Example> examples(ExampleSet set) {
        return Language.answeredLanguages().length == 0 ? List.of() : java.util.Arrays
                .stream(Language.answeredLanguages()).flatMap(l -> examples(set, l).stream()).toList();
    }
}
