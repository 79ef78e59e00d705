package nl.selam.bot.knowledge;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import nl.selam.bot.knowledge.LiveEngine;
import nl.selam.kb.decision.Outcome;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Answers that differ per municipality are filled from the configured profile. */
@MicronautTest(transactional = false)
@Property(name = "selam.municipality.naam", value = "gemeente Testdorp")
@Property(name = "selam.municipality.telefoon", value = "14 0999")
class MunicipalityProfileTest {

    @Inject
    LiveEngine engine;

    @Test
    void givenConfiguredProfile_thenAnswersUseItsPhoneNumber() {
        var decision = engine.current().decide("Hoe vraag ik een bijstandsuitkering aan bij de gemeente?", null);
        assertEquals(Outcome.ANSWER, decision.outcome());
        assertTrue(decision.answer().contains("14 0999"), decision.answer());
        assertFalse(decision.answer().contains("{gemeente."), decision.answer());
    }
}
