package nl.selam.bot.console;

import nl.selam.translations.ConsoleCatalogues;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every fixed text key a console template names ({@code #{queue.title}}) exists in the console catalogues, in Dutch
 * and in English (that the two languages have the same keys is checked in the translations module).
 */
class ConsoleTemplateKeysTest {

    private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)[(}]");
    private static final Path TEMPLATES = Path.of("src/main/resources/views/console");

    @Test
    void everyFixedKeyInTheTemplatesExists() throws IOException {
        ConsoleCatalogues catalogues = ConsoleCatalogues.load();
        List<String> missing = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    checked++;
                    for (String language : ConsoleCatalogues.LANGUAGES) {
                        if (catalogues.pattern(m.group(1), language).isEmpty()) {
                            missing.add(TEMPLATES.relativize(file) + ": " + m.group(1) + " (" + language + ")");
                        }
                    }
                }
            }
        }
        assertTrue(checked > 100, "the pattern finds the templates' keys (" + checked + ")");
        assertEquals(List.of(), missing);
    }
}
