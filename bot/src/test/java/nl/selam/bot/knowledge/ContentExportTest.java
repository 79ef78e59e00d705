package nl.selam.bot.knowledge;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.selam.bot.staff.StaffRole;
import nl.selam.bot.support.ConsoleAccounts;
import nl.selam.bot.support.ConsoleSession;
import nl.selam.kb.content.FaqEntry;
import nl.selam.kb.content.KnowledgeBase;
import nl.selam.kb.content.KnowledgeBaseLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The export reads back into exactly the content Selam answers with (a round trip through the content loader). */
@MicronautTest(transactional = false)
class ContentExportTest {

    @Inject
    ContentExport export;

    @Inject
    LiveEngine live;

    @Inject
    EmbeddedServer server;

    @Inject
    ConsoleAccounts accounts;

    @TempDir
    Path copy;

    @Test
    void exportedFilesLoadBackIntoTheSameEntries() throws IOException {
        Path content = Path.of(System.getProperty("selam.repo.root", ".."), "knowledge-base", "content");
        try (Stream<Path> files = Files.walk(content)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = copy.resolve(content.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!source.startsWith(content.resolve("faq"))) {
                    Files.copy(source, target);
                }
            }
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(export.zip()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                Files.write(copy.resolve(e.getName()), zip.readAllBytes());
            }
        }
        KnowledgeBase reloaded = KnowledgeBaseLoader.fromDirectory(copy);
        KnowledgeBase answering = live.published();
        assertEquals(answering.entries().size(), reloaded.entries().size());
        for (FaqEntry entry : answering.entries()) {
            assertEquals(entry, reloaded.entry(entry.id()).orElseThrow(), entry.id());
        }
        // the municipality's details stay placeholders: the export is content, not this instance's profile
        String afspraak = reloaded.entry("loket.afspraak").orElseThrow().in(nl.selam.kb.language.Language.NL)
                .orElseThrow().answer();
        org.junit.jupiter.api.Assertions.assertTrue(afspraak.contains("{gemeente.openingstijden}"), afspraak);
    }

    @Test
    void onlyEditorsMayDownloadIt() {
        ConsoleSession tolk = new ConsoleSession(server.getURI());
        tolk.login(accounts.create(StaffRole.TOLK, "ti").name(), ConsoleAccounts.PASSWORD);
        assertEquals(303, tolk.get("/console/export/faq.zip").statusCode()); // to the forbidden page
        ConsoleSession redacteur = new ConsoleSession(server.getURI());
        redacteur.login(accounts.create(StaffRole.REDACTEUR, "nl").name(), ConsoleAccounts.PASSWORD);
        org.junit.jupiter.api.Assertions.assertTrue(
                redacteur.get("/console/faq").body().contains("href=\"/console/export/faq.zip\""), "linked from the list");
        assertEquals(200, redacteur.get("/console/export/faq.zip").statusCode());
    }
}
