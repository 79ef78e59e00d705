package nl.selam.bot.browser;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.selam.bot.faq.FaqContent;
import nl.selam.bot.faq.FaqSuggestions;
import nl.selam.bot.faq.FaqTasks;
import nl.selam.bot.faq.FaqTask;
import nl.selam.bot.knowledge.LiveEngine;
import nl.selam.bot.staff.StaffAccount;
import nl.selam.bot.staff.StaffRole;
import nl.selam.bot.support.Browser;
import nl.selam.bot.support.ConsoleAccounts;
import nl.selam.kb.content.FaqEntry;
import nl.selam.kb.language.Language;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A redacteur edits the Tigrinya answer of an entry in a real Chromium and publishes it; a resident in the web chat
 * then gets the new text for a Tigrinya question of that topic. Screenshots of the FAQ screens along the way.
 */
@BrowserTest
@MicronautTest(transactional = false)
class FaqBrowserTest {

    private static final String TOPIC = "wonen.inrichting";

    @Inject
    EmbeddedServer server;

    @Inject
    ConsoleAccounts accounts;

    @Inject
    LiveEngine engine;

    @Inject
    FaqContent content;

    @Inject
    FaqSuggestions suggestions;

    @Inject
    FaqTasks tasks;

    @Inject
    @Client("/")
    HttpClient client;

    private Map<String, Object> ask(String text, String language) {
        return client.toBlocking().retrieve(HttpRequest.POST("/api/ask", Map.of("text", text, "language", language)),
                Argument.mapOf(String.class, Object.class));
    }

    @Test
    void aRedacteurPublishesATigrinyaAnswerAndTheResidentChatGivesIt() {
        FaqEntry entry = engine.shipped().entry(TOPIC).orElseThrow();
        String question = entry.in(Language.TI).orElseThrow().questions().get(0);
        assertEquals(TOPIC, ask(question, "ti").get("topic"), "precondition: the Tigrinya question finds its topic");
        StaffAccount redacteur = accounts.create(StaffRole.REDACTEUR, "nl", "ti");
        String marker = "BROWSERMARKER";
        String newAnswer = "ንገዛኹም ኣቑሑት ካብ {gemeente.naam} ሓገዝ ክትረኽቡ ትኽእሉ ኢኹም " + marker + "። https://www.rijksoverheid.nl";
        try (Browser browser = new Browser(server.getURI(), 1600, 1200)) {
            browser.login(redacteur.name(), ConsoleAccounts.PASSWORD);
            browser.open("/console/faq");
            browser.find(By.cssSelector("table.faq-table"));
            browser.screenshot("faq-list");

            browser.open("/console/faq/" + TOPIC);
            WebElement arabicAnswer = browser.find(By.id("answer-ar"));
            assertEquals("rtl", arabicAnswer.getAttribute("dir"));
            browser.screenshot("faq-editor");

            browser.type(By.id("answer-ti"), newAnswer);
            browser.waitUntil(d -> Browser.textOfAll(d, "#preview-ti .chat-bubble").contains(marker));
            String preview = browser.text(By.cssSelector("#preview-ti .chat-bubble"));
            assertTrue(!preview.contains("{gemeente.naam}"), "the preview fills placeholders: " + preview);
            browser.scrollTo(By.id("preview-ti"));
            browser.screenshot("faq-preview");

            browser.click(By.cssSelector("#lang-ti button[value=publish]"));
            browser.waitUntil(d -> d.getCurrentUrl().contains("saved=published"));
            assertTrue(String.valueOf(ask(question, "ti").get("answer")).contains(marker));

            browser.open("/console/faq/" + TOPIC + "/ti/history");
            browser.find(By.cssSelector("pre.diff .add"));
            browser.screenshot("faq-history-diff");

            try (Browser resident = new Browser(server.getURI(), 390, 844)) {
                resident.open("/");
                // the chat draws its language buttons anew when its texts arrive: click whichever is there now
                resident.waitUntil(d -> {
                    try {
                        d.findElement(By.cssSelector("#languages button[lang=ti]")).click();
                        return !d.findElements(By.cssSelector("#languages button[lang=ti][aria-pressed=true]"))
                                .isEmpty();
                    } catch (StaleElementReferenceException e) {
                        return false;
                    }
                });
                resident.type(By.id("input"), question);
                resident.click(By.id("send"));
                resident.waitUntil(d -> Browser.textOfAll(d, "#log").contains(marker));
                resident.screenshot("faq-chat-tigrinya");
            }

            // the suggestions inbox and a tolk's translation work
            StaffAccount tolk = accounts.create(StaffRole.TOLK, "ti");
            suggestions.submit(tolk, "ti", TOPIC, "ኣቑሑት ገዛ ካበይ ይረክብ?", "ካብ ማዘጋጃ ቤት ሓገዝ ሕተቱ።");
            browser.open("/console/faq/suggestions");
            browser.find(By.cssSelector("article.suggestion"));
            browser.screenshot("suggestions");

            FaqTask task = tasks.ask(redacteur, TOPIC, Language.TI, FaqTask.REVIEW, tolk.id());
            try (Browser interpreter = new Browser(server.getURI(), 1280, 900)) {
                interpreter.login(tolk.name(), ConsoleAccounts.PASSWORD);
                interpreter.open("/console/tasks");
                interpreter.find(By.cssSelector("table.faq-tasks"));
                interpreter.screenshot("tasks");
                interpreter.open("/console/tasks/" + task.id());
                interpreter.find(By.id("reference"));
                interpreter.screenshot("task");
                interpreter.open("/console/faq");
                interpreter.waitUntil(d -> d.getPageSource().contains("forbidden") || d.getCurrentUrl()
                        .contains("/console/forbidden"));
            }
        } finally {
            content.rollback(redacteur, TOPIC, Language.TI, 0);
        }
        assertTrue(!String.valueOf(ask(question, "ti").get("answer")).contains(marker));
    }
}
