package nl.selam.bot.channel.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A resident's web chat session: a random token in an HttpOnly cookie. The database only ever sees its SHA-256,
 * so a database dump cannot be used to take over someone's chat.
 */
record WebSession(String token) {

    static final String COOKIE = "selam_chat";
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    static WebSession create() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new WebSession(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The session of a cookie value, or null when it is missing or not one of ours. */
    static WebSession parse(String cookie) {
        return cookie != null && FORMAT.matcher(cookie).matches() ? new WebSession(cookie) : null;
    }

    /** The pseudonymous resident key stored for this session. */
    String residentKey() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
