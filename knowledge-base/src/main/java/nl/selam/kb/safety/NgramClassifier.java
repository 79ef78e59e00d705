package nl.selam.kb.safety;

import nl.selam.kb.cache.PartCodec;
import nl.selam.kb.cache.PartFormat;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A small binary classifier that is not a word list: logistic regression over hashed word uni- and bigrams and
 * character 3- to 5-grams of each word (so "medicijnen", "medicijne" and "medisijnen" share most features).
 *
 * <p>Training: the feature vector of a text is binary and scaled to unit length; the weights are fitted by
 * stochastic gradient descent (AdaGrad step sizes, L2 penalty) for a fixed number of passes in a fixed, seeded
 * order, so the same examples always give the same model. The two classes are weighted to count equally, since
 * positives (e.g. crisis messages) are far fewer than negatives. Instances are immutable once trained.
 */
public final class NgramClassifier {

    /** Number of hashed feature slots (2^18): collisions are rare at a few thousand training texts. */
    static final int DIMENSIONS = 1 << 18;
    private static final int PASSES = 12;
    private static final double RATE = 0.5;
    private static final double L2 = 1e-6;

    /** A labelled training text. */
    public record Sample(String text, boolean positive) {
    }

    private final float[] weights;
    private final double bias;

    private NgramClassifier(float[] weights, double bias) {
        this.weights = weights;
        this.bias = bias;
    }

    public static NgramClassifier train(List<Sample> samples) {
        return train(samples, NgramClassifier::features);
    }

    /**
     * Trains with a given feature function: classifiers trained on the same texts share one (caching) function,
     * so each text's n-grams are hashed once, not once per classifier.
     */
    static NgramClassifier train(List<Sample> samples, java.util.function.Function<String, int[]> featuresOf) {
        float[] w = new float[DIMENSIONS];
        float[] g2 = new float[DIMENSIONS];
        double bias = 0;
        double biasG2 = 0;
        long positives = samples.stream().filter(Sample::positive).count();
        long negatives = samples.size() - positives;
        if (positives == 0 || negatives == 0) {
            return new NgramClassifier(w, positives == 0 ? -10 : 10);
        }
        double positiveWeight = samples.size() / (2.0 * positives);
        double negativeWeight = samples.size() / (2.0 * negatives);
        List<int[]> features = new ArrayList<>(samples.size());
        for (Sample s : samples) {
            features.add(featuresOf.apply(s.text()));
        }
        Integer[] order = new Integer[samples.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(11);
        for (int pass = 0; pass < PASSES; pass++) {
            List<Integer> shuffled = Arrays.asList(order);
            java.util.Collections.shuffle(shuffled, random);
            for (int i : shuffled) {
                int[] f = features.get(i);
                double value = f.length == 0 ? 0 : 1 / Math.sqrt(f.length);
                double z = bias;
                for (int k : f) {
                    z += w[k] * value;
                }
                boolean y = samples.get(i).positive();
                double err = (sigmoid(z) - (y ? 1 : 0)) * (y ? positiveWeight : negativeWeight);
                for (int k : f) {
                    double g = err * value + L2 * w[k];
                    g2[k] += (float) (g * g);
                    w[k] -= (float) (RATE * g / Math.sqrt(g2[k] + 1e-8));
                }
                biasG2 += err * err;
                bias -= RATE * err / Math.sqrt(biasG2 + 1e-8);
            }
        }
        return new NgramClassifier(w, bias);
    }

    /** The probability-like score in [0,1] that the text belongs to the positive class. */
    public double score(String text) {
        int[] f = features(text);
        double value = f.length == 0 ? 0 : 1 / Math.sqrt(f.length);
        double z = bias;
        for (int k : f) {
            z += weights[k] * value;
        }
        return sigmoid(z);
    }

    /**
     * Distinct hashed features of a text already folded to lower-case words separated by single spaces.
     */
    static int[] features(String folded) {
        String[] words = folded.strip().isEmpty() ? new String[0] : folded.strip().split(" ");
        java.util.Set<Integer> out = new java.util.HashSet<>();
        for (int i = 0; i < words.length; i++) {
            out.add(slot("w:" + words[i]));
            if (i + 1 < words.length) {
                out.add(slot("b:" + words[i] + ' ' + words[i + 1]));
            }
            String padded = '<' + words[i] + '>';
            for (int n = 3; n <= 5; n++) {
                for (int s = 0; s + n <= padded.length(); s++) {
                    out.add(slot("c:" + padded.substring(s, s + n)));
                }
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int slot(String feature) {
        int h = feature.hashCode() * 0x9E3779B9;
        return (h ^ (h >>> 16)) & (DIMENSIONS - 1);
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));
    }
    /**
     * For the trained-parts cache (nl.selam.kb.cache): the bias and the weights that training touched (most of the
     * 2^18 slots stay zero), as slot and value.
     */
    public static final PartCodec<NgramClassifier> CODEC = new PartCodec<>() {
        @Override
        public void write(NgramClassifier c, DataOutputStream out) throws IOException {
            out.writeDouble(c.bias);
            int used = 0;
            for (float w : c.weights) {
                used += w != 0 ? 1 : 0;
            }
            out.writeInt(used);
            for (int k = 0; k < c.weights.length; k++) {
                if (c.weights[k] != 0) {
                    out.writeInt(k);
                    out.writeFloat(c.weights[k]);
                }
            }
        }

        @Override
        public NgramClassifier read(DataInputStream in) throws IOException {
            double bias = in.readDouble();
            float[] w = new float[DIMENSIONS];
            int used = PartFormat.length(in, 8);
            for (int i = 0; i < used; i++) {
                int k = in.readInt();
                if (k < 0 || k >= DIMENSIONS) {
                    throw new IOException("slot out of range");
                }
                w[k] = in.readFloat();
            }
            return new NgramClassifier(w, bias);
        }
    };
}

