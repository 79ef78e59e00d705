package nl.selam.kb.safety;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The n-gram classifier learns from few examples, generalises over spelling, and is deterministic. */
class NgramClassifierTest {

    private static List<NgramClassifier.Sample> samples() {
        List<NgramClassifier.Sample> s = new ArrayList<>();
        for (String t : List.of("ik wil dood", "ik wil niet meer leven", "ik heb pillen geslikt", "touw gekocht vanavond",
                "ik ga mezelf doden", "niemand mist mij als ik dood ben")) {
            s.add(new NgramClassifier.Sample(t, true));
        }
        for (String t : List.of("waar vind ik een huisarts", "hoe vraag ik huurtoeslag aan", "wanneer is de taalles",
                "ik zoek een school voor mijn zoon", "hoe werkt de bijstand", "waar koop ik een fiets",
                "hoe laat is het gemeentehuis open", "ik wil een afspraak maken", "wat kost een paspoort",
                "ik ben doodmoe van de taalles")) {
            s.add(new NgramClassifier.Sample(t, false));
        }
        return s;
    }

    @Test
    void separatesTheClassesItLearntAndGeneralisesOverSpelling() {
        NgramClassifier c = NgramClassifier.train(samples());
        assertTrue(c.score("ik wil dood") > 0.5);
        assertTrue(c.score("waar vind ik een huisarts") < 0.5);
        // unseen spelling: character n-grams still carry it
        assertTrue(c.score("ik wil niet mer leeven") > c.score("ik wil een fiets kopen"));
    }

    @Test
    void trainingIsDeterministic() {
        NgramClassifier a = NgramClassifier.train(samples());
        NgramClassifier b = NgramClassifier.train(samples());
        assertEquals(a.score("touw gekocht"), b.score("touw gekocht"), 1e-12);
    }

    @Test
    void aThresholdTradesRecallForFalseAlarms() {
        NgramClassifier c = NgramClassifier.train(samples());
        double low = 0.2;
        double high = 0.95;
        long caughtLow = samples().stream().filter(NgramClassifier.Sample::positive).filter(s -> c.score(s.text()) >= low).count();
        long caughtHigh = samples().stream().filter(NgramClassifier.Sample::positive).filter(s -> c.score(s.text()) >= high).count();
        assertTrue(caughtLow >= caughtHigh);
        assertEquals(6, caughtLow);
    }

    @Test
    void oneClassOnlyGivesAConstantAnswer() {
        NgramClassifier c = NgramClassifier.train(List.of(new NgramClassifier.Sample("hallo", false)));
        assertTrue(c.score("ik wil dood") < 0.01);
    }
}
