package nl.selam.bot.browser;

import org.junit.jupiter.api.Tag;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test class that drives a real Chromium. These tests do not skip when Chromium is missing: they fail,
 * because .ci/run installs it. Locally: {@code apt-get install chromium chromium-driver}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
public @interface BrowserTest {
}
