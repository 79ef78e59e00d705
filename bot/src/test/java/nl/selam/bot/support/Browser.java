package nl.selam.bot.support;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * Debian's headless Chromium driven by Selenium through Debian's chromedriver (never a downloaded driver), for the
 * console's browser tests. Screenshots go to {@code target/screenshots/<name>.png}. Each instance is one fresh
 * browser profile, so two instances are two people.
 */
public final class Browser implements AutoCloseable {

    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final WebDriver driver;
    private final URI base;
    private final Path profile;

    public Browser(URI base) {
        this(base, 1280, 900);
    }

    /** A browser with this window size (e.g. 390×844 for a phone). */
    public Browser(URI base, int width, int height) {
        this(base, width, height, new String[0]);
    }

    /** A browser with extra Chromium switches, e.g. a fake microphone for voice notes. */
    public Browser(URI base, int width, int height, String... switches) {
        this.base = base;
        try {
            this.profile = Files.createTempDirectory("selam-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--lang=nl-NL",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        options.addArguments(switches);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
    }

    /** Whether Chromium and chromedriver are installed (.ci/run installs them). */
    public static boolean installed() {
        return Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get(base.resolve(path).toString());
        return this;
    }

    /** Logs in through the login form and waits for the console's start page. */
    public Browser login(String username, String password) {
        open("/console/login");
        type(By.id("username"), username);
        type(By.id("password"), password);
        driver.findElement(By.id("login")).click();
        waitUntil(d -> !d.getCurrentUrl().contains("/console/login") || !d.findElements(By.cssSelector(
                ".notice.error")).isEmpty());
        return this;
    }

    public WebElement find(By by) {
        return waitFor().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public Browser type(By by, String text) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    public Browser click(By by) {
        waitFor().until(ExpectedConditions.elementToBeClickable(by)).click();
        return this;
    }

    /** Waits until the condition holds (10 s), e.g. for an htmx update or a chat reply. */
    public <T> T waitUntil(java.util.function.Function<WebDriver, T> condition) {
        try {
            return waitFor().until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException e) {
            // the page as it was when the wait gave up, to see why
            screenshot("timeout-" + System.currentTimeMillis());
            throw new AssertionError("waited 10 s in vain at " + driver.getCurrentUrl(), e);
        }
    }

    /** The visible text of the element, read again if htmx replaced it in the meantime. */
    public String text(By by) {
        return waitUntil(d -> {
            WebElement element = d.findElement(by);
            return element.isDisplayed() ? element.getText() : null;
        });
    }

    /**
     * The visible text of every element matching the selector, joined; "" while htmx is replacing them (a stale
     * element), so it can be polled inside {@link #waitUntil}.
     */
    public static String textOfAll(WebDriver driver, String css) {
        try {
            return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText)
                    .reduce("", String::concat);
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return "";
        }
    }

    /** Scrolls the element to the middle of the window (for clicks and screenshots below the fold). */
    public Browser scrollTo(By by) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center'});", find(by));
        return this;
    }

    public String pageSource() {
        return driver.getPageSource();
    }

    /** Saves a PNG of the current page as target/screenshots/{name}.png. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // htmx replaces elements while a condition is being checked; a stale element means "look again", not failure
    private WebDriverWait waitFor() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temp profile is harmless
        }
    }
}
