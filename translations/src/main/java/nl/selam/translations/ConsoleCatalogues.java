package nl.selam.translations;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The staff console's own labels (DESIGN.md: console labels live in translations/), in Dutch with English. One
 * catalogue per screen family, {@code console/<family>_<language>.properties} next to this class, so screens can be
 * added without editing one shared file; a key lives in exactly one family. Patterns use {@code {0}}-style
 * arguments, filled by the console's template engine.
 */
public final class ConsoleCatalogues {

    /** Dutch is the console's language; English is the alternative. */
    public static final List<String> LANGUAGES = List.of("nl", "en");
    public static final List<String> FAMILIES = List.of("console", "console-queue", "console-faq",
            "console-insight", "console-admin", "console-supervision", "console-desk");

    private final Map<String, Map<String, String>> byLanguage;
    private final Map<String, Map<String, Map<String, String>>> byFamily;

    private ConsoleCatalogues(Map<String, Map<String, String>> byLanguage,
                              Map<String, Map<String, Map<String, String>>> byFamily) {
        this.byLanguage = byLanguage;
        this.byFamily = byFamily;
    }

    /** Loads every family in every language; a key defined by two families is an error. */
    public static ConsoleCatalogues load() {
        Map<String, Map<String, String>> byLanguage = new LinkedHashMap<>();
        Map<String, Map<String, Map<String, String>>> byFamily = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            Map<String, String> all = new TreeMap<>();
            Map<String, Map<String, String>> families = new LinkedHashMap<>();
            for (String family : FAMILIES) {
                Map<String, String> catalogue = read("console/" + family + "_" + language + ".properties");
                for (String key : catalogue.keySet()) {
                    if (all.containsKey(key)) {
                        throw new IllegalStateException("console text '" + key + "' is defined twice (" + family
                                + ", " + language + ")");
                    }
                }
                all.putAll(catalogue);
                families.put(family, Collections.unmodifiableMap(catalogue));
            }
            byLanguage.put(language, Collections.unmodifiableMap(all));
            byFamily.put(language, Collections.unmodifiableMap(families));
        }
        return new ConsoleCatalogues(Collections.unmodifiableMap(byLanguage), Collections.unmodifiableMap(byFamily));
    }

    /** The raw pattern of a key in a language; a language the console does not speak gets Dutch. */
    public Optional<String> pattern(String key, String language) {
        String lang = LANGUAGES.contains(language) ? language : "nl";
        return Optional.ofNullable(byLanguage.get(lang).get(key));
    }

    /** One family's catalogue in one language, for the checks. */
    public Map<String, String> family(String family, String language) {
        return byFamily.get(language).get(family);
    }

    private static Map<String, String> read(String resource) {
        try (InputStream in = ConsoleCatalogues.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing console catalogue " + resource);
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            Map<String, String> out = new TreeMap<>();
            properties.forEach((k, v) -> out.put((String) k, (String) v));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read console catalogue " + resource, e);
        }
    }
}
