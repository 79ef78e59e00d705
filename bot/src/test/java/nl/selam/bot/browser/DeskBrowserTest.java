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
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tolk's desk in a real Chromium (issue 15): notified of a new escalation without reloading (a browser
 * notification, the in-page notice and the list), handing a conversation to a colleague who is told at once, and a
 * saved reply searched, inserted with its placeholders filled, and sent with the keyboard. Screenshots are copied to
 * docs/screenshots/desk-*.png.
 */
@BrowserTest
@MicronautTest(transactional = false)
@Property(name = "selam.municipality.naam", value = "Teststad")
@Property(name = "selam.conversation.flood-limit", value = "1000")
@Property(name = "selam.desk.events.poll-interval", value = "300ms")
class DeskBrowserTest {

    // Records what desk.js hands to the browser's Notification API (headless Chromium shows none), granted.
    private static final String FAKE_NOTIFICATIONS = "window.selamNotified = [];"
            + "window.Notification = function (title, options) { window.selamNotified.push(options.body); };"
            + "window.Notification.permission = 'granted';"
            + "window.Notification.requestPermission = function () { return Promise.resolve('granted'); };"
            + "window.selamNotReloaded = true;";

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

    private static JavascriptExecutor js(Browser browser) {
        return (JavascriptExecutor) browser.driver();
    }

    private static void connected(Browser browser) {
        browser.waitUntil(d -> "true".equals(d.findElement(By.id("desk-live")).getAttribute("data-connected")));
    }

    @SuppressWarnings("unchecked")
    private static List<String> notified(Browser browser) {
        return (List<String>) js(browser).executeScript("return window.selamNotified || [];");
    }

    @Test
    void aTolkIsNotifiedOfANewEscalationWithoutReloading() {
        StaffAccount tolk = accounts.create(StaffRole.TOLK, "ti");
        try (Browser console = new Browser(server.getURI())) {
            console.login(tolk.name(), ConsoleAccounts.PASSWORD);
            assertTrue(console.driver().getCurrentUrl().endsWith("/console/queue"));
            connected(console);
            js(console).executeScript(FAKE_NOTIFICATIONS);
            console.click(By.id("desk-sound")); // the optional sound, remembered in the browser
            assertEquals("on", js(console).executeScript("return localStorage.getItem('selam.desk.sound');"));

            ChatClient resident = new ChatClient(http.toBlocking());
            resident.say("Ik wil niet meer leven", "ti");
            long id = resident.escalationId();

            console.waitUntil(d -> !notified(console).isEmpty());
            assertTrue(notified(console).get(0).contains("Dringend"), notified(console).toString());
            assertTrue(notified(console).get(0).contains("Tigrinya"), notified(console).toString());
            assertTrue(console.text(By.cssSelector(".desk-toast")).contains("crisisgesprek"));
            console.waitUntil(d -> !d.findElements(By.id("escalation-" + id)).isEmpty());
            assertEquals(Boolean.TRUE, js(console).executeScript("return window.selamNotReloaded === true;"),
                    "the queue page was not reloaded");
            assertFalse(console.pageSource().contains("niet meer leven"), "no resident text in the list");
            console.screenshot("desk-notified");
        }
    }

