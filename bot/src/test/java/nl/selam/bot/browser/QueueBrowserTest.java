package nl.selam.bot.browser;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.selam.bot.escalation.EscalationRepository;
import nl.selam.bot.escalation.EscalationState;
import nl.selam.bot.staff.StaffAccount;
import nl.selam.bot.staff.StaffRole;
import nl.selam.bot.support.Browser;
import nl.selam.bot.support.ChatClient;
import nl.selam.bot.support.ConsoleAccounts;
import nl.selam.bot.support.DatabaseRows;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tolk's queue and conversation pages in a real Chromium: a resident in a second browser asks for a person in
 * the web chat, the tolk sees the counter and the list change without reloading, claims, replies, and the resident
 * reads the reply; Arabic right-to-left, Tigrinya in Ge'ez, escaping, and the limits of a tolk's languages.
 */
@BrowserTest
@MicronautTest(transactional = false)
@Property(name = "selam.municipality.naam", value = "Teststad")
@Property(name = "selam.conversation.flood-limit", value = "1000")
class QueueBrowserTest {

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ConsoleAccounts accounts;

    @Inject
    EscalationRepository escalations;

    @Inject
    DatabaseRows rows;

    private long escalate(String text, String language) {
        ChatClient resident = new ChatClient(http.toBlocking());
        resident.say(text, language);
        resident.press("person");
        return resident.escalationId();
    }

    // the reply box is swapped by htmx: an element found a moment ago may be gone
    private static String replyText(org.openqa.selenium.WebDriver driver) {
        try {
            return driver.findElement(By.id("reply-text")).getAttribute("value");
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return "";
        }
    }

