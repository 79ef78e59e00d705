package nl.selam.bot.browser;

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
import org.openqa.selenium.StaleElementReferenceException;

import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A question Selam cannot answer reaches the unanswered page; a redacteur makes a new entry of it from there in a
 * real Chromium, writes the Dutch answer and publishes it, and the web chat then answers the same question with it.
 */
@BrowserTest
@MicronautTest(transactional = false)
class NewFaqEntryBrowserTest {

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ConsoleAccounts accounts;

    @Test
    void aRedacteurTurnsAnUnansweredQuestionIntoANewEntryAndTheChatAnswersIt() {
        StringBuilder nonce = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            nonce.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        String word = "zwemkaart" + nonce;
        String question = "Waar vraag ik de " + word + " voor het Kolkbad aan?";
        ChatClient asking = new ChatClient(http.toBlocking());
        assertEquals(202, asking.say(question, "nl"));
        assertEquals("ESCALATION_OPENED", asking.received().get(0).get("kind"), "precondition: Selam escalates it");

        StaffAccount redacteur = accounts.create(StaffRole.REDACTEUR, "nl");
        String topic = "wonen." + word;
        String marker = "KOLKBADMARKER";
        try (Browser browser = new Browser(server.getURI(), 1280, 1100)) {
            browser.login(redacteur.name(), ConsoleAccounts.PASSWORD).open("/console/unanswered?language=nl&days=7");
            By newEntry = By.xpath("//article[contains(@class,'insight-group')][.//li[contains(., '" + word
                    + "')]]//a[contains(@class,'new-entry')]");
            browser.scrollTo(newEntry);
            browser.click(newEntry);
            browser.waitUntil(d -> d.getCurrentUrl().contains("/console/faq/new"));
            assertEquals(question, browser.find(By.id("new-question")).getAttribute("value"), "prefilled");
            assertEquals("nl", browser.find(By.id("new-language")).getAttribute("value"));

            browser.type(By.id("new-topic"), topic);
            browser.type(By.id("new-title"), "De " + word + " van het Kolkbad");
            browser.screenshot("faq-new");
            browser.click(By.id("new-create"));
            browser.waitUntil(d -> d.getCurrentUrl().contains("/console/faq/" + topic + "?saved=created-nl"));
            assertTrue(browser.text(By.cssSelector("#lang-nl textarea[name=questions]")).contains(question)
                    || browser.find(By.cssSelector("#lang-nl textarea[name=questions]")).getAttribute("value")
                    .contains(question));

            // only made-up words: the published entry stays in the shared database and must not catch other questions
            browser.type(By.id("answer-nl"), "U vraagt de " + word + " aan bij het Kolkbad. " + marker + ".");
            browser.type(By.cssSelector("#lang-nl textarea[name=sources]"), "https://www.rijksoverheid.nl");
            browser.waitUntil(d -> Browser.textOfAll(d, "#preview-nl .chat-bubble").contains(marker));
            browser.screenshot("faq-new-editor");
            browser.click(By.cssSelector("#lang-nl button[value=publish]"));
            browser.waitUntil(d -> d.getCurrentUrl().contains("saved=published"));

            browser.open("/console/faq?q=" + word);
            assertEquals("MISSING", browser.find(By.cssSelector("td[data-lang=ti]")).getAttribute("data-status"));
            assertEquals("REVIEWED", browser.find(By.cssSelector("td[data-lang=nl]")).getAttribute("data-status"));
            browser.screenshot("faq-new-list");
        }

        try (Browser resident = new Browser(server.getURI(), 390, 844)) {
            resident.open("/");
            // the chat draws its language buttons anew when its texts arrive: click whichever is there now
            resident.waitUntil(d -> {
                try {
                    d.findElement(By.cssSelector("#languages button[lang=nl]")).click();
                    return !d.findElements(By.cssSelector("#languages button[lang=nl][aria-pressed=true]")).isEmpty();
                } catch (StaleElementReferenceException e) {
                    return false;
                }
            });
            resident.type(By.id("input"), question);
            resident.click(By.id("send"));
            resident.waitUntil(d -> Browser.textOfAll(d, "#log").contains(marker));
            resident.screenshot("faq-new-chat");
        }
    }
}
