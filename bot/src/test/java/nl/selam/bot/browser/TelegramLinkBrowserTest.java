package nl.selam.bot.browser;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.selam.bot.staff.StaffAccount;
import nl.selam.bot.staff.StaffRole;
import nl.selam.bot.support.Browser;
import nl.selam.bot.support.ConsoleAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Telegram section of a tolk's account page in a real Chromium: the code as a one-tap link, a QR code the
 * browser really draws, the command to type, the language choice; on a laptop and a phone. The screenshots are
 * kept in docs/screenshots/ for the documentation (docs/telegram.md).
 */
@BrowserTest
@MicronautTest(transactional = false)
// Telegram on, with the bot's name set so no Bot API call is needed; nothing listens at that address
@Property(name = "selam.telegram.token", value = "123456:browser-test")
@Property(name = "selam.telegram.api-url", value = "http://127.0.0.1:9")
@Property(name = "selam.telegram.bot-username", value = "SelamGemeenteBot")
class TelegramLinkBrowserTest {

    private static final Path DOCS = Path.of("..", "docs", "screenshots");

    @Inject
    EmbeddedServer server;

    @Inject
    ConsoleAccounts accounts;

    @Test
    void aTolkMakesALinkCodeAndSeesTheLinkTheQrCodeAndTheCommand() {
        StaffAccount tolk = accounts.create(StaffRole.TOLK, "ti", "am");
        try (Browser browser = new Browser(server.getURI(), 1100, 1500)) {
            browser.login(tolk.name(), ConsoleAccounts.PASSWORD).open("/console/account");
            assertTrue(browser.text(By.id("telegram-status")).contains("niet gekoppeld"));
            browser.click(By.id("telegram-new-code"));
            String link = browser.find(By.id("telegram-deep-link")).getAttribute("href");
            assertTrue(link.matches("https://t\\.me/SelamGemeenteBot\\?start=[a-z2-9]{10}"), link);
            String code = link.substring(link.indexOf('=') + 1);
            assertEquals("/koppel " + code, browser.text(By.id("telegram-command")));
            WebElement qr = browser.find(By.id("telegram-qr"));
            Number drawn = (Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("return arguments[0].naturalWidth", qr);
            assertTrue(drawn.intValue() > 0, "the QR code is an image the browser could draw");
            browser.scrollTo(By.id("telegram"));
            keep(browser.screenshot("account-telegram-link"), "account-telegram-link.png");

            browser.find(By.cssSelector("#language-form select option[value=ti]")).click();
            browser.click(By.cssSelector("#language-form button"));
            browser.waitUntil(d -> d.getCurrentUrl().contains("saved=language"));
            assertTrue(browser.find(By.cssSelector("#language-form option[value=ti]")).isSelected());
        }
        try (Browser phone = new Browser(server.getURI(), 390, 844)) {
            phone.login(tolk.name(), ConsoleAccounts.PASSWORD).open("/console/account");
            phone.click(By.id("telegram-new-code"));
            assertTrue(phone.find(By.id("telegram-deep-link")).isDisplayed());
            phone.scrollTo(By.id("telegram"));
            keep(phone.screenshot("account-telegram-link-phone"), "account-telegram-link-phone.png");
        }
    }

    private static void keep(Path shot, String name) {
        try {
            Files.createDirectories(DOCS);
            Files.copy(shot, DOCS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
