package nl.selam.translations;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import nl.selam.kb.language.Language;

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
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The assistant's own texts in every language it answers in, read from the {@code messages_<code>.properties}
 * catalogues next to this class. Thread-safe and immutable once loaded.
 */
public final class Messages {

    /**
     * The languages with a catalogue: every language the registry ({@link Language}) says Selam answers in. Dutch
     * is the source language the others are translated from.
     */
    public static final List<String> LANGUAGES = Language.answeredCodes();

    private static final String RESOURCE = "messages_%s.properties";

    private final Map<String, Map<String, String>> catalogues;

    private Messages(Map<String, Map<String, String>> catalogues) {
        this.catalogues = catalogues;
    }

    /** Loads the catalogues that ship with this jar. */
    public static Messages load() {
        Map<String, Map<String, String>> catalogues = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            catalogues.put(language, Collections.unmodifiableMap(read(String.format(RESOURCE, language))));
        }
        return new Messages(Collections.unmodifiableMap(catalogues));
    }

    /**
     * Formats one text.
     *
     * @param key      the message key, e.g. {@code web.send}
     * @param language one of {@link #LANGUAGES}
     * @param args     named ICU arguments, e.g. {@code minutes}; may be empty
     * @throws IllegalArgumentException  for a language without a catalogue
     * @throws MissingResourceException  for a key the catalogue lacks (the catalogue tests prevent this)
     */
    public String format(String key, String language, Map<String, Object> args) {
        // A fresh MessageFormat per call: ICU's MessageFormat is mutable and not safe to share between threads.
        return new MessageFormat(pattern(key, language), new ULocale(language)).format(args);
    }

    public String format(String key, String language) {
        return format(key, language, Map.of());
    }

    /** Every key under a prefix (e.g. {@code web.}) formatted with the same arguments, sorted by key. */
    public Map<String, String> formatAll(String prefix, String language, Map<String, Object> args) {
        Map<String, String> out = new TreeMap<>();
        for (String key : catalogue(language).keySet()) {
            if (key.startsWith(prefix)) {
                out.put(key, format(key, language, args));
            }
        }
        return out;
    }

    /** The raw ICU pattern of a key. */
    public String pattern(String key, String language) {
        String pattern = catalogue(language).get(key);
        if (pattern == null) {
            throw new MissingResourceException("No text '" + key + "' in language " + language,
                    Messages.class.getName(), key);
        }
        return pattern;
    }

    /** The keys of one catalogue, sorted. */
    public Set<String> keys(String language) {
        return Collections.unmodifiableSet(new TreeSet<>(catalogue(language).keySet()));
    }

    public boolean supports(String language) {
        return catalogues.containsKey(language);
    }

    private Map<String, String> catalogue(String language) {
        Map<String, String> catalogue = catalogues.get(language);
        if (catalogue == null) {
            throw new IllegalArgumentException("No texts for language '" + language + "'; use one of " + LANGUAGES);
        }
        return catalogue;
    }

    private static Map<String, String> read(String resource) {
        try (InputStream in = Messages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing catalogue " + resource);
            }
            // Read as UTF-8 explicitly: Properties.load(InputStream) would assume ISO-8859-1.
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            Map<String, String> map = new LinkedHashMap<>();
            properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k)));
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read catalogue " + resource, e);
        }
    }
}
