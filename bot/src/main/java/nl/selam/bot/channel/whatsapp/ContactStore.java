package nl.selam.bot.channel.whatsapp;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import nl.selam.bot.conversation.Resident;

import java.time.Instant;
import java.util.Optional;

/**
 * The {@code whatsapp_contact} rows: a resident's sealed number, when they last wrote (the 24-hour window) and
 * whether Meta said the number cannot be reached. Erased with the resident by the database's cascade.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
abstract class ContactStore implements GenericRepository<Resident, Long> {

    @Query("UPDATE whatsapp_contact SET last_inbound_at = CASE WHEN last_inbound_at IS NULL OR last_inbound_at < :at "
            + "THEN :at ELSE last_inbound_at END, unreachable_since = NULL WHERE resident_id = :residentId")
    abstract int touch(Long residentId, Instant at);

    @Query("INSERT INTO whatsapp_contact (resident_id, number_sealed, last_inbound_at) "
            + "SELECT :residentId, :sealed, :at WHERE NOT EXISTS "
            + "(SELECT 1 FROM whatsapp_contact WHERE resident_id = :residentId)")
    abstract int insert(Long residentId, String sealed, Instant at);

    @Query("SELECT number_sealed FROM whatsapp_contact WHERE resident_id = :residentId")
    abstract Optional<String> findSealed(Long residentId);

    @Query("SELECT last_inbound_at FROM whatsapp_contact WHERE resident_id = :residentId")
    abstract Optional<Instant> findLastInbound(Long residentId);

    @Query("SELECT COUNT(*) FROM whatsapp_contact WHERE resident_id = :residentId AND unreachable_since IS NOT NULL")
    abstract long countUnreachable(Long residentId);

    @Query("UPDATE whatsapp_contact SET unreachable_since = :now WHERE resident_id = :residentId")
    abstract void markUnreachable(Long residentId, Instant now);

    /**
     * The resident wrote (at {@code at}, Meta's time): their window opens and they are reachable again. The number
     * is sealed once, when the contact is first stored; a race between two first messages leaves one row.
     */
    void wrote(long residentId, Instant at, SealedNumber number) {
        if (touch(residentId, at) > 0) {
            return;
        }
        try {
            insert(residentId, number.seal(), at);
        } catch (RuntimeException concurrentInsert) {
            touch(residentId, at);
        }
    }

    boolean isUnreachable(long residentId) {
        return countUnreachable(residentId) > 0;
    }

    @Nullable
    Instant lastInbound(long residentId) {
        return findLastInbound(residentId).orElse(null);
    }

    /** Seals the number only when it is needed (the first message). */
    @FunctionalInterface
    interface SealedNumber {
        String seal();
    }
}
