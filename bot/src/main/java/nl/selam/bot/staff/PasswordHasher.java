package nl.selam.bot.staff;

import jakarta.inject.Singleton;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** bcrypt from Spring Security Crypto: salted, slow on purpose, and the cost is stored inside each hash. */
@Singleton
class PasswordHasher {

    // 22 characters of salt and 31 of digest in bcrypt's alphabet; no password hashes to this digest that anyone knows
    private static final String DECOY_SALT_AND_DIGEST = "SelamDecoySaltNotInUse"
            + "NoPasswordHashesToThisDigest000";

    private final BCryptPasswordEncoder bcrypt;
    private final int cost;

    PasswordHasher(LoginPolicy config) {
        this.bcrypt = new BCryptPasswordEncoder(config.bcryptCost());
        this.cost = config.bcryptCost();
    }

    /**
     * A well-formed hash at the configured cost that no known password matches: checking a password against it takes
     * as long as against a real one. Written out rather than computed, because computing it is a whole bcrypt run
     * (about a fifth of the main thread's start-up CPU, JFR, when it was made in the constructor).
     */
    String decoy() {
        return "$2a$%02d$%s".formatted(cost, DECOY_SALT_AND_DIGEST);
    }

    String hash(String password) {
        return bcrypt.encode(password);
    }

    boolean matches(String password, String hash) {
        return bcrypt.matches(password, hash);
    }
}
