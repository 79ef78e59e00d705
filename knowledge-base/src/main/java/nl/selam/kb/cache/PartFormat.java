package nl.selam.kb.cache;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Helpers for codecs: arrays, strings and maps with lengths checked against the bytes left in the file. */
public final class PartFormat {

    private PartFormat() {
    }

    /** A length read from the file, refused when the file cannot hold that many items of {@code minBytes} each. */
    public static int length(DataInputStream in, int minBytes) throws IOException {
        int n = in.readInt();
        if (n < 0 || (long) n * Math.max(1, minBytes) > in.available()) {
            throw new IOException("implausible length " + n);
        }
        return n;
    }

    public static void writeFloats(DataOutputStream out, float[] values) throws IOException {
        out.writeInt(values.length);
        for (float v : values) {
            out.writeFloat(v);
        }
    }

    public static float[] readFloats(DataInputStream in) throws IOException {
        float[] values = new float[length(in, 4)];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readFloat();
        }
        return values;
    }

    public static void writeStrings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String v : values) {
            out.writeUTF(v);
        }
    }

    public static List<String> readStrings(DataInputStream in) throws IOException {
        int n = length(in, 2);
        List<String> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(in.readUTF());
        }
        return values;
    }

    /** A map of strings to ints, written in key order (so the same map always gives the same bytes). */
    public static void writeCounts(DataOutputStream out, Map<String, Integer> counts) throws IOException {
        out.writeInt(counts.size());
        for (Map.Entry<String, Integer> e : new TreeMap<>(counts).entrySet()) {
            out.writeUTF(e.getKey());
            out.writeInt(e.getValue());
        }
    }

    public static Map<String, Integer> readCounts(DataInputStream in) throws IOException {
        int n = length(in, 6);
        Map<String, Integer> counts = new LinkedHashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            counts.put(in.readUTF(), in.readInt());
        }
        return counts;
    }

    public static void writeStringSet(DataOutputStream out, Set<String> values) throws IOException {
        writeStrings(out, new ArrayList<>(new java.util.TreeSet<>(values)));
    }
}