    private static void top(Browser browser) {
        ((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0);");
    }

    private static Set<String> listed(Browser browser) {
        return browser.driver().findElements(By.cssSelector("li.queue-item")).stream()
                .map(li -> li.getAttribute("data-id")).collect(Collectors.toSet());
    }

    @Test
    void aResidentAsksForAPersonInTheWebChatAndReadsTheTolksReply() {
        long urgent = escalate("Ik wil niet meer leven", "nl");
        StaffAccount tolk = accounts.create(StaffRole.TOLK, "nl");
        try (Browser console = new Browser(server.getURI()); Browser chat = new Browser(server.getURI())) {
            console.login(tolk.name(), ConsoleAccounts.PASSWORD);
            assertTrue(console.driver().getCurrentUrl().endsWith("/console/queue"), console.driver().getCurrentUrl());
            String before = console.text(By.id("queue-waiting"));
            Set<String> listedBefore = listed(console);
            ((JavascriptExecutor) console.driver()).executeScript("window.selamNotReloaded = true;");

            // the resident, in their own browser, picks Dutch and asks for a person in the web chat
            chat.open("/");
            chat.waitUntil(d -> !d.findElement(By.id("person")).getText().isBlank());
            chat.click(By.cssSelector("#languages button[lang=nl]"));
            chat.type(By.id("input"), "Ik wil met een mens praten");
            chat.click(By.id("send"));
            // with a person now (the "back to the assistant" button), but nobody has claimed: no banner yet
            chat.waitUntil(d -> d.findElement(By.id("assistant")).isDisplayed());
            assertFalse(chat.driver().findElement(By.id("queue")).isDisplayed());
            long id = rows.count("SELECT MAX(id) FROM escalation");
            assertEquals("nl", escalations.findById(id).orElseThrow().language(), "the chat spoke Dutch");

            // the counter (polled every 5 s) and then the list change, without the page being reloaded
            console.waitUntil(d -> !d.findElement(By.id("queue-waiting")).getText().equals(before));
            assertTrue(Integer.parseInt(console.text(By.id("queue-waiting"))) > Integer.parseInt(before));
            console.waitUntil(d -> !d.findElements(By.id("escalation-" + id)).isEmpty());
            assertFalse(listedBefore.contains(String.valueOf(id)));
            assertEquals(Boolean.TRUE, ((JavascriptExecutor) console.driver())
                    .executeScript("return window.selamNotReloaded === true;"), "the queue page was not reloaded");
            List<WebElement> items = console.driver().findElements(By.cssSelector("li.queue-item"));
            assertTrue(items.get(0).getAttribute("class").contains("urgent"), "urgent first");
            assertTrue(items.stream().map(li -> li.getAttribute("data-id")).toList().indexOf(String.valueOf(urgent))
                    < items.stream().map(li -> li.getAttribute("data-id")).toList().indexOf(String.valueOf(id)));
            console.screenshot("queue");

            console.click(By.cssSelector("#escalation-" + id + " a"));
            console.waitUntil(d -> d.getCurrentUrl().contains("/console/conversations/" + id));
            assertTrue(console.text(By.cssSelector(".msg.resident .msg-text")).contains("mens"));
            console.click(By.id("claim"));
            console.type(By.id("reply-text"), "Goedemiddag, ik ben tolk bij de gemeente. Waarmee kan ik u helpen?");
            console.click(By.id("send-reply"));
            console.waitUntil(d -> d.getCurrentUrl().contains("notice=replied"));
            assertTrue(console.text(By.cssSelector(".msg.staff .msg-text")).contains("ik ben tolk"));
            top(console);
            console.screenshot("conversation");

            chat.waitUntil(d -> d.findElements(By.cssSelector(".bubble.staff")).stream()
                    .anyMatch(b -> b.getText().contains("Waarmee kan ik u helpen?")));
            assertTrue(chat.text(By.id("queue")).contains(tolk.name()), "the banner names who took over");
            chat.screenshot("queue-resident-chat");

            console.click(By.id("resolve"));
            console.waitUntil(d -> d.getCurrentUrl().contains("/console/queue?notice=resolved"));
            assertEquals(EscalationState.RESOLVED, escalations.findById(id).orElseThrow().state());
        }
    }

    @Test
    void anArabicConversationIsRightToLeftAndAnFaqAnswerCanBeInsertedAndEdited() {
        long id = escalate("مرحبا، عندي سؤال عن المساعدة المالية من البلدية", "ar");
        StaffAccount tolk = accounts.create(StaffRole.TOLK, "ar", "nl");
        try (Browser console = new Browser(server.getURI())) {
            console.login(tolk.name(), ConsoleAccounts.PASSWORD).open("/console/conversations/" + id);
            WebElement resident = console.find(By.cssSelector(".msg.resident .msg-text"));
            assertEquals("rtl", resident.getCssValue("direction"));
            assertEquals("ar", resident.getAttribute("lang"));

            console.click(By.id("claim"));
            new Select(console.find(By.id("faq-topic"))).selectByValue("geld.bijstand");
            console.click(By.id("faq-insert"));
            // htmx swaps in the reply box filled with the Arabic answer, the municipality's name filled in
            console.waitUntil(d -> replyText(d).contains("Teststad"));
            WebElement reply = console.find(By.id("reply-text"));
            assertEquals("rtl", reply.getCssValue("direction"));
            assertTrue(reply.getAttribute("value").chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF), "Arabic");
            reply.sendKeys(" ✓");
            top(console);
            console.screenshot("conversation-ar");
            console.click(By.id("send-reply"));
            console.waitUntil(d -> d.getCurrentUrl().contains("notice=replied"));
            assertTrue(console.text(By.cssSelector(".msg.staff .msg-text")).endsWith("✓"), "the edited answer was sent");
        }
    }

