package nl.selam.bot.console.access;

import jakarta.inject.Singleton;
import nl.selam.bot.system.DataDirectory;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key that signs console login cookies and CSRF tokens: {@code SELAM_CONSOLE_SECRET}, or else a random key
 * created once in the data directory, so logins survive a restart without anyone having to configure a secret.
 */
@Singleton
class ConsoleSecret {

    private static final String FILE = "console-secret";

    private final byte[] key;

    ConsoleSecret(ConsoleAccessConfiguration config, DataDirectory data) {
        if (config.secret() != null && !config.secret().isBlank()) {
            if (config.secret().length() < 32) {
                throw new IllegalStateException("SELAM_CONSOLE_SECRET must be at least 32 characters");
            }
            this.key = config.secret().getBytes(StandardCharsets.UTF_8);
        } else {
            this.key = stored(data.path().resolve(FILE)).getBytes(StandardCharsets.UTF_8);
        }
    }

    String asText() {
        return new String(key, StandardCharsets.UTF_8);
    }

    /** HMAC-SHA256 of the text under this key, URL-safe base64. */
    String sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static String stored(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).strip();
            }
            byte[] random = new byte[48];
            new SecureRandom().nextBytes(random);
            String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.writeString(file, secret, StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // the data directory's own permissions protect it
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + file, e);
        }
    }
}
