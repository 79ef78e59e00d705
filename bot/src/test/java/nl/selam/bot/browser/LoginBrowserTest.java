package nl.selam.bot.browser;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.selam.bot.staff.StaffAccount;
import nl.selam.bot.staff.StaffRole;
import nl.selam.bot.support.Browser;
import nl.selam.bot.support.ConsoleAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The login page and the account page in a real Chromium, in Dutch and English, on a laptop and a phone. */
@BrowserTest
@MicronautTest(transactional = false)
class LoginBrowserTest {

    @Inject
    EmbeddedServer server;

    @Inject
    ConsoleAccounts accounts;

    @Test
    void aRedacteurLogsInSwitchesToEnglishAndLogsOut() {
        StaffAccount redacteur = accounts.create(StaffRole.REDACTEUR, "nl", "ti");
        try (Browser browser = new Browser(server.getURI())) {
            browser.open("/console/login");
            assertTrue(browser.text(By.tagName("h1")).contains("Inloggen"));
            browser.screenshot("login");
            browser.login(redacteur.name(), "not-the-password");
            assertTrue(browser.text(By.cssSelector(".notice.error")).contains("klopt niet"));

            browser.login(redacteur.name(), ConsoleAccounts.PASSWORD).open("/console/account");
            assertTrue(browser.text(By.cssSelector(".facts")).contains("redacteur"));
            browser.screenshot("account");

            browser.click(By.cssSelector(".lang-switch a[lang=en]"));
            assertTrue(browser.text(By.tagName("h1")).contains("My account"));

            browser.click(By.cssSelector("form[action='/console/logout'] button"));
            browser.waitUntil(d -> d.getCurrentUrl().contains("/console/login"));
            browser.open("/console/account");
            browser.waitUntil(d -> d.getCurrentUrl().contains("/console/login"));
        }
    }

    @Test
    void theLoginPageFitsAPhone() {
        try (Browser phone = new Browser(server.getURI(), 390, 844)) {
            phone.open("/console/login");
            assertTrue(phone.find(By.id("login")).isDisplayed());
            phone.screenshot("login-phone");
        }
    }
}
