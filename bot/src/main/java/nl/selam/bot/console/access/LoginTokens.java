package nl.selam.bot.console.access;

import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The login form's CSRF protection before anyone is logged in: the login page sets a random value in a cookie only
 * this server can have set for itself and repeats it in the form; a login post must carry both, equal.
 */
public final class LoginTokens {

    static final String COOKIE = "selam_login_csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private LoginTokens() {
    }

    /** A fresh token for one login page. */
    public static String fresh() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The cookie that goes with the login page carrying this token (an hour, the login path only). */
    public static Cookie cookie(String token, boolean secure) {
        return Cookie.of(COOKIE, token).path("/console/login").maxAge(3600).httpOnly(true)
                .sameSite(SameSite.Strict).secure(secure);
    }

    static boolean matches(String cookie, String field) {
        return cookie != null && field != null && !cookie.isEmpty() && MessageDigest.isEqual(
                cookie.getBytes(StandardCharsets.UTF_8), field.getBytes(StandardCharsets.UTF_8));
    }
}
