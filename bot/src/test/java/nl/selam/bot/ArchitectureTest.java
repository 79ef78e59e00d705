package nl.selam.bot;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Dependency rules of the package-by-feature layout, checked on the sources: the conversation core and the
 * queue know no channel adapter, so a new channel is one new package.
 */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/nl/selam/bot");

    @Test
    void coreFeaturesDoNotDependOnChannelAdapters() throws IOException {
        for (String feature : List.of("conversation", "escalation", "outbox", "privacy", "staff")) {
            assertEquals(List.of(), filesImporting(feature, "nl.selam.bot.channel.web"), feature);
        }
    }

    @Test
    void theDryRunStaysStateless() throws IOException {
        for (String stateful : List.of("conversation", "escalation", "outbox", "privacy", "staff")) {
            assertEquals(List.of(), filesImporting("ask", "nl.selam.bot." + stateful), "ask -> " + stateful);
        }
    }

    private static List<Path> filesImporting(String feature, String forbiddenPackage) throws IOException {
        try (Stream<Path> files = Files.walk(MAIN.resolve(feature))) {
            return files.filter(p -> p.toString().endsWith(".java")).filter(p -> imports(p, forbiddenPackage)).toList();
        }
    }

    private static boolean imports(Path file, String forbiddenPackage) {
        try {
            return Files.readAllLines(file).stream().anyMatch(l -> l.startsWith("import " + forbiddenPackage + "."));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
