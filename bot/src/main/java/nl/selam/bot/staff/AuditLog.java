package nl.selam.bot.staff;

import jakarta.inject.Singleton;

import java.time.Clock;

/** Records who in the console read or answered what. */
@Singleton
public class AuditLog {

    private final AuditRepository entries;
    private final Clock clock;

    AuditLog(AuditRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    public void record(StaffAccount who, String action, Long escalationId) {
        record(who, action, escalationId, null);
    }

    /** {@code detail} names what the action was about (a topic and language, an account id); never message text. */
    public void record(StaffAccount who, String action, Long escalationId, String detail) {
        entries.save(new AuditEntry(null, who.id(), action, escalationId, clock.instant(), detail));
    }
}