    @Test
    void aTolkHandsAConversationToAColleagueWhoIsToldAtOnce() {
        StaffAccount first = accounts.create(StaffRole.TOLK, "ti");
        StaffAccount colleague = accounts.create(StaffRole.SLEUTELPERSOON, "ti");
        ChatClient resident = new ChatClient(http.toBlocking());
        resident.say("Waar kan ik mijn fiets laten repareren?", "ti");
        long id = resident.escalationId();
        try (Browser a = new Browser(server.getURI()); Browser b = new Browser(server.getURI())) {
            b.login(colleague.name(), ConsoleAccounts.PASSWORD).open("/console/queue?view=mine");
            connected(b);
            js(b).executeScript(FAKE_NOTIFICATIONS);

            a.login(first.name(), ConsoleAccounts.PASSWORD).open("/console/conversations/" + id);
            a.click(By.id("claim"));
            a.waitUntil(d -> d.getCurrentUrl().contains("notice=claimed"));
            a.scrollTo(By.cssSelector("#assign summary")).click(By.cssSelector("#assign summary"));
            new Select(a.find(By.id("assign-to"))).selectByVisibleText(colleague.name());
            a.type(By.id("assign-note"), "Vraagt naar een fietsenmaker; spreekt liever Tigrinya.");
            a.scrollTo(By.id("assign")).screenshot("desk-hand-to-colleague");
            a.click(By.id("assign-send"));
            a.waitUntil(d -> d.getCurrentUrl().contains("/console/queue?notice=assigned"));
            assertEquals(colleague.id(), escalations.findById(id).orElseThrow().claimedBy());

            // the colleague's page hears of it: a notification, and the "mine" list shows it without a reload
            b.waitUntil(d -> notified(b).stream().anyMatch(n -> n.contains("gegeven")));
            b.waitUntil(d -> !d.findElements(By.id("escalation-" + id)).isEmpty());
            assertEquals(Boolean.TRUE, js(b).executeScript("return window.selamNotReloaded === true;"));
            b.screenshot("desk-handed-mine");
            b.click(By.cssSelector("#escalation-" + id + " a"));
            b.waitUntil(d -> d.getCurrentUrl().contains("/console/conversations/" + id));
            assertTrue(b.text(By.cssSelector(".msg.internal")).contains("spreekt liever Tigrinya"));
            assertTrue(b.driver().findElements(By.id("reply-form")).size() == 1, "the colleague can answer");
            b.screenshot("desk-conversation-note");
        }
    }

    @Test
    void aSavedReplyIsFoundInsertedAndSentWithTheKeyboard() {
        StaffAccount tolk = accounts.create(StaffRole.TOLK, "ti");
        String word = "fiets" + UUID.randomUUID().toString().substring(0, 5);
        ChatClient resident = new ChatClient(http.toBlocking());
        resident.say("Waar kan ik mijn fiets laten repareren?", "ti");
        long id = resident.escalationId();
        try (Browser console = new Browser(server.getURI())) {
            console.login(tolk.name(), ConsoleAccounts.PASSWORD).open("/console/replies");
            new Select(console.find(By.id("saved-language"))).selectByValue("ti");
            console.type(By.id("saved-title"), "Fietsenmaker " + word);
            console.type(By.id("saved-body"), "ሰላም! ኣነ {voornaam} እየ ካብ {gemeente.naam}። " + word);
            console.click(By.id("saved-save"));
            console.waitUntil(d -> d.getCurrentUrl().contains("notice=saved"));
            assertTrue(console.text(By.cssSelector(".saved-manage")).contains("Fietsenmaker " + word));
            console.screenshot("desk-saved-replies");

            console.open("/console/conversations/" + id);
            connected(console);
            // Alt+Shift+C claims (the shortcuts are listed on the page)
            new Actions(console.driver()).keyDown(Keys.ALT).keyDown(Keys.SHIFT).sendKeys("c")
                    .keyUp(Keys.SHIFT).keyUp(Keys.ALT).perform();
            console.waitUntil(d -> d.getCurrentUrl().contains("notice=claimed"));
            console.type(By.id("saved-search"), word);
            long replyId = rows.count("SELECT MAX(id) FROM saved_reply");
            console.waitUntil(d -> d.findElements(By.cssSelector("#saved-list li button")).size() == 1);
            // htmx may swap the list once more while the search settles: click again on a stale element
            console.waitUntil(d -> {
                try {
                    d.findElement(By.id("saved-" + replyId)).click();
                    return true;
                } catch (org.openqa.selenium.StaleElementReferenceException
                         | org.openqa.selenium.NoSuchElementException e) {
                    return false;
                }
            });
            String first = tolk.name().split("\\s+")[0];
            console.waitUntil(d -> {
                try {
                    return d.findElement(By.id("reply-text")).getAttribute("value").contains("ኣነ " + first);
                } catch (org.openqa.selenium.StaleElementReferenceException e) {
                    return false;
                }
            });
            String text = console.find(By.id("reply-text")).getAttribute("value");
            assertTrue(text.contains("Teststad"), text);
            assertFalse(text.contains("{"), "every placeholder filled: " + text);
            console.screenshot("desk-conversation");

            // Ctrl+Enter sends from the reply box; the newest message is in view, the reply box below it
            console.find(By.id("reply-text")).sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
            console.waitUntil(d -> d.getCurrentUrl().contains("notice=replied"));
            assertTrue(console.text(By.cssSelector(".msg.staff .msg-text")).contains(word));
            assertTrue(resident.received().stream().anyMatch(m -> "staff".equals(m.get("from"))
                    && String.valueOf(m.get("text")).contains(word)), "the resident got it");
            assertEquals(EscalationState.ANSWERED, escalations.findById(id).orElseThrow().state());
            Object below = js(console).executeScript("var t = document.getElementById('thread').getBoundingClientRect();"
                    + "var r = document.getElementById('reply-form').getBoundingClientRect(); return r.top >= t.bottom;");
            assertEquals(Boolean.TRUE, below, "the reply box is below the conversation");
            assertTrue(console.text(By.id("shortcuts")).contains("Sneltoetsen"));
            assertFalse(console.text(By.id("side-panel")).contains("wacht"), "answered: no waiting time");
            console.screenshot("desk-replied");
        }
    }

