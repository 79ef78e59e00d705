package nl.selam.bot.staff;

import jakarta.inject.Singleton;
import nl.selam.bot.system.ApiProblem;
import nl.selam.bot.system.InvalidRequestException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Issues, revokes and checks personal staff API tokens. A token is {@code selam_} + 32 random bytes in URL-safe
 * base64; only its SHA-256 hash is stored, so a database leak gives no usable token.
 */
@Singleton
public class StaffApiTokens {

    public static final String PREFIX = "selam_";
    private static final int TOKEN_LENGTH = PREFIX.length() + 43; // 32 bytes, URL-safe base64 without padding

    private final StaffApiTokenRepository tokens;
    private final StaffRepository staff;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    StaffApiTokens(StaffApiTokenRepository tokens, StaffRepository staff, AuditLog audit, Clock clock) {
        this.tokens = tokens;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates a token for {@code staffId}; the returned secret is shown once and never stored. */
    public IssuedToken issue(StaffAccount by, long staffId, String label) {
        String cleaned = label == null ? "" : label.strip();
        if (cleaned.isEmpty() || cleaned.length() > 100) {
            throw new InvalidRequestException("field 'label' must be 1 to 100 characters", "error.token.label");
        }
        StaffAccount owner = staff.findById(staffId).orElseThrow(() -> ApiProblem.notFound("staff account " + staffId));
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        StaffApiToken stored = tokens.save(new StaffApiToken(null, owner.id(), hash(token), cleaned, clock.instant(),
                by.id(), null, null));
        audit.record(by, "API_TOKEN_CREATED", null, "account " + owner.id() + " token " + stored.id());
        return new IssuedToken(stored, token);
    }

    /** Revokes the token if it belongs to {@code staffId}; false when there was nothing to revoke. */
    public boolean revoke(StaffAccount by, long staffId, long tokenId) {
        boolean done = tokens.revoke(tokenId, staffId, clock.instant()) == 1;
        if (done) {
            audit.record(by, "API_TOKEN_REVOKED", null, "account " + staffId + " token " + tokenId);
        }
        return done;
    }

    public List<StaffApiToken> of(long staffId) {
        return tokens.findByStaffIdOrderById(staffId);
    }

    /**
     * The active account the token belongs to, if the token is well-formed, known, not revoked and its account
     * active. The lookup is by hash, so no stored secret is compared byte by byte; the found hash is still compared
     * in constant time.
     */
    public Optional<StaffAccount> authenticate(String token) {
        if (token == null || token.length() != TOKEN_LENGTH || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String hash = hash(token);
        return tokens.findByTokenHash(hash)
                .filter(t -> MessageDigest.isEqual(t.tokenHash().getBytes(StandardCharsets.US_ASCII),
                        hash.getBytes(StandardCharsets.US_ASCII)))
                .filter(t -> !t.revoked())
                .flatMap(t -> staff.findById(t.staffId()).filter(StaffAccount::active).map(a -> {
                    tokens.touch(t.id(), clock.instant());
                    return a;
                }));
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
