package nl.selam.bot.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A personal staff API token as stored: only the SHA-256 hash (hex) of the token, never the token. */
@MappedEntity("staff_api_token")
public record StaffApiToken(@Id @GeneratedValue @Nullable Long id, Long staffId, String tokenHash, String label,
                            Instant createdAt, Long createdBy, @Nullable Instant revokedAt,
                            @Nullable Instant lastUsed) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