    @Test
    void aPhotoFromTheTolkShowsInTheWebChatAsADownloadForThatResidentOnly() {
        StaffAccount tolk = accounts.create(StaffRole.TOLK, "nl");
        try (Browser chat = new Browser(server.getURI())) {
            long before = rows.count("SELECT COALESCE(MAX(id), 0) FROM escalation");
            chat.open("/");
            chat.waitUntil(d -> !d.findElement(By.id("person")).getText().isBlank());
            chat.click(By.cssSelector("#languages button[lang=nl]"));
            chat.type(By.id("input"), "Ik wil met een mens praten");
            chat.click(By.id("send"));
            // the "taking over" banner waits for a claim now: wait for the escalation itself
            chat.waitUntil(d -> rows.count("SELECT COALESCE(MAX(id), 0) FROM escalation") > before);
            long id = rows.count("SELECT MAX(id) FROM escalation");

            nl.selam.bot.support.ConsoleSession console = new nl.selam.bot.support.ConsoleSession(server.getURI());
            console.login(tolk.name(), ConsoleAccounts.PASSWORD);
            console.get("/console/conversations/" + id);
            console.post("/console/conversations/" + id + "/claim", java.util.Map.of());
            byte[] png = java.util.Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAAD"
                    + "UlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
            var sent = nl.selam.bot.support.ConsoleUpload.post(console, "/console/conversations/" + id + "/file",
                    "plattegrond.png", png, "De plattegrond van het stadhuis", true);
            assertTrue(sent.headers().firstValue("Location").orElse("").contains("notice=filesent"));

            chat.waitUntil(d -> !d.findElements(By.cssSelector(".bubble.staff a.staff-file")).isEmpty());
            var link = chat.find(By.cssSelector(".bubble.staff a.staff-file"));
            assertTrue(link.getText().contains("De plattegrond van het stadhuis"), link.getText());
            String href = link.getAttribute("href");
            assertTrue(href.contains("/api/chat/files/"), href);
            // the page's own session downloads it (the cookie goes along); the bytes are the PNG
            Object size = js(chat).executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => r.status === 200 ? r.arrayBuffer() : null)"
                    + ".then(b => done(b ? b.byteLength : -1));", href);
            assertEquals((long) png.length, ((Number) size).longValue());
            chat.screenshot("desk-webchat-file");
        }
    }
}
