package nl.selam.kb.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Trained parts kept as files in a folder, one file per part ({@code <name>.part}), each stamped with the key of
 * the content and code it was built from (see {@link #keyOf}). A file is reused only when its magic, format, name
 * and key match and its SHA-256 checksum is right, and its codec reads it to the last byte; anything else (another
 * content version, another build of Selam, a truncated or foreign file) is ignored and replaced by a fresh build.
 * Files are written to a temporary name and moved into place, so a crash never leaves half a file under the real
 * name. A failure to write only costs the next start its head start; it never fails the build.
 */
public final class DiskTrainedParts implements TrainedParts {

    /** What happened to each part, for the log and tests. */
    public interface Listener {
        void reused(String name);

        /** @param reason why the kept file (if any) was not used: {@code "none kept"}, {@code "other content"}, ... */
        void built(String name, String reason);

        void notKept(String name, Exception problem);
    }

    static final String MAGIC = "selam-trained-part";
    static final int FORMAT = 1;
    private static final Pattern NAME = Pattern.compile("[a-z0-9.-]+");

    private final Path folder;
    private final String key;
    private final Listener listener;

    /**
     * @param key the content and code this engine is built from ({@link #keyOf}); parts under another key are
     *            rebuilt
     */
    public DiskTrainedParts(Path folder, String key, Listener listener) {
        this.folder = folder;
        this.key = key;
        this.listener = listener;
    }

    /** The key of a knowledge base's content (canonical, see {@link ContentFingerprint}) and this code's version. */
    public static String keyOf(Object content) {
        return ContentFingerprint.of(content) + "/" + CodeVersion.current();
    }

    @Override
    public TrainedParts variant(String variant) {
        return variant.isEmpty() ? this : new DiskTrainedParts(folder, key + "/" + variant, listener);
    }

    @Override
    public <T> T get(String name, PartCodec<T> codec, Supplier<T> build) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("part name must match " + NAME + ": " + name);
        }
        Path file = folder.resolve(name + ".part");
        String reason;
        try {
            if (Files.isRegularFile(file)) {
                T kept = read(file, name, codec);
                listener.reused(name);
                return kept;
            }
            reason = "none kept";
        } catch (IOException | RuntimeException e) {
            reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        T part = build.get();
        listener.built(name, reason);
        if (part != null) {
            try {
                write(file, name, codec, part);
            } catch (IOException | RuntimeException e) {
                listener.notKept(name, e);
            }
        }
        return part;
    }

    private <T> T read(Path file, String name, PartCodec<T> codec) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        if (!MAGIC.equals(in.readUTF()) || in.readInt() != FORMAT || !name.equals(in.readUTF())) {
            throw new IOException("not a trained part of this name");
        }
        if (!key.equals(in.readUTF())) {
            throw new IOException("other content or code");
        }
        int length = PartFormat.length(in, 1);
        byte[] payload = in.readNBytes(length);
        byte[] sum = in.readNBytes(32);
        if (in.available() != 0 || !Arrays.equals(sum, sha256(payload))) {
            throw new IOException("checksum mismatch");
        }
        DataInputStream body = new DataInputStream(new ByteArrayInputStream(payload));
        T part = codec.read(body);
        if (body.available() != 0) {
            throw new IOException("trailing bytes");
        }
        return part;
    }

    private <T> void write(Path file, String name, PartCodec<T> codec, T part) throws IOException {
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(payload)) {
            codec.write(part, out);
        }
        byte[] body = payload.toByteArray();
        ByteArrayOutputStream whole = new ByteArrayOutputStream(body.length + 256);
        try (DataOutputStream out = new DataOutputStream(whole)) {
            out.writeUTF(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(name);
            out.writeUTF(key);
            out.writeInt(body.length);
            out.write(body);
            out.write(sha256(body));
        }
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, name, ".tmp");
        try {
            Files.write(temp, whole.toByteArray());
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
