package nl.selam.bot.console.insight;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The insight screens' Dutch and English texts have the same keys, and every key a template names exists. */
class InsightTextsTest {

    private static final Pattern KEY = Pattern.compile("#\\{((?:testbox|unanswered|feedback)\\.[a-zA-Z.]+)[(}]");

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(keys("nl"), keys("en"));
    }

    @Test
    void everyFixedKeyInTheTemplatesExists() throws IOException {
        Set<String> known = keys("nl");
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/views/console/insight"))) {
            for (Path file : files.toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    assertTrue(known.contains(m.group(1)), file + ": " + m.group(1));
                }
            }
        }
    }

    private static Set<String> keys(String language) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = InsightTextsTest.class.getResourceAsStream("/nl/selam/translations/console/console-insight_" + language
                + ".properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(texts.stringPropertyNames());
    }
}
