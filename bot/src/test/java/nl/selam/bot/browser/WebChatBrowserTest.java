package nl.selam.bot.browser;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.selam.bot.escalation.Escalation;
import nl.selam.bot.escalation.EscalationCause;
import nl.selam.bot.escalation.EscalationRepository;
import nl.selam.bot.staff.StaffAccount;
import nl.selam.bot.staff.StaffRole;
import nl.selam.bot.support.Browser;
import nl.selam.bot.support.ConsoleAccounts;
import nl.selam.bot.support.DatabaseRows;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The resident's web chat on a phone-sized Chromium: a photo of a letter sent from the chat and opened by the tolk
 * in the console; the "taking over" banner only once the tolk claimed, with their first name; the emergency
 * numbers as tappable tel: links in all four languages; the hints folded into one line; a long answer in steps;
 * Arabic right to left.
 */
@BrowserTest
@MicronautTest(transactional = false)
@Property(name = "selam.municipality.naam", value = "Teststad")
@Property(name = "selam.conversation.flood-limit", value = "1000")
class WebChatBrowserTest {

    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;

    @Inject
    EmbeddedServer server;

    @Inject
    ConsoleAccounts accounts;

    @Inject
    EscalationRepository escalations;

    @Inject
    DatabaseRows rows;

    private Browser phone() {
        return new Browser(server.getURI(), PHONE_WIDTH, PHONE_HEIGHT);
    }

    private static void start(Browser chat, String language) {
        chat.open("/");
        chat.waitUntil(d -> !d.findElement(By.id("person")).getText().isBlank());
        chat.click(By.cssSelector("#languages button[lang=" + language + "]"));
        chat.waitUntil(d -> language.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    }

    private static void ask(Browser chat, String text) {
        chat.type(By.id("input"), text);
        chat.click(By.id("send"));
    }

    /** A small photo of a "letter": a real JPEG the browser can show (drawn without fonts, which CI may lack). */
    private static Path letterPhoto() throws IOException {
        BufferedImage image = new BufferedImage(480, 340, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xF7F3E8));
        g.fillRect(0, 0, 480, 340);
        g.setColor(new Color(0x1F5FA8));
        g.fillRect(30, 28, 120, 36);
        g.setColor(new Color(0x555555));
        for (int y = 100; y < 310; y += 22) {
            g.fillRect(30, y, 300 + (y * 7) % 120, 6);
        }
        g.dispose();
        Path file = Files.createTempFile("brief", ".jpg");
        ImageIO.write(image, "jpg", file.toFile());
        return file;
    }

    private static boolean displayed(Browser browser, By by) {
        List<WebElement> found = browser.driver().findElements(by);
        return !found.isEmpty() && found.get(0).isDisplayed();
    }

    @Test
    void aPhotoSentInTheWebChatIsOpenedByTheTolkAndTheBannerComesOnlyWithTheClaim() throws Exception {
        Path photo = letterPhoto();
        try (Browser chat = phone(); Browser console = new Browser(server.getURI())) {
            start(chat, "nl");
            ask(chat, "Ik heb een brief gekregen die ik niet begrijp");
            chat.waitUntil(d -> d.findElements(By.cssSelector(".bubble.bot")).size() >= 2);

            // the photo goes through the attach control (the file input behind the paper clip)
            assertTrue(chat.find(By.id("attach")).getAttribute("aria-label").contains("Foto"));
            chat.driver().findElement(By.id("file")).sendKeys(photo.toString());
            WebElement shown = chat.waitUntil(d -> d.findElements(By.cssSelector(".bubble.me img.media")).stream()
                    .findFirst().orElse(null));
            chat.waitUntil(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                    "return arguments[0].naturalWidth;", shown)).intValue() == 480);
            long id = rows.count("SELECT MAX(id) FROM escalation");
            Escalation escalation = escalations.findById(id).orElseThrow();
            assertEquals(EscalationCause.MEDIA, escalation.reason());
            chat.waitUntil(d -> d.findElement(By.id("assistant")).isDisplayed());
            assertFalse(displayed(chat, By.id("queue")), "nobody claimed yet: no 'taking over' banner");
            chat.screenshot("webchat-photo-sent");

