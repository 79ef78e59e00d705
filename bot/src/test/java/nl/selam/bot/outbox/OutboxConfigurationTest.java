package nl.selam.bot.outbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OutboxConfigurationTest {

    private final OutboxConfiguration config =
            new OutboxConfiguration(8, Duration.ofSeconds(2), Duration.ofMinutes(10), Duration.ofSeconds(30), 4,
                    Duration.ofMinutes(10));

    @Test
    void givenRepeatedFailures_thenTheWaitDoublesUpToTheCap() {
        assertEquals(Duration.ofSeconds(2), config.backoffAfter(1));
        assertEquals(Duration.ofSeconds(4), config.backoffAfter(2));
        assertEquals(Duration.ofSeconds(16), config.backoffAfter(4));
        assertEquals(Duration.ofMinutes(10), config.backoffAfter(12));
        assertEquals(Duration.ofMinutes(10), config.backoffAfter(1000), "no overflow for absurd attempt counts");
    }
}
