package nl.selam.bot.knowledge;

import java.time.Duration;

/**
 * Published after an answer engine was built and swapped in.
 *
 * @param topics   FAQ topics in the new engine
 * @param took     how long the build took
 * @param rebuild  false for the build at start-up, true for a rebuild after a publish (here or elsewhere)
 */
public record EngineBuilt(int topics, Duration took, boolean rebuild) {
}
