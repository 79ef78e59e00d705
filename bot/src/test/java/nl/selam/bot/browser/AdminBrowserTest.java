package nl.selam.bot.browser;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import nl.selam.bot.conversation.contract.InboundEvent;
import nl.selam.bot.conversation.contract.Origin;
import nl.selam.bot.conversation.ConversationService;
import nl.selam.bot.conversation.ResidentDirectory;
import nl.selam.bot.knowledge.LiveEngine;
import nl.selam.bot.staff.StaffAccount;
import nl.selam.bot.staff.StaffRepository;
import nl.selam.bot.staff.StaffRole;
import nl.selam.bot.support.Browser;
import nl.selam.bot.support.DatabaseRows;
import nl.selam.bot.support.FlakyChannelSender;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The beheerder in a real Chromium: creates a tolk, edits the municipality profile, views settings and outbox. */
@BrowserTest
@MicronautTest(transactional = false)
class AdminBrowserTest {

    @Inject
    EmbeddedServer server;

    @Inject
    StaffRepository staff;

    @Inject
    LiveEngine engine;

    @Inject
    DatabaseRows rows;

    @Inject
    TransactionOperations<Connection> tx;

    @Inject
    FlakyChannelSender flaky;

    @Inject
    ResidentDirectory residents;

    @Inject
    ConversationService conversations;

    @Test
    void theBeheerderSetsUpATolkTheProfileAndLooksAtSettingsAndOutbox() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        // a tall window: each screenshot shows the whole page
        try (Browser browser = new Browser(server.getURI(), 1280, 1400)) {
            browser.login("admin", "admin-password-for-tests");
            browser.waitUntil(d -> d.getCurrentUrl().contains("/console/admin/accounts"));

            // a new tolk for Tigrinya and Amharic
            browser.type(By.id("new-name"), "Tolk Browser " + suffix);
            browser.type(By.id("new-username"), "tolk.browser." + suffix);
            new org.openqa.selenium.support.ui.Select(browser.find(By.id("new-role"))).selectByValue("TOLK");
            browser.click(By.id("new-lang-ti"));
            browser.click(By.id("new-lang-am"));
            browser.type(By.id("new-password"), "browser-one-time-1");
            browser.click(By.id("create-account"));
            assertEquals("browser-one-time-1", browser.text(By.id("one-time-password")));
            StaffAccount tolk = staff.findByName("Tolk Browser " + suffix).orElseThrow();
            assertEquals(StaffRole.TOLK, tolk.role());
            assertEquals(List.of("ti", "am"), tolk.languageList());
            assertTrue(browser.text(By.id("account-" + tolk.id())).contains("ti, am"));
            browser.screenshot("admin-accounts");

            // edit: the tolk no longer works in Amharic
            browser.click(By.cssSelector("#account-" + tolk.id() + " summary"));
            browser.click(By.cssSelector("#account-" + tolk.id() + " .edit-form input[name=lang_am]"));
            browser.screenshot("admin-accounts-edit");
            browser.click(By.cssSelector("#account-" + tolk.id() + " .edit-form button[type=submit]"));
            assertTrue(browser.text(By.cssSelector(".notice.ok")).contains("Opgeslagen"));
            assertEquals(List.of("ti"), staff.findById(tolk.id()).orElseThrow().languageList());

            // the municipality profile with office hours
            browser.click(By.cssSelector("nav a[href='/console/admin/profile']"));
            browser.type(By.id("naam"), "gemeente Selamstad");
            browser.type(By.id("telefoon"), "14 0888");
            browser.type(By.id("website"), "https://www.selamstad.nl");
            for (String day : List.of("mon", "tue", "wed", "thu", "fri")) {
                time(browser, "open_" + day, "09:00");
                time(browser, "close_" + day, day.equals("fri") ? "12:30" : "17:00");
            }
            browser.click(By.id("save-profile"));
            assertTrue(browser.text(By.cssSelector(".notice.ok")).contains("Opgeslagen"));
            assertTrue(browser.text(By.id("hours-preview")).contains("ma–do 09:00–17:00, vr 09:00–12:30"));
            assertEquals("14 0888", engine.current().knowledgeBase().municipality().telefoon());
            browser.screenshot("admin-profile");

            // settings: what is in force and what the configuration says
            browser.click(By.cssSelector("nav a[href='/console/admin/settings']"));
            assertTrue(browser.text(By.id("retention-now")).contains("30"));
            assertTrue(browser.text(By.id("wait-ti")).contains("2 h"));
            browser.screenshot("admin-settings");

            // the outbox with one parked message, retried from the page
            long entry = parkedEntry();
            browser.click(By.cssSelector("nav a[href='/console/admin/outbox']"));
            assertTrue(browser.text(By.id("parked-" + entry)).contains(FlakyChannelSender.CHANNEL));
            browser.screenshot("admin-outbox");
            browser.click(By.cssSelector("#parked-" + entry + " button.retry"));
            assertTrue(browser.text(By.cssSelector(".notice.ok")).contains("1"));
            browser.waitUntil(d -> rows.count("SELECT COUNT(*) FROM outbox WHERE id = ? AND state = 'SENT'",
                    entry) == 1);
        } finally {
            tx.executeWrite(status -> update(status.getConnection(), "DELETE FROM municipality_profile"));
            engine.rebuild();
        }
    }

    private static void time(Browser browser, String id, String value) {
        WebElement field = browser.find(By.id(id));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", field, value);
    }

    /** A reply on the test channel that the outbox has given up on (parked by hand: the real backoff takes long). */
    private long parkedEntry() throws InterruptedException {
        long residentId = residents.findOrCreate(FlakyChannelSender.CHANNEL, "browser-" + UUID.randomUUID()).id();
        flaky.failFirst(residentId, 1000);
        var resident = residents.byId(residentId).orElseThrow();
        conversations.receive(new InboundEvent.Text(new Origin(FlakyChannelSender.CHANNEL, UUID.randomUUID().toString(),
                resident.channelUserId()), "Hoe vind ik een huisarts?"));
        long reply = rows.count("SELECT MAX(id) FROM message WHERE resident_id = ? AND direction = 'OUT'", residentId);
        long entry = rows.count("SELECT id FROM outbox WHERE message_id = ?", reply);
        Thread.sleep(300); // let the first attempt fail
        tx.executeWrite(status -> update(status.getConnection(), "UPDATE outbox SET state = 'PARKED', attempts = 8, "
                + "last_error = 'IOException' WHERE id = " + entry));
        flaky.failFirst(residentId, 0); // the channel works again
        return entry;
    }

    private static int update(Connection c, String sql) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
