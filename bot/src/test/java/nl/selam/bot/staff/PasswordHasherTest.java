package nl.selam.bot.staff;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCrypt;

import java.time.Duration;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHasherTest {

    // Spring's own test for "looks like bcrypt": a hash that fails it is refused at once, without the slow check
    private static final Pattern BCRYPT = Pattern.compile("\\A\\$2(a|y|b)?\\$(\\d\\d)\\$[./0-9A-Za-z]{53}");

    private final PasswordHasher hasher = new PasswordHasher(new LoginPolicy(5, Duration.ofMinutes(15), 4));

    @Test
    void theDecoyIsAWellFormedHashAtTheConfiguredCostThatMatchesNothing() {
        String decoy = hasher.decoy();
        assertTrue(BCRYPT.matcher(decoy).matches(), decoy);
        assertEquals("$2a$04$", decoy.substring(0, 7));
        // BCrypt.checkpw throws on a malformed salt; it runs the full cost and answers false here
        assertFalse(BCrypt.checkpw("", decoy));
        assertFalse(hasher.matches("decoy-password-not-in-use", decoy));
        assertFalse(hasher.matches("", decoy));
    }

    @Test
    void checkingAgainstTheDecoyCostsAsMuchAsAgainstARealHash() {
        PasswordHasher slow = new PasswordHasher(new LoginPolicy(5, Duration.ofMinutes(15), 10));
        String real = slow.hash("a-real-password");
        // warm up, then compare the best of a few runs (the machine may be busy; best-of is stable)
        long realNanos = Long.MAX_VALUE;
        long decoyNanos = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            long t0 = System.nanoTime();
            slow.matches("wrong", real);
            long t1 = System.nanoTime();
            slow.matches("wrong", slow.decoy());
            long t2 = System.nanoTime();
            realNanos = Math.min(realNanos, t1 - t0);
            decoyNanos = Math.min(decoyNanos, t2 - t1);
        }
        assertTrue(decoyNanos > realNanos / 2, "decoy " + decoyNanos + " ns vs real " + realNanos + " ns");
    }
}
