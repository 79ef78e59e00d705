package nl.selam.bot.staff;

import jakarta.inject.Singleton;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** bcrypt from Spring Security Crypto: salted, slow on purpose, and the cost is stored inside each hash. */
@Singleton
class PasswordHasher {

    private final BCryptPasswordEncoder bcrypt;

    PasswordHasher(LoginPolicy config) {
        this.bcrypt = new BCryptPasswordEncoder(config.bcryptCost());
    }

    String hash(String password) {
        return bcrypt.encode(password);
    }

    boolean matches(String password, String hash) {
        return bcrypt.matches(password, hash);
    }
}
