package nl.selam.bot.channel.whatsapp;

import io.micronaut.core.annotation.Nullable;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Meta signs every webhook post with the app secret: {@code X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the
 * raw body>}. The check runs over the bytes as received, before anything is parsed, and compares in constant time.
 */
final class WebhookSignature {

    static final String HEADER = "X-Hub-Signature-256";
    private static final String PREFIX = "sha256=";

    /** What the header says about a body. */
    enum Verdict { MISSING, WRONG, VALID }

    private WebhookSignature() {
    }

    static Verdict check(Secret appSecret, @Nullable String header, byte[] body) {
        if (header == null || header.isBlank()) {
            return Verdict.MISSING;
        }
        String given = header.strip();
        if (!given.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return Verdict.WRONG;
        }
        byte[] expected = sign(appSecret, body).getBytes(StandardCharsets.US_ASCII);
        byte[] candidate = given.substring(PREFIX.length()).toLowerCase(java.util.Locale.ROOT)
                .getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, candidate) ? Verdict.VALID : Verdict.WRONG;
    }

    /** The hex HMAC-SHA256 of the body (what follows {@code sha256=}). */
    static String sign(Secret appSecret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appSecret.bytes(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
