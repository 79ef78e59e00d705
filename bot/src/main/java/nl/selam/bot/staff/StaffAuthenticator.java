package nl.selam.bot.staff;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import nl.selam.bot.system.ApiProblem;

/**
 * Protects the staff API: every call sends {@code Authorization: Bearer <token>} with a personal token a beheerder
 * issued in the console, and acts as that token's account (its role and languages). There is no way to name
 * another account: the token is the identity.
 */
@Singleton
public class StaffAuthenticator {

    public static final String AUTHORIZATION = "Authorization";
    private static final String BEARER = "Bearer ";

    private final StaffApiTokens tokens;

    StaffAuthenticator(StaffApiTokens tokens) {
        this.tokens = tokens;
    }

    /** The active account the bearer token belongs to; 401 for a missing, malformed, unknown or revoked token. */
    public StaffAccount authenticate(String authorization) {
        if (authorization == null || authorization.length() <= BEARER.length()
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, "missing Authorization: Bearer <staff API token>");
        }
        return tokens.authenticate(authorization.substring(BEARER.length()).strip())
                .orElseThrow(() -> new ApiProblem(HttpStatus.UNAUTHORIZED,
                        "unknown or revoked staff API token, or inactive account"));
    }

    /** As {@link #authenticate}, and the account must be a beheerder (403 otherwise). */
    public StaffAccount beheerder(String authorization) {
        StaffAccount account = authenticate(authorization);
        if (account.role() != StaffRole.BEHEERDER) {
            throw ApiProblem.forbidden("only a beheerder may do this");
        }
        return account;
    }
}
