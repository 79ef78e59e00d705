package nl.selam.bot.browser;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.selam.bot.feedback.FeedbackService;
import nl.selam.bot.staff.StaffAccount;
import nl.selam.bot.staff.StaffRole;
import nl.selam.bot.support.Browser;
import nl.selam.bot.support.ChatClient;
import nl.selam.bot.support.ConsoleAccounts;
import nl.selam.bot.support.DatabaseRows;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A redacteur tries messages in the test box and reads the unanswered questions and feedback, in Chromium. */
@BrowserTest
@MicronautTest(transactional = false)
class InsightBrowserTest {

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ConsoleAccounts accounts;

    @Inject
    DatabaseRows rows;

    @Inject
    FeedbackService feedback;

    @Test
    void aRedacteurTestsDutchTigrinyaAndArabicMessages() {
        StaffAccount redacteur = accounts.create(StaffRole.REDACTEUR, "nl", "ti", "ar");
        long messages = rows.totalMessages();
        // tall enough that the screenshots show the answer and the candidates below the form
        try (Browser browser = new Browser(server.getURI(), 1280, 1900)) {
            browser.login(redacteur.name(), ConsoleAccounts.PASSWORD).open("/console/testbox");
            // a mark on the page that a full reload would lose: the result must come by htmx
            ((JavascriptExecutor) browser.driver()).executeScript("document.body.dataset.stayed = 'yes'");

            test(browser, "Hoe vind ik een huisarts?", null);
            browser.waitUntil(d -> !d.findElements(By.cssSelector("#testbox-answer[lang=nl]")).isEmpty());
            assertEquals("nl", browser.find(By.cssSelector(".detected span[data-code]")).getAttribute("data-code"));
            assertTrue(browser.text(By.cssSelector(".insight-candidates")).contains("zorg.huisarts"));
            assertEquals("yes", browser.find(By.tagName("body")).getAttribute("data-stayed"), "htmx swapped");
            browser.screenshot("testbox-nl");

            test(browser, "ሓኪም ስድራ ከመይ ጌረ ይረክብ?", null);
            browser.waitUntil(d -> !d.findElements(By.cssSelector("#testbox-answer[lang=ti]")).isEmpty());
            assertEquals("ti", browser.find(By.cssSelector(".detected span[data-code]")).getAttribute("data-code"));
            assertTrue(browser.text(By.cssSelector(".insight-candidates")).contains("zorg.huisarts"));
            assertTrue(browser.text(By.id("testbox-answer")).codePoints().anyMatch(c -> c >= 0x1200 && c <= 0x137F));
            browser.screenshot("testbox-ti");

            test(browser, "كيف أجد طبيب عائلة قريب من بيتي؟", "ar");
            browser.waitUntil(d -> !d.findElements(By.cssSelector("#testbox-answer[lang=ar]")).isEmpty());
            WebElement answer = browser.find(By.id("testbox-answer"));
            assertEquals("rtl", answer.getAttribute("dir"));
            assertEquals("rtl", answer.getCssValue("direction"));
            assertEquals("yes", browser.find(By.tagName("body")).getAttribute("data-stayed"));
            browser.screenshot("testbox-ar");
        }
        assertEquals(messages, rows.totalMessages(), "the test box stores nothing");
    }

    @Test
    void aRedacteurReadsTheUnansweredQuestionsAndTheFeedback() {
        for (String[] asked : List.of(
                new String[] {"nl", "Mag mijn hond mee in de trein?"},
                new String[] {"nl", "Mag ik mijn hond meenemen in de trein?"},
                new String[] {"nl", "hond in de trein toegestaan?"},
                new String[] {"nl", "Waar kan ik mijn fiets laten repareren?"},
                new String[] {"ar", "هل يمكن أن آخذ كلبي في القطار؟"},
                new String[] {"ar", "هل آخذ كلبي في القطار؟"},
                new String[] {"ti", "ከልበይ ናብ ባቡር ክወስዶ ይኽእል ድየ?"},
                new String[] {"ti", "ከልበይ ናብ ባቡር ክወስዶ እደሊ"},
                new String[] {"ti", "<script>alert(1)</script>"})) {
            new ChatClient(http.toBlocking()).say(asked[1], asked[0]);
        }
        List<String> questions = List.of("Hoe vind ik een huisarts?", "huisarts vinden?", "Hoe vind ik een huisarts");
        for (int i = 0; i < questions.size(); i++) {
            boolean helpful = i > 0;
            ChatClient resident = new ChatClient(http.toBlocking());
            resident.say(questions.get(i), "nl");
            long answer = ((Number) resident.received().get(0).get("id")).longValue();
            long residentId = rows.count("SELECT resident_id FROM message WHERE id = ?", answer);
            assertTrue(feedback.record(residentId, answer, helpful));
        }
        StaffAccount redacteur = accounts.create(StaffRole.REDACTEUR, "nl");
        try (Browser browser = new Browser(server.getURI(), 1280, 1500)) {
            browser.login(redacteur.name(), ConsoleAccounts.PASSWORD).open("/console/testbox");
            browser.click(By.cssSelector("nav.menu a[href='/console/unanswered']"));
            browser.waitUntil(d -> d.getCurrentUrl().contains("/console/unanswered"));
            WebElement arabic = browser.find(By.cssSelector(".insight-group[data-language=ar] li.example"));
            assertEquals("rtl", arabic.getCssValue("direction"));
            assertTrue(browser.text(By.cssSelector(".insight-groups")).contains("ባቡር"));
            assertTrue(browser.text(By.cssSelector(".insight-groups")).contains("<script>alert(1)</script>"), "shown as text");
            browser.screenshot("unanswered");

            new Select(browser.find(By.name("language"))).selectByValue("ti");
            browser.click(By.cssSelector("form.filters button"));
            browser.waitUntil(d -> d.getCurrentUrl().contains("language=ti"));
            assertTrue(browser.driver().findElements(By.cssSelector(".insight-group[data-language=nl]")).isEmpty());

            browser.click(By.id("tab-feedback"));
            browser.waitUntil(d -> d.getCurrentUrl().contains("/console/unanswered/feedback"));
            new Select(browser.find(By.name("language"))).selectByValue("nl");
            browser.click(By.cssSelector("form.filters button"));
            browser.waitUntil(d -> d.getCurrentUrl().contains("language=nl"));
            assertTrue(browser.text(By.cssSelector("table.feedback")).contains("zorg.huisarts"));
            browser.screenshot("feedback");
        }
    }

    private static void test(Browser browser, String text, String language) {
        browser.type(By.id("testbox-text"), text);
        new Select(browser.find(By.id("testbox-language"))).selectByValue(language == null ? "" : language);
        browser.click(By.id("testbox-submit"));
    }
}
