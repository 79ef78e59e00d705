package nl.selam.bot.browser;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.selam.bot.staff.StaffAccount;
import nl.selam.bot.staff.StaffRole;
import nl.selam.bot.support.Browser;
import nl.selam.bot.support.ChatClient;
import nl.selam.bot.support.ConsoleAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The two responder pools as staff see them in Chromium: a medical question reaches the professional tolk's queue
 * and not the volunteer's; a practical one reaches the sleutelpersoon, who reads the resident's BSN masked while the
 * date beside it stays readable. A database of its own, because who is active decides the routing.
 */
@BrowserTest
@MicronautTest(transactional = false)
@Property(name = "datasources.default.url",
        value = "jdbc:h2:mem:routing-browser;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@Property(name = "selam.routing.enabled", value = "true")
@Property(name = "selam.conversation.flood-limit", value = "1000")
class RoutingBrowserTest {

    static final String BSN = "123456782";

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ConsoleAccounts accounts;

    private ChatClient askThenPerson(String question) {
        ChatClient resident = new ChatClient(http.toBlocking());
        resident.say(question, "nl");
        resident.press("person");
        return resident;
    }

    @Test
    void aMedicalQuestionGoesToTheTolkAndAPracticalOneToTheSleutelpersoonWhoSeesTheBsnMasked() throws Exception {
        StaffAccount tolk = accounts.create(StaffRole.TOLK, "nl");
        StaffAccount key = accounts.create(StaffRole.SLEUTELPERSOON, "nl");
        try (Browser tolkBrowser = new Browser(server.getURI(), 1280, 900);
             Browser keyBrowser = new Browser(server.getURI(), 1280, 900)) {
            // both log in first: each pool has somebody active, so nothing falls back to the other pool
            tolkBrowser.login(tolk.name(), ConsoleAccounts.PASSWORD);
            keyBrowser.login(key.name(), ConsoleAccounts.PASSWORD);

            long medical = askThenPerson("Hoe vind ik een huisarts?").escalationId();
            ChatClient practicalResident = askThenPerson("Hoe vraag ik toeslagen aan?");
            long practical = practicalResident.escalationId();
            practicalResident.say("Mijn BSN is " + BSN + ", afspraak op 12-03-2027", "nl");

            tolkBrowser.open("/console/queue?view=all");
            assertTrue(tolkBrowser.driver().findElements(By.id("escalation-" + medical)).size() == 1,
                    "the medical question is in the tolk's queue");
            assertTrue(tolkBrowser.driver().findElements(By.id("escalation-" + practical)).isEmpty(),
                    "the practical question is the sleutelpersoon's");

            keyBrowser.open("/console/queue?view=all");
            assertTrue(keyBrowser.driver().findElements(By.id("escalation-" + practical)).size() == 1,
                    "the practical question is in the sleutelpersoon's queue");
            assertTrue(keyBrowser.driver().findElements(By.id("escalation-" + medical)).isEmpty(),
                    "a medical question is for a professional tolk");

            keyBrowser.open("/console/conversations/" + practical);
            String thread = keyBrowser.text(By.id("thread"));
            assertTrue(thread.contains("Mijn BSN is \u2022\u2022\u2022"), thread);
            assertFalse(keyBrowser.pageSource().contains(BSN), "the BSN is nowhere in the page");
            assertTrue(thread.contains("12-03-2027"), "the date stays readable");
            keep(keyBrowser.screenshot("routing-sleutelpersoon-masked"));
        }
    }

    // the screenshots are part of the documentation (docs/screenshots/, from the module's directory)
    private static void keep(Path shot) throws java.io.IOException {
        Path docs = Path.of("..", "docs", "screenshots");
        Files.createDirectories(docs);
        Files.copy(shot, docs.resolve(shot.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }
}
