package nl.selam.bot.image;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The image tarball Jib wrote in the package phase (profile "image"): a non-root user, port 8080, the data folder
 * as a volume, an entrypoint that starts Selam with the runtime inside the image, and that runtime present.
 */
class ImageTarballIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theImageRunsSelamAsANonRootUserWithItsDataInAVolume() throws IOException {
        Map<String, byte[]> files = untar(Files.readAllBytes(Path.of("target/jib-image.tar")));
        JsonNode manifest = JSON.readTree(files.get("manifest.json")).get(0);
        JsonNode config = JSON.readTree(files.get(manifest.get("Config").asText())).get("config");

        assertEquals("10001:10001", config.get("User").asText());
        assertTrue(config.get("ExposedPorts").has("8080/tcp"), config.toString());
        assertTrue(config.get("Volumes").has("/data"), config.toString());
        List<String> env = new ArrayList<>();
        config.get("Env").forEach(e -> env.add(e.asText()));
        assertTrue(env.contains("SELAM_DATA_DIR=/data"), env.toString());
        String entrypoint = config.get("Entrypoint").toString();
        assertTrue(entrypoint.startsWith("[\"java\""), entrypoint);
        assertTrue(entrypoint.contains("nl.selam.bot.Application"), entrypoint);
        assertTrue(env.stream().anyMatch(e -> e.startsWith("PATH=/opt/java/bin")), "java is found on PATH");

        List<String> paths = new ArrayList<>();
        for (JsonNode layer : manifest.get("Layers")) {
            paths.addAll(untar(gunzip(files.get(layer.asText()))).keySet());
        }
        assertTrue(paths.contains("opt/java/bin/java"), "the Java runtime is in the image");
        assertTrue(paths.contains("lib64/ld-linux-x86-64.so.2"), "the dynamic loader is in the image");
        assertTrue(paths.contains("etc/passwd"), "the selam user exists");
        assertTrue(paths.stream().anyMatch(p -> p.startsWith("app/classes/nl/selam/bot/Application")),
                "Selam's classes are in the image");
    }

    private static byte[] gunzip(byte[] gz) throws IOException {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }

    /** A minimal reader of (ustar/GNU) tar: enough for Jib's output; directories and links have no content. */
    private static Map<String, byte[]> untar(byte[] tar) {
        Map<String, byte[]> files = new HashMap<>();
        int pos = 0;
        String longName = null;
        while (pos + 512 <= tar.length && tar[pos] != 0) {
            String name = field(tar, pos, 100);
            String prefix = field(tar, pos + 345, 155);
            long size = Long.parseLong(field(tar, pos + 124, 12).trim().isEmpty() ? "0"
                    : field(tar, pos + 124, 12).trim(), 8);
            char type = (char) tar[pos + 156];
            int data = pos + 512;
            if (type == 'L') {
                longName = new String(tar, data, (int) size, StandardCharsets.UTF_8).replace("\0", "");
            } else {
                String full = longName != null ? longName : (prefix.isEmpty() ? name : prefix + "/" + name);
                longName = null;
                if (full.startsWith("./")) {
                    full = full.substring(2);
                }
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                content.write(tar, data, (int) size);
                files.put(full, content.toByteArray());
            }
            pos = data + (int) ((size + 511) / 512 * 512);
        }
        return files;
    }

    private static String field(byte[] tar, int offset, int length) {
        int end = offset;
        while (end < offset + length && tar[end] != 0) {
            end++;
        }
        return new String(tar, offset, end - offset, StandardCharsets.UTF_8);
    }
}
