package nl.selam.kb.content;

import nl.selam.kb.language.Language;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the content folder ({@code knowledge-base/content}, shipped in the jar under {@code kb/}) into a
 * {@link KnowledgeBase}. A malformed file fails loudly with its name: content errors must not reach residents.
 */
public final class KnowledgeBaseLoader {

    private static final String CLASSPATH_ROOT = "kb/municipality.yaml";

    private KnowledgeBaseLoader() {
    }

    /** Loads the content that ships with the jar. */
    public static KnowledgeBase fromClasspath() {
        URL marker = KnowledgeBaseLoader.class.getClassLoader().getResource(CLASSPATH_ROOT);
        if (marker == null) {
            throw new IllegalStateException("knowledge base content not on the classpath: " + CLASSPATH_ROOT);
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                // A private zip file system, not the one registered for the jar's URI: Micronaut's class-path
                // resource loader closes that shared one after each lookup, and since the engine is built while
                // Micronaut starts, the content failed to load now and then (ClosedFileSystemException).
                String spec = uri.getRawSchemeSpecificPart();
                Path jar = Path.of(URI.create(spec.substring(0, spec.indexOf("!/"))));
                try (FileSystem zip = FileSystems.newFileSystem(jar)) {
                    return fromDirectory(zip.getPath(CLASSPATH_ROOT).getParent());
                }
            }
            return fromDirectory(Path.of(uri).getParent());
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open knowledge base content at " + marker, e);
        }
    }

    /** Loads content from a folder laid out like {@code knowledge-base/content}. */
    public static KnowledgeBase fromDirectory(Path root) {
        Municipality municipality = municipality(root.resolve("municipality.yaml"));
        return new KnowledgeBase(entries(root.resolve("faq")), smallTalk(root.resolve("smalltalk.yaml")),
                lexicon(root.resolve("lexicon")), safety(root.resolve("safety"), root.resolve("examples")), municipality,
                calibration(root.resolve("calibration.properties")));
    }

    private static List<FaqEntry> entries(Path dir) {
        List<FaqEntry> entries = new ArrayList<>();
        for (Path file : list(dir, ".yaml")) {
            try {
                entries.add(entry(yaml(file)));
            } catch (RuntimeException e) {
                throw new IllegalStateException("invalid FAQ entry " + file.getFileName() + ": " + e.getMessage(), e);
            }
        }
        entries.sort(Comparator.comparing(FaqEntry::id));
        return entries;
    }

    @SuppressWarnings("unchecked")
    private static FaqEntry entry(Map<String, Object> doc) {
        String id = string(doc.get("id"));
        Map<Language, LocalizedEntry> texts = new EnumMap<>(Language.class);
        for (Language language : Language.answeredLanguages()) {
            Object value = doc.get(language.code());
            if (value instanceof Map<?, ?> map) {
                Map<String, Object> m = (Map<String, Object>) map;
                texts.put(language, new LocalizedEntry(string(m.get("title")), strings(m.get("questions")),
                        strings(m.get("keywords")), string(m.get("answer"))));
            }
        }
        String category = doc.containsKey("category") ? string(doc.get("category")) : id.substring(0, id.indexOf('.'));
        return new FaqEntry(id, category, date(doc.get("reviewed")), strings(doc.get("sources")), texts);
    }

    @SuppressWarnings("unchecked")
    private static SmallTalk smallTalk(Path file) {
        Map<SmallTalk.Kind, Map<Language, SmallTalk.Phrases>> texts = new EnumMap<>(SmallTalk.Kind.class);
        if (!Files.exists(file)) {
            return new SmallTalk(texts);
        }
        Map<String, Object> doc = yaml(file);
        for (SmallTalk.Kind kind : SmallTalk.Kind.values()) {
            Object section = doc.get(kind.name().toLowerCase(Locale.ROOT));
            if (!(section instanceof Map<?, ?> byLanguage)) {
                continue;
            }
            Map<Language, SmallTalk.Phrases> perLanguage = new EnumMap<>(Language.class);
            for (Language language : Language.answeredLanguages()) {
                Object v = byLanguage.get(language.code());
                if (v instanceof Map<?, ?> m) {
                    Map<String, Object> p = (Map<String, Object>) m;
                    perLanguage.put(language, new SmallTalk.Phrases(strings(p.get("phrases")), string(p.get("reply"))));
                }
            }
            texts.put(kind, perLanguage);
        }
        return new SmallTalk(texts);
    }

    private static Lexicon lexicon(Path dir) {
        Map<Language, List<String>> synonyms = new EnumMap<>(Language.class);
        Map<Language, Set<String>> stopwords = new EnumMap<>(Language.class);
        Map<Language, Set<String>> weakwords = new EnumMap<>(Language.class);
        Map<Language, Map<String, String>> stems = new EnumMap<>(Language.class);
        for (Language language : Language.answeredLanguages()) {
            synonyms.put(language, lines(dir.resolve("synonyms." + language.code() + ".txt")));
            stopwords.put(language, new HashSet<>(words(dir.resolve("stopwords." + language.code() + ".txt"))));
            weakwords.put(language, new HashSet<>(words(dir.resolve("weakwords." + language.code() + ".txt"))));
            stems.put(language, mapping(dir.resolve("stems." + language.code() + ".txt")));
        }
        return new Lexicon(synonyms, lines(dir.resolve("loanwords.txt")), mapping(dir.resolve("arabizi.txt")),
                new HashSet<>(words(dir.resolve("compounds.nl.txt"))), stopwords, weakwords, stems);
    }

    /** Lines "a, b => c": every word on the left maps to the right. */
    private static Map<String, String> mapping(Path file) {
        Map<String, String> out = new HashMap<>();
        for (String line : lines(file)) {
            String[] parts = line.split("=>", 2);
            if (parts.length == 2) {
                for (String word : parts[0].split(",")) {
                    out.put(word.strip().toLowerCase(Locale.ROOT), parts[1].strip());
                }
            }
        }
        return out;
    }

    private static SafetyLexicon safety(Path dir, Path examplesDir) {
        Map<Language, List<Pattern>> crisis = new EnumMap<>(Language.class);
        Map<Language, List<Pattern>> person = new EnumMap<>(Language.class);
        Map<Language, List<String>> crisisCues = new EnumMap<>(Language.class);
        Map<Language, List<String>> caseCues = new EnumMap<>(Language.class);
        Map<SafetyLexicon.ExampleSet, Map<Language, List<SafetyLexicon.Example>>> examples =
                new EnumMap<>(SafetyLexicon.ExampleSet.class);
        for (Language language : Language.answeredLanguages()) {
            crisis.put(language, patterns(dir.resolve("crisis." + language.code() + ".txt")));
            person.put(language, patterns(dir.resolve("person." + language.code() + ".txt")));
            crisisCues.put(language, lines(dir.resolve("lexicon").resolve("crisis." + language.code() + ".txt")));
            caseCues.put(language, lines(dir.resolve("lexicon").resolve("case." + language.code() + ".txt")));
            for (SafetyLexicon.ExampleSet set : SafetyLexicon.ExampleSet.values()) {
                examples.computeIfAbsent(set, s -> new EnumMap<>(Language.class)).put(language,
                        examples(examplesDir.resolve(set.file() + "." + language.code() + ".tsv")));
            }
        }
        return new SafetyLexicon(crisis, person, crisisCues, caseCues, examples);
    }

    /** Lines "label TAB text"; a line without a tab is an error, so a broken file is noticed at build. */
    private static List<SafetyLexicon.Example> examples(Path file) {
        List<SafetyLexicon.Example> out = new ArrayList<>();
        for (String line : lines(file)) {
            int tab = line.indexOf('\t');
            if (tab <= 0 || tab == line.length() - 1) {
                throw new IllegalStateException(file.getFileName() + ": expected 'label<TAB>text': " + line);
            }
            out.add(new SafetyLexicon.Example(line.substring(0, tab).strip(), line.substring(tab + 1).strip()));
        }
        return out;
    }

    private static List<Pattern> patterns(Path file) {
        List<Pattern> patterns = new ArrayList<>();
        for (String line : lines(file)) {
            patterns.add(Pattern.compile(line, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        return patterns;
    }

    private static Municipality municipality(Path file) {
        Map<String, Object> doc = yaml(file);
        return new Municipality(string(doc.get("naam")), string(doc.get("telefoon")), string(doc.get("website")));
    }

    private static Map<String, String> calibration(Path file) {
        Map<String, String> values = new LinkedHashMap<>();
        if (Files.exists(file)) {
            Properties p = new Properties();
            try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            p.stringPropertyNames().forEach(k -> values.put(k, p.getProperty(k)));
        }
        return values;
    }

    /** Non-empty, non-comment lines. */
    static List<String> lines(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> words(Path file) {
        return lines(file).stream().flatMap(l -> Stream.of(l.split("[\\s,]+")))
                .filter(w -> !w.isEmpty()).map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    private static List<Path> list(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> yaml(Path file) {
        try {
            Object doc = new Yaml(new SafeConstructor(new LoaderOptions()))
                    .load(Files.readString(file, StandardCharsets.UTF_8));
            if (!(doc instanceof Map<?, ?>)) {
                throw new IllegalStateException(file.getFileName() + " is not a YAML mapping");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) doc;
            return map;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String string(Object value) {
        return value == null ? "" : value.toString();
    }

    private static List<String> strings(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(value.toString());
    }

    private static LocalDate date(Object value) {
        if (value instanceof Date d) {
            return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        return value == null ? null : LocalDate.parse(value.toString());
    }
}
