package nl.selam.bot.knowledge;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.selam.kb.decision.AnswerEngine;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The engine is swapped when content changes, here or on another instance, and only then. */
@MicronautTest(transactional = false)
class LiveEngineTest {

    @Inject
    LiveEngine live;

    @Inject
    ContentVersionRepository versions;

    @Test
    void givenAnotherInstancePublished_thenTheNextCheckRebuildsOnceAndThenLeavesTheEngineAlone() {
        live.refreshIfChanged();
        AnswerEngine before = live.current();
        live.refreshIfChanged();
        assertSame(before, live.current(), "no change, no rebuild");

        versions.raise(); // what rebuild() on another instance does
        live.refreshIfChanged();
        AnswerEngine after = live.current();
        assertNotSame(before, after);
        live.refreshIfChanged();
        assertSame(after, live.current());
    }

    @Test
    void rebuildSwapsTheEngineAndRaisesTheSharedVersion() {
        long version = versions.current();
        AnswerEngine before = live.current();
        live.rebuild();
        assertNotSame(before, live.current());
        org.junit.jupiter.api.Assertions.assertEquals(version + 1, versions.current());
    }
}
