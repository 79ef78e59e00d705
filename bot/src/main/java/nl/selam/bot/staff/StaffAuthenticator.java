package nl.selam.bot.staff;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import nl.selam.bot.system.ApiProblem;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The interim protection of the staff API: a configured token in {@code X-Selam-Staff-Token}, and the acting
 * account in {@code X-Selam-Staff-Id}. The console issue replaces this with logins and roles.
 */
@Singleton
public class StaffAuthenticator {

    public static final String TOKEN_HEADER = "X-Selam-Staff-Token";
    public static final String STAFF_HEADER = "X-Selam-Staff-Id";

    private final StaffConfiguration config;
    private final StaffRepository staff;

    StaffAuthenticator(StaffConfiguration config, StaffRepository staff) {
        this.config = config;
        this.staff = staff;
    }

    /** Checks the token only (for setting up accounts). */
    public void checkToken(String token) {
        String expected = config.apiToken();
        if (expected == null || expected.isBlank()) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "the staff API is disabled: set SELAM_STAFF_API_TOKEN");
        }
        // constant-time comparison, so response timing does not leak the token
        if (token == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, "missing or wrong " + TOKEN_HEADER);
        }
    }

    /** Checks the token and returns the active account acting. */
    public StaffAccount authenticate(String token, Long staffId) {
        checkToken(token);
        if (staffId == null) {
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, "missing " + STAFF_HEADER);
        }
        return staff.findById(staffId).filter(StaffAccount::active)
                .orElseThrow(() -> new ApiProblem(HttpStatus.UNAUTHORIZED, "unknown or inactive staff account"));
    }
}