            // the tolk opens the conversation and the photo from it
            StaffAccount tolk = accounts.create(StaffRole.TOLK, "nl");
            console.login(tolk.name(), ConsoleAccounts.PASSWORD).open("/console/conversations/" + id);
            WebElement link = console.find(By.cssSelector("a[href*='/media/']"));
            String href = link.getAttribute("href");
            console.screenshot("webchat-photo-in-console");
            console.driver().get(href);
            WebElement image = console.waitUntil(d -> d.findElements(By.tagName("img")).stream().findFirst()
                    .orElse(null));
            console.waitUntil(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                    "return arguments[0].naturalWidth;", image)).intValue() == 480);
            console.screenshot("webchat-photo-opened-by-tolk");

            // still no banner; then the tolk claims, and the resident reads who took over
            assertFalse(displayed(chat, By.id("queue")));
            console.open("/console/conversations/" + id);
            console.click(By.id("claim"));
            String firstName = tolk.name().split("\\s+")[0];
            chat.waitUntil(d -> d.findElement(By.id("queue")).isDisplayed());
            String banner = chat.text(By.id("queue"));
            assertTrue(banner.contains(firstName) && banner.contains("gemeente"), banner);
            assertFalse(banner.contains("{name}"), banner);
            chat.screenshot("webchat-banner-after-claim");
        } finally {
            Files.deleteIfExists(photo);
        }
    }

    @Test
    void aVoiceNoteIsRecordedWithStartAndStopAndReachesTheQueue() {
        // Chromium's fake microphone (a beep) and automatic permission, as a resident tapping "allow" would give
        try (Browser chat = new Browser(server.getURI(), PHONE_WIDTH, PHONE_HEIGHT,
                "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream")) {
            start(chat, "en");
            WebElement record = chat.find(By.id("record"));
            assertEquals("Record a voice message", record.getAttribute("aria-label"));
            long before = rows.count("SELECT COUNT(*) FROM web_media");
            chat.click(By.id("record"));
            chat.waitUntil(d -> "true".equals(d.findElement(By.id("record")).getAttribute("aria-pressed")));
            assertTrue(chat.text(By.id("recording")).contains("Stop and send"));
            assertEquals("Stop and send", chat.find(By.id("record")).getAttribute("aria-label"));
            chat.screenshot("webchat-recording");
            sleep(1500); // a second and a half of "speech"

            chat.click(By.id("record"));
            WebElement audio = chat.waitUntil(d -> d.findElements(By.cssSelector(".bubble.me audio.media")).stream()
                    .findFirst().orElse(null));
            assertTrue(audio.getAttribute("src").contains("/api/chat/media/"));
            assertEquals("false", chat.find(By.id("record")).getAttribute("aria-pressed"));
            assertEquals(before + 1, rows.count("SELECT COUNT(*) FROM web_media"));
            assertEquals(1, rows.count("SELECT COUNT(*) FROM web_media WHERE id = (SELECT MAX(id) FROM web_media) "
                    + "AND kind = 'voice' AND content_type IN ('audio/webm', 'audio/ogg', 'audio/mp4')"));
            long id = rows.count("SELECT MAX(id) FROM escalation");
            assertEquals(EscalationCause.MEDIA, escalations.findById(id).orElseThrow().reason());
            chat.screenshot("webchat-voice-sent");
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void emergencyNumbersAreTappableInAllFourLanguages() {
        Map<String, String> crisis = Map.of("nl", "Ik wil niet meer leven", "en", "I want to die",
                "ar", "بدي موت", "ti", "ክመውት ደልየ");
        for (String language : List.of("nl", "en", "ar", "ti")) {
            try (Browser chat = phone()) {
                start(chat, language);
                ask(chat, crisis.get(language));
                WebElement reply = chat.waitUntil(d -> d.findElements(By.cssSelector(".bubble.crisis")).stream()
                        .findFirst().orElse(null));
                List<String> numbers = reply.findElements(By.cssSelector("a.tel")).stream()
                        .map(a -> a.getAttribute("href")).distinct().sorted().toList();
                assertEquals(List.of("tel:08000113", "tel:112", "tel:113"), numbers, language);
                for (WebElement a : reply.findElements(By.cssSelector("a.tel"))) {
                    assertEquals("ltr", a.getCssValue("direction"), "numbers read left to right");
                    assertTrue(a.getSize().getHeight() >= 16, "big enough to tap");
                }
                // the web address with 113 in it stays one web link, not a phone number
                assertTrue(reply.findElements(By.cssSelector("a[href^='https://www.113.nl']")).size() == 1, language);
                assertTrue(reply.findElements(By.cssSelector(".more")).isEmpty(), "a crisis reply is never folded");
                if (language.equals("ar")) {
                    assertEquals("rtl", chat.find(By.tagName("html")).getAttribute("dir"));
                    assertEquals("rtl", reply.getCssValue("direction"));
                }
                chat.screenshot("webchat-crisis-" + language);
            }
        }
    }

    @Test
    void hintsFoldIntoOneLineAndLongAnswersComeInSteps() {
        try (Browser chat = phone()) {
            start(chat, "nl");
            WebElement footer = chat.find(By.cssSelector("footer.bottom"));
            assertFalse(chat.driver().findElement(By.id("privacy")).isDisplayed(), "folded");
            double share = footer.getSize().getHeight() / (double) PHONE_HEIGHT;
            assertTrue(share < 0.22, "the bottom bar takes " + Math.round(share * 100) + " % of the screen");

            ask(chat, "Moet ik een zorgverzekering hebben?");
            WebElement answer = chat.waitUntil(d -> d.findElements(By.cssSelector(".bubble.bot .more")).stream()
                    .findFirst().map(more -> more.findElement(By.xpath(".."))).orElse(null));
            List<WebElement> steps = answer.findElements(By.cssSelector(".step"));
            assertTrue(steps.size() >= 2, "in steps");
            assertTrue(steps.get(0).isDisplayed() && !steps.get(1).isDisplayed());
            assertTrue(answer.getSize().getHeight() < PHONE_HEIGHT / 2, "one step fits on the screen");
            chat.screenshot("webchat-long-answer-step");
            WebElement more = answer.findElement(By.cssSelector(".more"));
            assertEquals("Lees verder", more.getText());
            for (int i = 1; i < steps.size(); i++) {
                more.click();
                assertTrue(steps.get(i).isDisplayed(), "step " + i);
            }
            assertTrue(answer.findElements(By.cssSelector(".more")).isEmpty(), "all shown: no more button");

            chat.click(By.id("info-summary"));
            chat.waitUntil(d -> d.findElement(By.id("privacy")).isDisplayed());
            assertTrue(chat.text(By.id("privacy")).contains("BSN"));
            chat.screenshot("webchat-info-open");
        }
    }

    @Test
    void arabicStaysRightToLeftWithTheNewControls() {
        try (Browser chat = phone()) {
            start(chat, "ar");
            ask(chat, "كيف أجد طبيب عائلة؟");
            chat.waitUntil(d -> d.findElements(By.cssSelector(".bubble.bot")).size() >= 2);
            assertEquals("rtl", chat.find(By.id("composer")).getCssValue("direction"));
            assertEquals("rtl", chat.find(By.id("info")).getCssValue("direction"));
            WebElement mine = chat.find(By.cssSelector(".bubble.me"));
            WebElement bot = chat.driver().findElements(By.cssSelector(".bubble.bot")).get(1);
            WebElement attach = chat.find(By.id("attach"));
            WebElement send = chat.find(By.id("send"));
            // mirrored as a whole: Selam's answers start at the right, the resident's own messages at the left,
            // the tools at the start of the row (right) and send at its end (left)
            assertTrue(bot.getLocation().getX() + bot.getSize().getWidth() > PHONE_WIDTH - 40, "answer at the right");
            assertTrue(mine.getLocation().getX() < 40, "own message at the left");
            assertTrue(attach.getLocation().getX() > send.getLocation().getX(), "attach at the right");
            assertEquals("إرسال صورة أو مستند", attach.getAttribute("aria-label"));
            chat.screenshot("webchat-ar");
        }
    }
}
