package nl.selam.kb.cache;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A SHA-256 of a content object graph (the knowledge base's records, lists, maps, patterns and strings) that is
 * the same in every JVM: map entries and set elements are taken in the order of their own fingerprints, because
 * the iteration order of {@code Map.of}/{@code Map.copyOf} changes from one JVM to the next. Records are walked
 * component by component and Selam's own classes field by field, so a field another change adds to the content is
 * part of the key without touching this class.
 */
public final class ContentFingerprint {

    private static final int MAX_DEPTH = 64;

    private ContentFingerprint() {
    }

    public static String of(Object content) {
        return DiskTrainedParts.hex(digest(content, 0));
    }

    private static byte[] digest(Object value, int depth) {
        MessageDigest md = sha256();
        feed(md, value, depth);
        return md.digest();
    }

    private static void feed(MessageDigest md, Object value, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalStateException("content graph deeper than " + MAX_DEPTH + " (a cycle?)");
        }
        if (value == null) {
            text(md, "N");
        } else if (value instanceof CharSequence s) {
            text(md, "s" + s.length() + ":" + s);
        } else if (value instanceof Pattern p) {
            text(md, "p" + p.flags() + ":" + p.pattern());
        } else if (value instanceof Optional<?> o) {
            text(md, "o");
            feed(md, o.orElse(null), depth + 1);
        } else if (value instanceof Enum<?> e) {
            text(md, "e" + e.getDeclaringClass().getName() + "." + e.name());
        } else if (value instanceof Map<?, ?> map) {
            text(md, "m" + map.size());
            List<byte[]> entries = new ArrayList<>(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                MessageDigest one = sha256();
                one.update(digest(e.getKey(), depth + 1));
                one.update(digest(e.getValue(), depth + 1));
                entries.add(one.digest());
            }
            sorted(md, entries);
        } else if (value instanceof List<?> list) {
            text(md, "l" + list.size());
            list.forEach(v -> feed(md, v, depth + 1));
        } else if (value instanceof Collection<?> set) {
            text(md, "c" + set.size());
            sorted(md, set.stream().map(v -> digest(v, depth + 1)).toList());
        } else if (value.getClass().isArray()) {
            int n = Array.getLength(value);
            text(md, "a" + n);
            for (int i = 0; i < n; i++) {
                feed(md, Array.get(value, i), depth + 1);
            }
        } else if (value instanceof Record r) {
            text(md, "r" + r.getClass().getName());
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                text(md, c.getName());
                feed(md, component(c, r), depth + 1);
            }
        } else if (value.getClass().getName().startsWith("nl.selam.")) {
            text(md, "f" + value.getClass().getName());
            for (Field f : fields(value.getClass())) {
                text(md, f.getName());
                feed(md, field(f, value), depth + 1);
            }
        } else {
            // numbers, booleans, dates: their text is their value
            text(md, "v" + value.getClass().getName() + ":" + value);
        }
    }

    private static List<Field> fields(Class<?> type) {
        List<Field> out = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !f.isSynthetic()) {
                    out.add(f);
                }
            }
        }
        out.sort(Comparator.comparing(Field::getName));
        return out;
    }

    private static Object component(RecordComponent c, Record r) {
        try {
            c.getAccessor().setAccessible(true);
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c.getName(), e);
        }
    }

    private static Object field(Field f, Object o) {
        try {
            f.setAccessible(true);
            return f.get(o);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + f.getName(), e);
        }
    }

    private static void sorted(MessageDigest md, List<byte[]> digests) {
        List<byte[]> copy = new ArrayList<>(digests);
        copy.sort(java.util.Arrays::compare);
        copy.forEach(md::update);
    }

    private static void text(MessageDigest md, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        md.update(new byte[] {(byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16),
                (byte) (bytes.length >>> 8), (byte) bytes.length});
        md.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
