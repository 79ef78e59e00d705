package nl.selam.bot.routing;

import nl.selam.bot.escalation.EscalationCause;
import nl.selam.bot.escalation.ResponderPool;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The built-in routing rules, and a malformed rules file refused with a message naming the problem. */
class RoutingRulesTest {

    private static RoutingRules builtIn() {
        return RoutingRules.parse(RoutingRulesTest.class.getResourceAsStream("/routing/rules.yml"), "built-in");
    }

    private static RoutingRules parse(String yaml) {
        return RoutingRules.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yml");
    }

    @Test
    void crisisMedicalLegalAndMediaGoToTolkenPracticalQuestionsToSleutelpersonen() {
        RoutingRules rules = builtIn();
        assertEquals(ResponderPool.TOLK, rules.poolFor(EscalationCause.CRISIS, true, "zorg.crisis"));
        assertEquals(ResponderPool.TOLK, rules.poolFor(EscalationCause.ASKED_FOR_PERSON, true, null),
                "made urgent by a later crisis message");
        assertEquals(ResponderPool.TOLK, rules.poolFor(EscalationCause.ASKED_FOR_PERSON, false, "zorg.huisarts"));
        assertEquals(ResponderPool.TOLK, rules.poolFor(EscalationCause.LOW_CONFIDENCE, false, "zorg.psychisch"));
        assertEquals(ResponderPool.TOLK, rules.poolFor(EscalationCause.CASE_QUESTION, false, "juridisch.verblijfsvergunning"));
        assertEquals(ResponderPool.TOLK, rules.poolFor(EscalationCause.MEDIA, false, null), "letters need a tolk");
        assertEquals(ResponderPool.SLEUTELPERSOON, rules.poolFor(EscalationCause.ASKED_FOR_PERSON, false, "geld.toeslagen"));
        assertEquals(ResponderPool.SLEUTELPERSOON, rules.poolFor(EscalationCause.LOW_CONFIDENCE, false, "wonen.energie"));
        assertEquals(ResponderPool.SLEUTELPERSOON, rules.poolFor(EscalationCause.LOW_CONFIDENCE, false, null));
        // a family pattern is a prefix with the dot: "zorgtoeslag" is not "zorg.*"
        assertEquals(ResponderPool.SLEUTELPERSOON, rules.poolFor(EscalationCause.LOW_CONFIDENCE, false, "zorgtoeslag"));
    }

    @Test
    void theFirstMatchingRuleWinsAndAllConditionsOfARuleMustHold() {
        RoutingRules rules = parse("""
                rules:
                  - pool: SLEUTELPERSOON
                    causes: [ASKED_FOR_PERSON]
                    topics: ["zorg.huisarts"]
                  - pool: TOLK
                    topics: ["zorg.*"]
                otherwise: TOLK
                """);
        assertEquals(ResponderPool.SLEUTELPERSOON, rules.poolFor(EscalationCause.ASKED_FOR_PERSON, false, "zorg.huisarts"));
        assertEquals(ResponderPool.TOLK, rules.poolFor(EscalationCause.LOW_CONFIDENCE, false, "zorg.huisarts"));
        assertEquals(ResponderPool.TOLK, rules.poolFor(EscalationCause.LOW_CONFIDENCE, false, null));
    }

    @Test
    void aMalformedRulesFileIsRefusedWithTheProblemNamed() {
        assertMessage("pool must be TOLK or SLEUTELPERSOON", "rules: []\notherwise: VRIJWILLIGER\n");
        assertMessage("unknown key 'topic'", "rules:\n  - pool: TOLK\n    topic: [zorg.*]\notherwise: TOLK\n");
        assertMessage("unknown cause 'BRAND'", "rules:\n  - pool: TOLK\n    causes: [BRAND]\notherwise: TOLK\n");
        assertMessage("a topic is a topic id", "rules:\n  - pool: TOLK\n    topics: ['zorg*']\notherwise: TOLK\n");
        assertMessage("'urgent' must be true or false", "rules:\n  - pool: TOLK\n    urgent: ja\notherwise: TOLK\n");
        assertMessage("not valid YAML", "rules: [\n");
        assertMessage("expected 'rules' and 'otherwise'", "- just a list\n");
    }

    private static void assertMessage(String expected, String yaml) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> parse(yaml));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
