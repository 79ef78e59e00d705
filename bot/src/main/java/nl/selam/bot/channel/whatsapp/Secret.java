package nl.selam.bot.channel.whatsapp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** A credential that never shows up in logs, exceptions or configuration dumps. */
record Secret(String value) {

    boolean isSet() {
        return value != null && !value.isBlank();
    }

    /** Constant-time comparison, so response timing does not leak the secret. */
    boolean matches(String candidate) {
        return isSet() && candidate != null && MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8),
                candidate.getBytes(StandardCharsets.UTF_8));
    }

    byte[] bytes() {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "[REDACTED]";
    }
}
