package nl.selam.translations;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The console's Dutch and English labels stay in step: same keys, same arguments, nothing empty. */
class ConsoleCataloguesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*}");
    private final ConsoleCatalogues catalogues = ConsoleCatalogues.load();

    @Test
    void everyFamilyHasTheSameKeysInDutchAndEnglish() {
        for (String family : ConsoleCatalogues.FAMILIES) {
            assertEquals(catalogues.family(family, "nl").keySet(), catalogues.family(family, "en").keySet(), family);
        }
    }

    @Test
    void argumentsAgreeAndNoTextIsEmpty() {
        for (String family : ConsoleCatalogues.FAMILIES) {
            Map<String, String> nl = catalogues.family(family, "nl");
            Map<String, String> en = catalogues.family(family, "en");
            for (String key : nl.keySet()) {
                assertFalse(nl.get(key).isBlank(), family + " nl " + key);
                assertFalse(en.get(key).isBlank(), family + " en " + key);
                assertEquals(arguments(nl.get(key)), arguments(en.get(key)), family + " " + key);
            }
        }
    }

    @Test
    void noTextHasAPlainApostrophe() {
        // The console fills arguments MessageFormat-style, where ' starts a quoted stretch: the apostrophe and the
        // arguments after it would vanish from the page. Write ’ instead.
        for (String family : ConsoleCatalogues.FAMILIES) {
            for (String language : ConsoleCatalogues.LANGUAGES) {
                catalogues.family(family, language).forEach((key, text) ->
                        assertFalse(text.contains("'"), family + "_" + language + " " + key + ": use ’"));
            }
        }
    }

    @Test
    void aLanguageTheConsoleDoesNotSpeakGetsDutch() {
        assertEquals(catalogues.pattern("login.title", "nl"), catalogues.pattern("login.title", "ti"));
        assertEquals("Log in", catalogues.pattern("login.title", "en").orElseThrow());
        assertTrue(catalogues.pattern("no.such.key", "nl").isEmpty());
    }

    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
