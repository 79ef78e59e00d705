package nl.selam.bot.console.access;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;

/** The {@code console_session} rows: one per login, checked on every console request. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ConsoleSessionRepository extends GenericRepository<ConsoleSessionRow, String> {

    ConsoleSessionRow save(ConsoleSessionRow session);

    /** 1 when the session is open and its account active; the join makes deactivation end every session at once. */
    @Query("SELECT COUNT(*) FROM console_session s JOIN staff_account a ON a.id = s.staff_id WHERE s.sid = :sid "
            + "AND s.staff_id = :staffId AND s.revoked_at IS NULL AND s.expires_at > :now AND a.active = TRUE")
    long countLive(String sid, long staffId, Instant now);

    @Query("UPDATE console_session SET revoked_at = :now WHERE sid = :sid AND revoked_at IS NULL")
    int revoke(String sid, Instant now);

    @Query("UPDATE console_session SET revoked_at = :now WHERE staff_id = :staffId AND revoked_at IS NULL")
    int revokeAll(long staffId, Instant now);

    @Query("DELETE FROM console_session WHERE expires_at < :before")
    int deleteExpired(Instant before);
}
