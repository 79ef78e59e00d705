package nl.selam.translations;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Keeps the four catalogues in step with the Dutch source: same keys, same arguments, complete plural forms. */
class CataloguesInSyncTest {

    private static final Messages MESSAGES = Messages.load();
    private static final String SOURCE = "nl";

    static List<String> translations() {
        return Messages.LANGUAGES.stream().filter(l -> !l.equals(SOURCE)).toList();
    }

    static List<String> languages() {
        return Messages.LANGUAGES;
    }

    @ParameterizedTest
    @MethodSource("translations")
    void everyKeyExistsInEveryLanguage(String language) {
        Set<String> missing = new TreeSet<>(MESSAGES.keys(SOURCE));
        missing.removeAll(MESSAGES.keys(language));
        Set<String> extra = new TreeSet<>(MESSAGES.keys(language));
        extra.removeAll(MESSAGES.keys(SOURCE));
        assertTrue(missing.isEmpty(), language + " lacks " + missing);
        assertTrue(extra.isEmpty(), language + " has keys the Dutch source lacks: " + extra);
    }

    @ParameterizedTest
    @MethodSource("languages")
    void everyMessageParsesAsIcuMessageFormat(String language) {
        for (String key : MESSAGES.keys(language)) {
            String pattern = MESSAGES.pattern(key, language);
            assertFalse(pattern.isBlank(), language + " " + key + " is empty");
            try {
                new MessagePattern(pattern);
                new com.ibm.icu.text.MessageFormat(pattern, new ULocale(language));
            } catch (IllegalArgumentException e) {
                fail(language + " " + key + " is not valid ICU MessageFormat: " + e.getMessage());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("translations")
    void placeholdersAgreeWithTheSource(String language) {
        for (String key : MESSAGES.keys(SOURCE)) {
            assertEquals(arguments(MESSAGES.pattern(key, SOURCE)), arguments(MESSAGES.pattern(key, language)),
                    "arguments of " + key + " in " + language);
        }
    }

    @ParameterizedTest
    @MethodSource("languages")
    void pluralMessagesHaveEveryCategoryTheLanguageNeeds(String language) {
        Set<String> needed = PluralRules.forLocale(new ULocale(language)).getKeywords();
        for (String key : MESSAGES.keys(language)) {
            pluralSelectors(MESSAGES.pattern(key, language)).forEach((argument, selectors) -> {
                Set<String> keywords = new TreeSet<>(selectors);
                keywords.removeIf(s -> s.startsWith("="));
                assertEquals(new TreeSet<>(needed), keywords,
                        language + " " + key + " {" + argument + "} plural categories");
            });
        }
    }

    @Test
    void arabicNeedsAllSixPluralCategories() {
        assertEquals(Set.of("zero", "one", "two", "few", "many", "other"),
                PluralRules.forLocale(new ULocale("ar")).getKeywords());
        assertTrue(pluralSelectors(MESSAGES.pattern("minutes_waiting", "ar")).containsKey("minutes"));
    }

    @ParameterizedTest
    @MethodSource("translations")
    void translationsAreWrittenInTheirOwnScript(String language) {
        int script = switch (language) {
            case "ar" -> UScript.ARABIC;
            case "ti" -> UScript.ETHIOPIC;
            default -> UScript.LATIN;
        };
        for (String key : MESSAGES.keys(language)) {
            String text = MESSAGES.pattern(key, language);
            assertTrue(text.codePoints().anyMatch(c -> UScript.getScript(c) == script),
                    language + " " + key + " is not in " + UScript.getName(script) + ": " + text);
            assertFalse(text.contains("\uFFFD") || text.contains("Ã"), language + " " + key + " is mis-decoded");
        }
    }

    @Test
    void tigrinyaIsNotAmharic() {
        // Amharic words and the Amharic glottal አ at the start of a word (Tigrinya writes ኣ) betray a wrong language.
        List<String> amharic = List.of("ነው", "ናቸው", "እባክዎ", "የለም", "ይችላሉ", "እንዴት", "ምንድን");
        for (String key : MESSAGES.keys("ti")) {
            String text = MESSAGES.pattern(key, "ti");
            for (String word : amharic) {
                assertFalse(text.contains(word), "ti " + key + " contains the Amharic word " + word);
            }
            for (String token : text.split("[\\s፡።፣፤:]+")) {
                assertFalse(token.startsWith("አ"), "ti " + key + " has Amharic spelling " + token);
            }
        }
        assertTrue(MESSAGES.pattern("web.intro", "ti").contains("ኣብ"));
        assertTrue(MESSAGES.pattern("web.intro", "ti").contains("እዩ"));
    }

    /** Names of all arguments in a pattern, nested ones included. */
    private static Set<String> arguments(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            if (parsed.getPart(i).getType() == MessagePattern.Part.Type.ARG_NAME) {
                names.add(parsed.getSubstring(parsed.getPart(i)));
            }
        }
        return names;
    }

    /** For each plural argument, its selectors ("one", "other", "=0", ...). */
    private static Map<String, Set<String>> pluralSelectors(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        Map<String, Set<String>> out = new TreeMap<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() != MessagePattern.Part.Type.ARG_START
                    || part.getArgType() != MessagePattern.ArgType.PLURAL) {
                continue;
            }
            Set<String> selectors = new TreeSet<>();
            int limit = parsed.getLimitPartIndex(i);
            for (int j = i + 2; j < limit; j++) {
                MessagePattern.Part selector = parsed.getPart(j);
                if (selector.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                    selectors.add(parsed.getSubstring(selector));
                    int message = j + 1;
                    if (parsed.getPart(message).getType().hasNumericValue()) {
                        message++; // an explicit "=0" selector carries its value before the sub-message
                    }
                    j = parsed.getLimitPartIndex(message);
                }
            }
            out.put(parsed.getSubstring(parsed.getPart(i + 1)), selectors);
        }
        return out;
    }
}
