package nl.selam.bot.console.insight;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Residents' questions in one language that ask the same thing in other words, and that Selam did not answer
 * confidently.
 *
 * @param clarify      how many got a choice between two topics
 * @param escalate     how many went to a person
 * @param examples     up to three different wordings, newest first
 * @param closestTopic the FAQ topic the engine ranks first for the newest wording, or null when none shares a
 *                     content word with it
 * @param closestProbability the engine's probability for that topic
 */
public record UnansweredGroup(String language, int count, int clarify, int escalate, Instant newest,
                              List<String> examples, @Nullable String closestTopic, @Nullable String closestTitle,
                              double closestProbability) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** When the newest question of the group came in, in UTC (the page shows it in the municipality's zone). */
    public String newestAt() {
        return WHEN.format(newest);
    }

    public boolean rightToLeft() {
        return nl.selam.kb.language.Language.directionOf(language) == nl.selam.kb.language.Language.Direction.RTL;
    }
}
