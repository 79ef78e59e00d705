package nl.selam.bot.routing;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import nl.selam.bot.staff.StaffAccount;

import java.time.Instant;
import java.util.List;

/** Presence of tolken and sleutelpersonen, and who counts as active for the fallback between the pools. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ActiveResponders extends GenericRepository<StaffAccount, Long> {

    /** Refreshes the row if it is older than {@code before}; 0 when it is fresh or missing. */
    @Query("UPDATE staff_presence SET last_seen = :now WHERE staff_id = :staffId AND last_seen < :before")
    int touch(long staffId, Instant now, Instant before);

    @Query("SELECT COUNT(*) FROM staff_presence WHERE staff_id = :staffId")
    long countPresence(long staffId);

    @Query("INSERT INTO staff_presence (staff_id, last_seen) VALUES (:staffId, :now)")
    void insertPresence(long staffId, Instant now);

    /**
     * Active tolken and sleutelpersonen: seen in the console since {@code since} and still logged in, or (when
     * {@code telegram}) linked to a Telegram chat, where new escalations reach them.
     */
    @Query("SELECT s.* FROM staff_account s WHERE s.active = TRUE AND s.role IN ('TOLK', 'SLEUTELPERSOON') AND ("
            + "(EXISTS (SELECT 1 FROM staff_presence p WHERE p.staff_id = s.id AND p.last_seen >= :since) "
            + "AND EXISTS (SELECT 1 FROM console_session c WHERE c.staff_id = s.id AND c.revoked_at IS NULL "
            + "AND c.expires_at > :now)) "
            + "OR (:telegram = TRUE AND EXISTS (SELECT 1 FROM telegram_staff_link t WHERE t.staff_id = s.id)))")
    List<StaffAccount> findActive(Instant since, Instant now, boolean telegram);
}
