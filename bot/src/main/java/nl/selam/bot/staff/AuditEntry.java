package nl.selam.bot.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** Who in the console read or answered what, and when (DESIGN.md, privacy). */
@MappedEntity("audit_entry")
public record AuditEntry(@Id @GeneratedValue @Nullable Long id, Long staffId, String action,
                         @Nullable Long escalationId, Instant at,
                         @Nullable String detail) {
}
