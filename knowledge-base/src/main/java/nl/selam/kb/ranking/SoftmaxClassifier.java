package nl.selam.kb.ranking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Multinomial logistic regression over sparse, named features, trained by stochastic gradient descent.
 *
 * <p>Small on purpose (about a hundred lines instead of a library): the training set is a few thousand short
 * questions and some forty classes, so a dense weight matrix (features × classes) fits in a few megabytes and a
 * dozen passes train in a fraction of a second. Features never seen in training are ignored at prediction. The
 * L2 penalty keeps the probabilities from collapsing onto one topic for a message that shares one rare word with it.
 * Training is deterministic (a fixed shuffle seed), so the same content always gives the same model.
 */
final class SoftmaxClassifier {

    /** One training example: feature ids with values, and the class. */
    record Example(int[] features, float[] values, int label) {
    }

    /** Training settings; the defaults were chosen on the content's own variants, not on labelled messages. */
    record Settings(int epochs, double rate, double l2) {
        static final Settings DEFAULT = new Settings(12, 0.4, 1e-5);
    }

    private final Map<String, Integer> vocabulary;
    private final int classes;
    private final float[] weights; // feature-major: weights[f * classes + k]
    private final float[] bias;

    private SoftmaxClassifier(Map<String, Integer> vocabulary, int classes, float[] weights, float[] bias) {
        this.vocabulary = vocabulary;
        this.classes = classes;
        this.weights = weights;
        this.bias = bias;
    }

    /**
     * Trains on named feature vectors.
     *
     * @param inputs one weighted feature map per example
     * @param labels the class of each example, in [0, classes)
     */
    static SoftmaxClassifier train(List<Map<String, Float>> inputs, int[] labels, int classes, Settings settings) {
        Map<String, Integer> vocabulary = new HashMap<>();
        List<Example> examples = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            Map<String, Float> input = inputs.get(i);
            int[] ids = new int[input.size()];
            float[] values = new float[input.size()];
            int j = 0;
            for (Map.Entry<String, Float> e : input.entrySet()) {
                ids[j] = vocabulary.computeIfAbsent(e.getKey(), k -> vocabulary.size());
                values[j++] = e.getValue();
            }
            examples.add(new Example(ids, values, labels[i]));
        }
        float[] w = new float[vocabulary.size() * classes];
        float[] b = new float[classes];
        double[] p = new double[classes];
        float[] g = new float[classes];
        Random random = new Random(42);
        List<Example> order = new ArrayList<>(examples);
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            Collections.shuffle(order, random);
            float rate = (float) (settings.rate() / (1 + 0.3 * epoch));
            float decay = (float) (1 - rate * settings.l2());
            for (Example e : order) {
                scores(w, b, classes, e.features(), e.values(), p);
                softmax(p);
                for (int k = 0; k < classes; k++) {
                    g[k] = (float) (p[k] - (k == e.label() ? 1 : 0));
                    b[k] -= rate * g[k];
                }
                for (int j = 0; j < e.features().length; j++) {
                    int base = e.features()[j] * classes;
                    float step = rate * e.values()[j];
                    for (int k = 0; k < classes; k++) {
                        w[base + k] = w[base + k] * decay - step * g[k];
                    }
                }
            }
        }
        return new SoftmaxClassifier(Map.copyOf(vocabulary), classes, w, b);
    }

    /** The probability of each class for a weighted feature map; unknown features are ignored. */
    double[] probabilities(Map<String, Float> input) {
        int[] ids = new int[input.size()];
        float[] values = new float[input.size()];
        int n = 0;
        for (Map.Entry<String, Float> e : input.entrySet()) {
            Integer id = vocabulary.get(e.getKey());
            if (id != null) {
                ids[n] = id;
                values[n++] = e.getValue();
            }
        }
        double[] p = new double[classes];
        scores(weights, bias, classes, Arrays.copyOf(ids, n), Arrays.copyOf(values, n), p);
        softmax(p);
        return p;
    }

    int vocabularySize() {
        return vocabulary.size();
    }

    private static void scores(float[] w, float[] b, int classes, int[] ids, float[] values, double[] out) {
        for (int k = 0; k < classes; k++) {
            out[k] = b[k];
        }
        for (int j = 0; j < ids.length; j++) {
            int base = ids[j] * classes;
            float v = values[j];
            for (int k = 0; k < classes; k++) {
                out[k] += w[base + k] * v;
            }
        }
    }

    private static void softmax(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int k = 0; k < z.length; k++) {
            z[k] = Math.exp(z[k] - max);
            sum += z[k];
        }
        for (int k = 0; k < z.length; k++) {
            z[k] /= sum;
        }
    }

    /** Written for the trained-parts cache (nl.selam.kb.cache): vocabulary in id order, weights, bias. */
    void write(java.io.DataOutputStream out) throws java.io.IOException {
        String[] words = new String[vocabulary.size()];
        vocabulary.forEach((w, id) -> words[id] = w);
        out.writeInt(classes);
        nl.selam.kb.cache.PartFormat.writeStrings(out, List.of(words));
        nl.selam.kb.cache.PartFormat.writeFloats(out, weights);
        nl.selam.kb.cache.PartFormat.writeFloats(out, bias);
    }

    static SoftmaxClassifier read(java.io.DataInputStream in) throws java.io.IOException {
        int classes = in.readInt();
        List<String> words = nl.selam.kb.cache.PartFormat.readStrings(in);
        float[] weights = nl.selam.kb.cache.PartFormat.readFloats(in);
        float[] bias = nl.selam.kb.cache.PartFormat.readFloats(in);
        if (classes < 1 || bias.length != classes || weights.length != (long) words.size() * classes) {
            throw new java.io.IOException("inconsistent classifier");
        }
        Map<String, Integer> vocabulary = new HashMap<>(words.size() * 2);
        for (int id = 0; id < words.size(); id++) {
            vocabulary.put(words.get(id), id);
        }
        return new SoftmaxClassifier(Map.copyOf(vocabulary), classes, weights, bias);
    }
}

