package nl.selam.kb.ranking;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SoftmaxClassifierTest {

    private static final List<Map<String, Float>> INPUTS = List.of(
            Map.of("w doctor", 1f, "w sick", 1f), Map.of("w doctor", 1f, "w appointment", 1f),
            Map.of("w rent", 1f, "w house", 1f), Map.of("w house", 1f, "w allowance", 1f),
            Map.of("w school", 1f, "w child", 1f), Map.of("w child", 1f, "w class", 1f));
    private static final int[] LABELS = {0, 0, 1, 1, 2, 2};

    @Test
    void learnsWhichWordsTellTheClassesApart() {
        SoftmaxClassifier c = SoftmaxClassifier.train(INPUTS, LABELS, 3, SoftmaxClassifier.Settings.DEFAULT);
        double[] p = c.probabilities(Map.of("w sick", 1f, "w child", 0.2f));
        assertTrue(p[0] > p[1] && p[0] > p[2], java.util.Arrays.toString(p));
        assertEquals(1.0, p[0] + p[1] + p[2], 1e-9);
    }

    @Test
    void unknownFeaturesGiveThePriorNotAnError() {
        SoftmaxClassifier c = SoftmaxClassifier.train(INPUTS, LABELS, 3, SoftmaxClassifier.Settings.DEFAULT);
        double[] p = c.probabilities(Map.of("w bicycle", 1f));
        assertEquals(1 / 3.0, p[0], 0.05);
    }

    @Test
    void trainingIsDeterministic() {
        double[] a = SoftmaxClassifier.train(INPUTS, LABELS, 3, SoftmaxClassifier.Settings.DEFAULT)
                .probabilities(Map.of("w house", 1f));
        double[] b = SoftmaxClassifier.train(INPUTS, LABELS, 3, SoftmaxClassifier.Settings.DEFAULT)
                .probabilities(Map.of("w house", 1f));
        assertArrayEquals(a, b);
    }
}