    @Test
    void aTigrinyaConversationRendersInGeez() {
        long id = escalate("ሰላም፡ ብዛዕባ ገንዘብ ሓገዝ ካብ ማዘጋጃ ቤት ሕቶ ኣለኒ", "ti");
        StaffAccount tolk = accounts.create(StaffRole.SLEUTELPERSOON, "ti");
        try (Browser console = new Browser(server.getURI())) {
            console.login(tolk.name(), ConsoleAccounts.PASSWORD).open("/console/conversations/" + id);
            WebElement resident = console.find(By.cssSelector(".msg.resident .msg-text"));
            assertTrue(resident.getText().contains("ሰላም"));
            assertEquals("ltr", resident.getCssValue("direction"));
            console.click(By.id("claim"));
            new Select(console.find(By.id("faq-topic"))).selectByValue("geld.bijstand");
            console.click(By.id("faq-insert"));
            console.waitUntil(d -> replyText(d).contains("Teststad"));
            top(console);
            console.screenshot("conversation-ti");
        }
    }

    @Test
    void aTolkCannotOpenAnotherLanguagesConversationNorTheFaqEditor() {
        long arabic = escalate("مرحبا، أريد التحدث مع شخص", "ar");
        StaffAccount tolk = accounts.create(StaffRole.TOLK, "nl", "ti");
        try (Browser console = new Browser(server.getURI())) {
            console.login(tolk.name(), ConsoleAccounts.PASSWORD).open("/console/conversations/" + arabic);
            assertTrue(console.text(By.tagName("h1")).contains("Geen toegang"));
            assertFalse(console.pageSource().contains("مرحبا"), "nothing of the conversation is shown");
            assertTrue(console.driver().findElements(By.id("claim")).isEmpty());
            console.screenshot("forbidden");

            // the FAQ list and editor are for redacteuren and beheerders: a tolk gets the not-allowed page
            console.open("/console/faq");
            console.waitUntil(d -> d.getCurrentUrl().endsWith("/console/forbidden"));
            String title = console.driver().getTitle();
            assertFalse(title.contains("FAQ"), title);
            console.open("/console/faq/zorg.huisarts");
            console.waitUntil(d -> d.getCurrentUrl().endsWith("/console/forbidden"));
            assertTrue(console.text(By.tagName("h1")).contains("Geen toegang"));
            assertTrue(console.driver().findElements(By.cssSelector("form[action^='/console/faq']")).isEmpty());
            assertTrue(console.driver().findElements(By.tagName("textarea")).isEmpty());
        }
    }

    @Test
    void aScriptInAResidentsMessageIsShownAsText() {
        long id = escalate("Hallo <script>alert(1)</script> <img src=x onerror=alert(2)> help", "nl");
        StaffAccount tolk = accounts.create(StaffRole.TOLK, "nl");
        try (Browser console = new Browser(server.getURI())) {
            console.login(tolk.name(), ConsoleAccounts.PASSWORD).open("/console/conversations/" + id);
            List<WebElement> texts = console.driver().findElements(By.cssSelector(".msg.resident .msg-text"));
            assertTrue(texts.stream().anyMatch(t -> t.getText().contains("<script>alert(1)</script>")),
                    "shown literally");
            assertTrue(texts.stream().anyMatch(t -> t.getText().contains("<img src=x onerror=alert(2)>")));
            assertThrows(NoAlertPresentException.class, () -> console.driver().switchTo().alert());
            assertTrue(console.driver().findElements(By.cssSelector(".msg-text script, .msg-text img")).isEmpty());
        }
    }

    @Test
    void theQueueFitsAPhone() {
        escalate("Ik wil met iemand praten over mijn huur", "nl");
        StaffAccount tolk = accounts.create(StaffRole.TOLK, "nl");
        try (Browser phone = new Browser(server.getURI(), 390, 844)) {
            phone.login(tolk.name(), ConsoleAccounts.PASSWORD);
            assertTrue(phone.find(By.cssSelector("li.queue-item a")).isDisplayed());
            Object overflow = ((JavascriptExecutor) phone.driver()).executeScript(
                    "return document.documentElement.scrollWidth > window.innerWidth;");
            assertEquals(Boolean.FALSE, overflow, "no sideways scrolling on a phone");
            phone.screenshot("queue-phone");
        }
    }
}
