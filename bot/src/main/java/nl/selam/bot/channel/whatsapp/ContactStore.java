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
 * The {@code whatsapp_contact} rows: a resident's sealed number and when they last wrote (the 24-hour window).
 * Erased with the resident by the database's cascade.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
abstract class ContactStore implements GenericRepository<Resident, Long> {

    // A newer message than any before reopens a window Meta had closed (its timestamp has whole seconds only, so it
    // is not compared with the closing time); a redelivered older one changes nothing.
    @Query("UPDATE whatsapp_contact SET window_closed_at = CASE WHEN last_inbound_at IS NULL OR last_inbound_at < :at "
            + "THEN NULL ELSE window_closed_at END, last_inbound_at = CASE WHEN last_inbound_at IS NULL "
            + "OR last_inbound_at < :at THEN :at ELSE last_inbound_at END WHERE resident_id = :residentId")
    abstract int touch(Long residentId, Instant at);

    @Query("INSERT INTO whatsapp_contact (resident_id, number_sealed, last_inbound_at) "
            + "SELECT :residentId, :sealed, :at WHERE NOT EXISTS "
            + "(SELECT 1 FROM whatsapp_contact WHERE resident_id = :residentId)")
    abstract int insert(Long residentId, String sealed, Instant at);

    @Query("SELECT number_sealed FROM whatsapp_contact WHERE resident_id = :residentId")
    abstract Optional<String> findSealed(Long residentId);

    /** When the resident last wrote, unless Meta said the window closed after that. */
    @Query("SELECT last_inbound_at FROM whatsapp_contact WHERE resident_id = :residentId "
            + "AND window_closed_at IS NULL")
    abstract Optional<Instant> findLastInbound(Long residentId);

    /** Meta refused a message with 131047: the window is closed until the resident writes again. */
    @Query("UPDATE whatsapp_contact SET window_closed_at = :now WHERE resident_id = :residentId")
    abstract void closeWindow(Long residentId, Instant now);

    /**
     * The resident wrote (at {@code at}, Meta's time): their window opens. The number is sealed once, when the
     * contact is first stored; a race between two first messages leaves one row. True for a first contact.
     */
    boolean wrote(long residentId, Instant at, SealedNumber number) {
        if (touch(residentId, at) > 0) {
            return false;
        }
        try {
            return insert(residentId, number.seal(), at) > 0;
        } catch (RuntimeException concurrentInsert) {
            touch(residentId, at);
            return false;
        }
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
