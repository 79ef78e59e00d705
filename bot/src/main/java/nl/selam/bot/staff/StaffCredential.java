package nl.selam.bot.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** The console login of one staff account: a bcrypt hash, never the password, and the lockout counters. */
@MappedEntity("staff_credential")
public record StaffCredential(@Id Long staffId, String username, String passwordHash, int failedLogins,
                       @Nullable Instant lockedUntil, Instant changedAt, boolean mustChange) {
}
