package nl.selam.kb.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The version of the code that builds the trained parts: a SHA-256 over the knowledge-base classes (in a jar, their
 * names and CRCs from the jar's directory, which costs no reading; in a classes folder, their bytes) and Lucene's
 * version. Any change to how a part is trained or written gives another version, so a kept part is never read by
 * code that would have built it differently (no hand-bumped version number to forget).
 */
public final class CodeVersion {

    private static final String PACKAGE = "nl/selam/kb/";

    private CodeVersion() {
    }

    /** Computed once per JVM: the classes cannot change while it runs. */
    public static String current() {
        return Holder.VERSION;
    }

    private static final class Holder {
        static final String VERSION = compute();
    }

    private static String compute() {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        md.update(org.apache.lucene.util.Version.LATEST.toString().getBytes(StandardCharsets.UTF_8));
        try {
            Path location = Path.of(CodeVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                classFolder(md, location);
            } else {
                jar(md, location);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | RuntimeException e) {
            // an unusual class loader: no version we can trust, so nothing kept will ever match
            md.update(String.valueOf(System.nanoTime()).getBytes(StandardCharsets.UTF_8));
        }
        return DiskTrainedParts.hex(md.digest()).substring(0, 16);
    }

    private static void jar(MessageDigest md, Path file) throws IOException {
        try (JarFile jar = new JarFile(file.toFile())) {
            List<JarEntry> entries = Collections.list(jar.entries()).stream()
                    .filter(e -> e.getName().startsWith(PACKAGE) && e.getName().endsWith(".class"))
                    .sorted(java.util.Comparator.comparing(JarEntry::getName)).toList();
            for (JarEntry e : entries) {
                md.update((e.getName() + ":" + e.getCrc() + ":" + e.getSize() + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static void classFolder(MessageDigest md, Path root) throws IOException {
        Path base = root.resolve(PACKAGE);
        if (!Files.isDirectory(base)) {
            return;
        }
        try (Stream<Path> files = Files.walk(base)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                md.update(root.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                md.update(Files.readAllBytes(f));
            }
        }
    }
}
