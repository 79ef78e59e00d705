package nl.selam.bot;

import nl.selam.kb.content.FaqEntry;
import nl.selam.kb.content.KnowledgeBase;
import nl.selam.kb.content.KnowledgeBaseLoader;
import nl.selam.kb.content.SmallTalk;
import nl.selam.kb.language.Language;
import nl.selam.translations.Messages;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The language registry ({@link Language}) is the one list of languages: every language it says Selam answers in
 * has everything that takes (catalogue, every FAQ topic, small talk, word lists, safety patterns and examples), and
 * nothing else keeps its own list. Adding a language is its enum entry plus this content; this test names what is
 * missing.
 */
class LanguageRegistryTest {

    /** Files every answered language needs, as {@code %s} = the language code, under the content's {@code kb/}. */
    private static final List<String> PER_LANGUAGE_FILES = List.of(
            "kb/lexicon/synonyms.%s.txt", "kb/lexicon/stopwords.%s.txt", "kb/lexicon/weakwords.%s.txt",
            "kb/safety/crisis.%s.txt", "kb/safety/person.%s.txt",
            "kb/safety/lexicon/crisis.%s.txt", "kb/safety/lexicon/case.%s.txt",
            "kb/examples/crisis.%s.tsv", "kb/examples/not-crisis.%s.tsv", "kb/examples/case.%s.tsv",
            "kb/examples/out-of-domain.%s.tsv");

    @Test
    void everyAnsweredLanguageHasItsCatalogueContentLexiconsAndSafetyFiles() {
        KnowledgeBase kb = KnowledgeBaseLoader.fromClasspath();
        Messages texts = Messages.load();
        List<String> missing = new ArrayList<>();
        for (Language language : Language.answeredLanguages()) {
            String code = language.code();
            if (!texts.supports(code)) {
                missing.add("catalogue messages_" + code + ".properties");
            }
            for (FaqEntry entry : kb.entries()) {
                if (entry.in(language).filter(e -> !e.answer().isBlank() && !e.title().isBlank()).isEmpty()) {
                    missing.add("FAQ " + entry.id() + " in " + code);
                }
            }
            for (SmallTalk.Kind kind : SmallTalk.Kind.values()) {
                try {
                    kb.smallTalk().of(kind, language);
                } catch (RuntimeException e) {
                    missing.add("small talk " + kind + " in " + code);
                }
            }
            for (String pattern : PER_LANGUAGE_FILES) {
                String resource = String.format(pattern, code);
                if (getClass().getClassLoader().getResource(resource) == null) {
                    missing.add(resource);
                }
            }
        }
        assertEquals(List.of(), missing, "content missing for a language the registry answers in");
    }

    @Test
    void theRegistryDecidesTheCataloguesDirectionAndTheResidentsOrder() {
        assertEquals(Language.answeredCodes(), Messages.LANGUAGES, "a catalogue for each answered language");
        assertTrue(Language.AR.isRightToLeft() && Language.FA.isRightToLeft(), "Arabic and Persian run right to left");
        assertEquals("rtl", Language.htmlDirections().get("fa"), "templates get Persian right too");
        assertFalse(Language.TI.isRightToLeft());
        List<Language> offered = Language.offeredToResidents();
        assertEquals(Language.answeredCodes().size(), offered.size());
        assertTrue(offered.stream().allMatch(Language::isAnswered));
        offered.forEach(l -> assertFalse(l.nativeName().isBlank(), l.code()));
        // the native names are the ones the catalogues use for the language in itself
        offered.forEach(l -> assertEquals(Messages.load().format("language." + l.code(), l.code()), l.nativeName()));
    }

    /** A hand-written list of language codes, or a right-to-left test on one code, in code, templates or scripts. */
    private static final Pattern OWN_LIST = Pattern.compile(
            "List\\.of\\(\"(nl|ar|ti|en)\", \"(nl|ar|ti|en)\"|\\[\\s*'(nl|ar|ti|en)',\\s*'(nl|ar|ti|en)'"
                    + "|== *'ar'|\"ar\"\\.equals|equals\\(\"ar\"\\)");

    @Test
    void noCodeTemplateOrScriptKeepsItsOwnListOfLanguages() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("src/main/resources"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(p -> p.toString().matches(".*\\.(java|html|js)$")).toList()) {
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        if (OWN_LIST.matcher(lines.get(i)).find()) {
                            offenders.add(file + ":" + (i + 1));
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), offenders, "derive the list from nl.selam.kb.language.Language");
    }
}
